package org.blendnet.graph.brokerage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.blendnet.core.MemberId;

/**
 * The brokerage roles of every member of a contact graph, as counted by {@link GouldFernandez}, with
 * their expectations under its null model.
 *
 * <pre>{@code
 * roles.score(MemberId.of("ana"), BrokerageRole.GATEKEEPER);   // 7 (expected 2.31 ± 1.40, z=3.34)
 * roles.top(BrokerageRole.LIAISON, 3);                          // the three busiest liaisons
 * }</pre>
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class BrokerageRoles {

  private static final BrokerageRole[] ROLES = BrokerageRole.values();
  private static final int SHOWN = 3;

  private final ContactGraph graph;
  private final Grouping grouping;
  private final int[] groupOf;
  private final long[][] counts;
  private final double[][] expected;
  private final double[][] sd;

  BrokerageRoles(ContactGraph graph, Grouping grouping, int[] groupOf, long[][] counts, double[][] expected,
      double[][] sd) {
    this.graph = graph;
    this.grouping = grouping;
    this.groupOf = groupOf;
    this.counts = counts;
    this.expected = expected;
    this.sd = sd;
  }

  /** The contact graph analysed. */
  public ContactGraph graph() {
    return graph;
  }

  /** The grouping the roles refer to. */
  public Grouping grouping() {
    return grouping;
  }

  /** The density of the contact graph, the {@code d} of the null model. */
  public double density() {
    return graph.density();
  }

  /**
   * The group of a node (a group number of {@link #grouping()}).
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node
   */
  public int groupOf(int node) {
    return groupOf[Objects.checkIndex(node, groupOf.length)];
  }

  /**
   * How often a node brokers in a role, with the expectation.
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node
   */
  public BrokerScore score(int node, BrokerageRole role) {
    Objects.requireNonNull(role, "role");
    int g = groupOf(node);
    int r = role.ordinal();
    return new BrokerScore(counts[r][node], expected[r][g], sd[r][g]);
  }

  /**
   * How often a member brokers in a role, with the expectation.
   *
   * @throws IllegalArgumentException if the member is not in the contact graph
   */
  public BrokerScore score(MemberId member, BrokerageRole role) {
    return score(graph.node(member), role);
  }

  /**
   * How often a node brokers in any role, with the expectation.
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node
   */
  public BrokerScore total(int node) {
    int g = groupOf(node);
    return new BrokerScore(totalCount(node), expected[GouldFernandez.TOTAL][g], sd[GouldFernandez.TOTAL][g]);
  }

  /**
   * How often a member brokers in any role, with the expectation.
   *
   * @throws IllegalArgumentException if the member is not in the contact graph
   */
  public BrokerScore total(MemberId member) {
    return total(graph.node(member));
  }

  private long totalCount(int node) {
    long t = 0;
    for (long[] c : counts) {
      t += c[node];
    }
    return t;
  }

  /** The number of brokered pairs in a role over all members. */
  public long networkCount(BrokerageRole role) {
    long t = 0;
    for (long c : counts[Objects.requireNonNull(role, "role").ordinal()]) {
      t += c;
    }
    return t;
  }

  /** The expected number of brokered pairs in a role over all members, under the null model. */
  public double networkExpected(BrokerageRole role) {
    int r = Objects.requireNonNull(role, "role").ordinal();
    double t = 0;
    for (int g : groupOf) {
      t += expected[r][g];
    }
    return t;
  }

  /**
   * The {@code k} members brokering most often in a role, most first (equal counts in node order);
   * members who never do are left out.
   *
   * @throws IllegalArgumentException if {@code k} is negative
   */
  public List<MemberId> top(BrokerageRole role, int k) {
    Objects.requireNonNull(role, "role");
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0 but was " + k);
    }
    long[] c = counts[role.ordinal()];
    Integer[] nodes = new Integer[c.length];
    for (int v = 0; v < c.length; v++) {
      nodes[v] = v;
    }
    Arrays.sort(nodes, (a, b) -> {
      int cmp = Long.compare(c[b], c[a]);
      return cmp != 0 ? cmp : Integer.compare(a, b);
    });
    List<MemberId> out = new ArrayList<>();
    for (int i = 0; i < nodes.length && out.size() < k && c[nodes[i]] > 0; i++) {
      out.add(graph.member(nodes[i]));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * {@code BrokerageRoles[members=10, groups=3, density=0.2000, coordinator=12 (top: c), itinerant=3 (top: e),
   * gatekeeper=5 …]}: network counts per role and the member brokering most in each.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("BrokerageRoles[members=").append(groupOf.length)
        .append(", groups=").append(grouping.groupCount())
        .append(", density=").append(String.format(Locale.ROOT, "%.4f", density()));
    for (BrokerageRole role : ROLES) {
      s.append(", ").append(role.label()).append('=').append(networkCount(role));
      List<MemberId> top = top(role, SHOWN);
      if (!top.isEmpty()) {
        s.append(" (top: ").append(String.join(", ", top.stream().map(MemberId::toString).toList())).append(')');
      }
    }
    return s.append(']').toString();
  }
}
