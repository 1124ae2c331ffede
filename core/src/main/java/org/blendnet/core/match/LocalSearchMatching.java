package org.blendnet.core.match;

import java.util.Arrays;

/**
 * A heavy matching in a general graph, fast: greedy by weight, then local improvement by augmentations —
 * first short ones until (nearly) none gains, then longer ones found by a bounded search.
 *
 * <ol>
 *   <li><b>Greedy.</b> Edges in decreasing weight (ties in input order), each taken if both ends are free:
 *       a maximal matching of at least half the optimum weight (Avis, "A survey of heuristics for the
 *       weighted matching problem", Networks 13(4), 1983, doi:10.1002/net.3230130403).
 *   <li><b>2-augmentations.</b> For each vertex v in turn, the best alternating path or cycle through v
 *       that brings in at most two new edges — a new edge (v, u), dropping the matched edges of v and u,
 *       and optionally a second new edge at the mate v' of v or u' of u, dropping that edge's other
 *       end's matched edge (an alternating 4-cycle when the second edge is (v', u')) — is applied if it
 *       gains weight. Every augmentation with at most two non-matching edges contains a matched edge
 *       next to one of its new edges, so it is examined from some vertex. Vertices whose neighbourhood
 *       changed are examined again until the queue is empty; then all vertices once more, at most
 *       {@value #FULL_PASSES} times, or until {@link #MOVES_PER_VERTEX} moves per vertex were made. When
 *       the last pass finds nothing — on small graphs it does — no 2-augmentation gains, and such a
 *       matching weighs at least 2/3 of the optimum (Drake &amp; Hougardy, "Improved linear time
 *       approximation algorithms for weighted matchings", APPROX 2003, LNCS 2764,
 *       doi:10.1007/978-3-540-45198-3_2; Pettie &amp; Sanders, "A simpler linear time 2/3 − ε
 *       approximation for maximum weight matching", Information Processing Letters 91(6), 2004,
 *       doi:10.1016/j.ipl.2004.05.007, whose randomised version this is with the order fixed and each
 *       augmentation taken only when it gains). Capping the passes keeps the time linear: on 100,000
 *       vertices, repeated full passes that each found a handful of moves made this phase quadratic.
 * *   <li><b>Deep augmentations.</b> From every vertex v, a depth-first search for the best alternating path
 *       or cycle that starts at v (dropping v's matched edge, if any) and brings in up to {@value #DEPTH}
 *       new edges, following the heaviest few edges at each free end ({@code 8, 6, 4, 3, 2, 2} by depth)
 *       and only while the path's gain with its newest edge is positive — the gain criterion of Lin &amp;
 *       Kernighan ("An effective heuristic algorithm for the traveling-salesman problem", Operations
 *       Research 21(2), 1973, doi:10.1287/opre.21.2.498), which without the limit on branching would
 *       still find every gaining alternating cycle from some start. The best one found is applied if it
 *       gains. At most {@value #SWEEPS} sweeps over all vertices (fewer if one finds nothing): on the
 *       benchmark instances the second sweep adds about 0.2–0.3 % of the optimum and a third about 0.1 %,
 *       each for as much time as the first. This is the local search of Maue &amp; Sanders ("Engineering
 *       algorithms for approximate weighted matching", WEA 2007, LNCS 4525,
 *       doi:10.1007/978-3-540-72845-0_19) with longer, pruned augmentations: on the pairing benchmark
 *       instances it lifts the result from about 97.7 % to 98.4–99.2 % of the optimum (see the
 *       benchmarks module).
 * </ol>
 *
 * <p>Time: O(m log m) for the greedy pass; O(Σ<sub>v</sub> Σ<sub>u ∈ N(v)</sub> deg(mate(u))) per pass
 * of 2-augmentations — O(m · d) for maximum degree d — for at most {@value #FULL_PASSES} passes plus the
 * queued re-examinations (at most {@link #MOVES_PER_VERTEX} · n moves, each queueing O(d) vertices); and
 * O(n · d · b) per deep sweep, for b = 1 + 8 + 8·6 + … + 8·6·4·3·2·2 ≈ 4,300 the most search nodes per
 * vertex (the gain criterion keeps the actual number far smaller). Space O(n + m). The weight never
 * decreases, so the result is at least the greedy one's, and so at least half the optimum.
 *
 * <p>Not thread-safe: one instance computes one matching; {@link #solve} makes and runs one.
 */
