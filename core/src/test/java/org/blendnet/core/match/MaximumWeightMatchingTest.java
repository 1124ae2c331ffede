package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blendnet.core.testing.Theories.qt;

import org.blendnet.core.match.ReferenceMatchings.Graph;
import org.junit.jupiter.api.Test;

/** The blossom algorithm on hand-made graphs with known optima, and against brute force on random graphs. */
class MaximumWeightMatchingTest {

  private static int[] solve(int n, long[][] edges) {
    int[] from = new int[edges.length];
    int[] to = new int[edges.length];
    long[] w = new long[edges.length];
    for (int k = 0; k < edges.length; k++) {
      from[k] = (int) edges[k][0];
      to[k] = (int) edges[k][1];
      w[k] = edges[k][2];
    }
    return MaximumWeightMatching.solve(n, from, to, w);
  }

  @Test
  void should_match_nothing_in_an_empty_graph() {
    assertThat(MaximumWeightMatching.solve(0, new int[0], new int[0], new long[0])).isEmpty();
    assertThat(MaximumWeightMatching.solve(3, new int[0], new int[0], new long[0])).containsExactly(-1, -1, -1);
  }

  @Test
  void should_take_the_two_outer_edges_of_a_path_where_greedy_takes_the_middle_one() {
    // 0 -3- 1 -4- 2 -3- 3: greedy by weight takes 1-2 (4); the optimum is 0-1 and 2-3 (6)
    assertThat(solve(4, new long[][] {{0, 1, 3}, {1, 2, 4}, {2, 3, 3}})).containsExactly(1, 0, 3, 2);
  }

  @Test
  void should_augment_through_a_blossom_in_a_triangle_with_a_tail() {
    // triangle 0-1-2 (weights 8, 9, 10 on 0-1, 0-2, 1-2) with tail 2-3 (7): 0-1 and 2-3 make 15,
    // more than 1-2 alone (10) or 0-2 alone (9)
    assertThat(solve(4, new long[][] {{0, 1, 8}, {0, 2, 9}, {1, 2, 10}, {2, 3, 7}})).containsExactly(1, 0, 3, 2);
  }

  @Test
  void should_expand_a_blossom_to_reach_the_optimum() {
    // the same triangle with tails 0-5 (5) and 3-4 (6): 0-5, 1-2, 3-4 make 21
    int[] mate = solve(6, new long[][] {{0, 1, 8}, {0, 2, 9}, {1, 2, 10}, {2, 3, 7}, {0, 5, 5}, {3, 4, 6}});
    assertThat(mate).containsExactly(5, 2, 1, 4, 3, 0);
  }

  @Test
  void should_use_a_five_cycle_blossom_with_two_tails() {
    // odd cycle 0-1-2-3-4-0 of weight 10 each, tails 0-5 (12) and 2-6 (12):
    // both tails (24) plus one cycle edge between 1, 3, 4 that are left: 3-4 (10) → 34
    int[] mate = solve(7, new long[][] {{0, 1, 10}, {1, 2, 10}, {2, 3, 10}, {3, 4, 10}, {4, 0, 10}, {0, 5, 12},
        {2, 6, 12}});
    assertThat(mate).containsExactly(5, -1, 6, 4, 3, 0, 2);
  }

  @Test
  void should_leave_a_vertex_exposed_when_matching_it_costs_more_than_it_brings() {
    // 0-1 (10), 1-2 (6), 2-3 (6): 0-1 and 2-3 make 16, more than 1-2 (6) alone
    assertThat(solve(4, new long[][] {{0, 1, 10}, {1, 2, 6}, {2, 3, 6}})).containsExactly(1, 0, 3, 2);
    // 0-1 (10), 1-2 (11) only: one edge, the heavier
    assertThat(solve(3, new long[][] {{0, 1, 10}, {1, 2, 11}})).containsExactly(-1, 2, 1);
  }

  @Test
  void should_equal_the_brute_force_optimum_on_random_graphs() {
    qt(600).forAll(ReferenceMatchings.general(10, 45, 6)).checkAssert(g -> check(g));
  }

  @Test
  void should_equal_the_brute_force_optimum_on_random_dense_graphs_with_equal_weights() {
    qt(300).forAll(ReferenceMatchings.general(9, 80, 2)).checkAssert(g -> check(g));
  }

  private static void check(Graph g) {
    int[] mate = MaximumWeightMatching.solve(g.n(), g.from(), g.to(), g.weight());
    for (int v = 0; v < g.n(); v++) {
      if (mate[v] >= 0) {
        assertThat(mate[mate[v]]).as("partner of the partner of %s", v).isEqualTo(v);
        assertThat(ReferenceMatchings.edgeWeight(g, v, mate[v])).as("edge %s-%s", v, mate[v]).isPositive();
      }
    }
    assertThat(ReferenceMatchings.weightOf(g, mate)).isEqualTo(ReferenceMatchings.bruteForceOptimum(g));
  }

}
