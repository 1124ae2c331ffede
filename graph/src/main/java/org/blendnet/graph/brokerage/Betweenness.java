package org.blendnet.graph.brokerage;

import java.util.Arrays;
import java.util.Objects;
import org.blendnet.core.ProgressListener;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.internal.ShortestPathCounter;
import org.blendnet.graph.internal.SourceLanes;
import org.blendnet.graph.internal.SplitMix64;
import org.jspecify.annotations.Nullable;

/**
 * Betweenness centrality: for each member, the share of the shortest paths between pairs of other members
 * that pass through them — how much of the network's flow a member can broker (L. C. Freeman, "A set of
 * measures of centrality based on betweenness", Sociometry 40(1) (1977) 35–41, doi:10.2307/3033543).
 *
 * <p><b>Definition.</b> With σ<sub>st</sub> the number of shortest paths between {@code s} and {@code t}
 * and σ<sub>st</sub>(v) those passing through {@code v}, the betweenness of {@code v} is
 * Σ<sub>{s,t}, s≠v≠t</sub> σ<sub>st</sub>(v) / σ<sub>st</sub> over unordered pairs
 * ({@link BetweennessScores#raw(int)}); normalised by the number of such pairs, (n − 1)(n − 2) / 2, it
 * is in [0, 1] ({@link BetweennessScores#normalized(int)}). These are the values of NetworkX's
 * {@code betweenness_centrality} with {@code normalized=False} and {@code True}, endpoints excluded.
 * Pairs without a path contribute nothing.
 *
 * <p><b>Distances.</b> By default every tie is one step (the classic, structural definition). With
 * {@link BetweennessOptions#withWeighted(boolean) weighted} options a tie of weight (strength) {@code w}
 * is {@code 1 / w} long, so that a shortest path prefers strong ties: two ties of strength 2 are as short
 * as one of strength 1 (M. E. J. Newman, "Scientific collaboration networks. II.", Phys. Rev. E 64,
 * 016132 (2001), doi:10.1103/PhysRevE.64.016132, uses the same inverse). Path lengths within a relative
 * 10<sup>-9</sup> of each other count as equal, so that paths of the same exact length are all counted
 * (1/3 + 1/6 and 1/2 differ as doubles; NetworkX compares them exactly and, with float distances, misses
 * such ties).
 *
 * <p><b>Algorithm.</b> Brandes' algorithm (U. Brandes, "A faster algorithm for betweenness centrality",
 * J. Math. Sociol. 25(2) (2001) 163–177, doi:10.1080/0022250X.2001.9990249): from every source, one
 * breadth-first search (or Dijkstra run) counts shortest paths, and a backward pass accumulates each
 * source's dependencies. O(nm) time for hop distances and O(nm + n² log n) weighted; O(n) memory per
 * thread (about 40 bytes per node) plus 4 × 8 bytes per node for the lanes (twice that when sampling).
 * Iterative throughout.
 *
 * <p><b>Sampling.</b> For large graphs, {@link BetweennessOptions#sampled(int, long)} takes {@code k}
 * pivot sources drawn uniformly without replacement and scales up their dependencies (U. Brandes and C.
 * Pich, "Centrality estimation in large networks", Int. J. Bifurcation and Chaos 17(7) (2007) 2303–2318,
 * doi:10.1142/S0218127407018403), in O(km) time. As in NetworkX 3.6, a member's estimate uses the pivots
 * other than itself: with {@code k_v} of them ({@code k}, or {@code k − 1} for a pivot), the estimate of
 * the normalised value is {@code Σ δ_s(v) / (k_v (n − 2))} over those pivots, which is unbiased. Its
 * standard error, {@link BetweennessScores#standardError(int)}, is estimated from the sample by the
 * formula for sampling without replacement from the n − 1 possible sources:
 *
 * <pre>
 *   SE = √( s² / k_v · (1 − k_v / (n − 1)) ) / (n − 2)
 * </pre>
 *
 * where {@code s²} is the sample variance of the pivots' dependencies δ<sub>s</sub>(v). Worst case, by
 * Hoeffding's inequality, the error of one member's normalised estimate exceeds ε with probability at most
 * {@code 2 exp(−2 k_v ε²)}; {@link BetweennessOptions#pivotsFor(double, double)} turns that into a pivot
 * count. In practice the error is far smaller. Measured in this module's tests on a 2,000-member
 * planted-partition graph of average degree 10, whose betweenness is flat (largest value 0.0083, the hard
 * case): with 400 pivots the largest absolute error was 0.0024 and 83% of members were within two
 * estimated standard errors; with 100 pivots, 0.007 and 66%. The standard error, being estimated from the
 * sample, is itself too low for a member whose few large dependencies (from its neighbours) were not
 * drawn, so treat it as a guide, not a guarantee.
 *
 * <p><b>Determinism and threads.</b> Pivots come from a {@link SplitMix64} generator seeded with
 * {@link BetweennessOptions#seed()}; sources are split into four fixed lanes summed in a fixed order, so
 * that the result is the same, bit for bit, on any JVM and for any thread count.
 *
 * <pre>{@code
 * BetweennessScores b = Betweenness.withOptions(BetweennessOptions.exact().withWeighted(true)).compute(graph);
 * b.top(3);                                // the three members with the highest betweenness
 * }</pre>
 *
 * @implNote Thread-safe: immutable; each call works on buffers of its own (and starts
 *     {@code threads − 1} threads of its own, which end before it returns).
 * @since 0.1
 */
