package org.blendnet.core.match;

import java.util.Arrays;
import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

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
 * <p>On several threads the searches run ahead of the moves in batches and each search records what it
 * read; a search is used only if no move since changed any of that, else made again — so the matching
 * is the one a single thread finds, for any number of threads (see {@link Crew}): the validation step of
 * optimistic concurrency control (Kung &amp; Robinson, "On optimistic methods for concurrency control", ACM
 * TODS 6(2), 1981) applied to a sequential loop in a fixed order, which keeps the result deterministic as
 * in Blelloch, Fineman, Gibbons &amp; Shun, "Internally deterministic parallel algorithms can be fast"
 * (PPoPP 2012). On 100,000 vertices a search reads a few hundred vertices and moves are rare, so nearly
 * every search is used once. Extra space per helper thread: O(n), plus the batch's read sets.
 *
 * <p>Not thread-safe: one instance computes one matching; {@link #solve} makes and runs one (on its
 * own helper threads, joined before it returns).
 */
final class LocalSearchMatching {

  /** The most improving moves per vertex, on average, before the 2-augmentation phase stops. */
  static final int MOVES_PER_VERTEX = 8;

  /** How many passes over all vertices the 2-augmentation phase makes at most after its queue empties. */
  static final int FULL_PASSES = 2;

  /** Edges per vertex in {@link #heaviest}: 8 words, one 64-byte cache line. */
  static final int HEAD = 8;

  /** Searches per batch when several threads search ahead of the calling thread. */
  static final int BATCH = 32;

  /**
   * The most threads that search a batch: beyond a few, a batch of {@value #BATCH} leaves threads idle and
   * each batch's hand-over wakes them all for nothing.
   */
  static final int MAX_THREADS = 8;

  /**
   * How many admissible edges the deep search follows from the free end of a path with i new edges,
   * heaviest first; its length is the most new edges in an augmentation the deep search looks for.
   */
  private static final int[] BRANCHING = {8, 6, 4, 3, 2, 2};

  /** The most new edges in an augmentation the deep search looks for. */
  static final int DEPTH = BRANCHING.length;

  /** How many times the deep search examines every vertex at most (each sweep costs the same). */
  static final int SWEEPS = 2;

  /** {@link #mateInfo} of a free vertex. */
  private static final long FREE = 0xffffffffL;

  private final int n;
  private final int[] from;
  private final int[] to;
  private final long[] weight;
  private final int[] adjStart;
  private final int[] adjEdge;
  /**
   * Beside adjEdge: the weight and the far end of each edge in one word, {@code weight << 32 | end}, so
   * that a scan reads one array in order.
   */
  private final long[] adj;
  /**
   * The first {@value #HEAD} entries of each vertex's {@link #adj} (its heaviest edges), in a row of one
   * cache line at {@code v * HEAD}, padded with 0 (no edge has weight 0). The deep search and the scans for
   * a second edge rarely go past them, and read one line of an array a fifth the size of {@code adj}
   * rather than an offset and then the list.
   */
  private final long[] heaviest;
  /** The matched edge of each vertex, or -1. */
  private final int[] mate;
  /**
   * Each vertex's partner and the weight of its matched edge in one word, {@code weight << 32 |
   * (partner & 0xffffffff)}: weight 0 and partner -1 for a free vertex. One read where the searches
   * need both, at a random vertex. Written by the calling thread only, between batches.
   */
  private final long[] mateInfo;
  private final boolean[] queued;
  private final int[] queue;
  private int head;
  private int tail;
  private int size;
  /** Whether moves queue the vertices they touch (the 2-augmentation phase) or not (the deep search). */
  private boolean queueing = true;
  /** The calling thread's searcher. */
  private final Searcher own;
  /** The helper threads and the batch they share, or null on one thread. */
  private final @Nullable Crew crew;
  /** {@code changed[v] == changeStamp}: v's matched edge changed since the current batch was searched. */
  private final int[] changed;
  private int changeStamp;
  /** How many vertices' matched edges changed since the current batch was searched. */
  private int changesInBatch;

