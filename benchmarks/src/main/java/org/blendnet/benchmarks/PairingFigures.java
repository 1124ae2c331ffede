package org.blendnet.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.PairingInstances;
import org.blendnet.core.match.Pairing;
import org.blendnet.core.match.PairingOptions;
import org.blendnet.core.match.PairingRound;

/**
 * Pairing rounds on {@link SyntheticMatchNetworks}: time and quality. For each size, a network of that
 * many members, a matchmaker with the core signals, and a round of every member; the round is made
 * exactly (blossom) and approximately (greedy + 2-augmentations) on the same candidate pairs where the
 * exact one is asked for, and the ratio of the approximate total to the exact one is printed, with
 * greedy alone for reference. Mentoring (a fifth of the members mentors with 3 places each) likewise:
 * exactly (Hungarian) and by auction.
 *
 * <p>{@code --ratios sizes} compares the matching algorithms alone on each size's candidate graph (the
 * graph a round hands to them, see {@link PairingInstances}): greedy, the approximation, the package's
 * exact blossom (with {@code --ours-exact true}) and JGraphT's Kolmogorov blossom V (with
 * {@code --jgrapht true}), with their CPU times, as a Markdown table row per size.
 *
 * <pre>
 * java -Xms6g -Xmx6g -cp benchmarks/target/benchmarks.jar org.blendnet.benchmarks.PairingFigures \
 *     --exact 1000,2000,4000 --approximate 100000 --runs 3
 * java -Xmx6g -cp benchmarks/target/benchmarks.jar org.blendnet.benchmarks.PairingFigures \
 *     --ratios 1000,2000,4000 --ours-exact true --jgrapht true
 * </pre>
 */
public final class PairingFigures {

  static final Instant AS_OF = MatchBenchmark.AS_OF;

  private static int maxCandidates = PairingOptions.DEFAULT_MAX_CANDIDATES;
  private static int threads = Runtime.getRuntime().availableProcessors();
  private static boolean mentoring = true;

  private PairingFigures() {}