public final class Betweenness {

  private static final Betweenness DEFAULT = new Betweenness(BetweennessOptions.exact());
  /** The progress stage of the source runs. */
  static final String STAGE = "betweenness";

  private final BetweennessOptions options;

  private Betweenness(BetweennessOptions options) {
    this.options = options;
  }

  /** Exact betweenness over hop distances, on one thread. */
  public static Betweenness withDefaults() {
    return DEFAULT;
  }

  /** Betweenness with the given options. */
  public static Betweenness withOptions(BetweennessOptions options) {
    return new Betweenness(Objects.requireNonNull(options, "options"));
  }

  /** The options this instance runs with. */
  public BetweennessOptions options() {
    return options;
  }

  /** Computes the betweenness of every member. */
  public BetweennessScores compute(SocialGraph graph) {
    return compute(graph, ProgressListener.NONE);
  }

  /** Computes the betweenness of every member, reporting sources done (stage {@code "betweenness"}). */
  public BetweennessScores compute(SocialGraph graph, ProgressListener progress) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(progress, "progress");
    int n = graph.nodeCount();
    int[] sources = sources(n, options);
    boolean exact = sources.length == n;
    int[] pivots = exact ? new int[0] : sources;
    Sums sums = dependencySums(graph, options.weighted(), sources, options.threads(), !exact, progress);
    return new BetweennessScores(graph, options, pivots, sums.sum, sums.squares);
  }

  /** The sources of a run: every node, or {@code options.pivots()} of them, sorted. */
  static int[] sources(int n, BetweennessOptions options) {
    int k = options.pivots();
    if (k == 0 || k >= n) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      return all;
    }
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    SplitMix64 rng = new SplitMix64(options.seed());
    for (int i = 0; i < k; i++) {
      int j = i + rng.nextInt(n - i);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    int[] chosen = Arrays.copyOf(perm, k);
    Arrays.sort(chosen);
    return chosen;
  }

  /** Sums of dependencies (and their squares) per node over the given sources. */
  @SuppressWarnings("ArrayRecordComponent") // an internal carrier, never compared or hashed
  record Sums(double[] sum, double @Nullable [] squares) {}

  /**
   * Σ<sub>s</sub> δ<sub>s</sub>(v) over {@code sources} for every node (and Σ δ² if {@code squares}),
   * computed in fixed lanes so that the result does not depend on {@code threads}.
   */
  static Sums dependencySums(SocialGraph graph, boolean weighted, int[] sources, int threads, boolean squares,
      ProgressListener progress) {
    int n = graph.nodeCount();
    int lanes = SourceLanes.LANES;
    // lanes without sources stay null (component nullability: T [] @Nullable [])
    double[] @Nullable [] sum = new double[lanes][];
    double[] @Nullable [] sq = new double[lanes][];
    for (int lane = 0; lane < lanes; lane++) {
      boolean used = SourceLanes.laneStart(sources.length, lane) < SourceLanes.laneStart(sources.length, lane + 1);
      sum[lane] = used ? new double[n] : null;
      sq[lane] = used && squares ? new double[n] : null;
    }
    int workers = Math.min(threads, lanes);
    ShortestPathCounter[] counters = new ShortestPathCounter[workers];
    for (int t = 0; t < workers; t++) {
      counters[t] = new ShortestPathCounter(graph, weighted);
    }
    SourceLanes.run(sources, workers, progress, STAGE, (thread, lane, s) -> {
      ShortestPathCounter c = counters[thread];
      c.run(s);
      c.accumulate();
      double[] into = Objects.requireNonNull(sum[lane], "a lane with sources has its sums");
      double @Nullable [] intoSq = sq[lane];
      for (int i = 1, reached = c.reached(); i < reached; i++) {
        int v = c.settledNode(i);
        double d = c.dependency(v);
        into[v] += d;
        if (intoSq != null) {
          intoSq[v] += d * d;
        }
      }
    });
    double[] total = new double[n];
    double @Nullable [] totalSq = squares ? new double[n] : null;
    for (int lane = 0; lane < lanes; lane++) {
      double @Nullable [] s = sum[lane];
      if (s == null) {
        continue;
      }
      for (int v = 0; v < n; v++) {
        total[v] += s[v];
      }
      double @Nullable [] q = sq[lane];
      if (totalSq != null && q != null) {
        for (int v = 0; v < n; v++) {
          totalSq[v] += q[v];
        }
      }
    }
    return new Sums(total, totalSq);
  }

  @Override
  public String toString() {
    return "Betweenness[" + options + "]";
  }
}
