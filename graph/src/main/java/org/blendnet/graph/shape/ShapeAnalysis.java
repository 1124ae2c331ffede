package org.blendnet.graph.shape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.blendnet.core.MemberId;
import org.blendnet.core.ProgressListener;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.brokerage.Betweenness;
import org.blendnet.graph.brokerage.BetweennessOptions;
import org.blendnet.graph.brokerage.BetweennessScores;
import org.blendnet.graph.internal.ShortestPathCounter;
import org.blendnet.graph.internal.SourceLanes;
import org.blendnet.graph.internal.SplitMix64;

/**
 * Measures the shape of a network and classifies it as one of the three {@link NetworkShape}s of the
 * source texts: model 1, a hierarchy in which one hub controls the flow; model 2, a few collaborating
 * hubs; model 3, a peer-to-peer mesh in which people connect directly, with some hubs.
 *
 * <p><b>Figures</b> (n members, m ties; degree counts ties, weights aside):
 *
 * <ul>
 *   <li><b>degree centralization</b>, Freeman's {@code Σ_v (d_max − d_v) / ((n − 1)(n − 2))}: 1 for a
 *       star, 0 when all degrees are equal (L. C. Freeman, "Centrality in social networks: conceptual
 *       clarification", Social Networks 1(3) (1979) 215–239, doi:10.1016/0378-8733(78)90021-7);
 *   <li><b>betweenness centralization</b>, Freeman's {@code Σ_v (b_max − b_v) / (n − 1)} over normalised
 *       betweenness {@code b} — the sum over the star's maximum, which it reaches: 1 for a star, 0 for a
 *       complete graph or a cycle (same paper). Both are 0 with fewer than three members;
 *   <li><b>lead share</b> and <b>runner-up share</b>: the share of the shortest paths between other
 *       members that pass through the most central member, and through the second — a member's betweenness
 *       divided by the number of pairs of other members with a path between them (for a connected graph,
 *       the normalised betweenness);
 *   <li><b>top share</b>: the top 1% of members by betweenness ({@code ⌈n / 100⌉}, at least one, equal
 *       values by node) form the set T; over all pairs {s, t} of members outside T with a path between them,
 *       the mean share of their shortest paths with at least one member of T in between. This is the
 *       normalised group betweenness of T (M. G. Everett and S. P. Borgatti, "The centrality of groups and
 *       classes", J. Math. Sociol. 23(3) (1999) 181–201, doi:10.1080/0022250X.1999.9990219): how much of
 *       everyone else's communication the top 1% stand between;
 *   <li><b>hubs</b>: members with at least {@value #HUB_DEGREE_FACTOR} times the mean degree and at least
 *       {@value #MIN_HUB_DEGREE} ties. In an Erdős–Rényi graph of mean degree λ ≥ 3 a degree of 3λ has
 *       probability below 10<sup>-4</sup>, so a hub is a member that random mixing would not produce;
 *       <b>peer-tie share</b>: the share of ties joining two members who are not hubs; <b>hub-tie share</b>:
 *       the share of pairs of hubs tied directly.
 * </ul>
 *
 * <p><b>Classification</b>, in this order:
 *
 * <ol>
 *   <li>{@link NetworkShape#HIERARCHY} if the lead share is at least {@value #CONTROL_SHARE} and the
 *       runner-up share at most {@value #RIVAL_RATIO} of it: one member stands between most pairs of the
 *       others (a majority of the shortest paths), and nobody else comes within a factor of two. A star
 *       has lead share 1 and runner-up 0; joined stars have several hubs of equal share.
 *   <li>{@link NetworkShape#PEER_MESH} if at least {@value #PEER_SHARE} of the ties join two non-hubs
 *       (people mostly connect to each other directly) and the top 1% stand between fewer than
 *       {@value #TOP_SHARE} of the pairs of the others (they can reach each other without the most central
 *       members). Random and lattice graphs have peer-tie share 1 and a top share of 0.08–0.25.
 *   <li>{@link NetworkShape#COLLABORATING_HUBS} otherwise: the flow depends on a few members but no single
 *       one controls it — joined stars (peer-tie share 0, top share 0.6–1), and also trees whose upper
 *       levels share the flow, chains, and scale-free graphs in which the top 1% carry most paths.
 * </ol>
 *
 * A network without ties is a {@link NetworkShape#PEER_MESH} with nothing in between. Separate stars count
 * as several hubs of equal share, {@link NetworkShape#COLLABORATING_HUBS} with a hub-tie share of 0: hubs
 * that do not collaborate, which the hub-tie share shows. The 50% thresholds
 * are majorities: a hub "controls" the flow, or ordinary members "mostly" connect directly, when it is so
 * for more than half of the pairs or ties. Measured on standard graphs: a star of 200: lead 1.0, runner-up
 * 0; four joined stars of 25 leaves: lead = runner-up = 0.43, top share 0.74, peer-tie share 0;
 * Erdős–Rényi (1,000, mean degree 10): lead 0.011, top share 0.08, peer-tie share 1; 30 × 30 grid: lead
 * 0.047, top share 0.15, peer-tie share 1; Zachary's karate club: lead 0.44, runner-up 0.30, top share 0.44,
 * peer-tie share 0.58 — a peer mesh with two hubs.
 *
 * <p><b>Exact or sampled.</b> Up to {@link ShapeOptions#exactUpTo()} members, betweenness and the top
 * share are exact; beyond, both come from {@link ShapeOptions#pivots()} sampled sources (see
 * {@link Betweenness} for the estimator and its error; the top share is then a mean over the sampled
 * sources' pairs, and T the estimated top 1%).
 *
 * <p><b>Complexity.</b> Two rounds of single-source shortest paths (betweenness, then the top share):
 * O(nm) exact, O(pivots · m) sampled, with hop distances (weighted: times log n). Iterative.
 *
 * <pre>{@code
 * ShapeReport r = ShapeAnalysis.withDefaults().analyse(graph);
 * r.shape();         // PEER_MESH
 * r.explanation();   // "PEER_MESH: 87% of ties join two members who are not hubs (≥ 50%), …"
 * }</pre>
 *
 * @implNote Thread-safe: immutable; each call works on buffers of its own.
 * @since 0.1
 */
