package org.blendnet.metrics.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.graph.SocialGraph;

/**
 * Declared units of a graph's members: affiliations cut to a depth, numbered in path order, as the graph
 * module's silo detector numbers them. Immutable by convention (internal; not exported).
 */
public final class Units {

  private final int[] groupOf;
  private final List<Affiliation> units;

  /**
   * The units of the nodes (an internal carrier, not a value: the array is made by {@link #of} and read only).
   *
   * @param groupOf the unit number of each node
   * @param units the units, in path order
   */
  public Units(int[] groupOf, List<Affiliation> units) {
    this.groupOf = groupOf;
    this.units = units;
  }

  /** The unit number of each node. */
  public int[] groupOf() {
    return groupOf;
  }

  /** The units, in path order (unit number = position). */
  public List<Affiliation> units() {
    return units;
  }

  /** Path order: segment by segment, a prefix before its extensions. */
  public static final Comparator<Affiliation> PATH_ORDER = (a, b) -> {
    List<String> p = a.path();
    List<String> q = b.path();
    for (int i = 0; i < Math.min(p.size(), q.size()); i++) {
      int c = p.get(i).compareTo(q.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(p.size(), q.size());
  };

  /**
   * The units of the members of {@code graph}, read from the network it was made from.
   *
   * @throws IllegalArgumentException if the graph was not made from a network
   */
  public static Units of(SocialGraph graph, int depth) {
    Network network = graph.network().orElseThrow(() -> new IllegalArgumentException(
        "declared units need a graph made from a network, but this one was read from an edge list or arrays"));
    int n = graph.nodeCount();
    Affiliation[] byNode = new Affiliation[n];
    Map<Affiliation, Integer> index = new HashMap<>();
    List<Affiliation> distinct = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      MemberId id = graph.member(v);
      Member m = network.member(id).orElseThrow(() -> new IllegalStateException(
          "member " + id + " of the graph is not in its network"));
      byNode[v] = m.affiliation().truncate(depth);
      if (index.putIfAbsent(byNode[v], distinct.size()) == null) {
        distinct.add(byNode[v]);
      }
    }
    distinct.sort(PATH_ORDER);
    for (int u = 0; u < distinct.size(); u++) {
      index.put(distinct.get(u), u);
    }
    int[] groupOf = new int[n];
    for (int v = 0; v < n; v++) {
      groupOf[v] = Objects.requireNonNull(index.get(byNode[v]));
    }
    return new Units(groupOf, List.copyOf(distinct));
  }
}