final class LocalSearchMatching {

  /** The most improving moves per vertex, on average, before the 2-augmentation phase stops. */
  static final int MOVES_PER_VERTEX = 8;

  /** How many passes over all vertices the 2-augmentation phase makes at most after its queue empties. */
  static final int FULL_PASSES = 2;

  private final int n;
  private final int[] from;
  private final int[] to;
  private final long[] weight;
  private final int[] adjStart;
  private final int[] adjEdge;
  /**
   * Beside adjEdge: the weight and the far end of each edge in one word, {@code weight << 32 | end}, so
   * that a scan reads one array in order and each step of the deep search costs one cache line here.
   */
  private final long[] adj;
  /** The matched edge of each vertex, or -1. */
  private final int[] mate;
  /**
   * Each vertex's partner and the weight of its matched edge in one word, {@code weight << 32 |
   * (partner & 0xffffffff)}: weight 0 and partner -1 for a free vertex. One read where the deep search
   * needs both, at a random vertex.
   */
  private final long[] mateInfo;
  /**
   * The heaviest edge from one fixed vertex y to each of its neighbours x: {@code closeEdge[x]}, valid
   * where {@code closeStamp[x]} equals {@link #closeMark}. Set by {@link #markNeighbours(int)} once per
   * search for the end an augmentation may close on, so that "is there an edge (x, y)?" is one read of
   * an n-sized array — a hash table of all edges made that look-up a cache miss, and it was about half
   * the time of the local search on 100,000 vertices.
   */
  private final int[] closeEdge;
  private final int[] closeStamp;
  private int closeMark;
  private final boolean[] queued;
  private final int[] queue;
  private int head;
  private int tail;
  private int size;

