package org.blendnet.graph.path;

import java.util.Arrays;
import org.blendnet.graph.SocialGraph;
import org.jspecify.annotations.Nullable;

/**
 * The cheapest chain of at most {@code maxHops} ties between two nodes, where a tie costs
 * {@code −ln(hop strength)} (so the cheapest chain is the strongest), passing only through nodes that may
 * be intermediaries, avoiding banned nodes and, from the source, banned first steps.
 *
 * <p>A label-setting search over (node, hops) states — Dijkstra's algorithm on the graph of states, with
 * states popped by (cost, hops, node, creation). A state is dropped when a state of the same node with at
 * most as many hops has already been settled, or when one with at most as many hops and at most the cost
 * has already been queued; so each node is settled at most {@code maxHops + 1} times and in practice once
 * or twice. With non-negative costs the first settled state of the target is a cheapest chain within the
 * hop limit, and the chains of settled states never repeat a node (a repeat would have more hops and no
 * less cost than the first visit, which was settled before it). O((H n + H m) log(H m)) worst case for
 * {@code H = maxHops}; it stops as soon as the target is settled. No recursion.
 *
 * <p>Buffers are sized once per instance and reset sparsely after each search, so that the many small
 * spur searches of Yen's algorithm cost what they explore. Not thread-safe: one instance per query.
 */
final class ChainSearch {

  private final SocialGraph graph;
  private final boolean[] passable;
  private final HopCost cost;
  /** Fewest hops of a settled state per node, {@code Integer.MAX_VALUE} if none. */
  private final int[] settledHops;
  /** Cost and hops of the cheapest queued state per node ({@code +∞} if none). */
  private final double[] queuedCost;
  private final int[] queuedHops;
  private final boolean[] banned;
  private int[] touched = new int[64];
  private int touchedCount;
  // states: node, hops, parent state, cost
  private int[] stateNode = new int[64];
  private int[] stateHops = new int[64];
  private int[] stateParent = new int[64];
  private double[] stateCost = new double[64];
  private int states;
  // binary heap of states
  private int[] heap = new int[64];
  private int heapSize;

  /** The cost of a half-edge leaving a node. */
  interface HopCost {
    double cost(int from, int edge);
  }

  ChainSearch(SocialGraph graph, boolean[] passable, HopCost cost) {
    this.graph = graph;
    this.passable = passable;
    this.cost = cost;
    int n = graph.nodeCount();
    this.settledHops = new int[n];
    this.queuedCost = new double[n];
    this.queuedHops = new int[n];
    this.banned = new boolean[n];
    Arrays.fill(settledHops, Integer.MAX_VALUE);
    Arrays.fill(queuedCost, Double.POSITIVE_INFINITY);
  }

  /** Bans (or unbans) a node from the chains searched next. */
  void ban(int node, boolean value) {
    banned[node] = value;
  }

  /**
   * The nodes of the cheapest chain from {@code source} to {@code target} within {@code maxHops} ties whose
   * first step is not to a node in {@code bannedFirst}, or null if there is none.
   */
  int @Nullable [] find(int source, int target, int maxHops, int[] bannedFirst, int bannedFirstCount) {
    try {
      return search(source, target, maxHops, bannedFirst, bannedFirstCount);
    } finally {
      reset();
    }
  }

  private int @Nullable [] search(int source, int target, int maxHops, int[] bannedFirst, int bannedFirstCount) {
    if (maxHops < 1 || banned[target]) {
      return null;
    }
    states = 0;
    heapSize = 0;
    push(newState(source, 0, -1, 0.0));
    touch(source);
    queuedCost[source] = 0;
    queuedHops[source] = 0;
    while (heapSize > 0) {
      int s = pop();
      int v = stateNode[s];
      int h = stateHops[s];
      if (settledHops[v] <= h) {
        continue;
      }
      settledHops[v] = h;
      if (v == target) {
        return chain(s);
      }
      if (h >= maxHops || (v != source && !passable[v])) {
        continue;
      }
      double c = stateCost[s];
      int next = h + 1;
      for (int e = graph.edgeStart(v), end = graph.edgeEnd(v); e < end; e++) {
        int w = graph.target(e);
        if (banned[w] || settledHops[w] <= next || (v == source && isIn(w, bannedFirst, bannedFirstCount))) {
          continue;
        }
        if (next < maxHops || w == target) {
          double cw = c + cost.cost(v, e);
          if (cw >= queuedCost[w] && next >= queuedHops[w]) {
            continue; // dominated by a queued state
          }
          if (cw < queuedCost[w]) {
            touch(w);
            queuedCost[w] = cw;
            queuedHops[w] = next;
          }
          push(newState(w, next, s, cw));
        }
      }
    }
    return null;
  }

  private static boolean isIn(int w, int[] values, int count) {
    for (int i = 0; i < count; i++) {
      if (values[i] == w) {
        return true;
      }
    }
    return false;
  }

  private int[] chain(int state) {
    int length = stateHops[state] + 1;
    int[] nodes = new int[length];
    for (int s = state, i = length - 1; s >= 0; s = stateParent[s], i--) {
      nodes[i] = stateNode[s];
    }
    return nodes;
  }

  private void touch(int v) {
    if (queuedCost[v] == Double.POSITIVE_INFINITY && settledHops[v] == Integer.MAX_VALUE) {
      if (touchedCount == touched.length) {
        touched = Arrays.copyOf(touched, touchedCount * 2);
      }
      touched[touchedCount++] = v;
    }
  }

  private void reset() {
    for (int i = 0; i < touchedCount; i++) {
      int v = touched[i];
      settledHops[v] = Integer.MAX_VALUE;
      queuedCost[v] = Double.POSITIVE_INFINITY;
      queuedHops[v] = 0;
    }
    touchedCount = 0;
    states = 0;
    heapSize = 0;
  }

  private int newState(int node, int hops, int parent, double c) {
    if (states == stateNode.length) {
      int size = states * 2;
      stateNode = Arrays.copyOf(stateNode, size);
      stateHops = Arrays.copyOf(stateHops, size);
      stateParent = Arrays.copyOf(stateParent, size);
      stateCost = Arrays.copyOf(stateCost, size);
    }
    stateNode[states] = node;
    stateHops[states] = hops;
    stateParent[states] = parent;
    stateCost[states] = c;
    return states++;
  }

  // ---- heap of states by (cost, hops, node, state) ----------------------------------------------------

  private boolean before(int a, int b) {
    double ca = stateCost[a];
    double cb = stateCost[b];
    if (ca != cb) {
      return ca < cb;
    }
    if (stateHops[a] != stateHops[b]) {
      return stateHops[a] < stateHops[b];
    }
    if (stateNode[a] != stateNode[b]) {
      return stateNode[a] < stateNode[b];
    }
    return a < b;
  }

  private void push(int s) {
    if (heapSize == heap.length) {
      heap = Arrays.copyOf(heap, heapSize * 2);
    }
    int i = heapSize++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(s, heap[parent])) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = s;
  }

  private int pop() {
    int top = heap[0];
    int last = heap[--heapSize];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= heapSize) {
        break;
      }
      if (child + 1 < heapSize && before(heap[child + 1], heap[child])) {
        child++;
      }
      if (!before(heap[child], last)) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    if (heapSize > 0) {
      heap[i] = last;
    }
    return top;
  }
}
