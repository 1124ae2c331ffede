package org.blendnet.graph.community;

import java.util.Objects;
import org.blendnet.graph.SocialGraph;

/**
 * What a community detection maximises. Both are sums over communities of "weight inside" minus
 * "weight expected inside", scaled by a resolution parameter γ: a higher γ gives more, smaller communities.
 *
 * @since 0.1
 */
public enum Objective {

  /**
   * Modularity with a resolution parameter: {@code Q = Σ_c [ e_c / m − γ (K_c / 2m)² ]}, where {@code e_c}
   * is the weight of the ties inside community {@code c}, {@code K_c} the sum of its members' strengths
   * and {@code m} the total tie weight (M. E. J. Newman and M. Girvan, "Finding and evaluating community
   * structure in networks", Phys. Rev. E 69, 026113 (2004), doi:10.1103/PhysRevE.69.026113; the
   * resolution parameter from J. Reichardt and S. Bornholdt, Phys. Rev. E 74, 016110 (2006),
   * doi:10.1103/PhysRevE.74.016110). 0 for a graph without ties.
   */
  MODULARITY,

  /**
   * The constant Potts model: {@code H = Σ_c [ e_c − γ n_c (n_c − 1) / 2 ]}, where {@code n_c} is the
   * number of members of community {@code c}: a community must be denser than γ inside. Unlike
   * modularity it has no resolution limit (V. A. Traag, P. Van Dooren and Y. Nesterov, "Narrow scope for
   * resolution-limit-free community detection", Phys. Rev. E 84, 016114 (2011),
   * doi:10.1103/PhysRevE.84.016114).
   */
  CPM;

  /**
   * The value of this objective for a partition of a graph, computed directly from its definition in
   * O(n + m).
   *
   * @param membership the community of each node, numbers in {@code [0, nodeCount)}
   * @throws IllegalArgumentException if {@code membership} does not have one entry per node in range, or
   *     {@code resolution} is negative or not finite
   */
  public double quality(SocialGraph graph, int[] membership, double resolution) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(membership, "membership");
    LeidenOptions.checkResolution(resolution);
    int n = graph.nodeCount();
    checkMembership(membership, n);
    double[] inside = new double[n];
    double[] total = new double[n];
    for (int u = 0; u < n; u++) {
      int c = membership[u];
      total[c] += this == MODULARITY ? graph.strength(u) : 1.0;
      for (int e = graph.edgeStart(u), end = graph.edgeEnd(u); e < end; e++) {
        if (membership[graph.target(e)] == c) {
          inside[c] += graph.weight(e);
        }
      }
    }
    double sum = 0;
    if (this == MODULARITY) {
      double m = graph.totalWeight();
      if (m == 0) {
        return 0;
      }
      for (int c = 0; c < n; c++) {
        double share = total[c] / (2 * m);
        sum += inside[c] / 2 / m - resolution * share * share;
      }
    } else {
      for (int c = 0; c < n; c++) {
        sum += inside[c] / 2 - resolution * total[c] * (total[c] - 1) / 2;
      }
    }
    return sum;
  }

  static void checkMembership(int[] membership, int n) {
    if (membership.length != n) {
      throw new IllegalArgumentException(
          "membership must have one entry per node (" + n + ") but has " + membership.length);
    }
    for (int i = 0; i < n; i++) {
      if (membership[i] < 0 || membership[i] >= n) {
        throw new IllegalArgumentException(
            "membership[" + i + "] must be in [0, " + n + ") but was " + membership[i]);
      }
    }
  }
}