  private LocalSearchMatching(int n, int[] from, int[] to, long[] weight) {
    this.n = n;
    this.from = from;
    this.to = to;
    this.weight = weight;
    adjStart = new int[n + 1];
    for (int k = 0; k < from.length; k++) {
      adjStart[from[k] + 1]++;
      adjStart[to[k] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      adjStart[v + 1] += adjStart[v];
    }
    adjEdge = new int[2 * from.length];
    int[] fill = Arrays.copyOf(adjStart, n);
    for (int k = 0; k < from.length; k++) {
      adjEdge[fill[from[k]]++] = k;
      adjEdge[fill[to[k]]++] = k;
    }
    mate = new int[n];
    Arrays.fill(mate, -1);
    mateInfo = new long[n];
    Arrays.fill(mateInfo, FREE);
    adj = new long[adjEdge.length];
    sortAdjacencyByWeight();
    closeEdge = new int[n];
    closeStamp = new int[n];
    queued = new boolean[n];
    queue = new int[n];
  }

  /**
   * A matching of the graph on vertices 0 .. n − 1 with edges {@code from[k] — to[k]} of positive weight
   * {@code weight[k]} (below 2^31): each vertex's partner, or -1. Vertices are examined in the order of
   * {@code order} (a permutation of 0 .. n − 1); {@code improve} false stops after the greedy pass.
   */
  static int[] solve(int n, int[] from, int[] to, long[] weight, int[] order, boolean improve) {
    LocalSearchMatching m = new LocalSearchMatching(n, from, to, weight);
    m.greedy();
    if (improve) {
      m.improve(order);
      m.improveDeep(order);
    }
    int[] partner = new int[n];
    for (int v = 0; v < n; v++) {
      partner[v] = m.mate[v] < 0 ? -1 : m.other(m.mate[v], v);
    }
    return partner;
  }

  private int other(int edge, int v) {
    return from[edge] == v ? to[edge] : from[edge];
  }

  /** {@link #mateInfo} of a free vertex. */
  private static final long FREE = 0xffffffffL;

  private long matchedWeight(int v) {
    return mateInfo[v] >>> 32;
  }

  /** The vertex matched to v, or -1. */
  private int partnerOf(int v) {
    return (int) mateInfo[v];
  }

  private static int end(long entry) {
    return (int) entry;
  }

  private static long weightOf(long entry) {
    return entry >>> 32;
  }

  private void greedy() {
    int m = from.length;
    long[] keys = new long[m];
    for (int k = 0; k < m; k++) {
      // heavier first; among equal weights, the earlier edge first
      keys[k] = ((1L << 31) - 1 - weight[k]) << 31 | k;
    }
    Arrays.sort(keys);
    for (long key : keys) {
      int k = (int) (key & ((1L << 31) - 1));
      if (mate[from[k]] < 0 && mate[to[k]] < 0) {
        link(k);
      }
    }
  }

  private void enqueue(int v) {
    if (!queued[v]) {
      queued[v] = true;
      queue[tail] = v;
      tail = tail + 1 == n ? 0 : tail + 1;
      size++;
    }
  }

  /**
   * Examines the queued vertices (at first all, in {@code order}) until the queue is empty, then every
   * vertex once more — a move can open up two steps away from a change, beyond the neighbours queued —
   * and so on until a whole pass finds nothing or the move budget is spent.
   */
  private void improve(int[] order) {
    for (int v : order) {
      enqueue(v);
    }
    long budget = (long) MOVES_PER_VERTEX * n;
    int passes = 0;
    while (budget > 0) {
      while (size > 0 && budget > 0) {
        int v = queue[head];
        head = head + 1 == n ? 0 : head + 1;
        size--;
        queued[v] = false;
        if (improveAt(v)) {
          budget--;
        }
      }
      boolean moved = false;
      for (int i = 0; i < order.length && budget > 0; i++) {
        if (improveAt(order[i])) {
          budget--;
          moved = true;
        }
      }
      if (!moved || ++passes == FULL_PASSES) {
        return;
      }
    }
  }

  /**
   * Marks the neighbours of {@code y} with the heaviest edge to each (the first in y's edges, which are
   * ordered by decreasing weight and then edge number — the edge a pair look-up would give). O(deg y).
   */
  private void markNeighbours(int y) {
    closeMark++;
    for (int a = adjStart[y]; a < adjStart[y + 1]; a++) {
      int x = end(adj[a]);
      if (closeStamp[x] != closeMark) {
        closeStamp[x] = closeMark;
        closeEdge[x] = a;
      }
    }
  }

  /**
   * The heaviest edge between {@code x} and the vertex last marked by {@link #markNeighbours}, as its
   * position in that vertex's edges (see {@link #adjEdge}), or -1.
   */
  private int markedEdge(int x) {
    return closeStamp[x] == closeMark ? closeEdge[x] : -1;
  }

  /** Orders each vertex's edges by decreasing weight (ties by edge number), so that scans can stop early. */
  private void sortAdjacencyByWeight() {
    long[] keys = new long[0];
    for (int v = 0; v < n; v++) {
      int lo = adjStart[v];
      int len = adjStart[v + 1] - lo;
      if (keys.length < len) {
        keys = new long[Math.max(len, 2 * keys.length)];
      }
      for (int i = 0; i < len; i++) {
        int k = adjEdge[lo + i];
        keys[i] = ((1L << 31) - 1 - weight[k]) << 31 | k;
      }
      Arrays.sort(keys, 0, len);
      for (int i = 0; i < len; i++) {
        int k = (int) (keys[i] & ((1L << 31) - 1));
        adjEdge[lo + i] = k;
        adj[lo + i] = weight[k] << 32 | other(k, v);
      }
    }
  }

  /** Finds the best 2-augmentation through v and applies it if it gains; true if it did. */
  private boolean improveAt(int v) {
    int mv = mate[v];
    int v2 = partnerOf(v);
    long wv = matchedWeight(v);
    long bestTotal = 0;
    int bestE = -1;
    int bestF = -1;
    if (v2 >= 0) {
      markNeighbours(v2);
    }
    for (int a = adjStart[v]; a < adjStart[v + 1]; a++) {
      int e = adjEdge[a];
      int u = end(adj[a]);
      if (e == mv || u == v2) {
        continue; // v's matched edge, or a parallel edge to v's mate
      }
      int u2 = partnerOf(u);
      long base = weightOf(adj[a]) - wv - matchedWeight(u);
      long extra = 0;
      int extraEdge = -1;
      int closeAt = v2 >= 0 && u2 >= 0 ? markedEdge(u2) : -1;
      int closing = closeAt < 0 ? -1 : adjEdge[closeAt];
      if (closing >= 0) {
        // the alternating 4-cycle: u' is free once u is v's
        extra = weight[closing];
        extraEdge = closing;
      }
      // a second edge at v' (to x ≠ u, u') or at u' (to x ≠ v, v') helps only if it gains more than
      // both the best second edge so far and what this move needs to beat the best move so far
      if (v2 >= 0) {
        int f = bestSecond(v2, u, u2, Math.max(extra, bestTotal - base));
        if (f >= 0) {
          extra = weight[f] - matchedWeight(other(f, v2));
          extraEdge = f;
        }
      }
      if (u2 >= 0) {
        int f = bestSecond(u2, v, v2, Math.max(extra, bestTotal - base));
        if (f >= 0) {
          extra = weight[f] - matchedWeight(other(f, u2));
          extraEdge = f;
        }
      }
      if (base + extra > bestTotal) {
        bestTotal = base + extra;
        bestE = e;
        bestF = extraEdge;
      }
    }
    if (bestE < 0) {
      return false;
    }
    apply(bestE, bestF);
    return true;
  }

  /**
   * The edge from y to some x other than y's mate, {@code not1} and {@code not2} whose gain
   * w(y, x) − w(x's matched edge) is the largest and exceeds {@code threshold}; -1 if none. The edges are
   * scanned heaviest first and the scan stops once an edge's weight — a bound on its gain — is at most
   * the threshold or the best gain found.
   */
  private int bestSecond(int y, int not1, int not2, long threshold) {
    int yMate = partnerOf(y);
    long best = threshold;
    int bestF = -1;
    for (int a = adjStart[y]; a < adjStart[y + 1]; a++) {
      long entry = adj[a];
      long w = weightOf(entry);
      if (w <= best) {
        break;
      }
      int x = end(entry);
      if (x == yMate || x == not1 || x == not2) {
        continue;
      }
      long g = w - matchedWeight(x);
      if (g > best) {
        best = g;
        bestF = adjEdge[a];
      }
    }
    return bestF;
  }

  /**
   * How many admissible edges the deep search follows from the free end of a path with i new edges,
   * heaviest first; its length is the most new edges in an augmentation the deep search looks for.
   */
  private static final int[] BRANCHING = {8, 6, 4, 3, 2, 2};

  /** The most new edges in an augmentation the deep search looks for. */
  static final int DEPTH = BRANCHING.length;

  /** How many times the deep search examines every vertex at most (each sweep costs the same). */
  static final int SWEEPS = 2;

  // the deep search's state: the path being grown and the best augmentation found from the current vertex;
  // their new edges are held as positions in the edge lists (adj, adjEdge), resolved once one is applied
  private int[] pathMark = new int[0];
  private int pathStamp;
  private final int[] newEdges = new int[DEPTH];
  private final int[] bestNewEdges = new int[DEPTH];
  private int bestCount;
  private long bestGain;
  /** The free end the cycle may close on (the start's former mate), or -1. */
  private int origin;

  /**
   * Examines every vertex in {@code order} with the deep search, up to {@link #SWEEPS} times or until a
   * sweep finds nothing. No queue here: a sweep costs O(n) searches whatever the moves, so the time stays
   * linear on large graphs.
   */
  private void improveDeep(int[] order) {
    pathMark = new int[n];
    queueing = false;
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
      boolean moved = false;
      for (int v : order) {
        moved |= deepAt(v);
      }
      if (!moved) {
        return;
      }
    }
  }

