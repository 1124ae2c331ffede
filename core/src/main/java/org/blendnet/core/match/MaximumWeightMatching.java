package org.blendnet.core.match;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Maximum-weight matching in a general graph: Edmonds' blossom algorithm in the O(n³) primal-dual form
 * described by Galil ("Efficient algorithms for finding maximum matching in graphs", ACM Computing Surveys
 * 18(1), 1986, doi:10.1145/6462.6502, section 4) after Gabow ("Implementation of algorithms for maximum
 * matching on nonbipartite graphs", PhD thesis, Stanford, 1973) and Lawler (Combinatorial Optimization,
 * 1976, chapter 6). Written from those descriptions.
 *
 * <p><b>The method.</b> A matching M and dual variables — u<sub>v</sub> per vertex, z<sub>B</sub> per
 * blossom (an odd set shrunk to a vertex) — are kept such that every edge has a non-negative slack
 * u<sub>i</sub> + u<sub>j</sub> + Σ<sub>B ∋ i, j</sub> z<sub>B</sub> − w<sub>ij</sub> and every edge of M
 * a slack of 0. Each stage grows alternating trees from the exposed vertices (labelled S) over edges of
 * slack 0, shrinking a blossom when two S-vertices of the trees meet in the same tree and augmenting M
 * when they meet across two trees. When no edge of slack 0 leads further, the duals change by the largest
 * δ that keeps them feasible: S-vertices −δ, T-vertices +δ, S-blossoms +2δ, T-blossoms −2δ. δ is the least
 * of: the smallest vertex dual (then every exposed vertex has dual 0 and M is optimal — the complementary
 * slackness conditions hold), the smallest slack from an S-vertex to a free vertex, half the smallest slack
 * between two S-blossoms, and half the smallest dual of a T-blossom (which is then expanded). The least
 * slack edge of each S-blossom to every other S-blossom and of each free vertex to the S-vertices is kept
 * up to date as blossoms form, so a dual change costs O(n), a stage O(n²) and the algorithm O(n³) time,
 * O(n + m) space, for n vertices and m edges.
 *
 * <p><b>Integer arithmetic.</b> Weights are integers and are doubled internally; with even weights and the
 * duals above, every slack between two S-vertices is even (all vertices of the alternating forest have
 * duals of the same parity as the exposed vertices, because tight edges join them and blossom duals change
 * by even amounts), so δ is always an integer and the result is exact — no rounding can make a slack
 * look negative or positive.
 *
 * <p>Not thread-safe: one instance computes one matching; {@link #solve} makes and runs one.
 */
final class MaximumWeightMatching {

  private static final int FREE = 0;
  private static final int S = 1;
  private static final int T = 2;

  private final int n;
  private final int edges;
  /** endpoint[2k] and endpoint[2k + 1] are the ends of edge k. */
  private final int[] endpoint;
  /** The doubled weights. */
  private final long[] weight;
  /** For vertex v, the endpoints p at the far end of its edges: adjEnd[adjStart[v] .. adjStart[v + 1]). */
  private final int[] adjStart;
  private final int[] adjEnd;

  /** The far endpoint of v's matched edge, or -1. */
  private final int[] mate;
  /** Per vertex or blossom: FREE, S or T (only top-level blossoms, and vertices inside T-blossoms, use it). */
  private final int[] label;
  /** The endpoint through which the vertex or blossom got its label (its far end is in the parent), or -1. */
  private final int[] labelEnd;
  /** The top-level blossom (or the vertex itself) containing each vertex. */
  private final int[] inBlossom;
  /** The blossom immediately containing each vertex or blossom, or -1 if top level. */
  private final int[] parent;
  /** The children of each blossom in cyclic order, the one holding the base first; null for unused ids. */
  private final int[] @Nullable [] children;
  /**
   * endps[b][i] is the endpoint, in child i, of the edge joining child i and child i + 1 (cyclically).
   */
  private final int[] @Nullable [] endps;
  private final int[] base;
  /** The least-slack edge to an S-blossom, per vertex or S-blossom; -1 if none. */
  private final int[] bestEdge;
  /** Per S-blossom: its least-slack edge to each other S-blossom (null for vertices and non-S blossoms). */
  private final int[] @Nullable [] blossomBestEdges;
  /** Unused blossom ids (n .. 2n - 1), as a stack. */
  private final int[] unused;
  private int unusedTop;
  /** Vertex duals u (index < n) and blossom duals z (index >= n). */
  private final long[] dual;
  private final boolean[] allowEdge;
  private final int[] queue;
  private int queueSize;
  private final int[] mark;
  private int stamp;

  /** The sub-blossoms of a non-trivial blossom (null only for single vertices and unused blossoms). */
  private int[] kidsOf(int b) {
    return Objects.requireNonNull(children[b], "children of a non-trivial blossom");
  }

  /** The endpoints linking the sub-blossoms of a non-trivial blossom. */
  private int[] endsOf(int b) {
    return Objects.requireNonNull(endps[b], "endpoints of a non-trivial blossom");
  }

  private MaximumWeightMatching(int n, int[] from, int[] to, long[] w) {
    this.n = n;
    this.edges = from.length;
    endpoint = new int[2 * edges];
    weight = new long[edges];
    adjStart = new int[n + 1];
    long maxWeight = 0;
    for (int k = 0; k < edges; k++) {
      endpoint[2 * k] = from[k];
      endpoint[2 * k + 1] = to[k];
      weight[k] = 2 * w[k];
      maxWeight = Math.max(maxWeight, weight[k]);
      adjStart[from[k] + 1]++;
      adjStart[to[k] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      adjStart[v + 1] += adjStart[v];
    }
    adjEnd = new int[2 * edges];
    int[] fill = Arrays.copyOf(adjStart, n);
    for (int k = 0; k < edges; k++) {
      adjEnd[fill[from[k]]++] = 2 * k + 1;
      adjEnd[fill[to[k]]++] = 2 * k;
    }
    mate = new int[n];
    Arrays.fill(mate, -1);
    label = new int[2 * n];
    labelEnd = new int[2 * n];
    Arrays.fill(labelEnd, -1);
    inBlossom = new int[n];
    for (int v = 0; v < n; v++) {
      inBlossom[v] = v;
    }
    parent = new int[2 * n];
    Arrays.fill(parent, -1);
    children = new int[2 * n][];
    endps = new int[2 * n][];
    base = new int[2 * n];
    Arrays.fill(base, -1);
    for (int v = 0; v < n; v++) {
      base[v] = v;
    }
    bestEdge = new int[2 * n];
    Arrays.fill(bestEdge, -1);
    blossomBestEdges = new int[2 * n][];
    unused = new int[n];
    for (int b = 2 * n - 1; b >= n; b--) {
      unused[unusedTop++] = b;
    }
    dual = new long[2 * n];
    Arrays.fill(dual, 0, n, maxWeight / 2);
    allowEdge = new boolean[edges];
    queue = new int[n];
    mark = new int[2 * n];
  }

  /**
   * A maximum-weight matching of the graph on vertices 0 .. n − 1 with edges {@code from[k] — to[k]} of
   * weight {@code w[k]}: for each vertex, its partner, or -1. Weights must be positive and at most 2^60;
   * there must be no self-loops (parallel edges are allowed: the heavier one counts).
   */
  static int[] solve(int n, int[] from, int[] to, long[] w) {
    MaximumWeightMatching m = new MaximumWeightMatching(n, from, to, w);
    m.run();
    int[] partner = new int[n];
    for (int v = 0; v < n; v++) {
      partner[v] = m.mate[v] < 0 ? -1 : m.endpoint[m.mate[v]];
    }
    return partner;
  }

  private long slack(int k) {
    return dual[endpoint[2 * k]] + dual[endpoint[2 * k + 1]] - weight[k];
  }

  /** The vertices inside blossom (or vertex) b. */
  private int[] leaves(int b) {
    if (b < n) {
      return new int[] {b};
    }
    int[] out = new int[8];
    int size = 0;
    int[] stack = new int[8];
    int top = 0;
    stack[top++] = b;
    while (top > 0) {
      int x = stack[--top];
      if (x < n) {
        if (size == out.length) {
          out = Arrays.copyOf(out, size * 2);
        }
        out[size++] = x;
      } else {
        for (int c : kidsOf(x)) {
          if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
          }
          stack[top++] = c;
        }
      }
    }
    return Arrays.copyOf(out, size);
  }

  private void push(int v) {
    queue[queueSize++] = v;
  }

  /**
   * Labels the top-level blossom containing w with t, reached through endpoint p (whose far end is in
   * the parent; -1 for a root). A T-blossom's mate, whose blossom is then free, becomes S.
   */
  private void assignLabel(int w, int t, int p) {
    int b = inBlossom[w];
    label[w] = t;
    label[b] = t;
    labelEnd[w] = p;
    labelEnd[b] = p;
    bestEdge[w] = -1;
    bestEdge[b] = -1;
    if (t == S) {
      for (int v : leaves(b)) {
        push(v);
      }
    } else {
      int m = mate[base[b]];
      assignLabel(endpoint[m], S, m ^ 1);
    }
  }

  /**
   * Traces back from the S-vertices v and w towards their roots: the base of the blossom where the two
   * paths meet, or -1 if they reach two different roots (an augmenting path).
   */
  private int scanBlossom(int v, int w) {
    stamp++;
    int found = -1;
    while (v != -1 || w != -1) {
      if (v != -1) {
        int b = inBlossom[v];
        if (mark[b] == stamp) {
          found = base[b];
          break;
        }
        mark[b] = stamp;
        if (labelEnd[b] == -1) {
          v = -1;
        } else {
          int t = inBlossom[endpoint[labelEnd[b]]];
          v = endpoint[labelEnd[t]];
        }
      }
      if (w != -1) {
        int swap = v;
        v = w;
        w = swap;
      }
    }
    return found;
  }

  /** Shrinks the cycle closed by edge k, whose ends are S-vertices of the same tree, into a new S-blossom. */
  private void addBlossom(int baseVertex, int k) {
    int v = endpoint[2 * k];
    int w = endpoint[2 * k + 1];
    int bb = inBlossom[baseVertex];
    int bv = inBlossom[v];
    int bw = inBlossom[w];
    int b = unused[--unusedTop];
    base[b] = baseVertex;
    parent[b] = -1;
    parent[bb] = b;
    IntList path = new IntList();
    IntList ends = new IntList();
    // from v's side back to the base, then reversed so that the base's child comes first
    while (bv != bb) {
      parent[bv] = b;
      path.add(bv);
      ends.add(labelEnd[bv]);
      v = endpoint[labelEnd[bv]];
      bv = inBlossom[v];
    }
    path.add(bb);
    path.reverse();
    ends.reverse();
    ends.add(2 * k);
    while (bw != bb) {
      parent[bw] = b;
      path.add(bw);
      ends.add(labelEnd[bw] ^ 1);
      w = endpoint[labelEnd[bw]];
      bw = inBlossom[w];
    }
    int[] kids = path.toArray();
    children[b] = kids;
    endps[b] = ends.toArray();
    label[b] = S;
    labelEnd[b] = labelEnd[bb];
    dual[b] = 0;
    for (int leaf : leaves(b)) {
      if (label[inBlossom[leaf]] == T) {
        push(leaf);
      }
      inBlossom[leaf] = b;
    }
    // the least-slack edge from the new blossom to each other S-blossom
    int[] bestTo = new int[2 * n];
    Arrays.fill(bestTo, -1);
    for (int child : kids) {
      if (blossomBestEdges[child] == null) {
        for (int leaf : leaves(child)) {
          for (int a = adjStart[leaf]; a < adjStart[leaf + 1]; a++) {
            considerBest(adjEnd[a] >> 1, b, bestTo);
          }
        }
      } else {
        for (int e : blossomBestEdges[child]) {
          considerBest(e, b, bestTo);
        }
      }
      blossomBestEdges[child] = null;
      bestEdge[child] = -1;
    }
    IntList list = new IntList();
    int best = -1;
    long bestSlack = 0;
    for (int e : bestTo) {
      if (e != -1) {
        list.add(e);
        long s = slack(e);
        if (best == -1 || s < bestSlack) {
          best = e;
          bestSlack = s;
        }
      }
    }
    blossomBestEdges[b] = list.toArray();
    bestEdge[b] = best;
  }

  private void considerBest(int e, int b, int[] bestTo) {
    int j = endpoint[2 * e + 1];
    if (inBlossom[j] == b) {
      j = endpoint[2 * e];
    }
    int bj = inBlossom[j];
    if (bj != b && label[bj] == S && (bestTo[bj] == -1 || slack(e) < slack(bestTo[bj]))) {
      bestTo[bj] = e;
    }
  }

  /** Dissolves top-level blossom b; at the end of a stage, also its sub-blossoms of dual 0. */
  private void expandBlossom(int b, boolean endStage) {
    int[] kids = kidsOf(b);
    for (int s : kids) {
      parent[s] = -1;
      if (s < n) {
        inBlossom[s] = s;
      } else if (endStage && dual[s] == 0) {
        expandBlossom(s, true);
      } else {
        for (int leaf : leaves(s)) {
          inBlossom[leaf] = s;
        }
      }
    }
    if (!endStage && label[b] == T) {
      relabelExpandedTBlossom(b, kids);
    }
    label[b] = FREE;
    labelEnd[b] = -1;
    children[b] = null;
    endps[b] = null;
    base[b] = -1;
    blossomBestEdges[b] = null;
    bestEdge[b] = -1;
    unused[unusedTop++] = b;
  }

  /**
   * After a T-blossom is expanded in mid-stage, labels its children along the even path from the child
   * through which it was entered to its base (T, S, T, …), and those others that an S-vertex reaches.
   */
  private void relabelExpandedTBlossom(int b, int[] kids) {
    int len = kids.length;
    int[] ends = endsOf(b);
    int entryChild = inBlossom[endpoint[labelEnd[b] ^ 1]];
    int j = indexOf(kids, entryChild);
    int step;
    int trick;
    if ((j & 1) != 0) {
      j -= len;
      step = 1;
      trick = 0;
    } else {
      step = -1;
      trick = 1;
    }
    int p = labelEnd[b];
    while (j != 0) {
      label[endpoint[p ^ 1]] = FREE;
      label[endpoint[ends[Math.floorMod(j - trick, len)] ^ trick ^ 1]] = FREE;
      assignLabel(endpoint[p ^ 1], T, p);
      allowEdge[ends[Math.floorMod(j - trick, len)] >> 1] = true;
      j += step;
      p = ends[Math.floorMod(j - trick, len)] ^ trick;
      allowEdge[p >> 1] = true;
      j += step;
    }
    int bv = kids[Math.floorMod(j, len)];
    label[endpoint[p ^ 1]] = T;
    label[bv] = T;
    labelEnd[endpoint[p ^ 1]] = p;
    labelEnd[bv] = p;
    bestEdge[bv] = -1;
    j += step;
    while (kids[Math.floorMod(j, len)] != entryChild) {
      bv = kids[Math.floorMod(j, len)];
      if (label[bv] == S) {
        j += step;
        continue;
      }
      for (int v : leaves(bv)) {
        if (label[v] != FREE) {
          label[v] = FREE;
          label[endpoint[mate[base[bv]]]] = FREE;
          assignLabel(v, T, labelEnd[v]);
          break;
        }
      }
      j += step;
    }
  }

  private static int indexOf(int[] values, int value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    throw new IllegalStateException(value + " is not a child");
  }

  /**
   * Swaps matched and unmatched edges on the even path from vertex v's child of blossom b to b's base, so
   * that v becomes the base; recursively inside sub-blossoms.
   */
  private void augmentBlossom(int b, int v) {
    int t = v;
    while (parent[t] != b) {
      t = parent[t];
    }
    if (t >= n) {
      augmentBlossom(t, v);
    }
    int[] kids = kidsOf(b);
    int[] ends = endsOf(b);
    int len = kids.length;
    int i = indexOf(kids, t);
    int j = i;
    int step;
    int trick;
    if ((i & 1) != 0) {
      j -= len;
      step = 1;
      trick = 0;
    } else {
      step = -1;
      trick = 1;
    }
    while (j != 0) {
      j += step;
      t = kids[Math.floorMod(j, len)];
      int p = ends[Math.floorMod(j - trick, len)] ^ trick;
      if (t >= n) {
        augmentBlossom(t, endpoint[p]);
      }
      j += step;
      t = kids[Math.floorMod(j, len)];
      if (t >= n) {
        augmentBlossom(t, endpoint[p ^ 1]);
      }
      mate[endpoint[p]] = p ^ 1;
      mate[endpoint[p ^ 1]] = p;
    }
    // rotate so that the child holding v comes first
    int[] rotatedKids = new int[len];
    int[] rotatedEnds = new int[len];
    for (int x = 0; x < len; x++) {
      rotatedKids[x] = kids[(i + x) % len];
      rotatedEnds[x] = ends[(i + x) % len];
    }
    children[b] = rotatedKids;
    endps[b] = rotatedEnds;
    base[b] = base[rotatedKids[0]];
  }

  /** Augments the matching along the path through edge k, whose ends are S-vertices of different trees. */
  private void augmentMatching(int k) {
    for (int side = 0; side < 2; side++) {
      int s = endpoint[2 * k + side];
      int p = 2 * k + 1 - side;
      while (true) {
        int bs = inBlossom[s];
        if (bs >= n) {
          augmentBlossom(bs, s);
        }
        mate[s] = p;
        if (labelEnd[bs] == -1) {
          break;
        }
        int t = endpoint[labelEnd[bs]];
        int bt = inBlossom[t];
        s = endpoint[labelEnd[bt]];
        int j = endpoint[labelEnd[bt] ^ 1];
        if (bt >= n) {
          augmentBlossom(bt, j);
        }
        mate[j] = labelEnd[bt];
        p = labelEnd[bt] ^ 1;
      }
    }
  }

  private void run() {
    for (int stage = 0; stage < n; stage++) {
      Arrays.fill(label, FREE);
      Arrays.fill(bestEdge, -1);
      Arrays.fill(blossomBestEdges, n, 2 * n, null);
      Arrays.fill(allowEdge, false);
      queueSize = 0;
      for (int v = 0; v < n; v++) {
        if (mate[v] == -1 && label[inBlossom[v]] == FREE) {
          assignLabel(v, S, -1);
        }
      }
      while (!grow()) {
        if (changeDuals()) {
          return; // every exposed vertex has dual 0: optimal
        }
      }
      for (int b = n; b < 2 * n; b++) {
        if (parent[b] == -1 && base[b] >= 0 && label[b] == S && dual[b] == 0) {
          expandBlossom(b, true);
        }
      }
    }
  }

  /** Scans the queued S-vertices over tight edges; true if the matching was augmented. */
  private boolean grow() {
    while (queueSize > 0) {
      int v = queue[--queueSize];
      for (int a = adjStart[v]; a < adjStart[v + 1]; a++) {
        int p = adjEnd[a];
        int k = p >> 1;
        int w = endpoint[p];
        if (inBlossom[v] == inBlossom[w]) {
          continue;
        }
        long kslack = 0;
        if (!allowEdge[k]) {
          kslack = slack(k);
          if (kslack <= 0) {
            allowEdge[k] = true;
          }
        }
        if (allowEdge[k]) {
          int bw = inBlossom[w];
          if (label[bw] == FREE) {
            assignLabel(w, T, p ^ 1);
          } else if (label[bw] == S) {
            int b = scanBlossom(v, w);
            if (b >= 0) {
              addBlossom(b, k);
            } else {
              augmentMatching(k);
              return true;
            }
          } else if (label[w] == FREE) {
            label[w] = T;
            labelEnd[w] = p ^ 1;
          }
        } else if (label[inBlossom[w]] == S) {
          int b = inBlossom[v];
          if (bestEdge[b] == -1 || kslack < slack(bestEdge[b])) {
            bestEdge[b] = k;
          }
        } else if (label[w] == FREE) {
          if (bestEdge[w] == -1 || kslack < slack(bestEdge[w])) {
            bestEdge[w] = k;
          }
        }
      }
    }
    return false;
  }

  /** Changes the duals by the largest feasible δ and acts on what became tight; true if M is optimal. */
  private boolean changeDuals() {
    int type = 1;
    long delta = Long.MAX_VALUE;
    for (int v = 0; v < n; v++) {
      delta = Math.min(delta, dual[v]);
    }
    int edge = -1;
    int blossom = -1;
    for (int v = 0; v < n; v++) {
      if (label[inBlossom[v]] == FREE && bestEdge[v] != -1) {
        long d = slack(bestEdge[v]);
        if (d < delta) {
          delta = d;
          type = 2;
          edge = bestEdge[v];
        }
      }
    }
    for (int b = 0; b < 2 * n; b++) {
      if (parent[b] == -1 && base[b] >= 0 && label[b] == S && bestEdge[b] != -1) {
        long d = slack(bestEdge[b]) / 2;
        if (d < delta) {
          delta = d;
          type = 3;
          edge = bestEdge[b];
        }
      }
    }
    for (int b = n; b < 2 * n; b++) {
      if (base[b] >= 0 && parent[b] == -1 && label[b] == T && dual[b] / 2 < delta) {
        delta = dual[b] / 2;
        type = 4;
        blossom = b;
      }
    }
    for (int v = 0; v < n; v++) {
      int l = label[inBlossom[v]];
      if (l == S) {
        dual[v] -= delta;
      } else if (l == T) {
        dual[v] += delta;
      }
    }
    for (int b = n; b < 2 * n; b++) {
      if (base[b] >= 0 && parent[b] == -1) {
        if (label[b] == S) {
          dual[b] += 2 * delta;
        } else if (label[b] == T) {
          dual[b] -= 2 * delta;
        }
      }
    }
    switch (type) {
      case 1:
        return true;
      case 2: {
        allowEdge[edge] = true;
        int i = endpoint[2 * edge];
        if (label[inBlossom[i]] == FREE) {
          i = endpoint[2 * edge + 1];
        }
        push(i);
        return false;
      }
      case 3:
        allowEdge[edge] = true;
        push(endpoint[2 * edge]);
        return false;
      default:
        expandBlossom(blossom, false);
        return false;
    }
  }

  /** A growable int list. */
  private static final class IntList {
    private int[] values = new int[8];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    void reverse() {
      for (int i = 0, j = size - 1; i < j; i++, j--) {
        int swap = values[i];
        values[i] = values[j];
        values[j] = swap;
      }
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
