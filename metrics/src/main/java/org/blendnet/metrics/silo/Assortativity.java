package org.blendnet.metrics.silo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.blendnet.core.MemberId;
import org.blendnet.graph.SocialGraph;
import org.blendnet.metrics.internal.Units;

/**
 * Attribute assortativity: how much more often ties join members of the same category (unit, office,
 * role) than chance would have them do. M. E. J. Newman's assortativity coefficient for categorical
 * attributes ("Mixing patterns in networks", Phys. Rev. E 67, 026126 (2003), doi:10.1103/PhysRevE.67.026126):
 *
 * <pre>
 *   r = (Σ_i e_ii − Σ_i a_i²) / (1 − Σ_i a_i²)
 * </pre>
 *
 * where e_ij is the share of tie ends that join category i to category j (each undirected tie counted in
 * both directions, so e is symmetric) and a_i = Σ_j e_ij the share of tie ends in category i. r = 1 when
 * every tie stays within its category, 0 when ties ignore categories, and negative when ties prefer other
 * categories (its minimum, −Σa_i²/(1 − Σa_i²), reaches −1 only when Σa_i² = ½, as for two categories
 * holding half the tie ends each).
 * {@link #categorical(SocialGraph, int[])} counts ties, which is what NetworkX's
 * {@code attribute_assortativity_coefficient} computes (checked against NetworkX 3.6.1 in the tests);
 * {@link #weightedCategorical(SocialGraph, int[])} weights each tie by its weight. NaN (undefined) when the
 * graph has no ties or all tie ends are in one category (Σa_i² = 1).
 *
 * <p>O(n + m + k) for n members, m ties and k categories; O(k) memory.
 *
 * @implNote Thread-safe: stateless.
 * @since 0.1
 */
public final class Assortativity {

  private Assortativity() {}

  /**
   * Newman's r over tie counts, for nodes in categories {@code 0 .. k − 1}.
   *
   * @param category the category of each node, {@code >= 0}
   * @throws IllegalArgumentException if {@code category} does not have one entry per node, or one is negative
   */
  public static double categorical(SocialGraph graph, int[] category) {
    return coefficient(graph, category, false);
  }

  /**
   * Newman's r with each tie weighted by its weight.
   *
   * @param category the category of each node, {@code >= 0}
   * @throws IllegalArgumentException if {@code category} does not have one entry per node, or one is negative
   */
  public static double weightedCategorical(SocialGraph graph, int[] category) {
    return coefficient(graph, category, true);
  }

  /**
   * Newman's r over tie counts for a category given to each member by name (an attribute's value: "Boston",
   * "litigation"); categories are compared as strings.
   *
   * @param categories the category of every member of the graph
   * @throws IllegalArgumentException if a member of the graph has no entry (the message names them)
   */
  public static double byCategory(SocialGraph graph, Map<MemberId, String> categories) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(categories, "categories");
    int n = graph.nodeCount();
    String[] names = new String[n];
    TreeMap<String, Integer> numbers = new TreeMap<>();
    for (int v = 0; v < n; v++) {
      String c = categories.get(graph.member(v));
      if (c == null) {
        throw new IllegalArgumentException("categories has no entry for member " + graph.member(v));
      }
      names[v] = c;
      numbers.put(c, 0);
    }
    List<String> sorted = new ArrayList<>(numbers.keySet());
    for (int i = 0; i < sorted.size(); i++) {
      numbers.put(sorted.get(i), i);
    }
    int[] category = new int[n];
    for (int v = 0; v < n; v++) {
      category[v] = numbers.get(names[v]);
    }
    return categorical(graph, category);
  }

  /**
   * Newman's r over tie counts for the members' declared units, their affiliations cut to {@code depth}
   * segments.
   *
   * @throws IllegalArgumentException if the graph was not made from a network or {@code depth < 1}
   */
  public static double byUnit(SocialGraph graph, int depth) {
    Objects.requireNonNull(graph, "graph");
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be >= 1 but was " + depth);
    }
    return categorical(graph, Units.of(graph, depth).groupOf());
  }

  static double coefficient(SocialGraph graph, int[] category, boolean weighted) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(category, "category");
    int n = graph.nodeCount();
    if (category.length != n) {
      throw new IllegalArgumentException(
          "category must have one entry per node (" + n + ") but has " + category.length);
    }
    int k = 0;
    for (int v = 0; v < n; v++) {
      if (category[v] < 0) {
        throw new IllegalArgumentException("category[" + v + "] must be >= 0 but was " + category[v]);
      }
      k = Math.max(k, category[v] + 1);
    }
    double[] ends = new double[k];
    double within = 0;
    double total = 0;
    for (int v = 0; v < n; v++) {
      int c = category[v];
      for (int e = graph.edgeStart(v), end = graph.edgeEnd(v); e < end; e++) {
        double w = weighted ? graph.weight(e) : 1;
        ends[c] += w;
        total += w;
        if (category[graph.target(e)] == c) {
          within += w;
        }
      }
    }
    if (total == 0) {
      return Double.NaN;
    }
    double sumSquares = 0;
    for (double a : ends) {
      sumSquares += (a / total) * (a / total);
    }
    double denominator = 1 - sumSquares;
    if (denominator <= 1e-15) {
      return Double.NaN;
    }
    return (within / total - sumSquares) / denominator;
  }
}