  /**
   * The best alternating path or cycle starting at v with at most {@link #DEPTH} new edges — v's matched
   * edge (v, v') dropped, a new edge (v, b), b's matched edge (b, b') dropped, a new edge from b', … —
   * ending at a free vertex, at a vertex whose matched edge is dropped, or closing back on v'. Partial
   * paths are extended only while their gain with the newest edge is positive (the gain criterion of
   * Lin &amp; Kernighan, 1973), along at most {@link #BRANCHING} edges per end. Applies it if it gains.
   */
  private boolean deepAt(int v) {
    pathStamp++;
    pathMark[v] = pathStamp;
    int mv = mate[v];
    long g = 0;
    origin = -1;
    if (mv >= 0) {
      origin = partnerOf(v);
      pathMark[origin] = pathStamp;
      markNeighbours(origin);
      g = -matchedWeight(v);
    }
    bestGain = 0;
    bestCount = 0;
    grow(v, g, 0);
    if (bestCount == 0) {
      return false;
    }
    for (int i = 0; i < bestCount; i++) {
      int e = adjEdge[bestNewEdges[i]];
      unmatchAt(from[e]);
      unmatchAt(to[e]);
    }
    for (int i = 0; i < bestCount; i++) {
      match(adjEdge[bestNewEdges[i]]);
    }
    return true;
  }

