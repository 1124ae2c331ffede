package org.blendnet.graph.brokerage;

import java.util.Objects;
import org.blendnet.core.MemberId;

/**
 * Gould–Fernandez brokerage analysis: for every member, how often they broker contact in each of the five
 * {@linkplain BrokerageRole roles}, and how that compares with chance. R. V. Gould and R. M. Fernandez,
 * "Structures of mediation: a formal approach to brokerage in transaction networks", Sociological
 * Methodology 19 (1989) 89–126, doi:10.2307/270949.
 *
 * <p><b>Counts.</b> Member {@code v} brokers the ordered pair {@code (a, b)} when the {@link ContactGraph}
 * has arcs {@code a → v} and {@code v → b} but not {@code a → b} ({@code a}, {@code v}, {@code b}
 * distinct). Each such pair counts once, in the role given by the groups of the three; {@code (a, b)} and
 * {@code (b, a)} are different pairs. These are the raw scores of R's {@code sna::brokerage()}
 * ({@code raw.nli}).
 *
 * <p><b>Expectation.</b> As in {@code sna::brokerage()} (C. T. Butts, sna: Tools for Social Network
 * Analysis, R package), the counts are compared with a Bernoulli random digraph of the same size and
 * density {@code d = arcs / (N (N − 1))}, group memberships held fixed: each ordered pair {@code (a, b)}
 * of other members is brokered by {@code v} with probability {@code p = d²(1 − d)}. So for a broker in a
 * group of {@code n_g} members, with {@code K = n_g − 1} others in the group, {@code O = N − n_g} members
 * outside it and {@code n_h} the sizes of the other groups, the expected count is {@code p} times the
 * number of pairs in the role:
 *
 * <pre>
 *   coordinator     K (K − 1)
 *   itinerant       Σ_{h≠g} n_h (n_h − 1)
 *   gatekeeper      O K
 *   representative  K O
 *   liaison         Σ_{h≠g} n_h (O − n_h)
 *   total           (N − 1)(N − 2)
 * </pre>
 *
 * The variance is {@code pairs · p(1 − p)} plus {@code d³(1 − d)³} for each ordered couple of distinct
 * pairs in the role that share their first or their second member (they share one arc, {@code a → v} or
 * {@code v → b}; pairs sharing no arc are independent): {@code 2K(K − 1)(K − 2)},
 * {@code 2 Σ_{h≠g} n_h (n_h − 1)(n_h − 2)}, {@code K·O(O − 1) + O·K(K − 1)} for either mixed role,
 * {@code 2 Σ_{h≠g} n_h (O − n_h)(O − n_h − 1)}, and {@code 2 (N − 1)(N − 2)(N − 3)} for the total. These
 * are the moments sna reports ({@code exp.nli}, {@code sd.nli}); the z-score is
 * {@code (observed − expected) / sd}. This module's tests check them against an exact enumeration of all
 * digraphs on five members. Note that the null model randomises ties, not group labels: a member with many
 * contacts brokers more than expected in every role, so compare a member's z-scores across roles, or use
 * the counts' shares, to see which kind of broker they are. The network-level expectation (the sum over
 * members) is given; its standard deviation (sna's {@code sd.gli}) is not.
 *
 * <p><b>Complexity.</b> O(Σ<sub>v</sub> in(v) · out(v) · log d<sub>max</sub>) time — each two-path through
 * each member is checked for the closing arc by binary search — and O(n + groups) memory beyond the
 * result. Iterative.
 *
 * <pre>{@code
 * BrokerageRoles roles = GouldFernandez.analyse(ContactGraph.of(network), Grouping.byAffiliation(network, 2));
 * roles.score(MemberId.of("ana"), BrokerageRole.GATEKEEPER);   // 7 (expected 2.31 ± 1.40, z=3.34)
 * }</pre>
 *
 * @implNote Thread-safe: stateless.
 * @since 0.1
 */
public final class GouldFernandez {

  private static final BrokerageRole[] ROLES = BrokerageRole.values();
  /** Index of the total in the moment tables, after the five roles. */
  static final int TOTAL = ROLES.length;

  private GouldFernandez() {}