  /**
   * Runs the figures.
   *
   * @param args {@code --exact sizes} (exact and approximate, ratio), {@code --approximate sizes} (the
   *     default options only), {@code --runs r}, {@code --candidates c}, {@code --max-candidates c} (the
   *     engine's index candidates per member), {@code --ratios sizes}, {@code --ours-exact true},
   *     {@code --jgrapht true}
   */
  public static void main(String[] args) {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i], args[i + 1]);
    }
    int runs = Integer.parseInt(a.getOrDefault("--runs", "3"));
    int candidates = Integer.parseInt(a.getOrDefault("--candidates", String.valueOf(PairingOptions.DEFAULT_CANDIDATES)));
    maxCandidates = Integer.parseInt(
        a.getOrDefault("--max-candidates", String.valueOf(PairingOptions.DEFAULT_MAX_CANDIDATES)));
    threads = Integer.parseInt(a.getOrDefault("--threads", String.valueOf(threads)));
    mentoring = Boolean.parseBoolean(a.getOrDefault("--mentoring", "true"));
    System.out.println("nproc=" + Runtime.getRuntime().availableProcessors() + " java=" + System.getProperty("java.vm.version")
        + " maxCandidates=" + maxCandidates + " threads=" + threads + " load=" + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (String s : a.getOrDefault("--exact", "").split(",")) {
      if (!s.isBlank()) {
        figures(Integer.parseInt(s.trim()), candidates, runs, true);
      }
    }
    boolean oursExact = Boolean.parseBoolean(a.getOrDefault("--ours-exact", "false"));
    boolean jgrapht = Boolean.parseBoolean(a.getOrDefault("--jgrapht", "false"));
    String ratios = a.getOrDefault("--ratios", "");
    if (!ratios.isBlank()) {
      System.out.println("| members | vertices | candidate pairs | greedy | approximation | approximation CPU | our blossom CPU"
          + " | JGraphT blossom V CPU | optimum agrees |");
      System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    }
    for (String s : ratios.split(",")) {
      if (!s.isBlank()) {
        ratios(Integer.parseInt(s.trim()), candidates, oursExact, jgrapht);
      }
    }
    for (String s : a.getOrDefault("--phases", "").split(",")) {
      if (!s.isBlank()) {
        phases(Integer.parseInt(s.trim()), candidates, runs);
      }
    }
    for (String s : a.getOrDefault("--approximate", "").split(",")) {
      if (!s.isBlank()) {
        figures(Integer.parseInt(s.trim()), candidates, runs, false);
      }
    }
  }

  private static void figures(int size, int candidates, int runs, boolean exact) {
    Network network = SyntheticMatchNetworks.generate(size, 0, 42);
    Matchmaker matchmaker = Matchmaker.withCoreSignals(network);
    PairingRound rounds = PairingRound.of(matchmaker).withThreads(threads);
    List<MemberId> everyone = new ArrayList<>();
    for (Member m : network.members()) {
      everyone.add(m.id());
    }
    SyntheticMatchNetworks.Mentoring sides = SyntheticMatchNetworks.mentoring(network);
    Map<MemberId, Integer> mentors = sides.mentors();
    List<MemberId> mentees = sides.mentees();
    PairingOptions base = PairingOptions.defaults().withAsOf(AS_OF).withCandidates(candidates).withPairEveryone(false)
        .withMaxCandidates(maxCandidates);
    if (exact) {
      Run ex = time(runs, () -> rounds.pair(everyone, base.withExactLimit(Integer.MAX_VALUE)));
      Run ap = time(runs, () -> rounds.pair(everyone, base.withExactLimit(0)));
      report("round", size, "exact", ex, ex);
      report("round", size, "approximate", ap, ex);
      if (mentoring) {
        Run me = time(runs, () -> rounds.mentoring(mentors, mentees, base.withExactLimit(Integer.MAX_VALUE)));
        Run ma = time(runs, () -> rounds.mentoring(mentors, mentees, base.withExactLimit(0)));
        report("mentoring", size, "exact", me, me);
        report("mentoring", size, "auction", ma, me);
      }
    } else {
      Run ap = time(runs, () -> rounds.pair(everyone, base));
      report("round", size, "default", ap, null);
      Run all = time(1, () -> rounds.pair(everyone, base.withPairEveryone(true)));
      report("round+fill", size, "default", all, null);
      if (mentoring) {
        Run me = time(runs, () -> rounds.mentoring(mentors, mentees, base));
        report("mentoring", size, "default", me, null);
      }
    }
  }

  /**
   * One row of the ratio table: the candidate graph of a round of every member, and the weight of each
   * algorithm's matching over the optimum (ours or JGraphT's, whichever ran; both must agree).
   */
  private static void ratios(int size, int candidates, boolean oursExact, boolean jgrapht) {
    Network network = SyntheticMatchNetworks.generate(size, 0, 42);
    List<MemberId> everyone = new ArrayList<>();
    for (Member m : network.members()) {
      everyone.add(m.id());
    }
    PairingOptions options = PairingOptions.defaults().withAsOf(AS_OF).withCandidates(candidates).withPairEveryone(false);
    PairingInstances.Instance g = PairingInstances.of(PairingRound.of(Matchmaker.withCoreSignals(network)), everyone, options);
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long greedy = PairingInstances.weight(g, PairingInstances.greedy(g));
    long c0 = bean.getCurrentThreadCpuTime();
    long approximate = PairingInstances.weight(g, PairingInstances.approximate(g));
    long c1 = bean.getCurrentThreadCpuTime();
    long ours = oursExact ? PairingInstances.weight(g, PairingInstances.exact(g)) : -1;
    long c2 = bean.getCurrentThreadCpuTime();
    long theirs = jgrapht ? PairingInstances.jgrapht(g) : -1;
    long c3 = bean.getCurrentThreadCpuTime();
    long optimum = Math.max(ours, theirs);
    String agree = ours >= 0 && theirs >= 0 ? (ours == theirs ? "yes" : "NO: " + ours + " vs " + theirs) : "-";
    System.out.printf(Locale.ROOT, "| %,d | %,d | %,d | %s | %s | %,.0f ms | %s | %s | %s |%n", size, g.n(), g.edges(),
        ratio(greedy, optimum), ratio(approximate, optimum), (c1 - c0) / 1e6,
        oursExact ? String.format(Locale.ROOT, "%,.0f ms", (c2 - c1) / 1e6) : "-",
        jgrapht ? String.format(Locale.ROOT, "%,.0f ms", (c3 - c2) / 1e6) : "-", agree);
  }

  /**
   * The two phases of a large round timed apart, {@code runs} times each: making the candidate graph
   * (scoring, on the round's threads) and the approximate matching of it (greedy alone, then the whole
   * local search), with the weight each matching reaches.
   */
  private static void phases(int size, int candidates, int runs) {
    Network network = SyntheticMatchNetworks.generate(size, 0, 42);
    List<MemberId> everyone = new ArrayList<>();
    for (Member m : network.members()) {
      everyone.add(m.id());
    }
    PairingOptions options = PairingOptions.defaults().withAsOf(AS_OF).withCandidates(candidates).withPairEveryone(false)
        .withMaxCandidates(maxCandidates);
    PairingRound rounds = PairingRound.of(Matchmaker.withCoreSignals(network)).withThreads(threads);
    PairingInstances.Instance[] g = new PairingInstances.Instance[1];
    for (int r = 0; r < runs; r++) {
      phase("candidate graph", size, () -> {
        g[0] = PairingInstances.of(rounds, everyone, options);
        return g[0].edges() + " candidate pairs";
      });
    }
    for (int r = 0; r < runs; r++) {
      phase("greedy", size, () -> "weight " + PairingInstances.weight(g[0], PairingInstances.greedy(g[0])));
    }
    for (int r = 0; r < runs; r++) {
      phase("approximation", size, () -> "weight " + PairingInstances.weight(g[0], PairingInstances.approximate(g[0], threads)));
    }
  }

  private static void phase(String what, int size, java.util.function.Supplier<String> task) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    double before = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    long c0 = bean.getCurrentThreadCpuTime();
    long p0 = processCpuNanos();
    long t0 = System.nanoTime();
    String result = task.get();
    long wall = System.nanoTime() - t0;
    long cpu = bean.getCurrentThreadCpuTime() - c0;
    long processCpu = processCpuNanos() - p0;
    System.out.printf(Locale.ROOT, "phase %-16s n=%,8d threads=%d wall=%,8.0f ms cpu=%,8.0f ms processCpu=%,8.0f ms"
            + " load=[%.1f→%.1f] %s%n", what, size, threads, wall / 1e6, cpu / 1e6, processCpu / 1e6, before,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), result);
  }

  private static String ratio(long weight, long optimum) {
    return optimum <= 0 ? "weight " + weight : String.format(Locale.ROOT, "%.2f %%", 100.0 * weight / optimum);
  }

  /**
   * Median wall and CPU times of some runs (the calling thread's, and the whole process's, which counts
   * the scoring threads too), and the last result.
   */
  record Run(double wallMs, double cpuMs, double processCpuMs, Pairing last, String load) {}

  /** The CPU time of the whole JVM so far, in nanoseconds (-1 if the platform does not tell). */
  static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
  }

  private static Run time(int runs, java.util.function.Supplier<Pairing> round) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    double[] wall = new double[runs];
    double[] cpu = new double[runs];
    double[] processCpu = new double[runs];
    Pairing last = null;
    StringBuilder load = new StringBuilder();
    for (int r = 0; r < runs; r++) {
      load.append(String.format(Locale.ROOT, "%.1f ", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
      long c0 = bean.getCurrentThreadCpuTime();
      long p0 = processCpuNanos();
      long t0 = System.nanoTime();
      last = round.get();
      wall[r] = (System.nanoTime() - t0) / 1e6;
      cpu[r] = (bean.getCurrentThreadCpuTime() - c0) / 1e6;
      processCpu[r] = (processCpuNanos() - p0) / 1e6;
      load.append(String.format(Locale.ROOT, "→%.1f ", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }
    java.util.Arrays.sort(wall);
    java.util.Arrays.sort(cpu);
    java.util.Arrays.sort(processCpu);
    return new Run(wall[runs / 2], cpu[runs / 2], processCpu[runs / 2], last, load.toString().trim());
  }

  private static void report(String what, int size, String method, Run run, Run reference) {
    Pairing p = run.last();
    String ratio = reference == null ? "-" : String.format(Locale.ROOT, "%.4f", p.totalScore() / reference.last().totalScore());
    System.out.printf(Locale.ROOT, "%-11s n=%,8d %-12s %-11s pairs=%,7d unpaired=%,7d candidatePairs=%,9d total=%12.4f ratio=%s wall=%,9.0f ms cpu=%,9.0f ms processCpu=%,9.0f ms load=[%s]%n",
        what, size, method, p.method(), p.pairs().size(), p.unpaired().size(), p.candidatePairs(), p.totalScore(), ratio,
        run.wallMs(), run.cpuMs(), run.processCpuMs(), run.load());
  }
}