  private void grow(int a, long g, int depth) {
    int followed = 0;
    int limit = BRANCHING[depth];
    for (int k = adjStart[a]; k < adjStart[a + 1] && followed < limit; k++) {
      long entry = adj[k];
      long w = weightOf(entry);
      if (g + w <= 0) {
        break; // lighter edges fail the gain criterion too
      }
      int b = end(entry);
      if (pathMark[b] == pathStamp) {
        continue;
      }
      followed++;
      newEdges[depth] = k;
      long info = mateInfo[b];
      long after = g + w - (info >>> 32);
      if (after > bestGain) {
        record(depth + 1, after);
      }
      int b2 = (int) info;
      if (b2 < 0) {
        continue;
      }
      int close = origin >= 0 && depth + 1 < DEPTH ? markedEdge(b2) : -1;
      if (close >= 0) {
        long cycle = after + weightOf(adj[close]);
        if (cycle > bestGain) {
          newEdges[depth + 1] = close;
          record(depth + 2, cycle);
        }
      }
      if (depth + 1 < DEPTH) {
        pathMark[b] = pathStamp;
        pathMark[b2] = pathStamp;
        grow(b2, after, depth + 1);
        pathMark[b] = 0;
        pathMark[b2] = 0;
      }
    }
  }

  private void record(int count, long gain) {
    bestGain = gain;
    bestCount = count;
    System.arraycopy(newEdges, 0, bestNewEdges, 0, count);
  }

  /** Makes e (and f, if any) matched, unmatching the edges in their way; queues the neighbourhoods touched. */
  private void apply(int e, int f) {
    unmatchAt(from[e]);
    unmatchAt(to[e]);
    if (f >= 0) {
      unmatchAt(from[f]);
      unmatchAt(to[f]);
    }
    match(e);
    if (f >= 0) {
      match(f);
    }
  }

  private void unmatchAt(int v) {
    int m = mate[v];
    if (m >= 0) {
      mate[from[m]] = -1;
      mate[to[m]] = -1;
      mateInfo[from[m]] = FREE;
      mateInfo[to[m]] = FREE;
      touched(from[m]);
      touched(to[m]);
    }
  }

  private void match(int e) {
    link(e);
    touched(from[e]);
    touched(to[e]);
  }

  private void link(int e) {
    mate[from[e]] = e;
    mate[to[e]] = e;
    mateInfo[from[e]] = weight[e] << 32 | (to[e] & 0xffffffffL);
    mateInfo[to[e]] = weight[e] << 32 | (from[e] & 0xffffffffL);
  }

  /** Whether moves queue the vertices they touch (the 2-augmentation phase) or not (the deep search). */
  private boolean queueing = true;

  /** Queues v and its neighbours: the moves through them may have changed. */
  private void touched(int v) {
    if (!queueing) {
      return;
    }
    enqueue(v);
    for (int a = adjStart[v]; a < adjStart[v + 1]; a++) {
      enqueue(end(adj[a]));
    }
  }
}