  /**
   * Counts every member's brokerage roles and their expectations.
   *
   * @throws IllegalArgumentException if a member of the contact graph is in no group (the message names
   *     it)
   */
  public static BrokerageRoles analyse(ContactGraph graph, Grouping grouping) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(grouping, "grouping");
    int n = graph.nodeCount();
    int groups = grouping.groupCount();
    int[] groupOf = new int[n];
    long[] size = new long[groups];
    for (int v = 0; v < n; v++) {
      MemberId m = graph.member(v);
      if (!grouping.contains(m)) {
        throw new IllegalArgumentException("member " + m + " of the contact graph is in no group of " + grouping);
      }
      groupOf[v] = grouping.groupOf(m);
      size[groupOf[v]]++;
    }
    long[][] counts = new long[ROLES.length][n];
    for (int v = 0; v < n; v++) {
      int gv = groupOf[v];
      int outFrom = graph.outStart(v);
      int outTo = graph.outStart(v + 1);
      for (int i = graph.inStart(v), iend = graph.inStart(v + 1); i < iend; i++) {
        int a = graph.inSource(i);
        int ga = groupOf[a];
        int aFrom = graph.outStart(a);
        int aTo = graph.outStart(a + 1);
        for (int o = outFrom; o < outTo; o++) {
          int b = graph.outTarget(o);
          if (b == a || contains(graph, aFrom, aTo, b)) {
            continue;
          }
          counts[BrokerageRole.of(ga, gv, groupOf[b]).ordinal()][v]++;
        }
      }
    }
    double[][][] moments = moments(n, size, graph.density());
    return new BrokerageRoles(graph, grouping, groupOf, counts, moments[0], moments[1]);
  }

  /** True if {@code target} is among the arc targets {@code [from, to)} (sorted). */
  private static boolean contains(ContactGraph graph, int from, int to, int target) {
    int lo = from;
    int hi = to - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int t = graph.outTarget(mid);
      if (t < target) {
        lo = mid + 1;
      } else if (t > target) {
        hi = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /**
   * The expectation ({@code [0]}) and standard deviation ({@code [1]}) of each role (index = ordinal) and
   * of the total (index {@link #TOTAL}) for a broker of each group, under a Bernoulli digraph of density
   * {@code d} on {@code n} nodes with the given group sizes: {@code [0 or 1][role][group]}.
   */
  static double[][][] moments(int nodes, long[] size, double d) {
    int groups = size.length;
    double big = nodes;
    double q2 = 0;
    double q3 = 0;
    double p2 = 0;
    double p3 = 0;
    for (long s : size) {
      double x = s;
      q2 += x * x;
      q3 += x * x * x;
      p2 += x * (x - 1);
      p3 += x * (x - 1) * (x - 2);
    }
    double p = d * d * (1 - d);
    double c = d * d * d * (1 - d) * (1 - d) * (1 - d);
    double[][] expected = new double[TOTAL + 1][groups];
    double[][] sd = new double[TOTAL + 1][groups];
    for (int g = 0; g < groups; g++) {
      double ng = size[g];
      double k = ng - 1;
      double o = big - ng;
      double[] pairs = new double[TOTAL + 1];
      double[] shared = new double[TOTAL + 1];
      if (ng > 0 && nodes >= 3) {
        pairs[BrokerageRole.COORDINATOR.ordinal()] = k * (k - 1);
        shared[BrokerageRole.COORDINATOR.ordinal()] = 2 * k * (k - 1) * (k - 2);
        pairs[BrokerageRole.ITINERANT.ordinal()] = p2 - ng * (ng - 1);
        shared[BrokerageRole.ITINERANT.ordinal()] = 2 * (p3 - ng * (ng - 1) * (ng - 2));
        double mixed = k * o;
        double mixedShared = k * o * (o - 1) + o * k * (k - 1);
        pairs[BrokerageRole.GATEKEEPER.ordinal()] = mixed;
        shared[BrokerageRole.GATEKEEPER.ordinal()] = mixedShared;
        pairs[BrokerageRole.REPRESENTATIVE.ordinal()] = mixed;
        shared[BrokerageRole.REPRESENTATIVE.ordinal()] = mixedShared;
        double otherSquares = q2 - ng * ng;
        pairs[BrokerageRole.LIAISON.ordinal()] = o * o - otherSquares;
        shared[BrokerageRole.LIAISON.ordinal()] =
            2 * ((o * o - o) * o + (1 - 2 * o) * otherSquares + (q3 - ng * ng * ng));
        pairs[TOTAL] = (big - 1) * (big - 2);
        shared[TOTAL] = 2 * (big - 1) * (big - 2) * (big - 3);
      }
      for (int r = 0; r <= TOTAL; r++) {
        double count = Math.max(0, pairs[r]); // k (k − 1) is −0.0 for k = 0
        expected[r][g] = count * p;
        sd[r][g] = Math.sqrt(Math.max(0, count * p * (1 - p) + shared[r] * c));
      }
    }
    return new double[][][] {expected, sd};
  }
}
