package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.testing.Theories.qt;

import java.util.List;
import org.blendnet.core.match.ReferenceMatchings.Graph;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The auction for two-sided assignment with capacities: feasible, within {@code a · ε} of the optimum
 * (brute force on small graphs, the exact {@link CapacitatedAssignment} on larger ones), exact when the
 * weights' granularity exceeds {@code a · ε}, and the same on every run.
 */
class AuctionAssignmentTest {

  private static int[] solve(Graph g, long epsilon, boolean exact) {
    return ReferenceMatchings.assign(g, false, exact ? CapacitatedAssignment::solve
        : (a, b, capacity, mentee, mentor, weight, order) ->
            AuctionAssignment.solve(a, b, capacity, mentee, mentor, weight, order, epsilon));
  }

  private static long weight(Graph g, int[] assigned) {
    return ReferenceMatchings.assignmentWeight(g, assigned);
  }

  /** The graph with every weight multiplied by {@code factor}. */
  private static Graph scaled(Graph g, long factor) {
    long[] w = g.weight().clone();
    for (int k = 0; k < w.length; k++) {
      w[k] *= factor;
    }
    return new Graph(g.n(), g.from(), g.to(), w, g.left(), g.capacity());
  }

  @Test
  void should_let_the_later_mentee_outbid_an_earlier_one_where_that_pays() {
    // mentees 0, 1; mentors 2, 3 (capacity 1): 0-2 (5), 0-3 (4), 1-2 (5), 1-3 (1); the best is 0-3, 1-2 (9)
    Graph g = ReferenceMatchings.graph(4, List.of(new int[] {0, 2}, new int[] {0, 3}, new int[] {1, 2},
        new int[] {1, 3}), List.of(5L, 4L, 5L, 1L), 2, new int[] {1, 1, 1, 1});
    // with ε = 1 the auction is within 2 of 9; with weights ×3 (granularity 3 > a · ε = 2) it is exact
    assertThat(weight(g, solve(g, 1, false))).isBetween(7L, 9L);
    Graph fine = scaled(g, 3);
    int[] assigned = solve(fine, 1, false);
    assertThat(assigned).containsExactly(1, 2);
    assertThat(weight(fine, assigned)).isEqualTo(27);
  }

  @Test
  void should_fill_a_mentor_up_to_its_capacity_and_no_further() {
    // mentees 0, 1, 2 all prefer mentor 3 (capacity 2, weights 9, 8, 7); mentor 4 (capacity 1) 6 each:
    // the optimum 9 + 8 + 6 = 23
    Graph g = scaled(ReferenceMatchings.graph(5, List.of(new int[] {0, 3}, new int[] {1, 3}, new int[] {2, 3},
        new int[] {0, 4}, new int[] {1, 4}, new int[] {2, 4}), List.of(9L, 8L, 7L, 6L, 6L, 6L), 3,
        new int[] {1, 1, 1, 2, 1}), 4);
    assertThat(weight(g, solve(g, 1, false))).isEqualTo(23 * 4);
  }

  @Test
  void should_leave_a_mentee_unassigned_when_its_mentors_are_taken_by_heavier_pairs() {
    // one mentor of capacity 1; mentee 0 is worth 2 to it, mentee 1 worth 7
    Graph g = ReferenceMatchings.graph(3, List.of(new int[] {0, 2}, new int[] {1, 2}), List.of(2L, 7L), 2,
        new int[] {1, 1, 1});
    assertThat(solve(g, 1, false)).containsExactly(-1, 1);
  }

  @Test
  void should_come_within_a_times_epsilon_of_the_brute_force_optimum() {
    qt(400).forAll(ReferenceMatchings.twoSided(6, 4, 3, 60, 60), Generate.range(1, 20)).checkAssert((g, epsilon) -> {
      long optimum = ReferenceMatchings.bruteForceOptimum(g);
      long auction = weight(g, solve(g, epsilon, false));
      assertThat(auction).isLessThanOrEqualTo(optimum).isGreaterThanOrEqualTo(optimum - (long) g.left() * epsilon);
    });
  }

  @Test
  void should_be_exact_when_the_weights_are_coarser_than_a_times_epsilon() {
    qt(300).forAll(ReferenceMatchings.twoSided(30, 12, 4, 30, 50)).checkAssert(g -> {
      Graph coarse = scaled(g, g.left() + 1L);
      assertThat(weight(coarse, solve(coarse, 1, false))).isEqualTo(weight(coarse, solve(coarse, 1, true)));
    });
  }

  @Test
  void should_give_the_same_assignment_on_every_run() {
    qt(100).forAll(ReferenceMatchings.twoSided(30, 12, 4, 30, 50)).checkAssert(g ->
        assertThat(solve(g, 3, false)).isEqualTo(solve(g, 3, false)));
  }

  @Test
  void should_reject_an_epsilon_below_one() {
    Graph g = ReferenceMatchings.graph(2, List.of(new int[] {0, 1}), List.of(1L), 1, new int[] {1, 1});
    assertThatThrownBy(() -> solve(g, 0, false)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("epsilon must be >= 1 but was 0");
  }
}
