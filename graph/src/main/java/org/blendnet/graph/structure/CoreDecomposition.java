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
 * The k-core decomposition of a social graph: for every member the largest {@code k} such that the member
 * belongs to a group in which everyone has at least {@code k} ties to others of the group — the densely
 * knit centre of a network and its looser periphery.
 *
 * <p>The <em>k-core</em> is the largest set of members in which each has at least {@code k} ties inside
 * the set (S. B. Seidman, "Network structure and minimum degree", Social Networks 5(3) (1983) 269–287,
 * doi:10.1016/0378-8733(83)90028-X); a member's <em>core number</em> is the largest {@code k} whose
 * k-core holds it, and the <em>degeneracy</em> is the largest core number. Ties are counted, not weighed
 * (weights play no part), and a member without ties has core number 0.
 *
 * <p>Computed with the bucket algorithm of V. Batagelj and M. Zaversnik, "An O(m) Algorithm for Cores
 * Decomposition of Networks", arXiv:cs/0310049 (2003), also Advances in Data Analysis and Classification
 * 5(2) (2011) 129–145, doi:10.1007/s11634-010-0079-y: members are kept sorted by remaining degree in
 * buckets; the one of least degree is removed and each neighbour of higher degree moves one bucket down.
 * O(n + m) time, four {@code int} arrays of n, no recursion. The core numbers agree with NetworkX's
 * {@code core_number}.
 *
 * <pre>{@code
 * CoreDecomposition cores = CoreDecomposition.of(graph);
 * cores.degeneracy();               // 4
 * cores.coreMembers(4);             // the innermost core
 * cores.coreNumber(MemberId.of("ana"));
 * }</pre>
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class CoreDecomposition {

  private static final int SHOWN = 10;

  private final SocialGraph graph;
  private final int[] core;
  /** Nodes by descending core number, ascending node within a core number. */
  private final int[] byCore;
  /** {@code atLeast[k]}: how many nodes have core number {@code >= k}, for {@code k = 0 .. degeneracy + 1}. */
  private final int[] atLeast;
  private final int degeneracy;

  private CoreDecomposition(SocialGraph graph, int[] core, int degeneracy) {
    this.graph = graph;
    this.core = core;
    this.degeneracy = degeneracy;
    int n = core.length;
    // atLeast[k] = number of nodes with core number >= k, for k in 0 .. degeneracy + 1
    int[] count = new int[degeneracy + 2];
    for (int c : core) {
      count[c]++;
    }
    this.atLeast = new int[degeneracy + 2];
    for (int k = degeneracy; k >= 0; k--) {
      atLeast[k] = atLeast[k + 1] + count[k];
    }
    // nodes with core number >= k are byCore[0 .. atLeast[k] - 1]; within each number, node order
    this.byCore = new int[n];
    int[] fill = new int[degeneracy + 1];
    for (int k = 0; k <= degeneracy; k++) {
      fill[k] = atLeast[k + 1];
    }
    for (int v = 0; v < n; v++) {
      byCore[fill[core[v]]++] = v;
    }
  }

  /** The core decomposition of a graph. O(n + m). */
  public static CoreDecomposition of(SocialGraph graph) {
    Objects.requireNonNull(graph, "graph");
    int n = graph.nodeCount();
    int[] deg = new int[n];
    int maxDeg = 0;
    for (int v = 0; v < n; v++) {
      deg[v] = graph.degree(v);
      maxDeg = Math.max(maxDeg, deg[v]);
    }
    // bin[d]: first position of degree d in vert; pos[v]: position of v in vert
    int[] bin = new int[maxDeg + 1];
    for (int v = 0; v < n; v++) {
      bin[deg[v]]++;
    }
    int first = 0;
    for (int d = 0; d <= maxDeg; d++) {
      int number = bin[d];
      bin[d] = first;
      first += number;
    }
    int[] pos = new int[n];
    int[] vert = new int[n];
    for (int v = 0; v < n; v++) {
      pos[v] = bin[deg[v]];
      vert[pos[v]] = v;
      bin[deg[v]]++;
    }
    for (int d = maxDeg; d > 0; d--) {
      bin[d] = bin[d - 1];
    }
    bin[0] = 0;
    int degeneracy = 0;
    for (int i = 0; i < n; i++) {
      int v = vert[i];
      degeneracy = Math.max(degeneracy, deg[v]);
      for (int e = graph.edgeStart(v), end = graph.edgeEnd(v); e < end; e++) {
        int u = graph.target(e);
        if (deg[u] > deg[v]) {
          int du = deg[u];
          int pu = pos[u];
          int pw = bin[du];
          int w = vert[pw];
          if (u != w) {
            pos[u] = pw;
            vert[pu] = w;
            pos[w] = pu;
            vert[pw] = u;
          }
          bin[du]++;
          deg[u]--;
        }
      }
    }
    return new CoreDecomposition(graph, deg, degeneracy);
  }

  /** The graph decomposed. */
  public SocialGraph graph() {
    return graph;
  }

  /** The largest core number; 0 for a graph without ties. */
  public int degeneracy() {
    return degeneracy;
  }

  /**
   * The core number of a node.
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node
   */
  public int coreNumber(int node) {
    return core[Objects.checkIndex(node, core.length)];
  }

  /**
   * The core number of a member.
   *
   * @throws IllegalArgumentException if the member is not in the graph
   */
  public int coreNumber(MemberId member) {
    return core[graph.node(member)];
  }

  /** The core number of every node, indexed by node: a fresh copy. */
  public int[] coreNumbers() {
    return core.clone();
  }

  /**
   * The number of members of the k-core (core number at least {@code k}); 0 above the degeneracy.
   *
   * @throws IllegalArgumentException if {@code k} is negative
   */
  public int coreSize(int k) {
    checkK(k);
    return k > degeneracy ? 0 : atLeast[k];
  }

  /**
   * The nodes of the k-core, ascending: a fresh array; empty above the degeneracy.
   *
   * @throws IllegalArgumentException if {@code k} is negative
   */
  public int[] core(int k) {
    int[] nodes = Arrays.copyOf(byCore, coreSize(k));
    Arrays.sort(nodes);
    return nodes;
  }

  /**
   * The members of the k-core, in node order; empty above the degeneracy.
   *
   * @throws IllegalArgumentException if {@code k} is negative
   */
  public List<MemberId> coreMembers(int k) {
    int[] nodes = core(k);
    return new Members(nodes);
  }

  private static void checkK(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0 but was " + k);
    }
  }

  /** Equal when they decompose the same graph instance. */
  @Override
  public boolean equals(@Nullable Object o) {
    return this == o || (o instanceof CoreDecomposition other && graph == other.graph
        && Arrays.equals(core, other.core));
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(core);
  }

  /**
   * {@code CoreDecomposition[degeneracy=4, coreSizes=[34, 34, 22, 10]]}: the size of the k-core for
   * {@code k = 1 .. degeneracy}, outermost first; at most ten are shown, then {@code …(+37 more)}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("CoreDecomposition[degeneracy=").append(degeneracy)
        .append(", coreSizes=[");
    int shown = Math.min(SHOWN, degeneracy);
    for (int k = 1; k <= shown; k++) {
      s.append(k > 1 ? ", " : "").append(atLeast[k]);
    }
    if (degeneracy > SHOWN) {
      s.append(", …(+").append(degeneracy - SHOWN).append(" more)");
    }
    return s.append("]]").toString();
  }

  /** Members of the given nodes, as an unmodifiable list. */
  private final class Members extends AbstractList<MemberId> implements RandomAccess {
    private final int[] nodes;

    Members(int[] nodes) {
      this.nodes = nodes;
    }

    @Override
    public MemberId get(int index) {
      return graph.member(nodes[Objects.checkIndex(index, nodes.length)]);
    }

    @Override
    public int size() {
      return nodes.length;
    }
  }
}
