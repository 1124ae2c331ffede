package org.blendnet.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.Pairing;
import org.blendnet.core.match.PairingOptions;
import org.blendnet.core.match.PairingRound;
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
 * Whole pairing rounds of every member of a {@link SyntheticMatchNetworks} network (100,000 members by
 * default), with the core signals and the default {@link PairingOptions} — the "pairing of 100k
 * members" — on as many threads as the machine has: a coffee round ({@link PairingRound#pair}, with the
 * fill-in) and a mentoring round (a fifth of the members mentors with 3 places each). One round per
 * iteration, after warm-up rounds, so the figures are those of a running service rather than of a JVM's
 * first round (which also pays for compiling the code; {@code PairingFigures} times that).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar PairingBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class PairingBenchmark {

  /** The instant the rounds are made at. */
  static final Instant AS_OF = Instant.parse("2026-03-02T12:00:00Z");

  /** Members in the network, all of them in the round. */
  @Param({"100000"})
  public int members;

  private PairingRound rounds;
  private final List<MemberId> everyone = new ArrayList<>();
  private SyntheticMatchNetworks.Mentoring sides;
  private final PairingOptions options = PairingOptions.defaults().withAsOf(AS_OF);

  /** Builds the network and its matchmaker, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    Network network = SyntheticMatchNetworks.generate(members, 0, 42);
    rounds = PairingRound.of(Matchmaker.withCoreSignals(network));
    for (Member m : network.members()) {
      everyone.add(m.id());
    }
    sides = SyntheticMatchNetworks.mentoring(network);
  }

  /** A coffee round of every member. */
  @Benchmark
  public Pairing coffeeRound() {
    return rounds.pair(everyone, options);
  }

  /** A mentoring round: 20% mentors with 3 places, 80% mentees. */
  @Benchmark
  public Pairing mentoringRound() {
    return rounds.mentoring(sides.mentors(), sides.mentees(), options);
  }
}
