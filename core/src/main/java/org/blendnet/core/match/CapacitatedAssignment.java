package org.blendnet.core.match;

import java.util.Arrays;

/**
 * Maximum-weight two-sided matching with capacities (a b-matching of a bipartite graph): mentees take
 * at most one mentor, mentor j at most {@code capacity[j]} mentees, and the total weight of the pairs made
 * is as large as it can be — leaving a mentee unassigned when that pays.
 *
 * <p><b>The method</b> is the Hungarian algorithm (Kuhn, "The Hungarian method for the assignment
 * problem", Naval Research Logistics Quarterly 2(1–2), 1955, doi:10.1002/nav.3800020109; Munkres, 1957)
 * in its shortest-augmenting-path form with vertex potentials (Jonker &amp; Volgenant, "A shortest
 * augmenting path algorithm for dense and sparse linear assignment problems", Computing 38(4), 1987,
 * doi:10.1007/BF02278710), generalised to capacities as a min-cost flow: source → mentee (capacity 1),
 * mentee → mentor (capacity 1, cost −w), mentor → sink (capacity c<sub>j</sub>), plus for each mentee a
 * direct arc to the sink of cost 0 — "stays unassigned" — so that every mentee is routed and a pair is
 * made only where it adds weight. Mentees are taken one at a time (in the given order); for each,
 * Dijkstra's algorithm over the reduced costs w.r.t. the potentials (non-negative on every residual arc)
 * finds the cheapest path to the sink — possibly moving earlier mentees to other mentors, or leaving one
 * unassigned — the path is augmented and the potentials of the vertices Dijkstra settled are updated so
 * that reduced costs stay non-negative. After each mentee the flow is of minimum cost for the mentees
 * taken so far (successive shortest paths, Ahuja, Magnanti &amp; Orlin, Network Flows, 1993, §9.7), so
 * the final one is optimal.
 *
 * <p>Time: O(a · (m + n) log n) for a mentees, m edges and n vertices — in practice far less, since each
 * search stops as soon as it reaches the sink; space O(n + m). Weights are integers, so the result is
 * exact.
 *
 * <p>Not thread-safe: one instance computes one assignment; {@link #solve} makes and runs one.
 */
final class CapacitatedAssignment {

  private final int mentees;
  private final int[] capacity;
  private final int[] menteeOf;
  private final int[] mentorOf;
  private final long[] weight;
  /** Each mentee's edges: edge[start[i] .. start[i + 1]). */
  private final int[] start;
  private final int[] edge;
  /** Each mentee's assigned edge, or -1. */
  private final int[] assigned;
  /** Each mentor's assigned edges: slots[slotStart[j] .. slotStart[j] + load[j]). */
  private final int[] slotStart;
  private final int[] slots;
  private final int[] load;
  /** Potentials: mentees 0 .. a − 1, mentors a .. a + b − 1, the sink a + b. */
  private final long[] potential;
  private final int sink;
  // Dijkstra's state, reset through the list of reached vertices
  private final long[] dist;
  private final boolean[] settled;
  /** For a mentor: the edge it was reached through; for a mentee: its assigned edge (reached backwards). */
  private final int[] predEdge;
  private final int[] reached;
  private int reachedCount;
  private final Heap heap;
  /** The sink was reached from this mentor (≥ a) or, through the "stays unassigned" arc, this mentee. */
  private int sinkPred;

