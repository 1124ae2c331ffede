package org.blendnet.graph.internal;

import java.util.Arrays;
import org.blendnet.graph.SocialGraph;

/**
 * Single-source shortest paths with path counts, the inner step of Brandes' betweenness algorithm (U.
 * Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2) (2001) 163–177,
 * doi:10.1080/0022250X.2001.9990249): from one source, the distance to every reachable node, the number σ
 * of shortest paths to it, and the order in which nodes were settled; then, walking that order backwards,
 * the dependency δ of the source on every node. Breadth-first search, O(m), for hop distances; Dijkstra's
 * algorithm with a binary heap, O(m log n), when ties are weighted.
 *
 * <p><b>Weighted distances.</b> A tie of weight (strength) {@code w} is {@code 1 / w} long: strong ties
 * are short. Two path lengths count as equal when they differ by at most {@link #RELATIVE_TOLERANCE} of
 * the longer, so that paths of equal length in exact arithmetic are all counted although their
 * floating-point sums differ in the last bits (1/3 + 1/6 and 1/2 are not the same double). So that the
 * counts stay consistent with that rule, σ of a node is summed when the node is settled, from the settled
 * neighbours whose distance plus the tie's length equals its final distance — the same test the backward
 * walk uses to find predecessors. Assumes tie weights within a ratio of about 10^9 of each other.
 *
 * <p>Buffers are allocated once and reset sparsely (only the nodes a run reached), so that a run costs
 * time proportional to the part of the graph it reaches. No recursion. Internal; not thread-safe: one
 * instance per thread.
 */
public final class ShortestPathCounter {

  /** Path lengths within this fraction of each other are treated as equal (weighted distances only). */
  public static final double RELATIVE_TOLERANCE = 1e-9;

  private final SocialGraph graph;
  private final boolean weighted;
  private final int n;
  /** Number of shortest paths from the source; 0 for unreached nodes. */
  private final double[] sigma;
  /** Dependency of the source on each node, after {@link #accumulate}. */
  private final double[] delta;
  /** Hop distance from the source, -1 if unreached (unweighted). */
  private final int[] hops;
  /** Weighted distance, +∞ if unreached (weighted). */
  private final double[] dist;
  /** Settle order index, -1 if not settled (weighted). */
  private final int[] position;
  /** Nodes in the order they were settled (BFS queue or Dijkstra pop order). */
  private final int[] order;
  private int settled;
  private int source = -1;
  // binary heap of nodes keyed by dist (weighted)
  private final int[] heap;
  private final int[] heapIndex;
  private int heapSize;

  /** Buffers for one graph, for hop distances ({@code weighted == false}) or {@code 1 / weight}. */
  public ShortestPathCounter(SocialGraph graph, boolean weighted) {
    this.graph = graph;
    this.weighted = weighted;
    this.n = graph.nodeCount();
    this.sigma = new double[n];
    this.delta = new double[n];
    this.order = new int[n];
    if (weighted) {
      this.hops = new int[0];
      this.dist = new double[n];
      this.position = new int[n];
      this.heap = new int[n];
      this.heapIndex = new int[n];
      Arrays.fill(dist, Double.POSITIVE_INFINITY);
      Arrays.fill(position, -1);
      Arrays.fill(heapIndex, -1);
    } else {
      this.hops = new int[n];
      this.dist = new double[0];
      this.position = new int[0];
      this.heap = new int[0];
      this.heapIndex = new int[0];
      Arrays.fill(hops, -1);
    }
  }

  /** The length of the tie of half-edge {@code e}: 1, or {@code 1 / weight} when weighted. */
  private double length(int e) {
    return 1.0 / graph.weight(e);
  }

  /** Runs from {@code s}: distances, σ and the settle order of every node reachable from it. */
  public void run(int s) {
    reset();
    source = s;
    if (weighted) {
      dijkstra(s);
    } else {
      bfs(s);
    }
  }

  private void reset() {
    for (int i = 0; i < settled; i++) {
      int v = order[i];
      sigma[v] = 0;
      delta[v] = 0;
      if (weighted) {
        dist[v] = Double.POSITIVE_INFINITY;
        position[v] = -1;
      } else {
        hops[v] = -1;
      }
    }
    settled = 0;
  }

  private void bfs(int s) {
    hops[s] = 0;
    sigma[s] = 1;
    order[settled++] = s;
    for (int head = 0; head < settled; head++) {
      int v = order[head];
      int next = hops[v] + 1;
      double sv = sigma[v];
      for (int e = graph.edgeStart(v), end = graph.edgeEnd(v); e < end; e++) {
        int w = graph.target(e);
        int hw = hops[w];
        if (hw < 0) {
          hops[w] = next;
          sigma[w] = sv;
          order[settled++] = w;
        } else if (hw == next) {
          sigma[w] += sv;
        }
      }
    }
  }

