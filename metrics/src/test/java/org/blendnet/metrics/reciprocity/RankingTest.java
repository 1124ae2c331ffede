package org.blendnet.metrics.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blendnet.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The top-k ranking behind "largest givers" and "most helped": positive values only, largest first, ties by
 * position. Both ways of computing it (bounded insertion for small k, a full sort above) are checked against
 * a plain sort.
 */
class RankingTest {

  private static final double[] VALUES = {0, 3, 1, 3, -2, 5, Double.NaN, 0.5};

  @Test
  void should_rank_positive_values_largest_first_and_ties_by_position() {
    assertThat(Ranking.descending(VALUES, 3)).containsExactly(5, 1, 3);
    assertThat(Ranking.descending(VALUES, 1)).containsExactly(5);
    assertThat(Ranking.descending(VALUES, 5)).containsExactly(5, 1, 3, 2, 7);
  }

  @Test
  void should_leave_out_zero_negative_and_undefined_values_whatever_k_is() {
    assertThat(Ranking.descending(VALUES, 6)).containsExactly(5, 1, 3, 2, 7);
    assertThat(Ranking.descending(VALUES, 32)).containsExactly(5, 1, 3, 2, 7); // bounded insertion
    assertThat(Ranking.descending(VALUES, 33)).containsExactly(5, 1, 3, 2, 7); // full sort
    assertThat(Ranking.descending(new double[] {0, -1, Double.NaN}, 2)).isEmpty();
    assertThat(Ranking.descending(new double[] {0, -1, Double.NaN}, 40)).isEmpty();
  }

  @Test
  void should_rank_nothing_for_k_zero() {
    assertThat(Ranking.descending(VALUES, 0)).isEmpty();
    assertThat(Ranking.descending(new double[0], 0)).isEmpty();
    assertThat(Ranking.descending(new double[0], 50)).isEmpty();
  }

  @Test
  void should_replace_the_last_of_a_full_top_only_by_a_strictly_better_value() {
    // k = 2: the 3 at position 3 ties the 3 at position 1 but comes later, so it does not get in
    assertThat(Ranking.descending(new double[] {3, 3, 3, 4}, 2)).containsExactly(3, 0);
    assertThat(Ranking.descending(new double[] {1, 2, 3, 4, 5}, 2)).containsExactly(4, 3);
    assertThat(Ranking.descending(new double[] {5, 4, 3, 2, 1}, 2)).containsExactly(0, 1);
    assertThat(Ranking.descending(new double[] {2, 9, 1, 8, 3, 7}, 3)).containsExactly(1, 3, 5);
  }

  @Test
  void should_rank_as_a_full_sort_does_for_any_values_and_k() {
    qt(400).forAll(lists().of(integers().between(-3, 6)).ofSizeBetween(0, 90), integers().between(0, 70))
        .checkAssert((ints, k) -> {
          double[] values = ints.stream().mapToDouble(i -> i == 6 ? Double.NaN : i / 2.0).toArray();
          assertThat(Ranking.descending(values, k)).containsExactly(reference(values, k));
        });
  }

  private static int[] reference(double[] values, int k) {
    List<Integer> positive = IntStream.range(0, values.length).filter(p -> values[p] > 0).boxed()
        .sorted(Comparator.<Integer>comparingDouble(p -> -values[p]).thenComparingInt(p -> p)).toList();
    return positive.stream().limit(k).mapToInt(Integer::intValue).toArray();
  }
}