public final class ShapeAnalysis {

  /** A hub has at least this many times the mean degree. */
  public static final double HUB_DEGREE_FACTOR = 3.0;
  /** A hub has at least this many ties. */
  public static final int MIN_HUB_DEGREE = 3;
  /** The lead share at which one member controls the flow. */
  public static final double CONTROL_SHARE = 0.5;
  /** The largest runner-up share, relative to the lead share, that leaves the lead in control alone. */
  public static final double RIVAL_RATIO = 0.5;
  /** The peer-tie share from which people mostly connect directly. */
  public static final double PEER_SHARE = 0.5;
  /** The top share from which the top 1% carry the flow. */
  public static final double TOP_SHARE = 0.5;
  /** The fraction of members in the top set. */
  public static final double TOP_FRACTION = 0.01;

  private static final ShapeAnalysis DEFAULT = new ShapeAnalysis(ShapeOptions.defaults());
  private static final String TOP_STAGE = "top share";

  private final ShapeOptions options;

  private ShapeAnalysis(ShapeOptions options) {
    this.options = options;
  }

  /** Analysis with {@link ShapeOptions#defaults()}. */
  public static ShapeAnalysis withDefaults() {
    return DEFAULT;
  }

  /** Analysis with the given options. */
  public static ShapeAnalysis withOptions(ShapeOptions options) {
    return new ShapeAnalysis(Objects.requireNonNull(options, "options"));
  }

  /** The options this instance runs with. */
  public ShapeOptions options() {
    return options;
  }

  /** Measures and classifies a graph. */
  public ShapeReport analyse(SocialGraph graph) {
    return analyse(graph, ProgressListener.NONE);
  }