  private LocalSearchMatching(int n, int[] from, int[] to, long[] weight, int threads) {
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
    heaviest = new long[Math.multiplyExact(HEAD, n)];
    sortAdjacencyByWeight(threads);
    queued = new boolean[n];
    queue = new int[n];
    changed = threads > 1 ? new int[n] : new int[0];
    own = new Searcher();
    crew = threads > 1 ? new Crew(threads) : null;
  }

  /**
   * A matching of the graph on vertices 0 .. n − 1 with edges {@code from[k] — to[k]} of positive weight
   * {@code weight[k]} (below 2^31): each vertex's partner, or -1. Vertices are examined in the order of
   * {@code order} (a permutation of 0 .. n − 1); {@code improve} false stops after the greedy pass. With
   * {@code threads} above 1 the local search's searches run ahead on that many threads (see
   * {@link Crew}); the matching is the same for any number of threads.
   */
  static int[] solve(int n, int[] from, int[] to, long[] weight, int[] order, boolean improve) {
    return solve(n, from, to, weight, order, improve, 1);
  }

  /**
   * As {@link #solve(int, int[], int[], long[], int[], boolean)}, the searches on {@code threads} threads
   * (at most {@value #MAX_THREADS}).
   */
  static int[] solve(int n, int[] from, int[] to, long[] weight, int[] order, boolean improve, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1 but was " + threads);
    }
    int used = improve ? Math.min(threads, MAX_THREADS) : 1;
    LocalSearchMatching m = new LocalSearchMatching(n, from, to, weight, used);
    try {
      m.greedy(used);
      if (improve) {
        m.improve(order);
        m.improveDeep(order);
      }
    } finally {
      if (m.crew != null) {
        m.crew.close();
      }
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

  private static int end(long entry) {
    return (int) entry;
  }

  private static long weightOf(long entry) {
    return entry >>> 32;
  }

  private void greedy(int threads) {
    int m = from.length;
    long[] keys = new long[m];
    for (int k = 0; k < m; k++) {
      // heavier first; among equal weights, the earlier edge first
      keys[k] = ((1L << 31) - 1 - weight[k]) << 31 | k;
    }
    sort(keys, m < 1 << 16 ? 1 : threads);
    for (long key : keys) {
      int k = (int) (key & ((1L << 31) - 1));
      if (mate[from[k]] < 0 && mate[to[k]] < 0) {
        link(k);
      }
    }
  }

  /**
   * Sorts distinct keys: on {@code threads} threads, each sorting a part, then the parts merged two by two
   * (the keys are distinct, so the order is the same as one sort's). O(m log m / threads + m log threads).
   */
  static void sort(long[] keys, int threads) {
    int parts = Math.max(1, Math.min(threads, keys.length));
    if (parts == 1) {
      Arrays.sort(keys);
      return;
    }
    int[] bounds = new int[parts + 1];
    for (int p = 0; p <= parts; p++) {
      bounds[p] = (int) ((long) keys.length * p / parts);
    }
    Parallel.forEach(parts, threads, p -> Arrays.sort(keys, bounds[p], bounds[p + 1]));
    long[] src = keys;
    long[] dst = new long[keys.length];
    for (int width = 1; width < parts; width *= 2) {
      for (int p = 0; p < parts; p += 2 * width) {
        int lo = bounds[p];
        int mid = bounds[Math.min(parts, p + width)];
        int hi = bounds[Math.min(parts, p + 2 * width)];
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
          dst[k] = j >= hi || (i < mid && src[i] < src[j]) ? src[i++] : src[j++];
        }
      }
      long[] t = src;
      src = dst;
      dst = t;
    }
    if (src != keys) {
      System.arraycopy(src, 0, keys, 0, keys.length);
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

  /** Takes the vertex at the head of the queue. */
  private int dequeue() {
    int v = queue[head];
    head = head + 1 == n ? 0 : head + 1;
    size--;
    queued[v] = false;
    return v;
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
    int[] batch = new int[BATCH];
    while (budget > 0) {
      while (size > 0 && budget > 0) {
        // the next vertices to examine are the queue's first ones: moves only append to it
        int k = crew == null ? 1 : Math.min(BATCH, size);
        for (int s = 0, at = head; s < k; s++, at = at + 1 == n ? 0 : at + 1) {
          batch[s] = queue[at];
        }
        searchAhead(batch, 0, k, false);
        for (int s = 0; s < k && budget > 0; s++) {
          if (twoAt(s, dequeue())) {
            budget--;
          }
        }
      }
      boolean moved = false;
      int step = crew == null ? 1 : BATCH;
      for (int i = 0; i < order.length && budget > 0; i += step) {
        int k = Math.min(step, order.length - i);
        searchAhead(order, i, k, false);
        for (int s = 0; s < k && budget > 0; s++) {
          if (twoAt(s, order[i + s])) {
            budget--;
            moved = true;
          }
        }
      }
      if (!moved || ++passes == FULL_PASSES) {
        return;
      }
    }
  }

  /**
   * Examines every vertex in {@code order} with the deep search, up to {@link #SWEEPS} times or until a
   * sweep finds nothing. No queue here: a sweep costs O(n) searches whatever the moves, so the time stays
   * linear on large graphs.
   */
  private void improveDeep(int[] order) {
    queueing = false;
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
      boolean moved = false;
      int step = crew == null ? 1 : BATCH;
      for (int i = 0; i < order.length; i += step) {
        int k = Math.min(step, order.length - i);
        searchAhead(order, i, k, true);
        for (int s = 0; s < k; s++) {
          moved |= deepAt(s, order[i + s]);
        }
      }
      if (!moved) {
        return;
      }
    }
  }

  /**
   * With a crew, searches {@code vertices[offset .. offset + k)} on all threads against the matching as
   * it is now, each search recording the vertices whose matched edge it read; starts a new batch of
   * changes either way.
   */
  private void searchAhead(int[] vertices, int offset, int k, boolean deep) {
    if (crew != null) {
      crew.search(vertices, offset, k, deep);
      changeStamp++;
      changesInBatch = 0;
    }
  }

  /**
   * The 2-augmentation at the batch's slot {@code s} (vertex v), applied if it gains: the one the crew
   * found, unless a move since changed what that search read — then searched again now. True if applied.
   */
  private boolean twoAt(int s, int v) {
    int e;
    int f;
    if (crew != null && !crew.stale(s)) {
      if (!crew.found[s]) {
        return false;
      }
      e = crew.edges[s][0];
      f = crew.edges[s][1];
    } else {
      if (!own.twoSearch(v)) {
        return false;
      }
      e = own.bestE;
      f = own.bestF;
    }
    apply(e, f);
    return true;
  }

  /** The deep augmentation at the batch's slot {@code s} (vertex v), as {@link #twoAt}. */
  private boolean deepAt(int s, int v) {
    int[] edges;
    int count;
    if (crew != null && !crew.stale(s)) {
      edges = crew.edges[s];
      count = crew.found[s] ? crew.newCount[s] : 0;
    } else {
      count = own.deepSearch(v) ? own.bestCount : 0;
      edges = own.bestNewEdges;
    }
    if (count == 0) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      int e = adjEdge[edges[i]];
      unmatchAt(from[e]);
      unmatchAt(to[e]);
    }
    for (int i = 0; i < count; i++) {
      match(adjEdge[edges[i]]);
    }
    return true;
  }

