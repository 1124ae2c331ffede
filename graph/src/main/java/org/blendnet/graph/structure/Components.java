package org.blendnet.graph.structure;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.blendnet.core.MemberId;
import org.blendnet.graph.SocialGraph;
import org.jspecify.annotations.Nullable;

/**
 * The connected components of a social graph: which members can reach each other through ties at all.
 *
 * <p>A {@link SocialGraph} is undirected — contact that went one way only is either a tie or nothing, as
 * its {@link org.blendnet.graph.TieModel} says — so these are the <em>weakly</em> connected components of
 * the contact behind it. A member without ties is a component of one. Components are numbered
 * {@code 0 .. count() - 1} from the largest to the smallest, equal sizes by their smallest node, so
 * component 0 is the largest; members of a component are listed in node order (member-id order for a
 * graph made from a network). For one layer only, pass {@link SocialGraph#layer(org.blendnet.core.Channel)}.
 *
 * <p>Breadth-first search from each node not yet reached, in node order, with a queue in a plain
 * {@code int} array: O(n + m) time and O(n) memory, no recursion (a path of a million members is no
 * deeper for it than a triangle). The classic method; see e.g. J. Hopcroft and R. Tarjan, "Algorithm 447:
 * efficient algorithms for graph manipulation", Communications of the ACM 16(6) (1973) 372–378,
 * doi:10.1145/362248.362272.
 *
 * <pre>{@code
 * Components c = Components.of(graph);
 * c.count();          // 3
 * c.largest();        // [ana, bo, cy, …]
 * c.componentOf(MemberId.of("zed"));  // 2
 * }</pre>
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class Components {

  private static final int SHOWN = 10;

  private final SocialGraph graph;
  private final int[] membership;
  private final int[] start;
  private final int[] nodes;

  private Components(SocialGraph graph, int[] membership, int[] start, int[] nodes) {
    this.graph = graph;
    this.membership = membership;
    this.start = start;
    this.nodes = nodes;
  }

  /** The components of a graph. O(n + m). */
  public static Components of(SocialGraph graph) {
    Objects.requireNonNull(graph, "graph");
    int n = graph.nodeCount();
    int[] label = new int[n];
    Arrays.fill(label, -1);
    int[] queue = new int[n];
    int[] sizes = new int[n];
    int count = 0;
    for (int s = 0; s < n; s++) {
      if (label[s] >= 0) {
        continue;
      }
      int head = 0;
      int tail = 0;
      queue[tail++] = s;
      label[s] = count;
      while (head < tail) {
        int u = queue[head++];
        for (int e = graph.edgeStart(u), end = graph.edgeEnd(u); e < end; e++) {
          int v = graph.target(e);
          if (label[v] < 0) {
            label[v] = count;
            queue[tail++] = v;
          }
        }
      }
      sizes[count++] = tail;
    }
    // labels were given in order of smallest node; order them by size (descending), then smallest node
    long[] keys = new long[count];
    for (int c = 0; c < count; c++) {
      keys[c] = (long) (n - sizes[c]) << 32 | c;
    }
    Arrays.sort(keys);
    int[] rank = new int[count];
    int[] start = new int[count + 1];
    for (int i = 0; i < count; i++) {
      int c = (int) keys[i];
      rank[c] = i;
      start[i + 1] = start[i] + sizes[c];
    }
    int[] fill = Arrays.copyOf(start, count);
    int[] nodes = new int[n];
    for (int v = 0; v < n; v++) {
      int c = rank[label[v]];
      label[v] = c;
      nodes[fill[c]++] = v;
    }
    return new Components(graph, label, start, nodes);
  }

  /** The graph these are the components of. */
  public SocialGraph graph() {
    return graph;
  }

  /** The number of components; 0 for a graph without members. */
  public int count() {
    return start.length - 1;
  }

  /** True if every member can reach every other (and for a graph of at most one member). */
  public boolean isConnected() {
    return count() <= 1;
  }

  /**
   * The component of a node.
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node
   */
  public int componentOf(int node) {
    return membership[Objects.checkIndex(node, membership.length)];
  }

  /**
   * The component of a member.
   *
   * @throws IllegalArgumentException if the member is not in the graph
   */
  public int componentOf(MemberId member) {
    return membership[graph.node(member)];
  }

  /** The component of every node, indexed by node: a fresh copy. */
  public int[] membership() {
    return membership.clone();
  }

  /**
   * The number of members of a component.
   *
   * @throws IndexOutOfBoundsException if {@code component} is not a component
   */
  public int size(int component) {
    Objects.checkIndex(component, count());
    return start[component + 1] - start[component];
  }

  /** The size of every component, largest first: a fresh copy. */
  public int[] sizes() {
    int[] sizes = new int[count()];
    for (int c = 0; c < sizes.length; c++) {
      sizes[c] = start[c + 1] - start[c];
    }
    return sizes;
  }

  /** The number of members of the largest component; 0 for a graph without members. */
  public int largestSize() {
    return count() == 0 ? 0 : start[1];
  }

  /** The members of the largest component (component 0); empty for a graph without members. */
  public List<MemberId> largest() {
    return count() == 0 ? List.of() : members(0);
  }

  /**
   * The nodes of a component, ascending: a fresh copy.
   *
   * @throws IndexOutOfBoundsException if {@code component} is not a component
   */
  public int[] nodes(int component) {
    Objects.checkIndex(component, count());
    return Arrays.copyOfRange(nodes, start[component], start[component + 1]);
  }

  /**
   * The members of a component, in node order: an unmodifiable view, O(1) to make.
   *
   * @throws IndexOutOfBoundsException if {@code component} is not a component
   */
  public List<MemberId> members(int component) {
    Objects.checkIndex(component, count());
    return new Members(start[component], start[component + 1]);
  }

  /** Equal when they are the components of the same graph instance. */
  @Override
  public boolean equals(@Nullable Object o) {
    return this == o || (o instanceof Components other && graph == other.graph
        && Arrays.equals(membership, other.membership));
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(membership);
  }

  /**
   * {@code Components[count=3, largest=30, sizes=[30, 3, 1]]}; at most ten sizes are shown, then
   * {@code …(+37 more)}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Components[count=").append(count())
        .append(", largest=").append(largestSize()).append(", sizes=[");
    int count = count();
    for (int c = 0; c < Math.min(SHOWN, count); c++) {
      s.append(c > 0 ? ", " : "").append(start[c + 1] - start[c]);
    }
    if (count > SHOWN) {
      s.append(", …(+").append(count - SHOWN).append(" more)");
    }
    return s.append("]]").toString();
  }

  /** The members of one component, as a list view over the node array. */
  private final class Members extends AbstractList<MemberId> implements RandomAccess {
    private final int from;
    private final int to;

    Members(int from, int to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public MemberId get(int index) {
      return graph.member(nodes[from + Objects.checkIndex(index, to - from)]);
    }

    @Override
    public int size() {
      return to - from;
    }
  }
}