  /** Measures and classifies a graph, reporting stages {@code "betweenness"} and {@code "top share"}. */
  public ShapeReport analyse(SocialGraph graph, ProgressListener progress) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(progress, "progress");
    int n = graph.nodeCount();
    int m = graph.tieCount();
    int maxDegree = 0;
    for (int v = 0; v < n; v++) {
      maxDegree = Math.max(maxDegree, graph.degree(v));
    }
    double degreeCentralization = 0;
    if (n >= 3) {
      long sum = 0;
      for (int v = 0; v < n; v++) {
        sum += maxDegree - graph.degree(v);
      }
      degreeCentralization = sum / ((double) (n - 1) * (n - 2));
    }
    boolean exact = n <= options.exactUpTo();
    BetweennessOptions bo = new BetweennessOptions(options.weighted(), exact ? 0 : Math.max(2, options.pivots()),
        options.seed(), options.threads());
    BetweennessScores b = Betweenness.withOptions(bo).compute(graph, progress);
    exact = b.isExact();
    double betweennessCentralization = 0;
    if (n >= 3) {
      double max = b.max();
      double sum = 0;
      for (int v = 0; v < n; v++) {
        sum += max - b.normalized(v);
      }
      betweennessCentralization = Math.max(0, sum / (n - 1));
    }
    int[] ranking = b.ranking();
    long[] component = componentSizes(graph);
    long connectedPairs = 0; // Σ over components of size (size − 1) / 2: each node adds its size − 1
    for (long size : component) {
      connectedPairs += size - 1;
    }
    connectedPairs /= 2;
    double lead = n >= 1 ? share(b, ranking[0], component, connectedPairs) : 0;
    double runnerUp = n >= 2 ? share(b, ranking[1], component, connectedPairs) : 0;
    int topCount = n == 0 ? 0 : Math.max(1, (int) Math.ceil(n * TOP_FRACTION));
    boolean[] top = new boolean[n];
    List<MemberId> topMembers = new ArrayList<>(topCount);
    for (int i = 0; i < topCount; i++) {
      top[ranking[i]] = true;
      topMembers.add(graph.member(ranking[i]));
    }
    double topShare = topShare(graph, top, exact, progress);
    // hubs
    double meanDegree = n == 0 ? 0 : 2.0 * m / n;
    double hubDegree = Math.max(MIN_HUB_DEGREE, HUB_DEGREE_FACTOR * meanDegree);
    boolean[] hub = new boolean[n];
    int hubCount = 0;
    for (int v = 0; v < n; v++) {
      if (graph.degree(v) >= hubDegree) {
        hub[v] = true;
        hubCount++;
      }
    }
    long peerTies = 0;
    long hubTies = 0;
    for (int v = 0; v < n; v++) {
      for (int e = graph.edgeStart(v); e < graph.edgeEnd(v); e++) {
        int w = graph.target(e);
        if (w > v) {
          peerTies += !hub[v] && !hub[w] ? 1 : 0;
          hubTies += hub[v] && hub[w] ? 1 : 0;
        }
      }
    }
    double peerTieShare = m == 0 ? 1.0 : (double) peerTies / m;
    double hubTieShare = hubCount < 2 ? 0.0 : hubTies / ((double) hubCount * (hubCount - 1) / 2);
    NetworkShape shape;
    String why;
    if (m == 0) {
      shape = NetworkShape.PEER_MESH;
      why = "PEER_MESH: there are no ties, so nobody stands between anybody";
    } else if (lead >= CONTROL_SHARE && runnerUp <= RIVAL_RATIO * lead) {
      shape = NetworkShape.HIERARCHY;
      why = String.format(Locale.ROOT, "HIERARCHY: %s lies on %s of the shortest paths between the others (≥ 50%%) "
          + "and the next member on %s (≤ half of that)", graph.member(ranking[0]), pct(lead), pct(runnerUp));
    } else if (peerTieShare >= PEER_SHARE && topShare < TOP_SHARE) {
      shape = NetworkShape.PEER_MESH;
      why = String.format(Locale.ROOT, "PEER_MESH: %s of ties join two members who are not hubs (≥ 50%%) and the "
          + "top 1%% (%d %s) lie on %s of the shortest paths between the others (< 50%%); %d %s", pct(peerTieShare),
          topCount, topCount == 1 ? "member" : "members", pct(topShare), hubCount, hubCount == 1 ? "hub" : "hubs");
    } else {
      shape = NetworkShape.COLLABORATING_HUBS;
      String reason = peerTieShare < PEER_SHARE
          ? String.format(Locale.ROOT, "only %s of ties join two members who are not hubs (< 50%%)", pct(peerTieShare))
          : String.format(Locale.ROOT, "the top 1%% (%d %s) lie on %s of the shortest paths between the others "
              + "(≥ 50%%)", topCount, topCount == 1 ? "member" : "members", pct(topShare));
      why = String.format(Locale.ROOT, "COLLABORATING_HUBS: no single member controls the flow (the most central "
          + "lies on %s of the shortest paths, the next on %s), but %s; %d %s, %s of hub pairs tied directly",
          pct(lead), pct(runnerUp), reason, hubCount, hubCount == 1 ? "hub" : "hubs", pct(hubTieShare));
    }
    if (!exact) {
      why += String.format(Locale.ROOT, " (estimated from %d sampled sources)", b.pivotCount());
    }
    return new ShapeReport(shape, n, m, degreeCentralization, betweennessCentralization, topCount, topShare,
        topMembers, lead, runnerUp, hubCount, hubTieShare, peerTieShare, exact, why);
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** A member's betweenness over the pairs of other members that have a path between them. */
  private static double share(BetweennessScores b, int v, long[] component, long connectedPairs) {
    long size = component[v];
    long pairs = connectedPairs - (size - 1);
    return pairs <= 0 ? 0.0 : Math.min(1.0, b.raw(v) / pairs);
  }

