package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Small weighted graphs for the matching properties, and brute-force references: the optimum found by
 * enumerating every matching (or every capacity-respecting assignment).
 */
final class ReferenceMatchings {

  private ReferenceMatchings() {}

  /**
   * An undirected graph on vertices 0 .. n − 1; for a two-sided graph, vertices below {@code left} are
   * one side (mentees) and the others the other side (mentors), each edge joins the sides, and
   * {@code capacity[v]} bounds the edges at v.
   */
  record Graph(int n, int[] from, int[] to, long[] weight, int left, int[] capacity) {

    int edges() {
      return from.length;
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("n=" + n + (left >= 0 ? ", left=" + left : "") + ":");
      for (int k = 0; k < from.length; k++) {
        s.append(' ').append(from[k]).append('-').append(to[k]).append('=').append(weight[k]);
      }
      if (left >= 0) {
        s.append(" capacities=").append(java.util.Arrays.toString(capacity));
      }
      return s.toString();
    }
  }

  /**
   * Random simple graphs on 0 to {@code maxN} vertices with each pair an edge with probability
   * {@code percent}/100 and weights 1 to {@code maxWeight} (small maxima make ties and blossoms common).
   */
  static Gen<Graph> general(int maxN, int percent, int maxWeight) {
    return in -> {
      int n = between(in, 0, maxN);
      List<int[]> edges = new ArrayList<>();
      List<Long> weights = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (between(in, 0, 99) < percent) {
            edges.add(new int[] {i, j});
            weights.add((long) between(in, 1, maxWeight));
          }
        }
      }
      return graph(n, edges, weights, -1, new int[0]);
    };
  }

  /**
   * Random two-sided graphs: up to {@code maxLeft} mentees and {@code maxRight} mentors, capacities 1 to
   * {@code maxCapacity}, each pair an edge with probability {@code percent}/100.
   */
  static Gen<Graph> twoSided(int maxLeft, int maxRight, int maxCapacity, int percent, int maxWeight) {
    return in -> {
      int left = between(in, 0, maxLeft);
      int right = between(in, 0, maxRight);
      int n = left + right;
      int[] capacity = new int[n];
      for (int v = 0; v < n; v++) {
        capacity[v] = v < left ? 1 : between(in, 1, maxCapacity);
      }
      List<int[]> edges = new ArrayList<>();
      List<Long> weights = new ArrayList<>();
      for (int i = 0; i < left; i++) {
        for (int j = left; j < n; j++) {
          if (between(in, 0, 99) < percent) {
            edges.add(new int[] {i, j});
            weights.add((long) between(in, 1, maxWeight));
          }
        }
      }
      return graph(n, edges, weights, left, capacity);
    };
  }

  /** A number in [min, max], shrinking towards min. */
  static int between(RandomnessSource in, int min, int max) {
    return min == max ? min : Generate.range(min, max).generate(in);
  }

  static Graph graph(int n, List<int[]> edges, List<Long> weights, int left, int[] capacity) {
    int[] from = new int[edges.size()];
    int[] to = new int[edges.size()];
    long[] weight = new long[edges.size()];
    for (int k = 0; k < from.length; k++) {
      from[k] = edges.get(k)[0];
      to[k] = edges.get(k)[1];
      weight[k] = weights.get(k);
    }
    return new Graph(n, from, to, weight, left, capacity);
  }

  /**
   * An assignment of a two-sided graph by {@code solver}, given the arguments both assignment algorithms
   * take: mentees 0 .. left − 1, mentors numbered from 0 after them, their capacities, and the mentees in
   * order (or reversed).
   */
  static int[] assign(Graph g, boolean reversed, Assigner solver) {
    int a = g.left();
    int b = g.n() - a;
    int[] capacity = new int[b];
    for (int j = 0; j < b; j++) {
      capacity[j] = g.capacity()[a + j];
    }
    int[] mentor = new int[g.edges()];
    for (int k = 0; k < g.edges(); k++) {
      mentor[k] = g.to()[k] - a;
    }
    int[] order = new int[a];
    for (int i = 0; i < a; i++) {
      order[i] = reversed ? a - 1 - i : i;
    }
    return solver.solve(a, b, capacity, g.from(), mentor, g.weight(), order);
  }

  /** The shape of {@code CapacitatedAssignment.solve} (and of the auction's, with its ε bound in). */
  @FunctionalInterface
  interface Assigner {
    int[] solve(int a, int b, int[] capacity, int[] mentee, int[] mentor, long[] weight, int[] order);
  }

  /**
   * The weight of an assignment of a two-sided graph, each mentee's edge checked to be its own and each
   * mentor's load checked against its capacity (AssertJ assertions).
   */
  static long assignmentWeight(Graph g, int[] assigned) {
    long total = 0;
    int[] load = new int[g.n()];
    for (int i = 0; i < assigned.length; i++) {
      if (assigned[i] >= 0) {
        assertThat(g.from()[assigned[i]]).as("edge of mentee %s", i).isEqualTo(i);
        total += g.weight()[assigned[i]];
        load[g.to()[assigned[i]]]++;
      }
    }
    for (int j = g.left(); j < g.n(); j++) {
      assertThat(load[j]).as("load of mentor %s", j)
          .isLessThanOrEqualTo(g.capacity()[j]);
    }
    return total;
  }

  /** The weight of the heaviest set of edges with at most capacity[v] (1 if not two-sided) at each vertex. */
  static long bruteForceOptimum(Graph g) {
    int[] room = new int[g.n()];
    for (int v = 0; v < g.n(); v++) {
      room[v] = g.left() >= 0 ? g.capacity()[v] : 1;
    }
    return best(g, 0, room);
  }

  private static long best(Graph g, int k, int[] room) {
    if (k == g.edges()) {
      return 0;
    }
    long skip = best(g, k + 1, room);
    int a = g.from()[k];
    int b = g.to()[k];
    if (room[a] > 0 && room[b] > 0) {
      room[a]--;
      room[b]--;
      long take = g.weight()[k] + best(g, k + 1, room);
      room[a]++;
      room[b]++;
      return Math.max(skip, take);
    }
    return skip;
  }

  /** The total weight of a matching given as partners (each edge counted once; the heaviest parallel edge). */
  static long weightOf(Graph g, int[] partner) {
    long total = 0;
    for (int v = 0; v < g.n(); v++) {
      if (partner[v] > v) {
        total += edgeWeight(g, v, partner[v]);
      }
    }
    return total;
  }

  /** The weight of the heaviest edge between a and b, or -1 if there is none. */
  static long edgeWeight(Graph g, int a, int b) {
    long w = -1;
    for (int k = 0; k < g.edges(); k++) {
      if (g.from()[k] == a && g.to()[k] == b || g.from()[k] == b && g.to()[k] == a) {
        w = Math.max(w, g.weight()[k]);
      }
    }
    return w;
  }
}