  private void dijkstra(int s) {
    dist[s] = 0;
    heapSize = 0;
    push(s);
    while (heapSize > 0) {
      int v = pop();
      position[v] = settled;
      order[settled++] = v;
      double dv = dist[v];
      if (v == s) {
        sigma[v] = 1;
      } else {
        double count = 0;
        for (int e = graph.edgeStart(v), end = graph.edgeEnd(v); e < end; e++) {
          int u = graph.target(e);
          if (position[u] >= 0 && position[u] < position[v] && same(dist[u] + length(e), dv)) {
            count += sigma[u];
          }
        }
        sigma[v] = count;
      }
      for (int e = graph.edgeStart(v), end = graph.edgeEnd(v); e < end; e++) {
        int w = graph.target(e);
        if (position[w] >= 0) {
          continue;
        }
        double alt = dv + length(e);
        if (alt < dist[w]) {
          boolean queued = heapIndex[w] >= 0;
          dist[w] = alt;
          if (queued) {
            siftUp(heapIndex[w]);
          } else {
            push(w);
          }
        }
      }
    }
  }

  /** True if two path lengths are equal within the relative tolerance. */
  private static boolean same(double a, double b) {
    return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(a, b);
  }

  /**
   * True if {@code u} is a predecessor of {@code w} on shortest paths from the source, {@code e} being the
   * half-edge from {@code w} to {@code u}. Both must have been reached.
   */
  public boolean isPredecessor(int u, int w, int e) {
    if (weighted) {
      return position[u] >= 0 && position[u] < position[w] && same(dist[u] + length(e), dist[w]);
    }
    return hops[u] >= 0 && hops[u] == hops[w] - 1;
  }

  /**
   * Computes the dependency δ of the source on every reached node by walking the settle order backwards
   * (Brandes' accumulation); {@link #dependency(int)} reads it.
   */
  public void accumulate() {
    for (int i = settled - 1; i > 0; i--) {
      int w = order[i];
      double coefficient = (1 + delta[w]) / sigma[w];
      for (int e = graph.edgeStart(w), end = graph.edgeEnd(w); e < end; e++) {
        int u = graph.target(e);
        if (isPredecessor(u, w, e)) {
          delta[u] += sigma[u] * coefficient;
        }
      }
    }
  }

  /**
   * For each reached node, the number of shortest paths from the source whose intermediate nodes all
   * avoid {@code avoid} (the source itself may be in it), written into {@code out} at the reached
   * nodes. Call after {@link #run(int)}.
   */
  public void countAvoiding(boolean[] avoid, double[] out) {
    out[source] = 1;
    for (int i = 1; i < settled; i++) {
      int w = order[i];
      double count = 0;
      for (int e = graph.edgeStart(w), end = graph.edgeEnd(w); e < end; e++) {
        int u = graph.target(e);
        if ((u == source || !avoid[u]) && isPredecessor(u, w, e)) {
          count += out[u];
        }
      }
      out[w] = count;
    }
  }

  /** The source of the last run. */
  public int source() {
    return source;
  }

  /** How many nodes the last run reached, the source included. */
  public int reached() {
    return settled;
  }

  /** The {@code i}-th node settled by the last run (0 is the source). */
  public int settledNode(int i) {
    return order[i];
  }

  /** The number of shortest paths from the source to {@code v}; 0 if unreached. */
  public double pathCount(int v) {
    return sigma[v];
  }

  /** The dependency of the source on {@code v}, after {@link #accumulate()}; 0 if unreached. */
  public double dependency(int v) {
    return delta[v];
  }

  /** The number of nodes of the graph. */
  public int nodeCount() {
    return n;
  }

  // ---- binary heap on dist ------------------------------------------------------------------------

  private void push(int v) {
    heap[heapSize] = v;
    heapIndex[v] = heapSize;
    siftUp(heapSize++);
  }

  private int pop() {
    int top = heap[0];
    heapIndex[top] = -1;
    int last = heap[--heapSize];
    if (heapSize > 0) {
      heap[0] = last;
      heapIndex[last] = 0;
      siftDown(0);
    }
    return top;
  }

  /** Heap order: distance, then node number (so that pops, and therefore results, are deterministic). */
  private boolean before(int a, int b) {
    double da = dist[a];
    double db = dist[b];
    return da < db || (da == db && a < b);
  }

  private void siftUp(int i) {
    int v = heap[i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      int p = heap[parent];
      if (!before(v, p)) {
        break;
      }
      heap[i] = p;
      heapIndex[p] = i;
      i = parent;
    }
    heap[i] = v;
    heapIndex[v] = i;
  }

  private void siftDown(int i) {
    int v = heap[i];
    while (true) {
      int child = 2 * i + 1;
      if (child >= heapSize) {
        break;
      }
      if (child + 1 < heapSize && before(heap[child + 1], heap[child])) {
        child++;
      }
      int c = heap[child];
      if (!before(c, v)) {
        break;
      }
      heap[i] = c;
      heapIndex[c] = i;
      i = child;
    }
    heap[i] = v;
    heapIndex[v] = i;
  }
}
