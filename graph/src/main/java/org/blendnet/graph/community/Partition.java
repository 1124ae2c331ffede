package org.blendnet.graph.community;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.blendnet.core.MemberId;
import org.blendnet.graph.SocialGraph;
import org.jspecify.annotations.Nullable;

/**
 * A division of a graph's members into communities, as found by {@link Leiden}: which community each
 * member is in, the members of each community, and how good the division is.
 *
 * <p>Communities are numbered {@code 0 .. communityCount() - 1} from the largest to the smallest (equal
 * sizes by their first node), so community 0 is the largest. Members of a community are listed in node
 * order, which for a graph made from a network is member-id order. Every member is in exactly one
 * community; an isolated member is a community of its own.
 *
 * <pre>{@code
 * Partition p = Leiden.withDefaults().detect(graph);
 * p.communityOf(MemberId.of("ana"));   // 0
 * p.members(0);                        // [ana, bo, …]
 * }</pre>
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class Partition {

  private static final int SHOWN = 10;

  private final SocialGraph graph;
  private final int[] membership;
  private final int[] start;
  private final int[] nodes;
  private final Objective objective;
  private final double resolution;
  private final double quality;
  private final int iterations;
  private final boolean converged;

  /**
   * Makes a partition from community labels in {@code [0, n)}, renumbering communities by size; the
   * quality is computed from the objective's definition.
   */
  Partition(SocialGraph graph, int[] labels, Objective objective, double resolution, int iterations,
      boolean converged) {
    this.graph = graph;
    this.objective = objective;
    this.resolution = resolution;
    this.iterations = iterations;
    this.converged = converged;
    int n = labels.length;
    int[] size = new int[n];
    int[] first = new int[n];
    Arrays.fill(first, -1);
    int count = 0;
    for (int v = 0; v < n; v++) {
      int c = labels[v];
      if (first[c] < 0) {
        first[c] = v;
        count++;
      }
      size[c]++;
    }
    // order labels by size (descending), then first node; sort packed longs (no boxing, no comparator)
    long[] keys = new long[count];
    int k = 0;
    for (int c = 0; c < n; c++) {
      if (first[c] >= 0) {
        keys[k++] = (long) (n - size[c]) << 32 | first[c];
      }
    }
    Arrays.sort(keys);
    int[] rank = new int[n];
    int[] sizes = new int[count];
    for (int i = 0; i < count; i++) {
      int firstNode = (int) keys[i];
      rank[labels[firstNode]] = i;
      sizes[i] = n - (int) (keys[i] >>> 32);
    }
    this.membership = new int[n];
    this.start = new int[count + 1];
    for (int i = 0; i < count; i++) {
      start[i + 1] = start[i] + sizes[i];
    }
    this.nodes = new int[n];
    int[] fill = Arrays.copyOf(start, count);
    for (int v = 0; v < n; v++) {
      int c = rank[labels[v]];
      membership[v] = c;
      nodes[fill[c]++] = v;
    }
    this.quality = objective.quality(graph, membership, resolution);
  }

  /** The graph this partition divides. */
  public SocialGraph graph() {
    return graph;
  }

  /** The number of nodes (members). */
  public int nodeCount() {
    return membership.length;
  }

  /** The number of communities. */
  public int communityCount() {
    return start.length - 1;
  }

  /**
   * The community of a node.
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node
   */
  public int communityOf(int node) {
    return membership[Objects.checkIndex(node, membership.length)];
  }

  /**
   * The community of a member.
   *
   * @throws IllegalArgumentException if the member is not in the graph
   */
  public int communityOf(MemberId member) {
    return membership[graph.node(member)];
  }

  /** The community of every node, indexed by node: a fresh copy. */
  public int[] membership() {
    return membership.clone();
  }

  /**
   * The number of members of a community.
   *
   * @throws IndexOutOfBoundsException if {@code community} is not a community
   */
  public int size(int community) {
    Objects.checkIndex(community, communityCount());
    return start[community + 1] - start[community];
  }

  /** The size of every community, largest first: a fresh copy. */
  public int[] sizes() {
    int[] sizes = new int[communityCount()];
    for (int c = 0; c < sizes.length; c++) {
      sizes[c] = start[c + 1] - start[c];
    }
    return sizes;
  }

  /**
   * The nodes of a community, ascending: a fresh copy.
   *
   * @throws IndexOutOfBoundsException if {@code community} is not a community
   */
  public int[] nodes(int community) {
    Objects.checkIndex(community, communityCount());
    return Arrays.copyOfRange(nodes, start[community], start[community + 1]);
  }

  /**
   * The members of a community, in node order: an unmodifiable view, O(1) to make.
   *
   * @throws IndexOutOfBoundsException if {@code community} is not a community
   */
  public List<MemberId> members(int community) {
    Objects.checkIndex(community, communityCount());
    return new Members(start[community], start[community + 1]);
  }

  /** What was maximised. */
  public Objective objective() {
    return objective;
  }

  /** The resolution γ it was maximised with. */
  public double resolution() {
    return resolution;
  }

  /** The value of the objective for this partition, computed from its definition. */
  public double quality() {
    return quality;
  }

  /** How many Leiden iterations were run. */
  public int iterations() {
    return iterations;
  }

  /** True if the last iteration changed nothing, so that more iterations would not have helped. */
  public boolean converged() {
    return converged;
  }

  /** Equal when they divide the same graph instance the same way, with the same objective and run. */
  @Override
  public boolean equals(@Nullable Object o) {
    return this == o || (o instanceof Partition other
        && graph == other.graph
        && Arrays.equals(membership, other.membership)
        && objective == other.objective
        && Double.compare(resolution, other.resolution) == 0
        && iterations == other.iterations
        && converged == other.converged);
  }

  @Override
  public int hashCode() {
    // no identity hash codes (of the graph or the enum), so that hash order is the same on every run
    return Objects.hash(Arrays.hashCode(membership), objective.ordinal(), resolution, iterations, converged);
  }

  /**
   * {@code Partition[communities=2, modularity=0.3715 (γ=1.0), iterations=2, converged=true, sizes=[17,
   * 17]]}; at most ten sizes are shown, then {@code …(+37 more)}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Partition[communities=").append(communityCount())
        .append(", ").append(objective == Objective.MODULARITY ? "modularity" : "cpm").append('=')
        .append(String.format(java.util.Locale.ROOT, "%.4f", quality))
        .append(" (γ=").append(resolution).append(')')
        .append(", iterations=").append(iterations)
        .append(", converged=").append(converged)
        .append(", sizes=[");
    int count = communityCount();
    for (int c = 0; c < Math.min(SHOWN, count); c++) {
      if (c > 0) {
        s.append(", ");
      }
      s.append(start[c + 1] - start[c]);
    }
    if (count > SHOWN) {
      s.append(", …(+").append(count - SHOWN).append(" more)");
    }
    return s.append("]]").toString();
  }

  /** The members of one community, as a list view over the node array. */
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
