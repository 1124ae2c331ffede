package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blendnet.core.testing.Theories.qt;

import org.blendnet.core.match.ReferenceMatchings.Graph;
import org.junit.jupiter.api.Test;

/** The approximate matching: its guarantees against brute force, and its moves on hand-made graphs. */
class LocalSearchMatchingTest {

  private static int[] identity(int n) {
    int[] order = new int[n];
    for (int v = 0; v < n; v++) {
      order[v] = v;
    }
    return order;
  }

  private static int[] solve(Graph g, boolean improve) {
    return LocalSearchMatching.solve(g.n(), g.from(), g.to(), g.weight(), identity(g.n()), improve);
  }

  private static Graph graph(int n, long[][] edges) {
    java.util.List<int[]> list = new java.util.ArrayList<>();
    java.util.List<Long> weights = new java.util.ArrayList<>();
    for (long[] e : edges) {
      list.add(new int[] {(int) e[0], (int) e[1]});
      weights.add(e[2]);
    }
    return ReferenceMatchings.graph(n, list, weights, -1, new int[0]);
  }

  @Test
  void should_take_the_heaviest_edge_first_and_then_fix_the_path_by_an_augmentation() {
    // 0 -3- 1 -4- 2 -3- 3: greedy takes 1-2 (4); the augmentation 0-1, 2-3 gains 2
    Graph path = graph(4, new long[][] {{0, 1, 3}, {1, 2, 4}, {2, 3, 3}});
    assertThat(solve(path, false)).containsExactly(-1, 2, 1, -1);
    assertThat(solve(path, true)).containsExactly(1, 0, 3, 2);
  }

  @Test
  void should_swap_partners_around_an_alternating_four_cycle() {
    // 0-1 (5) and 2-3 (5) greedy-first by order; 0-2 (6) and 1-3 (6) are better together
    Graph square = graph(4, new long[][] {{0, 1, 5}, {2, 3, 5}, {0, 2, 6}, {1, 3, 6}});
    assertThat(solve(square, false)).containsExactly(2, 3, 0, 1);
    Graph worse = graph(4, new long[][] {{0, 1, 7}, {2, 3, 7}, {0, 2, 4}, {1, 3, 11}});
    // greedy: 1-3 (11) first, then 0-2 (4): 15 < 0-1 + 2-3 = 14? no: 15 is better and stays
    assertThat(ReferenceMatchings.weightOf(worse, solve(worse, true))).isEqualTo(15);
  }

  @Test
  void should_weigh_at_least_half_the_optimum_after_the_greedy_pass() {
    qt(500).forAll(ReferenceMatchings.general(10, 50, 8)).checkAssert(g -> {
      int[] mate = solve(g, false);
      valid(g, mate);
      assertThat(2 * ReferenceMatchings.weightOf(g, mate)).isGreaterThanOrEqualTo(ReferenceMatchings.bruteForceOptimum(g));
    });
  }

  @Test
  void should_weigh_at_least_two_thirds_of_the_optimum_after_the_local_search() {
    qt(800).forAll(ReferenceMatchings.general(10, 50, 8)).checkAssert(g -> {
      int[] mate = solve(g, true);
      valid(g, mate);
      long weight = ReferenceMatchings.weightOf(g, mate);
      assertThat(3 * weight).isGreaterThanOrEqualTo(2 * ReferenceMatchings.bruteForceOptimum(g));
      assertThat(weight).isGreaterThanOrEqualTo(ReferenceMatchings.weightOf(g, solve(g, false)));
    });
  }

  private static void valid(Graph g, int[] mate) {
    for (int v = 0; v < g.n(); v++) {
      if (mate[v] >= 0) {
        assertThat(mate[mate[v]]).isEqualTo(v);
        assertThat(ReferenceMatchings.edgeWeight(g, v, mate[v])).isPositive();
      }
    }
  }
}
