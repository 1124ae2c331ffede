package org.blendnet.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.Routing;

/**
 * A quick look at {@link RoutingBenchmark}'s workload without JMH: build times, then three rounds of the
 * 4,096 questions on one thread per model, with the median and p99 latency (wall clock) and the median
 * and p99 CPU time of the requesting thread (which a machine shared with other work inflates far less),
 * the candidates scored and the share of answerers reached through a common contact; then the throughput of
 * two threads sharing the matchmaker, and of one (requests per second of wall time and per CPU-second of the
 * routing threads). JMH's figures are the ones to quote; this one shows what the requests do.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar org.blendnet.benchmarks.RoutingProbe 1000000 15
 * </pre>
 */
public final class RoutingProbe {

  private RoutingProbe() {}

  /**
   * Requests per second with {@code threads} threads sharing the matchmaker, each routing all the
   * questions once (starting at different places): wall-clock throughput, and the requests per CPU-second
   * of the routing threads (which the machine's other load does not lower).
   */
  static void throughput(String model, Matchmaker matchmaker, List<Question> questions, MatchOptions options,
      int threads) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    int n = questions.size();
    long[] cpu = new long[threads];
    Thread[] workers = new Thread[threads];
    double before = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    long t0 = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int id = t;
      workers[t] = new Thread(() -> {
        long c0 = bean.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
          matchmaker.routeQuestion(questions.get((i + id * n / threads) % n), options);
        }
        cpu[id] = bean.getCurrentThreadCpuTime() - c0;
      });
      workers[t].start();
    }
    for (Thread w : workers) {
      try {
        w.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    long totalCpu = 0;
    for (long c : cpu) {
      totalCpu += c;
    }
    System.out.printf("%s throughput, %d thread(s): %d requests in %.2f s wall = %.0f requests/s; %.0f requests per"
            + " CPU-second of the routing threads; load %.1f → %.1f%n", model, threads, (long) threads * n, wall,
        threads * n / wall, threads * n / (totalCpu / 1e9), before,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /**
   * Runs the probe.
   *
   * @param args members, ties per member, and optionally the models ({@code core,aardvark})
   */
  public static void main(String[] args) {
    int members = Integer.parseInt(args[0]);
    int ties = Integer.parseInt(args[1]);
    long t0 = System.nanoTime();
    Network network = SyntheticMatchNetworks.generate(members, ties, 42);
    System.out.printf("network: %s; generated in %.1f s%n", network, (System.nanoTime() - t0) / 1e9);
    List<Question> questions = RoutingBenchmark.questions(members);
    MatchOptions options = MatchOptions.defaults().withK(10).withAsOf(MatchBenchmark.AS_OF);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<String> models = args.length > 2 ? List.of(args[2].split(",")) : List.of("core", "aardvark");
    for (String model : models) {
      long b0 = System.nanoTime();
      Matchmaker matchmaker = RoutingBenchmark.build(network, model);
      System.out.printf("%s: built (graph included) in %.1f s%n", model, (System.nanoTime() - b0) / 1e9);
      for (int round = 0; round < 3; round++) {
        int n = questions.size();
        long[] nanos = new long[n];
        long[] cpu = new long[n];
        long candidates = 0;
        int answerers = 0;
        int chained = 0;
        for (int i = 0; i < n; i++) {
          long c = threads.getCurrentThreadCpuTime();
          long s = System.nanoTime();
          Routing r = matchmaker.routeQuestion(questions.get(i), options);
          nanos[i] = System.nanoTime() - s;
          cpu[i] = threads.getCurrentThreadCpuTime() - c;
          candidates += r.answerers().candidates();
          answerers += r.referrals().size();
          for (int j = 0; j < r.referrals().size(); j++) {
            chained += r.referrals().get(j).to().equals(r.answerers().matches().get(j).candidate()) ? 0 : 1;
          }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf("%s round %d (load %.1f): wall median %.3f ms, p99 %.3f ms, max %.3f ms; cpu median %.3f ms,"
                + " p99 %.3f ms; candidates mean %.0f; %d answerers, %d through a common contact%n", model, round,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
            nanos[n / 2] / 1e6, nanos[(int) (n * 0.99)] / 1e6, nanos[n - 1] / 1e6, cpu[n / 2] / 1e6,
            cpu[(int) (n * 0.99)] / 1e6, (double) candidates / n, answerers, chained);
      }
      throughput(model, matchmaker, questions, options, 2);
      throughput(model, matchmaker, questions, options, 1);
    }
  }
}
