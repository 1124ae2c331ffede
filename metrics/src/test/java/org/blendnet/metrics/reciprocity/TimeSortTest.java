package org.blendnet.metrics.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blendnet.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The stable sort of record positions by time (seconds, then nanoseconds, then position) that puts the
 * ledger's records in order: insertion sort on short ranges, merge sort above, checked against a plain sort.
 */
class TimeSortTest {

  @Test
  void should_order_by_second_then_nano_then_position() {
    long[] second = {5, 1, 1, 0, 1};
    int[] nano = {0, 7, 3, 9, 3};
    int[] a = {0, 1, 2, 3, 4};
    TimeSort.sort(a, 0, 5, second, nano);
    assertThat(a).containsExactly(3, 2, 4, 1, 0);
  }

  @Test
  void should_sort_only_the_range_it_is_given() {
    long[] second = {9, 8, 7, 6, 5, 4};
    int[] nano = new int[6];
    int[] a = {0, 1, 2, 3, 4, 5};
    TimeSort.sort(a, 1, 4, second, nano);
    assertThat(a).containsExactly(0, 3, 2, 1, 4, 5);
    TimeSort.sort(a, 2, 2, second, nano); // an empty range changes nothing
    assertThat(a).containsExactly(0, 3, 2, 1, 4, 5);
  }

  @Test
  void should_merge_long_reversed_runs() {
    int n = 100;
    long[] second = new long[n];
    int[] nano = new int[n];
    for (int i = 0; i < n; i++) {
      second[i] = n - i;
    }
    int[] a = IntStream.range(0, n).toArray();
    TimeSort.sort(a, 0, n, second, nano);
    assertThat(a).containsExactly(IntStream.range(0, n).map(i -> n - 1 - i).toArray());
  }

  @Test
  void should_keep_equal_times_in_position_order_over_long_ranges() {
    int n = 60;
    long[] second = new long[n];
    int[] nano = new int[n];
    for (int i = 0; i < n; i++) {
      second[i] = i % 2; // thirty ties at 0, thirty at 1
      nano[i] = 0;
    }
    int[] a = IntStream.range(0, n).map(i -> n - 1 - i).toArray(); // positions given in reverse
    TimeSort.sort(a, 0, n, second, nano);
    int[] expected = IntStream.concat(IntStream.range(0, n).filter(i -> i % 2 == 0),
        IntStream.range(0, n).filter(i -> i % 2 == 1)).toArray();
    assertThat(a).containsExactly(expected);
  }

  @Test
  void should_sort_as_a_plain_sort_does() {
    qt(400).forAll(lists().of(integers().between(0, 4)).ofSizeBetween(0, 130), integers().between(0, 4),
        integers().all()).checkAssert((seconds, nanoRange, seed) -> {
          int n = seconds.size();
          Random random = new Random(seed);
          long[] second = seconds.stream().mapToLong(Integer::longValue).toArray();
          int[] nano = IntStream.range(0, n).map(i -> random.nextInt(nanoRange + 1)).toArray();
          List<Integer> shuffled = new java.util.ArrayList<>(IntStream.range(0, n).boxed().toList());
          java.util.Collections.shuffle(shuffled, random);
          int[] a = shuffled.stream().mapToInt(Integer::intValue).toArray();
          int from = n == 0 ? 0 : random.nextInt(n);
          int to = from + random.nextInt(n - from + 1);
          int[] expected = a.clone();
          Integer[] range = Arrays.stream(a, from, to).boxed().toArray(Integer[]::new);
          Arrays.sort(range, Comparator.<Integer>comparingLong(p -> second[p]).thenComparingInt(p -> nano[p])
              .thenComparingInt(p -> p));
          for (int i = from; i < to; i++) {
            expected[i] = range[i - from];
          }
          TimeSort.sort(a, from, to, second, nano);
          assertThat(a).containsExactly(expected);
        });
  }
}
