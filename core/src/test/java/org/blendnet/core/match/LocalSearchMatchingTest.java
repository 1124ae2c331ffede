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
  void should_find_an_augmentation_of_three_new_edges_that_no_two_edge_move_reaches() {
    // 0 -3- 1 -4- 2 -3- 3 -4- 4 -3- 5: greedy takes 1-2 and 3-4 (8); every move bringing in at most two
    // edges loses (3 + 3 - 4 - 4), but all three weight-3 edges together gain 1: only the deep search sees it
    Graph path = graph(6, new long[][] {{0, 1, 3}, {1, 2, 4}, {2, 3, 3}, {3, 4, 4}, {4, 5, 3}});
    assertThat(solve(path, false)).containsExactly(-1, 2, 1, 4, 3, -1);
    assertThat(solve(path, true)).containsExactly(1, 0, 3, 2, 5, 4);
    assertThat(LocalSearchMatching.solve(6, path.from(), path.to(), path.weight(), identity(6), true, 2))
        .containsExactly(1, 0, 3, 2, 5, 4);
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

  @Test
  void should_find_the_same_matching_on_any_number_of_threads() {
    // dense graphs with few weights: many moves, so searches made ahead often go stale
    qt(200).forAll(ReferenceMatchings.general(120, 20, 6)).checkAssert(g -> {
      int[] one = solve(g, true);
      for (int threads = 2; threads <= 4; threads++) {
        assertThat(LocalSearchMatching.solve(g.n(), g.from(), g.to(), g.weight(), identity(g.n()), true, threads))
            .as("%d threads", threads).containsExactly(one);
      }
    });
  }

  @Test
  void should_find_the_same_matching_on_several_threads_over_many_batches_of_a_sparse_graph() {
    // 20,000 vertices of degree ~12 with random weights: hundreds of batches, moves in many of them
    int n = 20_000;
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    java.util.List<int[]> edges = new java.util.ArrayList<>();
    java.util.List<Long> weights = new java.util.ArrayList<>();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    while (edges.size() < 6 * n) {
      int a = random.nextInt(n);
      int b = (a + 1 + random.nextInt(200)) % n; // neighbourhoods overlap, as in a candidate graph
      if (seen.add((long) Math.min(a, b) << 32 | Math.max(a, b))) {
        edges.add(new int[] {a, b});
        weights.add(1L + random.nextInt(1 << 20));
      }
    }
    Graph g = ReferenceMatchings.graph(n, edges, weights, -1, new int[0]);
    int[] order = identity(n);
    int[] one = LocalSearchMatching.solve(n, g.from(), g.to(), g.weight(), order, true, 1);
    valid(g, one);
    assertThat(ReferenceMatchings.weightOf(g, one))
        .isGreaterThan(ReferenceMatchings.weightOf(g, solve(g, false)));
    assertThat(LocalSearchMatching.solve(n, g.from(), g.to(), g.weight(), order, true, 2)).containsExactly(one);
    assertThat(LocalSearchMatching.solve(n, g.from(), g.to(), g.weight(), order, true, 3)).containsExactly(one);
  }

  @Test
  void should_sort_distinct_keys_on_any_number_of_threads_as_one_sort_does() {
    qt(200).forAll(org.quicktheories.generators.SourceDSL.lists()
            .of(org.quicktheories.generators.SourceDSL.longs().all()).ofSizeBetween(0, 300),
        org.quicktheories.generators.SourceDSL.integers().between(1, 9)).checkAssert((values, threads) -> {
          long[] keys = values.stream().distinct().mapToLong(Long::longValue).toArray();
          long[] expected = keys.clone();
          java.util.Arrays.sort(expected);
          LocalSearchMatching.sort(keys, threads);
          assertThat(keys).containsExactly(expected);
        });
  }

  @Test
  void should_reject_a_thread_count_below_one() {
    Graph path = graph(2, new long[][] {{0, 1, 3}});
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalSearchMatching.solve(2, path.from(), path.to(), path.weight(), identity(2), true, 0))
        .withMessage("threads must be >= 1 but was 0");
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
