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
 *
 * <p><b>Recorded</b> 2026-11-22, {@code -wi 1 -i 3 -f 1}, OpenJDK 17, 2 cores ({@code nproc} 2) shared with
 * other builds at a load average of 26–30, so every figure is an upper bound with a wide error (± about the
 * score): ms per computation, 100k / 1M touchpoints (10k / 100k members, 100 / 1,000 events).
 * <table>
 *   <caption>MeasuresBenchmark, ms/op</caption>
 *   <tr><th>measure</th><th>100k</th><th>1M</th></tr>
 *   <tr><td>blendedness</td><td>209</td><td>1,067</td></tr>
 *   <tr><td>eventCatalysis</td><td>1,784</td><td>9,785</td></tr>
 *   <tr><td>knowledgeAtRisk</td><td>223</td><td>769</td></tr>
 *   <tr><td>siloIndices</td><td>528</td><td>2,643</td></tr>
 * </table>
 * Under the same load, before two fixes, blendedness at 1M took 15,398 ms (a unit look-up by affiliation
 * hash per half-edge) and eventCatalysis about 62,000 ms (boxed pair keys whose hash a ^ b crowded the
 * buckets). A profile of eventCatalysis at 1M shows the remaining time in the primitive pair-map look-ups of
 * the comparable pairs (memory-bound).
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
