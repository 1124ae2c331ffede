package org.blendnet.benchmarks;

import java.util.concurrent.TimeUnit;
import org.blendnet.graph.SocialGraph;
import org.jgrapht.Graph;
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
 * Community detection on planted-partition graphs (blocks of about 1000 nodes, average degree 15, mixing
 * 0.3): Blendnet's Leiden, CWTS's Leiden and JGraphT's label propagation, single-shot, with the settings
 * of {@link CommunityLibraries}. Each graph is generated and converted once per trial.
 *
 * <pre>
 * mvn -B -q -pl core,graph,metrics,benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar LeidenBenchmark -p nodes=100000,1000000
 * </pre>
 *
 * <p>The side-by-side table with modularity and NMI comes from {@link LeidenComparison}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+UseParallelGC"})
public class LeidenBenchmark {

  /** Nodes of the generated graph. */
  @Param({"100000", "1000000"})
  public int nodes;

  /** Leiden iterations (both implementations). */
  @Param({"10"})
  public int iterations;

  private SocialGraph graph;
  private nl.cwts.networkanalysis.Network cwtsNetwork;
  private Graph<Integer, DefaultEdge> jgraph;
  private long seed;

  @Setup(Level.Trial)
  public void setUp() {
    graph = LeidenComparison.generator("planted", nodes, 1).generate().graph();
    cwtsNetwork = CommunityLibraries.toCwts(graph);
    jgraph = CommunityLibraries.toJGraphT(graph);
  }

  @Benchmark
  public int[] blendnetLeiden() {
    return CommunityLibraries.blendnet(graph, iterations, ++seed).membership();
  }

  @Benchmark
  public int[] cwtsLeiden() {
    return CommunityLibraries.cwts(cwtsNetwork, iterations, ++seed);
  }

  @Benchmark
  public int[] jgraphtLabelPropagation() {
    return CommunityLibraries.labelPropagation(jgraph, 10 * iterations, ++seed);
  }
}
