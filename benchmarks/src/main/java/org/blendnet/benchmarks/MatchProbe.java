package org.blendnet.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.Matches;
import org.blendnet.core.match.Matchmaker;

/**
 * What the {@link MatchBenchmark} workload looks like, and what building costs: generation and build
 * times, the candidates a request scores (mean, median, p99, share capped at
 * {@link MatchOptions#DEFAULT_MAX_CANDIDATES}), and a rough single-thread latency (no JMH; the benchmark's
 * figures are the ones to quote).
 *
 * <pre>
 * java -Xmx6g -cp benchmarks/target/benchmarks.jar org.blendnet.benchmarks.MatchProbe 1000000 15
 * </pre>
 */
public final class MatchProbe {

  private MatchProbe() {}

  /**
   * Runs the probe.
   *
   * @param args members and ties per member
   */
  public static void main(String[] args) {
    int members = Integer.parseInt(args[0]);
    int ties = Integer.parseInt(args[1]);
    long t0 = System.nanoTime();
    Network network = SyntheticMatchNetworks.generate(members, ties, 42);
    long t1 = System.nanoTime();
    Matchmaker matchmaker = Matchmaker.withCoreSignals(network);
    long t2 = System.nanoTime();
    System.out.printf("network: %s%ngenerated in %.1f s; matchmaker built in %.2f s%n", network, (t1 - t0) / 1e9,
        (t2 - t1) / 1e9);
    MatchOptions options = MatchOptions.defaults().withAsOf(MatchBenchmark.AS_OF);
    SplittableRandom random = new SplittableRandom(7);
    List<Question> questions = SyntheticMatchNetworks.questions(members, 4096, MatchBenchmark.AS_OF, 11);
    for (int round = 0; round < 3; round++) {
      int n = 4096;
      int[] peerCandidates = new int[n];
      int[] routeCandidates = new int[n];
      long[] peerNanos = new long[n];
      long[] routeNanos = new long[n];
      int peerCapped = 0;
      int routeCapped = 0;
      for (int i = 0; i < n; i++) {
        MemberId seeker = MemberId.of("m" + random.nextInt(members));
        long s = System.nanoTime();
        Matches peers = matchmaker.recommendPeers(seeker, options);
        long e = System.nanoTime();
        Matches answerers = matchmaker.routeQuestion(questions.get(i), options).answerers();
        long f = System.nanoTime();
        peerNanos[i] = e - s;
        routeNanos[i] = f - e;
        peerCandidates[i] = peers.candidates();
        routeCandidates[i] = answerers.candidates();
        peerCapped += peers.capped() ? 1 : 0;
        routeCapped += answerers.capped() ? 1 : 0;
      }
      System.out.printf("round %d: peers  candidates mean %.0f median %d p99 %d capped %.0f%%; latency median %.3f ms"
              + " p99 %.3f ms%n", round, mean(peerCandidates), pct(peerCandidates, 0.5), pct(peerCandidates, 0.99),
          100.0 * peerCapped / n, pct(peerNanos, 0.5) / 1e6, pct(peerNanos, 0.99) / 1e6);
      System.out.printf("round %d: routes candidates mean %.0f median %d p99 %d capped %.0f%%; latency median %.3f ms"
              + " p99 %.3f ms%n", round, mean(routeCandidates), pct(routeCandidates, 0.5),
          pct(routeCandidates, 0.99), 100.0 * routeCapped / n, pct(routeNanos, 0.5) / 1e6,
          pct(routeNanos, 0.99) / 1e6);
    }
  }

  private static double mean(int[] values) {
    return Arrays.stream(values).average().orElse(0);
  }

  private static int pct(int[] values, double p) {
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))];
  }

  private static long pct(long[] values, double p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))];
  }
}