  private CapacitatedAssignment(int a, int b, int[] capacity, int[] mentee, int[] mentor, long[] weight) {
    this.mentees = a;
    this.capacity = capacity;
    this.menteeOf = mentee;
    this.mentorOf = mentor;
    this.weight = weight;
    start = menteeStarts(a, mentee);
    edge = edgesByMentee(start, mentee);
    assigned = new int[a];
    Arrays.fill(assigned, -1);
    slotStart = placeStarts(a, b, capacity);
    slots = new int[slotStart[b]];
    load = new int[b];
    sink = a + b;
    potential = new long[a + b + 1];
    long lowest = 0;
    for (int k = 0; k < mentee.length; k++) {
      int j = a + mentor[k];
      potential[j] = Math.min(potential[j], -weight[k]);
      lowest = Math.min(lowest, potential[j]);
    }
    potential[sink] = lowest;
    dist = new long[a + b + 1];
    Arrays.fill(dist, Long.MAX_VALUE);
    settled = new boolean[a + b + 1];
    predEdge = new int[a + b + 1];
    reached = new int[a + b + 1];
    heap = new Heap(a + b + 1);
  }

  /**
   * The optimal assignment: for each mentee 0 .. a − 1, the index of the edge it is assigned through, or
   * -1. Edge k joins {@code mentee[k]} and {@code mentor[k]} with weight {@code weight[k]} (positive,
   * below 2^40); mentor j takes at most {@code capacity[j]} (≥ 1) mentees. Mentees are routed in the
   * order of {@code order} (a permutation of 0 .. a − 1), which decides between equally good answers.
   */
  static int[] solve(int a, int b, int[] capacity, int[] mentee, int[] mentor, long[] weight, int[] order) {
    CapacitatedAssignment solver = new CapacitatedAssignment(a, b, capacity, mentee, mentor, weight);
    for (int s : order) {
      solver.route(s);
    }
    return solver.assigned.clone();
  }

  /** Where each mentee's edges start in {@link #edgesByMentee}: a prefix sum of the mentees' degrees, O(a + m). */
  static int[] menteeStarts(int a, int[] mentee) {
    int[] start = new int[a + 1];
    for (int i : mentee) {
      start[i + 1]++;
    }
    for (int i = 0; i < a; i++) {
      start[i + 1] += start[i];
    }
    return start;
  }

  /** The edges grouped by mentee, in edge order within a mentee: mentee i's at [start[i], start[i + 1]). */
  static int[] edgesByMentee(int[] start, int[] mentee) {
    int[] edge = new int[mentee.length];
    int[] fill = Arrays.copyOf(start, start.length - 1);
    for (int k = 0; k < mentee.length; k++) {
      edge[fill[mentee[k]]++] = k;
    }
    return edge;
  }

  /** Where each mentor's places start: mentor j's at [s[j], s[j + 1]), never more than the a mentees. */
  static int[] placeStarts(int a, int b, int[] capacity) {
    int[] slotStart = new int[b + 1];
    for (int j = 0; j < b; j++) {
      slotStart[j + 1] = slotStart[j] + Math.min(capacity[j], a);
    }
    return slotStart;
  }

  private void reach(int v, long d, int pred) {
    if (settled[v]) {
      return;
    }
    if (!heap.contains(v)) {
      if (dist[v] == Long.MAX_VALUE) {
        reached[reachedCount++] = v;
      }
      dist[v] = d;
      predEdge[v] = pred;
      heap.insert(v, d);
    } else if (d < dist[v]) {
      dist[v] = d;
      predEdge[v] = pred;
      heap.decrease(v, d);
    }
  }

  /** Routes mentee s: the cheapest augmenting path from s to the sink, then new potentials. */
  private void route(int s) {
    reachedCount = 0;
    reach(s, 0, -1);
    long sinkDist = Long.MAX_VALUE;
    while (!heap.isEmpty()) {
      int x = heap.poll();
      settled[x] = true;
      long d = dist[x];
      if (x == sink) {
        sinkDist = d;
        break;
      }
      if (x < mentees) {
        // stay unassigned: straight to the sink
        reachSink(d + potential[x] - potential[sink], x);
        for (int a = start[x]; a < start[x + 1]; a++) {
          int e = edge[a];
          if (e != assigned[x]) {
            int j = mentees + mentorOf[e];
            reach(j, d - weight[e] + potential[x] - potential[j], e);
          }
        }
      } else {
        int j = x - mentees;
        if (load[j] < capacity[j]) {
          reachSink(d + potential[x] - potential[sink], x);
        }
        for (int t = slotStart[j]; t < slotStart[j] + load[j]; t++) {
          int e = slots[t];
          int i = menteeOf[e];
          reach(i, d + weight[e] + potential[x] - potential[i], e);
        }
      }
    }
    for (int r = 0; r < reachedCount; r++) {
      int v = reached[r];
      if (settled[v] && v != sink) {
        potential[v] += dist[v] - sinkDist;
      }
      settled[v] = false;
      dist[v] = Long.MAX_VALUE;
    }
    heap.clear();
    augment(s);
  }

