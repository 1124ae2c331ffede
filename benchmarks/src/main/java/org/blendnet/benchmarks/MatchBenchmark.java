package org.blendnet.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.match.LoadTracker;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.Matches;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.RequestBudget;
import org.blendnet.core.match.Routing;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Matchmaking requests against a {@link Matchmaker} built once over a network of 1M members with about
 * 15 ties and 5 topics each ({@link SyntheticMatchNetworks}): top-10 peer recommendations and top-10
 * question routing, as latency on one thread (sample time: read the p0.50 and p0.99 lines) and as
 * throughput on two threads. The requests cycle through 4,096 seeded seekers and questions; the
 * matchmaker has the core signals, a match load (a tenth of the members have taken on a match this week)
 * and a request budget of one a day (a tenth of the members were asked today).
 *
 * <pre>
 * mvn -B -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar MatchBenchmark
 * java -jar benchmarks/target/benchmarks.jar MatchBenchmark -p ties=0 -wi 2 -i 3    # quicker set-up
 * </pre>
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class MatchBenchmark {

  /** The instant every request is made at: a Monday morning in Europe. */
  static final Instant AS_OF = Instant.parse("2026-03-16T09:30:00Z");

  /** Members in the network. */
  @Param({"1000000"})
  public int members;

  /** Average ties a member (touchpoints are not read by the core signals, but they are in the snapshot). */
  @Param({"15"})
  public int ties;

  private Matchmaker matchmaker;
  private MemberId[] seekers;
  private Question[] questions;
  private final MatchOptions options = MatchOptions.defaults().withK(10).withAsOf(AS_OF);

  /** Builds the network, its matchmaker and the request workload, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    Network network = SyntheticMatchNetworks.generate(members, ties, 42);
    SplittableRandom random = new SplittableRandom(7);
    LoadTracker load = LoadTracker.over(Duration.ofDays(7));
    RequestBudget budget = RequestBudget.perDay(1);
    for (int i = 0; i < members / 10; i++) {
      load.record(MemberId.of("m" + random.nextInt(members)), AS_OF.minus(Duration.ofDays(2)));
      budget.record(MemberId.of("m" + random.nextInt(members)), AS_OF.minus(Duration.ofHours(3)));
    }
    matchmaker = Matchmaker.builder(network).coreSignals().matchLoad(load).requestBudget(budget).build();
    seekers = new MemberId[4096];
    for (int i = 0; i < seekers.length; i++) {
      seekers[i] = MemberId.of("m" + random.nextInt(members));
    }
    List<Question> qs = SyntheticMatchNetworks.questions(members, 4096, AS_OF, 11);
    questions = qs.toArray(new Question[0]);
  }

  /** Each thread's position in the workload. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  /** Top-10 peer recommendations for the next seeker. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Matches recommendPeers(Cursor cursor) {
    return matchmaker.recommendPeers(seekers[cursor.next++ & 4095], options);
  }

  /** Top-10 answerers (and their referral suggestions) for the next question. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Routing routeQuestion(Cursor cursor) {
    return matchmaker.routeQuestion(questions[cursor.next++ & 4095], options);
  }

  /** Peer recommendations per second on two threads sharing the matchmaker. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(2)
  public Matches recommendPeersThroughput(Cursor cursor) {
    return matchmaker.recommendPeers(seekers[cursor.next++ & 4095], options);
  }

  /** Question routings per second on two threads sharing the matchmaker. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(2)
  public Routing routeQuestionThroughput(Cursor cursor) {
    return matchmaker.routeQuestion(questions[cursor.next++ & 4095], options);
  }
}
