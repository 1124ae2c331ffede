package org.blendnet.benchmarks;

import java.time.Instant;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Medium;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.graph.SocialGraph;
import org.blendnet.metrics.blended.Blendedness;
import org.blendnet.metrics.blended.EventCatalysis;
import org.blendnet.metrics.expertise.KnowledgeAtRisk;
import org.blendnet.metrics.silo.SiloIndices;
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
 * Blendedness, event catalysis, silo indices and knowledge at risk, on one thread. The network is
 * {@link SyntheticNetworks#withTouchpoints} (touchpoints / 10 members over 100 units, every medium, across
 * 2025) plus one face-to-face event per 1,000 touchpoints with 20 to 60 attendees drawn at random, spread
 * over the year. The social graph is built once per trial (its cost is {@code GraphBuildFigures}'). Score =
 * milliseconds per computation.
 *
 * <pre>
 * mvn -B -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar MeasuresBenchmark -rf json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class MeasuresBenchmark {

  /** Touchpoints in the network. */
  @Param({"100000", "1000000"})
  public int touchpoints;

  private Network network;
  private SocialGraph graph;

  /** Generates the network and its graph once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    network = withEvents(SyntheticNetworks.withTouchpoints(touchpoints, 42), touchpoints / 1000, 44);
    graph = SocialGraph.of(network);
  }

  static Network withEvents(Network base, int events, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int members = base.members().size();
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    Network.Builder b = base.toBuilder();
    for (int e = 0; e < events; e++) {
      Instant at = start.plusSeconds(random.nextLong(365L * 24 * 3600));
      Event.Builder event = Event.builder(EventId.of("e" + e)).title("Event " + e).medium(Medium.EVENT)
          .time(at, at.plusSeconds(7200));
      for (int k = 20 + random.nextInt(41); k > 0; k--) {
        event.attendee(MemberId.of("m" + random.nextInt(members)));
      }
      b.event(event.build());
    }
    return b.build();
  }

  /** Online only / offline only / blended ties per network, member and unit. */
  @Benchmark
  public Blendedness blendedness() {
    return Blendedness.of(graph);
  }

  /** Online contact started after co-attending an event vs comparable pairs, four weeks. */
  @Benchmark
  public EventCatalysis eventCatalysis() {
    return EventCatalysis.of(network);
  }

  /** E-I (with the graph's silo report), assortativity and modularity of the units. */
  @Benchmark
  public SiloIndices siloIndices() {
    return SiloIndices.of(graph);
  }

  /** Knowledge at risk at the advanced level, k = 2, nobody leaving. */
  @Benchmark
  public KnowledgeAtRisk knowledgeAtRisk() {
    return KnowledgeAtRisk.of(network, ExpertiseLevel.ADVANCED, 2, Set.of());
  }
}
