package org.blendnet.graph.brokerage;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.graph.SocialGraph;

/**
 * Who has reached out to whom: a directed, unweighted graph of contact between members, the input of
 * {@link GouldFernandez} brokerage analysis. An arc {@code a → b} means that contact went from {@code a}
 * to {@code b} at least once.
 *
 * <p><b>From a network.</b> {@link #of(Network)}: a touchpoint with an {@linkplain Touchpoint#initiator()
 * initiator} gives an arc from the initiator to each other participant (she wrote, called, asked or
 * introduced); a touchpoint without one (a conversation, a meeting) gives arcs both ways between every
 * two of its participants, since contact without a direction went both ways. {@link #directedOnly(Network)}
 * keeps only the directed touchpoints, for an analysis of who initiates. Attendance records (a single
 * participant) and shared events add nothing; every touchpoint counts regardless of its time, medium and
 * weight. Nodes are the network's members in member-id order — the node numbers of
 * {@link SocialGraph#of(Network)} for the same network.
 *
 * <pre>{@code
 * ContactGraph contact = ContactGraph.of(network);
 * BrokerageRoles roles = GouldFernandez.analyse(contact, Grouping.byAffiliation(network, 2));
 * }</pre>
 *
 * <p>Stored in compressed sparse row form, out-arcs and in-arcs, each sorted: 8 bytes per arc. Building
 * takes O(A log A) time for A (touchpoint, ordered pair of its participants) contributions.
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class ContactGraph {

  private final MemberId[] ids;
  private final int[] outStart;
  private final int[] outTarget;
  private final int[] inStart;
  private final int[] inSource;

  private ContactGraph(MemberId[] ids, long[] arcs, int count) {
    this.ids = ids;
    int n = ids.length;
    this.outStart = new int[n + 1];
    this.outTarget = new int[count];
    this.inStart = new int[n + 1];
    this.inSource = new int[count];
    for (int i = 0; i < count; i++) {
      outStart[(int) (arcs[i] >>> 32) + 1]++;
      inStart[(int) arcs[i] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      outStart[v + 1] += outStart[v];
      inStart[v + 1] += inStart[v];
    }
    int[] fill = Arrays.copyOf(inStart, n);
    for (int i = 0; i < count; i++) {
      int from = (int) (arcs[i] >>> 32);
      int to = (int) arcs[i];
      outTarget[i] = to; // arcs are sorted by (from, to), so this is already CSR order
      inSource[fill[to]++] = from; // sources arrive in ascending order
    }
  }

  /**
   * The contact graph of a network: directed touchpoints from the initiator to each other participant,
   * undirected ones both ways between every two participants.
   */
  public static ContactGraph of(Network network) {
    return build(network, true);
  }

  /** The contact graph of a network's directed touchpoints only: from the initiator to each other participant. */
  public static ContactGraph directedOnly(Network network) {
    return build(network, false);
  }

  /** The ties of a social graph as arcs both ways; same nodes and member ids. */
  public static ContactGraph of(SocialGraph graph) {
    Objects.requireNonNull(graph, "graph");
    int n = graph.nodeCount();
    MemberId[] ids = new MemberId[n];
    for (int v = 0; v < n; v++) {
      ids[v] = graph.member(v);
    }
    long[] arcs = new long[graph.tieCount() * 2];
    int k = 0;
    for (int v = 0; v < n; v++) {
      for (int e = graph.edgeStart(v); e < graph.edgeEnd(v); e++) {
        arcs[k++] = (long) v << 32 | graph.target(e);
      }
    }
    return new ContactGraph(ids, arcs, k); // CSR order is already (from, to) order
  }

  /**
   * A contact graph between nodes {@code 0 .. nodeCount - 1}, whose member ids are their numbers; arc
   * {@code i} goes from {@code from[i]} to {@code to[i]}. Repeated arcs count once.
   *
   * @throws IllegalArgumentException if the arrays differ in length, a node is out of range or an arc is
   *     a self-loop (the message names the index)
   */
  public static ContactGraph fromArcs(int nodeCount, int[] from, int[] to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (nodeCount < 0) {
      throw new IllegalArgumentException("nodeCount must be >= 0 but was " + nodeCount);
    }
    if (from.length != to.length) {
      throw new IllegalArgumentException("from and to must have the same length but have " + from.length + " and "
          + to.length);
    }
    long[] arcs = new long[from.length];
    for (int i = 0; i < from.length; i++) {
      if (from[i] < 0 || from[i] >= nodeCount || to[i] < 0 || to[i] >= nodeCount) {
        throw new IllegalArgumentException("arc " + i + " (" + from[i] + " -> " + to[i] + ") has a node outside [0, "
            + nodeCount + ")");
      }
      if (from[i] == to[i]) {
        throw new IllegalArgumentException("arc " + i + " is a self-loop on node " + from[i]);
      }
      arcs[i] = (long) from[i] << 32 | to[i];
    }
    MemberId[] ids = new MemberId[nodeCount];
    for (int v = 0; v < nodeCount; v++) {
      ids[v] = MemberId.of(Integer.toString(v));
    }
    int count = sortDistinct(arcs, arcs.length);
    return new ContactGraph(ids, arcs, count);
  }

  private static ContactGraph build(Network network, boolean undirectedBothWays) {
    Objects.requireNonNull(network, "network");
    List<Member> members = network.members();
    MemberId[] ids = new MemberId[members.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = members.get(i).id();
    }
    Arrays.sort(ids);
    long[] arcs = new long[16];
    int count = 0;
    int[] nodes = new int[8];
    for (Touchpoint t : network.touchpoints()) {
      List<MemberId> participants = t.participants();
      int p = participants.size();
      if (p < 2 || (t.initiator().isEmpty() && !undirectedBothWays)) {
        continue;
      }
      if (nodes.length < p) {
        nodes = new int[p];
      }
      for (int i = 0; i < p; i++) {
        nodes[i] = Arrays.binarySearch(ids, participants.get(i));
      }
      long needed = t.initiator().isPresent() ? p - 1 : (long) p * (p - 1);
      if (count + needed > Integer.MAX_VALUE - 16) {
        throw new IllegalArgumentException("the network has more than " + (Integer.MAX_VALUE - 16)
            + " (touchpoint, ordered pair) contributions");
      }
      if (count + needed > arcs.length) {
        arcs = Arrays.copyOf(arcs, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(arcs.length * 2L, count + needed)));
      }
      if (t.initiator().isPresent()) {
        int from = Arrays.binarySearch(ids, t.initiator().get());
        for (int i = 0; i < p; i++) {
          if (nodes[i] != from) {
            arcs[count++] = (long) from << 32 | nodes[i];
          }
        }
      } else {
        for (int i = 0; i < p; i++) {
          for (int j = 0; j < p; j++) {
            if (i != j) {
              arcs[count++] = (long) nodes[i] << 32 | nodes[j];
            }
          }
        }
      }
    }
    return new ContactGraph(ids, arcs, sortDistinct(arcs, count));
  }

  /** Sorts {@code arcs[0 .. count)} and drops repeats; returns the new count. */
  private static int sortDistinct(long[] arcs, int count) {
    Arrays.sort(arcs, 0, count);
    int k = 0;
    for (int i = 0; i < count; i++) {
      if (k == 0 || arcs[k - 1] != arcs[i]) {
        arcs[k++] = arcs[i];
      }
    }
    return k;
  }

  /** The number of nodes (members). */
  public int nodeCount() {
    return ids.length;
  }

  /** The number of arcs. */
  public int arcCount() {
    return outTarget.length;
  }

  /** The share of possible arcs present, {@code arcs / (n (n − 1))}; 0 for fewer than two nodes. */
  public double density() {
    long n = ids.length;
    return n < 2 ? 0.0 : outTarget.length / (double) (n * (n - 1));
  }

  /**
   * The member at a node.
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node
   */
  public MemberId member(int node) {
    return ids[Objects.checkIndex(node, ids.length)];
  }

  /**
   * The node of a member, O(log n).
   *
   * @throws IllegalArgumentException if the member is not in the graph
   */
  public int node(MemberId member) {
    int v = Arrays.binarySearch(ids, Objects.requireNonNull(member, "member"));
    if (v < 0 || !ids[v].equals(member)) {
      throw new IllegalArgumentException("Unknown member: " + member);
    }
    return v;
  }

  /** The members, in node order: an unmodifiable view. */
  public List<MemberId> members() {
    return new Ids();
  }

  /**
   * The number of arcs leaving a node.
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node
   */
  public int outDegree(int node) {
    Objects.checkIndex(node, ids.length);
    return outStart[node + 1] - outStart[node];
  }

  /**
   * The number of arcs entering a node.
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node
   */
  public int inDegree(int node) {
    Objects.checkIndex(node, ids.length);
    return inStart[node + 1] - inStart[node];
  }

  /**
   * The nodes a node has arcs to, ascending: a fresh copy.
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node
   */
  public int[] successors(int node) {
    Objects.checkIndex(node, ids.length);
    return Arrays.copyOfRange(outTarget, outStart[node], outStart[node + 1]);
  }

  /**
   * The nodes with arcs to a node, ascending: a fresh copy.
   *
   * @throws IndexOutOfBoundsException if {@code node} is not a node
   */
  public int[] predecessors(int node) {
    Objects.checkIndex(node, ids.length);
    return Arrays.copyOfRange(inSource, inStart[node], inStart[node + 1]);
  }

  /**
   * True if there is an arc from {@code from} to {@code to}. O(log outDegree(from)).
   *
   * @throws IndexOutOfBoundsException if either is not a node
   */
  public boolean hasArc(int from, int to) {
    Objects.checkIndex(from, ids.length);
    Objects.checkIndex(to, ids.length);
    return Arrays.binarySearch(outTarget, outStart[from], outStart[from + 1], to) >= 0;
  }

  // package-private raw access for the brokerage count
  int outStart(int node) {
    return outStart[node];
  }

  int outTarget(int arc) {
    return outTarget[arc];
  }

  int inStart(int node) {
    return inStart[node];
  }

  int inSource(int arc) {
    return inSource[arc];
  }

  /** {@code ContactGraph[members=34, arcs=156, density=0.1390]}. */
  @Override
  public String toString() {
    return "ContactGraph[members=" + ids.length + ", arcs=" + outTarget.length + ", density="
        + String.format(java.util.Locale.ROOT, "%.4f", density()) + "]";
  }

  private final class Ids extends AbstractList<MemberId> implements RandomAccess {
    @Override
    public MemberId get(int index) {
      return ids[Objects.checkIndex(index, ids.length)];
    }

    @Override
    public int size() {
      return ids.length;
    }
  }
}