  /** Vertices per task when the edge lists are sorted on several threads. */
  private static final int SORT_CHUNK = 4_096;

  /**
   * Orders each vertex's edges by decreasing weight (ties by edge number), so that scans can stop early;
   * on {@code threads} threads, each sorting whole vertices' lists (disjoint slots, so the same result).
   */
  private void sortAdjacencyByWeight(int threads) {
    Parallel.forEach((n + SORT_CHUNK - 1) / SORT_CHUNK, threads, chunk -> {
      long[] keys = new long[0];
      for (int v = chunk * SORT_CHUNK; v < Math.min(n, (chunk + 1) * SORT_CHUNK); v++) {
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
          if (i < HEAD) {
            heaviest[v * HEAD + i] = adj[lo + i];
          }
        }
      }
    });
  }

  /** Entry {@code i} (at least {@link #HEAD}) of v's edges in {@link #adj}, or 0 past the last. */
  private long beyondHead(int v, int i) {
    int at = adjStart[v] + i;
    return at < adjStart[v + 1] ? adj[at] : 0;
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
      setMate(from[m], -1, FREE);
      setMate(to[m], -1, FREE);
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
    setMate(from[e], e, weight[e] << 32 | (to[e] & 0xffffffffL));
    setMate(to[e], e, weight[e] << 32 | (from[e] & 0xffffffffL));
  }

  private void setMate(int v, int edge, long info) {
    mate[v] = edge;
    mateInfo[v] = info;
    if (crew != null) {
      changed[v] = changeStamp;
      changesInBatch++;
    }
  }

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

  /**
   * One thread's searches: the best 2-augmentation or deep augmentation from a vertex, found without
   * changing the matching. Optionally records every vertex whose {@link #mateInfo} it read (its read set):
   * a search whose read set no move has changed since would find the same again. Used by one thread.
   */
  private final class Searcher {
    /**
     * The heaviest edge from one fixed vertex y to each of its neighbours x: {@code closeEdge[x]}, valid
     * where {@code closeStamp[x]} equals {@link #closeMark}. Set by {@link #markNeighbours(int)} once per
     * search for the end an augmentation may close on, so that "is there an edge (x, y)?" is one read of
     * an n-sized array — a hash table of all edges made that look-up a cache miss, and it was about half
     * the time of the local search on 100,000 vertices.
     */
    private final int[] closeEdge = new int[n];
    private final int[] closeStamp = new int[n];
    private int closeMark;
    private final int[] pathMark = new int[n];
    private int pathStamp;
    // the path being grown and the best augmentation found; new edges as positions in adj / adjEdge
    private final int[] newEdges = new int[DEPTH];
    final int[] bestNewEdges = new int[DEPTH];
    int bestCount;
    private long bestGain;
    /** The free end the cycle may close on (the start's former mate), or -1. */
    private int origin;
    /** The best 2-augmentation: its new edge and its second new edge (or -1); -1, -1 if none gains. */
    int bestE;
    int bestF;
    boolean recording;
    int[] read = new int[0];
    int readCount;

    /** {@link #mateInfo} of v, recorded in the read set when recording. */
    private long info(int v) {
      if (recording) {
        if (readCount == read.length) {
          read = Arrays.copyOf(read, Math.max(64, 2 * readCount));
        }
        read[readCount++] = v;
      }
      return mateInfo[v];
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

    /** Finds the best 2-augmentation through v into {@link #bestE}, {@link #bestF}; true if one gains. */
    boolean twoSearch(int v) {
      long vInfo = info(v);
      int mv = mate[v];
      int v2 = (int) vInfo;
      long wv = vInfo >>> 32;
      long bestTotal = 0;
      bestE = -1;
      bestF = -1;
      if (v2 >= 0) {
        markNeighbours(v2);
      }
      for (int a = adjStart[v]; a < adjStart[v + 1]; a++) {
        int e = adjEdge[a];
        int u = end(adj[a]);
        if (e == mv || u == v2) {
          continue; // v's matched edge, or a parallel edge to v's mate
        }
        long uInfo = info(u);
        int u2 = (int) uInfo;
        long base = weightOf(adj[a]) - wv - (uInfo >>> 32);
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
            extra = weight[f] - (info(other(f, v2)) >>> 32);
            extraEdge = f;
          }
        }
        if (u2 >= 0) {
          int f = bestSecond(u2, v, v2, Math.max(extra, bestTotal - base));
          if (f >= 0) {
            extra = weight[f] - (info(other(f, u2)) >>> 32);
            extraEdge = f;
          }
        }
        if (base + extra > bestTotal) {
          bestTotal = base + extra;
          bestE = e;
          bestF = extraEdge;
        }
      }
      return bestE >= 0;
    }

    /**
     * The edge from y to some x other than y's mate, {@code not1} and {@code not2} whose gain
     * w(y, x) − w(x's matched edge) is the largest and exceeds {@code threshold}; -1 if none. The edges are
     * scanned heaviest first and the scan stops once an edge's weight — a bound on its gain — is at most
     * the threshold or the best gain found.
     */
    private int bestSecond(int y, int not1, int not2, long threshold) {
      int yMate = (int) info(y);
      long best = threshold;
      int bestAt = -1;
      for (int i = 0; ; i++) {
        long entry = i < HEAD ? heaviest[y * HEAD + i] : beyondHead(y, i);
        long w = weightOf(entry);
        if (entry == 0 || w <= best) {
          break; // the end of y's edges; or lighter edges gain less
        }
        int x = end(entry);
        if (x == yMate || x == not1 || x == not2) {
          continue;
        }
        long g = w - (info(x) >>> 32);
        if (g > best) {
          best = g;
          bestAt = i;
        }
      }
      return bestAt < 0 ? -1 : adjEdge[adjStart[y] + bestAt];
    }

    /**
     * The best alternating path or cycle starting at v with at most {@link #DEPTH} new edges — v's matched
     * edge (v, v') dropped, a new edge (v, b), b's matched edge (b, b') dropped, a new edge from b', … —
     * ending at a free vertex, at a vertex whose matched edge is dropped, or closing back on v'. Partial
     * paths are extended only while their gain with the newest edge is positive (the gain criterion of
     * Lin &amp; Kernighan, 1973), along at most {@link #BRANCHING} edges per end. Its new edges go to
     * {@link #bestNewEdges} and {@link #bestCount}; true if it gains.
     */
    boolean deepSearch(int v) {
      pathStamp++;
      pathMark[v] = pathStamp;
      long vInfo = info(v);
      long g = 0;
      origin = -1;
      if ((int) vInfo >= 0) {
        origin = (int) vInfo;
        pathMark[origin] = pathStamp;
        markNeighbours(origin);
        g = -(vInfo >>> 32);
      }
      bestGain = 0;
      bestCount = 0;
      grow(v, g, 0);
      return bestCount > 0;
    }

    private void grow(int a, long g, int depth) {
      int followed = 0;
      int limit = BRANCHING[depth];
      for (int i = 0; followed < limit; i++) {
        long entry = i < HEAD ? heaviest[a * HEAD + i] : beyondHead(a, i);
        long w = weightOf(entry);
        if (entry == 0 || g + w <= 0) {
          break; // the end of a's edges; or lighter edges fail the gain criterion too
        }
        int b = end(entry);
        if (pathMark[b] == pathStamp) {
          continue;
        }
        followed++;
        newEdges[depth] = adjStart[a] + i;
        long bInfo = info(b);
        long after = g + w - (bInfo >>> 32);
        if (after > bestGain) {
          record(depth + 1, after);
        }
        int b2 = (int) bInfo;
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
  }

  /**
   * Searches ahead on several threads, keeping the result that of one thread. The calling thread hands
   * out a batch of the next {@value #BATCH} vertices to examine; every thread (the caller included) takes
   * vertices from it and searches each against the matching as it stands, recording the search's read
   * set; then the caller goes through the batch in order, as one thread would: a search whose read set no
   * move of this batch has changed found exactly what a search now would, so its augmentation is applied
   * as found; otherwise the caller searches again. Moves are rare next to searches (a few per hundred on
   * the benchmark instances), so nearly every search is used once. The helpers are daemon threads that
   * live for one {@link #solve} call and wait on a {@link Phaser} between batches; a failure in any search
   * is rethrown by the caller after the batch.
   */
  private final class Crew {
    final Searcher[] searchers;
    private final Thread[] helpers;
    private final Phaser phaser;
    private volatile boolean done;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    /** The current batch, set by the caller before the start phase and read by all after it. */
    private volatile Job job = new Job(new int[0], 0, 0, false);
    // the results, one slot per vertex of the batch, each written by the thread that searched it
    final boolean[] found = new boolean[BATCH];
    final int[][] edges = new int[BATCH][DEPTH];
    final int[] newCount = new int[BATCH];
    private final int[][] read = new int[BATCH][0];
    private final int[] readCount = new int[BATCH];

    Crew(int threads) {
      searchers = new Searcher[threads];
      searchers[0] = own;
      for (int t = 1; t < threads; t++) {
        searchers[t] = new Searcher();
      }
      phaser = new Phaser(threads);
      helpers = new Thread[threads - 1];
      try {
        for (int h = 0; h < helpers.length; h++) {
          int id = h + 1;
          helpers[h] = new Thread(() -> help(id), "blendnet-matching-" + id);
          helpers[h].setDaemon(true);
          helpers[h].start();
        }
      } catch (RuntimeException | Error e) {
        // a thread that could not start: release the ones that did
        done = true;
        phaser.forceTermination();
        throw e;
      }
    }

    private void help(int id) {
      while (true) {
        phaser.arriveAndAwaitAdvance();
        if (done || phaser.isTerminated()) {
          return;
        }
        work(searchers[id]);
        phaser.arriveAndAwaitAdvance();
      }
    }

    /** Searches the batch {@code vertices[offset .. offset + k)} on all threads; returns when all are done. */
    void search(int[] batch, int at, int k, boolean deepSearch) {
      job = new Job(batch, at, k, deepSearch);
      next.set(0);
      phaser.arriveAndAwaitAdvance();
      work(own);
      phaser.arriveAndAwaitAdvance();
      own.recording = false;
      Throwable first = failure.get();
      if (first instanceof RuntimeException r) {
        throw r;
      }
      if (first instanceof Error e) {
        throw e;
      }
    }

    private void work(Searcher searcher) {
      Job batch = job;
      searcher.recording = true;
      int s;
      while (failure.get() == null && (s = next.getAndIncrement()) < batch.size()) {
        try {
          searcher.read = read[s];
          searcher.readCount = 0;
          int v = batch.vertices()[batch.offset() + s];
          if (batch.deep()) {
            found[s] = searcher.deepSearch(v);
            newCount[s] = searcher.bestCount;
            System.arraycopy(searcher.bestNewEdges, 0, edges[s], 0, searcher.bestCount);
          } else {
            found[s] = searcher.twoSearch(v);
            edges[s][0] = searcher.bestE;
            edges[s][1] = searcher.bestF;
          }
          read[s] = searcher.read;
          readCount[s] = searcher.readCount;
        } catch (RuntimeException | Error e) {
          failure.compareAndSet(null, e);
        }
      }
    }

    /** True if a move of the current batch changed a vertex whose matched edge slot s's search read. */
    boolean stale(int s) {
      if (changesInBatch == 0) {
        return false;
      }
      int[] r = read[s];
      for (int i = readCount[s] - 1; i >= 0; i--) {
        if (changed[r[i]] == changeStamp) {
          return true;
        }
      }
      return false;
    }

    /** A batch: the vertices {@code vertices[offset .. offset + size)}, for deep searches or 2-augmentations. */
    @SuppressWarnings("ArrayRecordComponent") // a private carrier, never compared or hashed
    private record Job(int[] vertices, int offset, int size, boolean deep) {}

    /** Ends the helpers (they are between batches, waiting to start one) and waits for them. */
    void close() {
      done = true;
      phaser.forceTermination();
      Parallel.joinAll(helpers); // they end at once
    }
  }
}
