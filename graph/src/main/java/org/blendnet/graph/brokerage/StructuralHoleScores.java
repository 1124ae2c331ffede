package org.blendnet.graph.brokerage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.blendnet.core.MemberId;
import org.blendnet.graph.SocialGraph;

/**
 * Burt's structural-hole measures of every member of a graph, as computed by {@link StructuralHoles}. A
 * member without ties has NaN for every measure.
 *
 * <pre>{@code
 * StructuralHoleScores holes = StructuralHoles.weighted().compute(graph);
 * holes.leastConstrained(5);             // the five members spanning the most structural holes
 * holes.effectiveSize(MemberId.of("ana"));
 * }</pre>
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class StructuralHoleScores {

  private static final int SHOWN = 5;

  private final SocialGraph graph;
  private final boolean weighted;
  private final double[] constraint;
  private final double[] effectiveSize;
  private final double[] hierarchy;

  StructuralHoleScores(SocialGraph graph, boolean weighted, double[] constraint, double[] effectiveSize,
      double[] hierarchy) {
    this.graph = graph;
    this.weighted = weighted;
    this.constraint = constraint;
    this.effectiveSize = effectiveSize;
    this.hierarchy = hierarchy;
  }

  /** The graph scored. */
  public SocialGraph graph() {
    return graph;
  }

  /** True if tie weights were used. */
  public boolean isWeighted() {
    return weighted;
  }

  /**
   * Burt's constraint on a node; NaN without ties.
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node
   */
  public double constraint(int node) {
    return constraint[Objects.checkIndex(node, constraint.length)];
  }

  /**
   * Burt's constraint on a member; NaN without ties.
   *
   * @throws IllegalArgumentException if the member is not in the graph
   */
  public double constraint(MemberId member) {
    return constraint[graph.node(member)];
  }

  /**
   * The effective size of a node's network; NaN without ties.
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node
   */
  public double effectiveSize(int node) {
    return effectiveSize[Objects.checkIndex(node, effectiveSize.length)];
  }

  /**
   * The effective size of a member's network; NaN without ties.
   *
   * @throws IllegalArgumentException if the member is not in the graph
   */
  public double effectiveSize(MemberId member) {
    return effectiveSize[graph.node(member)];
  }

  /**
   * The efficiency of a node's network, effective size per contact, in (0, 1]; NaN without ties.
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node
   */
  public double efficiency(int node) {
    return effectiveSize(node) / graph.degree(node);
  }

  /**
   * The efficiency of a member's network; NaN without ties.
   *
   * @throws IllegalArgumentException if the member is not in the graph
   */
  public double efficiency(MemberId member) {
    return efficiency(graph.node(member));
  }

  /**
   * Burt's hierarchy of a node's constraint, in [0, 1]; 1 with a single contact, NaN without ties.
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node
   */
  public double hierarchy(int node) {
    return hierarchy[Objects.checkIndex(node, hierarchy.length)];
  }

  /**
   * Burt's hierarchy of a member's constraint; 1 with a single contact, NaN without ties.
   *
   * @throws IllegalArgumentException if the member is not in the graph
   */
  public double hierarchy(MemberId member) {
    return hierarchy[graph.node(member)];
  }

  /** The constraint of every node, indexed by node: a fresh copy. */
  public double[] constraints() {
    return constraint.clone();
  }

  /** The effective size of every node, indexed by node: a fresh copy. */
  public double[] effectiveSizes() {
    return effectiveSize.clone();
  }

  /** The hierarchy of every node, indexed by node: a fresh copy. */
  public double[] hierarchies() {
    return hierarchy.clone();
  }

  /**
   * The {@code k} members with the lowest constraint — the brokers across structural holes — lowest first
   * (equal values in node order); members without ties are left out.
   *
   * @throws IllegalArgumentException if {@code k} is negative
   */
  public List<MemberId> leastConstrained(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0 but was " + k);
    }
    int[] order = byConstraint();
    List<MemberId> out = new ArrayList<>(Math.min(k, order.length));
    for (int i = 0; i < order.length && out.size() < k; i++) {
      out.add(graph.member(order[i]));
    }
    return Collections.unmodifiableList(out);
  }

  /** Nodes with ties by ascending constraint, equal values by node. */
  private int[] byConstraint() {
    int count = 0;
    for (double c : constraint) {
      count += Double.isNaN(c) ? 0 : 1;
    }
    Integer[] nodes = new Integer[count];
    int k = 0;
    for (int v = 0; v < constraint.length; v++) {
      if (!Double.isNaN(constraint[v])) {
        nodes[k++] = v;
      }
    }
    Arrays.sort(nodes, (a, b) -> {
      int c = Double.compare(constraint[a], constraint[b]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = nodes[i];
    }
    return out;
  }

  /**
   * {@code StructuralHoleScores[members=34, weighted, leastConstrained=[1 (C=0.1548, E=13.87, H=0.1412),
   * …(+32 more)]]}: up to five members with the lowest constraint.
   */
  @Override
  public String toString() {
    int[] order = byConstraint();
    StringBuilder s = new StringBuilder("StructuralHoleScores[members=").append(constraint.length)
        .append(", ").append(weighted ? "weighted" : "unweighted").append(", leastConstrained=[");
    int shown = Math.min(SHOWN, order.length);
    for (int i = 0; i < shown; i++) {
      int v = order[i];
      if (i > 0) {
        s.append(", ");
      }
      s.append(graph.member(v)).append(String.format(Locale.ROOT, " (C=%.4f, E=%.2f, H=%.4f)", constraint[v],
          effectiveSize[v], hierarchy[v]));
    }
    if (order.length > shown) {
      s.append(", …(+").append(order.length - shown).append(" more)");
    }
    return s.append("]]").toString();
  }
}
