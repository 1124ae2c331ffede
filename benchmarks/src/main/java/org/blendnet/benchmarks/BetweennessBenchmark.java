package org.blendnet.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.brokerage.Betweenness;
import org.blendnet.graph.brokerage.BetweennessOptions;
import org.blendnet.graph.brokerage.BetweennessScores;
import org.blendnet.graph.generate.PlantedPartition;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Betweenness centrality, hop distances: exact on a 10,000-member graph (Blendnet on one and two threads,
 * and JGraphT's {@code BetweennessCentrality}, the reference on the JVM), and estimated from sampled
 * pivots on a 1,000,000-member graph (Blendnet only: JGraphT has no sampling, and exact betweenness of a
 * million members is out of reach for either). Graphs: planted partition, average degree 10, blocks of
 * 1,000, mixing 0.2, seed 1; generated and converted once per trial. Setup checks that Blendnet and
 * JGraphT agree on a 1,000-member graph before anything is timed.
 *
 * <pre>
 * mvn -B -q -pl core,graph,metrics,benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar BetweennessBenchmark
 * java -jar benchmarks/target/benchmarks.jar "BetweennessBenchmark.sampled.*" -p pivots=100,1000
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+UseParallelGC"})
public class BetweennessBenchmark {

  /** The 10,000-member graph, as a social graph and as a JGraphT graph. */
  @State(Scope.Benchmark)
  public static class Exact {
    SocialGraph graph;
    Graph<Integer, DefaultEdge> jgraph;

    @Setup(Level.Trial)
    public void setUp() {
      crossCheck();
      graph = planted(10_000);
      jgraph = CommunityLibraries.toJGraphT(graph);
    }
  }

  /** The 1,000,000-member graph. */
  @State(Scope.Benchmark)
  public static class Sampled {
    /** Pivots sampled. */
    @Param({"100"})
    public int pivots;

    SocialGraph graph;

    @Setup(Level.Trial)
    public void setUp() {
      graph = planted(1_000_000);
    }
  }

  static SocialGraph planted(int nodes) {
    return PlantedPartition.builder().nodes(nodes).blocks(Math.max(1, nodes / 1000)).averageDegree(10).mixing(0.2)
        .seed(1).build().generate().graph();
  }

  /** Blendnet and JGraphT must give the same (unnormalised) betweenness on a small graph. */
  static void crossCheck() {
    SocialGraph g = planted(1000);
    BetweennessScores ours = Betweenness.withDefaults().compute(g);
    Map<Integer, Double> theirs = new BetweennessCentrality<>(CommunityLibraries.toJGraphT(g), false).getScores();
    for (int v = 0; v < g.nodeCount(); v++) {
      double a = ours.raw(v);
      double b = theirs.get(v);
      if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a))) {
        throw new IllegalStateException("betweenness of node " + v + ": Blendnet " + a + ", JGraphT " + b);
      }
    }
  }

  @Benchmark
  public double[] exactBlendnet(Exact s) {
    return Betweenness.withDefaults().compute(s.graph).normalizedValues();
  }

  @Benchmark
  public double[] exactBlendnetTwoThreads(Exact s) {
    return Betweenness.withOptions(BetweennessOptions.exact().withThreads(2)).compute(s.graph).normalizedValues();
  }

  @Benchmark
  public Map<Integer, Double> exactJGraphT(Exact s) {
    return new BetweennessCentrality<>(s.jgraph, true).getScores();
  }

  @Benchmark
  public double[] sampledBlendnet(Sampled s) {
    return Betweenness.withOptions(BetweennessOptions.sampled(s.pivots, 7)).compute(s.graph).normalizedValues();
  }

  @Benchmark
  public double[] sampledBlendnetTwoThreads(Sampled s) {
    return Betweenness.withOptions(BetweennessOptions.sampled(s.pivots, 7).withThreads(2)).compute(s.graph)
        .normalizedValues();
  }
}
