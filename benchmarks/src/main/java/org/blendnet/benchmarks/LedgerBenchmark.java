package org.blendnet.benchmarks;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.blendnet.core.Answer;
import org.blendnet.core.AnswerId;
import org.blendnet.core.Helpfulness;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.metrics.TimeWindows;
import org.blendnet.metrics.engagement.Engagement;
import org.blendnet.metrics.reciprocity.GiveTakeWeights;
import org.blendnet.metrics.reciprocity.LedgerSeries;
import org.blendnet.metrics.reciprocity.ReciprocityLedger;
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
 * The reciprocity ledger (and engagement) over 1M and 10M touchpoints, on one thread. The network is
 * {@link SyntheticNetworks#withTouchpoints} (a third of the touchpoints directed, in random time order,
 * so that the replies take the per-pair sort) plus, when {@code questions} is true, one question per 20
 * touchpoints with 1.5 answers each (a fifth rated helpful) and one question forward per 100 touchpoints.
 * Score = milliseconds per computation; touchpoints per second = touchpoints / score.
 *
 * <pre>
 * mvn -B -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar LedgerBenchmark -rf json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g"})
public class LedgerBenchmark {

  /** Touchpoints in the network. */
  @Param({"1000000", "10000000"})
  public int touchpoints;

  /** Whether questions, answers and forwards are added to the touchpoints. */
  @Param({"false", "true"})
  public boolean questions;

  private Network network;
  private TimeWindows months;

  /** Generates the network once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    Network base = SyntheticNetworks.withTouchpoints(touchpoints, 42);
    network = questions ? withQuestions(base, touchpoints, 43) : base;
    months = TimeWindows.calendar(ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), Period.ofMonths(1), 12);
  }

  private static Network withQuestions(Network base, int touchpoints, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int members = base.members().size();
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    Network.Builder b = base.toBuilder();
    int questionCount = touchpoints / 20;
    MemberId[] askers = new MemberId[questionCount];
    Instant[] asked = new Instant[questionCount];
    for (int q = 0; q < questionCount; q++) {
      askers[q] = base.members().get(random.nextInt(members)).id();
      asked[q] = start.plusSeconds(random.nextLong(360L * 24 * 3600));
      b.question(Question.of(QuestionId.of("q" + q), askers[q], "question " + q, Set.of(), asked[q]));
    }
    for (int a = 0; a < questionCount * 3 / 2; a++) {
      int q = random.nextInt(questionCount);
      MemberId responder = base.members().get(random.nextInt(members)).id();
      b.answer(new Answer(AnswerId.of("a" + a), QuestionId.of("q" + q), responder,
          asked[q].plusSeconds(random.nextInt(5 * 24 * 3600)), Optional.empty(),
          random.nextInt(5) == 0 ? Helpfulness.HELPFUL : Helpfulness.UNRATED));
    }
    for (int r = 0; r < touchpoints / 100; r++) {
      int q = random.nextInt(questionCount);
      MemberId referrer = base.members().get(random.nextInt(members)).id();
      MemberId to = base.members().get(random.nextInt(members)).id();
      if (!to.equals(referrer) && !to.equals(askers[q])) {
        b.referral(Referral.forward(ReferralId.of("r" + r), QuestionId.of("q" + q), referrer, askers[q], to,
            asked[q].plusSeconds(3600)));
      }
    }
    return b.build();
  }

  /** The ledger of all time. */
  @Benchmark
  public ReciprocityLedger ledger() {
    return ReciprocityLedger.of(network);
  }

  /** One ledger per calendar month of 2025. */
  @Benchmark
  public LedgerSeries ledgerByMonth() {
    return ReciprocityLedger.byWindow(network, GiveTakeWeights.defaults(), months);
  }

  /** Engagement per calendar month of 2025. */
  @Benchmark
  public Engagement engagementByMonth() {
    return Engagement.of(network, months);
  }
}
