package org.blendnet.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.RequestBudget;
import org.blendnet.core.match.Routing;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.match.GraphSignals;
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
 * Top-10 question routing against a {@link Matchmaker} built once over the {@link MatchBenchmark} network
 * (1M members, about 15 ties and 5 topics each), with two models: {@code core} — the core signals, as in
 * {@link MatchBenchmark#routeQuestion} — and {@code aardvark} — the core signals plus
 * {@linkplain GraphSignals#socialProximity() social proximity} (weight 2), the asker's
 * {@linkplain GraphSignals#neighbourhood() graph neighbourhood} as candidates and
 * {@linkplain GraphSignals#referralChains() referral chains through common contacts} for answerers the asker
 * does not know. A request budget of one a day, a tenth of the members asked today. Latency on one thread
 * (sample time: read p0.50 and p0.99) and throughput on two.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RoutingBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g"})
public class RoutingBenchmark {

  /** Members in the network. */
  @Param({"1000000"})
  public int members;

  /** Average ties a member. */
  @Param({"15"})
  public int ties;

  /** {@code core} or {@code aardvark}. */
  @Param({"core", "aardvark"})
  public String model;

  private Matchmaker matchmaker;
  private Question[] questions;
  private final MatchOptions options = MatchOptions.defaults().withK(10).withAsOf(MatchBenchmark.AS_OF);

  /** Builds the network, its graph and matchmaker and the questions, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    Network network = SyntheticMatchNetworks.generate(members, ties, 42);
    matchmaker = build(network, model);
    questions = SyntheticMatchNetworks.questions(members, 4096, MatchBenchmark.AS_OF, 11).toArray(new Question[0]);
  }

  /** The matchmaker of a model, with a request budget of one a day (a tenth of the members asked today). */
  static Matchmaker build(Network network, String model) {
    SplittableRandom random = new SplittableRandom(7);
    RequestBudget budget = RequestBudget.perDay(1);
    int n = network.members().size();
    for (int i = 0; i < n / 10; i++) {
      budget.record(MemberId.of("m" + random.nextInt(n)), MatchBenchmark.AS_OF.minus(Duration.ofHours(3)));
    }
    Matchmaker.Builder b = Matchmaker.builder(network).coreSignals().requestBudget(budget);
    switch (model) {
      case "core":
        return b.build();
      case "aardvark":
        return GraphSignals.of(SocialGraph.of(network)).addRoutingTo(b, 2).build();
      default:
        throw new IllegalArgumentException("model must be core or aardvark but was " + model);
    }
  }

  /** Each thread's position in the workload. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  /** Top-10 answerers and their referral suggestions for the next question. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Routing routeQuestion(Cursor cursor) {
    return matchmaker.routeQuestion(questions[cursor.next++ & 4095], options);
  }

  /** Question routings per second on two threads sharing the matchmaker. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(2)
  public Routing routeQuestionThroughput(Cursor cursor) {
    return matchmaker.routeQuestion(questions[cursor.next++ & 4095], options);
  }

  /** The questions asked (for the probe). */
  static List<Question> questions(int members) {
    return SyntheticMatchNetworks.questions(members, 4096, MatchBenchmark.AS_OF, 11);
  }
}
