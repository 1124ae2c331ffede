package org.blendnet.graph.brokerage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.blendnet.core.MemberId;
import org.blendnet.graph.SocialGraph;
import org.jspecify.annotations.Nullable;

/**
 * The betweenness of every member of a graph, as computed by {@link Betweenness}: exact, or estimated
 * from sampled pivots with a standard error per member.
 *
 * <pre>{@code
 * BetweennessScores b = Betweenness.withDefaults().compute(graph);
 * b.normalized(MemberId.of("ana"));   // 0.4376: on 44% of the shortest paths between the others
 * b.top(3);                           // [ana, bo, cy]
 * }</pre>
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class BetweennessScores {

  private static final int SHOWN = 5;

  private final SocialGraph graph;
  private final BetweennessOptions options;
  private final int[] pivots;
  private final double[] raw;
  private final double @Nullable [] standardError;
  private final int[] ranking;

  /**
   * Scales the dependency sums of a run: every node a source ({@code pivots} empty) or the given sorted
   * pivots.
   */
  BetweennessScores(SocialGraph graph, BetweennessOptions options, int[] pivots, double[] sum,
      double @Nullable [] squares) {
    this.graph = graph;
    this.options = options;
    this.pivots = pivots;
    int n = graph.nodeCount();
    this.raw = new double[n];
    if (pivots.length == 0) {
      for (int v = 0; v < n; v++) {
        raw[v] = sum[v] / 2; // each unordered pair was counted from both ends
      }
      this.standardError = null;
    } else {
      double[] se = new double[n];
      int k = pivots.length;
      int population = n - 1;
      for (int v = 0; v < n; v++) {
        int kv = Arrays.binarySearch(pivots, v) >= 0 ? k - 1 : k;
        raw[v] = (double) population / kv * sum[v] / 2;
        if (kv < 2 || n < 3) {
          se[v] = kv < 2 ? Double.NaN : 0.0;
          continue;
        }
        double mean = sum[v] / kv;
        double variance = squares == null ? 0 : Math.max(0, (squares[v] - kv * mean * mean) / (kv - 1));
        double finite = Math.max(0, 1 - (double) kv / population);
        se[v] = Math.sqrt(variance / kv * finite) / (n - 2);
      }
      this.standardError = se;
    }
    this.ranking = rank(raw);
  }

  private static int[] rank(double[] values) {
    int n = values.length;
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (a, b) -> {
      int c = Double.compare(values[b], values[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = boxed[i];
    }
    return order;
  }

  /** The graph scored. */
  public SocialGraph graph() {
    return graph;
  }

  /** The options of the run. */
  public BetweennessOptions options() {
    return options;
  }

  /** True if every member was a source, so that the values are exact. */
  public boolean isExact() {
    return pivots.length == 0;
  }

  /** The number of sources sampled; the node count for an exact run. */
  public int pivotCount() {
    return pivots.length == 0 ? graph.nodeCount() : pivots.length;
  }

  /** The nodes that were sampled as pivots, ascending: a fresh copy; empty for an exact run. */
  public int[] pivots() {
    return pivots.clone();
  }

  /**
   * The betweenness of a node: the number of unordered pairs of other nodes, each counted by the share of
   * its shortest paths through the node. Estimated for a sampled run.
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node
   */
  public double raw(int node) {
    return raw[Objects.checkIndex(node, raw.length)];
  }

  /**
   * The betweenness of a member.
   *
   * @throws IllegalArgumentException if the member is not in the graph
   */
  public double raw(MemberId member) {
    return raw[graph.node(member)];
  }

  /**
   * The normalised betweenness of a node, in [0, 1]: its {@linkplain #raw(int) betweenness} divided by
   * the (n − 1)(n − 2) / 2 pairs of other nodes; 0 in a graph of fewer than three nodes.
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node
   */
  public double normalized(int node) {
    int n = raw.length;
    double r = raw[Objects.checkIndex(node, n)];
    return n < 3 ? 0.0 : 2 * r / ((double) (n - 1) * (n - 2));
  }

  /**
   * The normalised betweenness of a member.
   *
   * @throws IllegalArgumentException if the member is not in the graph
   */
  public double normalized(MemberId member) {
    return normalized(graph.node(member));
  }

  /** The normalised betweenness of every node, indexed by node: a fresh copy. */
  public double[] normalizedValues() {
    double[] out = new double[raw.length];
    for (int v = 0; v < out.length; v++) {
      out[v] = normalized(v);
    }
    return out;
  }

  /**
   * The estimated standard error of a node's {@linkplain #normalized(int) normalised} value (see
   * {@link Betweenness} for the formula): 0 for an exact run; NaN when fewer than two pivots other than the
   * node were sampled.
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node
   */
  public double standardError(int node) {
    Objects.checkIndex(node, raw.length);
    double[] se = standardError;
    return se == null ? 0.0 : se[node];
  }

  /**
   * The estimated standard error of a member's normalised value.
   *
   * @throws IllegalArgumentException if the member is not in the graph
   */
  public double standardError(MemberId member) {
    return standardError(graph.node(member));
  }

  /** The nodes from the highest betweenness to the lowest (equal values by node): a fresh copy. */
  public int[] ranking() {
    return ranking.clone();
  }

  /**
   * The {@code k} members with the highest betweenness, highest first (equal values in node order); fewer
   * if the graph is smaller.
   *
   * @throws IllegalArgumentException if {@code k} is negative
   */
  public List<MemberId> top(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0 but was " + k);
    }
    int count = Math.min(k, ranking.length);
    List<MemberId> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(graph.member(ranking[i]));
    }
    return Collections.unmodifiableList(out);
  }

  /** The highest normalised betweenness; 0 for an empty graph. */
  public double max() {
    return ranking.length == 0 ? 0.0 : normalized(ranking[0]);
  }

  /**
   * {@code BetweennessScores[members=34, exact, hops, top=[1=0.4376, 34=0.3041, 33=0.1452, 3=0.1437,
   * 32=0.1383, …(+29 more)]]}; a sampled run shows {@code sampled 400 of 2000 pivots}, a weighted one
   * {@code 1/weight}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("BetweennessScores[members=").append(raw.length).append(", ");
    if (isExact()) {
      s.append("exact");
    } else {
      s.append("sampled ").append(pivots.length).append(" of ").append(raw.length).append(" pivots");
    }
    s.append(", ").append(options.weighted() ? "1/weight" : "hops").append(", top=[");
    int shown = Math.min(SHOWN, ranking.length);
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        s.append(", ");
      }
      s.append(graph.member(ranking[i])).append('=')
          .append(String.format(Locale.ROOT, "%.4f", normalized(ranking[i])));
    }
    if (ranking.length > shown) {
      s.append(", …(+").append(ranking.length - shown).append(" more)");
    }
    return s.append("]]").toString();
  }
}