  private void reachSink(long d, int from) {
    if (!settled[sink] && (!heap.contains(sink) || d < dist[sink])) {
      sinkPred = from;
      reach(sink, d, -1);
    }
  }

  /** Shifts the mentees along the path found, from the sink back to s. */
  private void augment(int s) {
    int j;
    if (sinkPred < mentees) {
      int i = sinkPred;
      if (i == s) {
        return; // s stays unassigned
      }
      int old = assigned[i];
      assigned[i] = -1;
      j = mentorOf[old];
      release(j, old);
    } else {
      j = sinkPred - mentees;
    }
    while (true) {
      int e = predEdge[mentees + j];
      int i = menteeOf[e];
      int old = assigned[i];
      assigned[i] = e;
      slots[slotStart[j] + load[j]++] = e;
      if (i == s) {
        return;
      }
      j = mentorOf[old];
      release(j, old);
    }
  }

  private void release(int j, int e) {
    int end = slotStart[j] + load[j] - 1;
    for (int t = slotStart[j]; t <= end; t++) {
      if (slots[t] == e) {
        slots[t] = slots[end];
        load[j]--;
        return;
      }
    }
    throw new IllegalStateException("edge " + e + " is not assigned to mentor " + j);
  }

  /** A binary min-heap of vertices keyed by distance (ties by vertex number), with decrease-key. */
  private static final class Heap {
    private final int[] items;
    private final long[] keys;
    private final int[] position;
    private int size;

    Heap(int n) {
      items = new int[n];
      keys = new long[n];
      position = new int[n];
      Arrays.fill(position, -1);
    }

    boolean isEmpty() {
      return size == 0;
    }

    boolean contains(int v) {
      return position[v] >= 0;
    }

    void insert(int v, long key) {
      items[size] = v;
      keys[size] = key;
      position[v] = size;
      up(size++);
    }

    void decrease(int v, long key) {
      int i = position[v];
      keys[i] = key;
      up(i);
    }

    int poll() {
      int top = items[0];
      position[top] = -1;
      size--;
      if (size > 0) {
        move(size, 0);
        down(0);
      }
      return top;
    }

    void clear() {
      for (int i = 0; i < size; i++) {
        position[items[i]] = -1;
      }
      size = 0;
    }

    private boolean less(int a, int b) {
      return keys[a] < keys[b] || (keys[a] == keys[b] && items[a] < items[b]);
    }

    private void up(int i) {
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (!less(i, parent)) {
          return;
        }
        swap(i, parent);
        i = parent;
      }
    }

    private void down(int i) {
      while (true) {
        int least = i;
        int left = 2 * i + 1;
        if (left < size && less(left, least)) {
          least = left;
        }
        if (left + 1 < size && less(left + 1, least)) {
          least = left + 1;
        }
        if (least == i) {
          return;
        }
        swap(i, least);
        i = least;
      }
    }

    private void move(int from, int to) {
      items[to] = items[from];
      keys[to] = keys[from];
      position[items[to]] = to;
    }

    private void swap(int a, int b) {
      int item = items[a];
      long key = keys[a];
      items[a] = items[b];
      keys[a] = keys[b];
      items[b] = item;
      keys[b] = key;
      position[items[a]] = a;
      position[items[b]] = b;
    }
  }
}
