package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blendnet.core.testing.Theories.qt;

import org.blendnet.core.match.ReferenceMatchings.Graph;
import org.junit.jupiter.api.Test;

/** The exact two-sided assignment with capacities, on hand-made cases and against brute force. */
class CapacitatedAssignmentTest {

  /** Solves a graph from {@link ReferenceMatchings#twoSided}: mentees 0 .. left − 1, mentors after them. */
  private static int[] solve(Graph g, boolean reversed) {
    return ReferenceMatchings.assign(g, reversed, CapacitatedAssignment::solve);
  }

  private static long weight(Graph g, int[] assigned) {
    return ReferenceMatchings.assignmentWeight(g, assigned);
  }

  @Test
  void should_move_an_earlier_mentee_to_make_room_for_a_later_one() {
    // mentees 0, 1; mentors 2 (capacity 1), 3 (capacity 1): 0-2 (5), 0-3 (4), 1-2 (5), 1-3 (1):
    // 0 alone would take 2; with 1 the best is 0-3, 1-2 (9) rather than 0-2, 1-3 (6)
    Graph g = ReferenceMatchings.graph(4, java.util.List.of(new int[] {0, 2}, new int[] {0, 3}, new int[] {1, 2},
        new int[] {1, 3}), java.util.List.of(5L, 4L, 5L, 1L), 2, new int[] {1, 1, 1, 1});
    int[] assigned = solve(g, false);
    assertThat(assigned).containsExactly(1, 2);
    assertThat(weight(g, assigned)).isEqualTo(9);
  }

  @Test
  void should_fill_a_mentor_up_to_its_capacity_and_no_further() {
    // mentees 0, 1, 2 all prefer mentor 3 (capacity 2, weights 9, 8, 7); mentor 4 (capacity 1) takes the rest (6 each)
    Graph g = ReferenceMatchings.graph(5, java.util.List.of(new int[] {0, 3}, new int[] {1, 3}, new int[] {2, 3},
        new int[] {0, 4}, new int[] {1, 4}, new int[] {2, 4}), java.util.List.of(9L, 8L, 7L, 6L, 6L, 6L), 3,
        new int[] {1, 1, 1, 2, 1});
    // 9 + 8 + 6 = 23 (2 to mentor 4) is the optimum
    assertThat(weight(g, solve(g, false))).isEqualTo(23);
    assertThat(weight(g, solve(g, true))).isEqualTo(23);
  }

  @Test
  void should_equal_the_brute_force_optimum_whatever_the_order_of_the_mentees() {
    qt(500).forAll(ReferenceMatchings.twoSided(6, 4, 3, 60, 6)).checkAssert(g -> {
      long optimum = ReferenceMatchings.bruteForceOptimum(g);
      assertThat(weight(g, solve(g, false))).isEqualTo(optimum);
      assertThat(weight(g, solve(g, true))).isEqualTo(optimum);
    });
  }
}