  /**
   * The mean share of shortest paths through the set {@code top}, over ordered pairs (s, t) outside it with
   * a path between them: over all such sources, or over sampled ones.
   */
  private double topShare(SocialGraph graph, boolean[] top, boolean exact, ProgressListener progress) {
    int n = graph.nodeCount();
    int outside = 0;
    for (boolean t : top) {
      outside += t ? 0 : 1;
    }
    int[] candidates = new int[outside];
    for (int v = 0, k = 0; v < n; v++) {
      if (!top[v]) {
        candidates[k++] = v;
      }
    }
    int[] sources = candidates;
    if (!exact && options.pivots() < outside) {
      SplitMix64 rng = new SplitMix64(options.seed() ^ 0x5DEECE66DL);
      int k = options.pivots();
      for (int i = 0; i < k; i++) {
        int j = i + rng.nextInt(outside - i);
        int t = candidates[i];
        candidates[i] = candidates[j];
        candidates[j] = t;
      }
      sources = Arrays.copyOf(candidates, k);
      Arrays.sort(sources);
    }
    int lanes = SourceLanes.LANES;
    double[] shareSum = new double[lanes];
    long[] pairCount = new long[lanes];
    int threads = Math.min(options.threads(), lanes);
    ShortestPathCounter[] counters = new ShortestPathCounter[threads];
    double[][] avoiding = new double[threads][];
    for (int t = 0; t < threads; t++) {
      counters[t] = new ShortestPathCounter(graph, options.weighted());
      avoiding[t] = new double[n];
    }
    SourceLanes.run(sources, threads, progress, TOP_STAGE, (thread, lane, s) -> {
      ShortestPathCounter c = counters[thread];
      double[] avoid = avoiding[thread];
      c.run(s);
      c.countAvoiding(top, avoid);
      double sum = 0;
      long pairs = 0;
      for (int i = 1, reached = c.reached(); i < reached; i++) {
        int t = c.settledNode(i);
        if (!top[t]) {
          sum += 1 - avoid[t] / c.pathCount(t);
          pairs++;
        }
      }
      shareSum[lane] += sum;
      pairCount[lane] += pairs;
    });
    double sum = 0;
    long pairs = 0;
    for (int lane = 0; lane < lanes; lane++) {
      sum += shareSum[lane];
      pairs += pairCount[lane];
    }
    return pairs == 0 ? 0.0 : Math.max(0, Math.min(1, sum / pairs));
  }

  /** The size of each node's connected component, per node (breadth-first, iterative). */
  private static long[] componentSizes(SocialGraph graph) {
    int n = graph.nodeCount();
    int[] label = new int[n];
    Arrays.fill(label, -1);
    int[] queue = new int[n];
    long[] sizeOf = new long[n];
    int components = 0;
    for (int s = 0; s < n; s++) {
      if (label[s] >= 0) {
        continue;
      }
      int head = 0;
      int tail = 0;
      queue[tail++] = s;
      label[s] = components;
      while (head < tail) {
        int v = queue[head++];
        for (int e = graph.edgeStart(v); e < graph.edgeEnd(v); e++) {
          int w = graph.target(e);
          if (label[w] < 0) {
            label[w] = components;
            queue[tail++] = w;
          }
        }
      }
      for (int i = 0; i < tail; i++) {
        sizeOf[queue[i]] = tail;
      }
      components++;
    }
    return sizeOf;
  }

  @Override
  public String toString() {
    return "ShapeAnalysis[" + options + "]";
  }
}
