package org.blendnet.graph.match;

import java.util.Arrays;
import org.blendnet.core.match.MatchContext;
import org.blendnet.graph.SocialGraph;

/**
 * One seeker's two-step neighbourhood: for every node within two ties, the probability that a random walk
 * from the seeker that picks each tie in proportion to its weight is there after one step and after two.
 * Their sum is the seeker's <em>reach</em> of the node (after the random-walk proximity of Liben-Nowell
 * &amp; Kleinberg, "The link-prediction problem for social networks", JASIST 58(7), 2007,
 * doi:10.1002/asi.20591).
 *
 * <p><b>Bounded.</b> The seeker's contacts are expanded strongest tie first (then by node number) until
 * {@link #MAX_EXPANSION} half-edges have been read; the contacts of weaker contacts beyond that are left
 * out, so a request costs O(d + min(D, MAX_EXPANSION)) for the seeker's degree d and their contacts' total
 * degree D, plus O(d log d) for the order. Open addressing, no boxing. Immutable once made; shared by
 * the signals and sources of one request through {@link MatchContext#shared}.
 */
final class Reach {

  /** How many half-edges of the seeker's contacts are read at most. */
  static final int MAX_EXPANSION = 50_000;

  private int[] keys;
  private double[] one;
  private double[] two;
  private int mask;
  private int size;
  private boolean truncated;
  private double max;

  private Reach(int[] keys, int mask) {
    this.keys = keys;
    this.one = new double[keys.length];
    this.two = new double[keys.length];
    this.mask = mask;
  }

  /**
   * The reach of the request's seeker, {@code seeker} in {@code graph}: computed once per request and
   * graph, and shared by the proximity signal, the bridge signal and the neighbourhood source of it.
   */
  static Reach of(MatchContext context, SocialGraph graph, int seeker) {
    return context.shared(graph, Reach.class, () -> of(graph, seeker));
  }

  /** The reach of {@code seeker} (a node, or -1 for a member outside the graph: nothing is reached). */
  static Reach of(SocialGraph graph, int seeker) {
    if (seeker < 0 || graph.degree(seeker) == 0 || !(graph.strength(seeker) > 0)) {
      return new Reach(new int[] {-1, -1}, 1);
    }
    int start = graph.edgeStart(seeker);
    int degree = graph.degree(seeker);
    long total = degree;
    for (int e = start; e < start + degree; e++) {
      total += graph.degree(graph.target(e));
    }
    int expected = (int) Math.min(total, degree + (long) MAX_EXPANSION);
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    int[] keys = new int[capacity];
    Arrays.fill(keys, -1);
    Reach r = new Reach(keys, capacity - 1);
    double s = graph.strength(seeker);
    // contacts by decreasing tie weight, then node number (half-edges are in node order)
    Integer[] byWeight = new Integer[degree];
    for (int i = 0; i < degree; i++) {
      byWeight[i] = start + i;
    }
    Arrays.sort(byWeight, (x, y) -> {
      int c = Double.compare(graph.weight(y), graph.weight(x));
      return c != 0 ? c : Integer.compare(x, y);
    });
    for (int i = 0; i < degree; i++) {
      int e = start + i;
      r.slot(graph.target(e));
      r.one[r.find(graph.target(e))] += graph.weight(e) / s;
    }
    int budget = MAX_EXPANSION;
    for (int e : byWeight) {
      int x = graph.target(e);
      int dx = graph.degree(x);
      if (dx > budget) {
        r.truncated = true;
        break;
      }
      budget -= dx;
      double p = graph.weight(e) / s / graph.strength(x);
      for (int f = graph.edgeStart(x); f < graph.edgeEnd(x); f++) {
        int y = graph.target(f);
        if (y != seeker) {
          r.two[r.slot(y)] += p * graph.weight(f);
        }
      }
    }
    double max = 0;
    for (int i = 0; i < r.keys.length; i++) {
      if (r.keys[i] >= 0) {
        max = Math.max(max, r.one[i] + r.two[i]);
      }
    }
    r.max = max;
    return r;
  }

  private int slot(int node) {
    int i = mix(node) & mask;
    while (keys[i] >= 0) {
      if (keys[i] == node) {
        return i;
      }
      i = (i + 1) & mask;
    }
    keys[i] = node;
    size++;
    return i;
  }

  private int find(int node) {
    int i = mix(node) & mask;
    while (keys[i] >= 0) {
      if (keys[i] == node) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  private static int mix(int x) {
    int h = x * 0x9e3779b9;
    return h ^ (h >>> 16);
  }

  /** True if {@code node} is within two ties (and expanded). */
  boolean contains(int node) {
    return find(node) >= 0;
  }

  /** The probability of reaching {@code node} in one step (the tie's share of the seeker's strength). */
  double oneStep(int node) {
    int i = find(node);
    return i < 0 ? 0 : one[i];
  }

  /** The seeker's reach of {@code node}: one step plus two steps. */
  double reach(int node) {
    int i = find(node);
    return i < 0 ? 0 : one[i] + two[i];
  }

  /** The largest reach of any node; 0 if nothing is reached. */
  double max() {
    return max;
  }

  /** The number of nodes reached. */
  int size() {
    return size;
  }

  /** True if some contacts' contacts were left out by {@link #MAX_EXPANSION}. */
  boolean truncated() {
    return truncated;
  }

  /** The nodes reached, in no particular order. O(r). */
  int[] nodes() {
    int[] out = new int[size];
    int n = 0;
    for (int key : keys) {
      if (key >= 0) {
        out[n++] = key;
      }
    }
    return out;
  }

  /** The nodes reached, by decreasing reach, then node number. O(r log r). */
  int[] byReach() {
    Integer[] nodes = new Integer[size];
    int n = 0;
    for (int key : keys) {
      if (key >= 0) {
        nodes[n++] = key;
      }
    }
    Arrays.sort(nodes, (a, b) -> {
      int c = Double.compare(reach(b), reach(a));
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = nodes[i];
    }
    return out;
  }
}
