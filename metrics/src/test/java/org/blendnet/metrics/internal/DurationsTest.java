package org.blendnet.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed medians and means of durations, exact to the nanosecond and rounded down. */
class DurationsTest {

  private static Duration s(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  @Test
  void should_have_no_median_or_mean_of_nothing() {
    assertThat(Durations.median(List.of())).isEmpty();
    assertThat(Durations.mean(List.of())).isEmpty();
  }

  @Test
  void should_take_the_middle_of_an_odd_count_in_any_order() {
    assertThat(Durations.median(List.of(s(3)))).contains(s(3));
    assertThat(Durations.median(List.of(s(3), s(1), s(2)))).contains(s(2));
    assertThat(Durations.median(List.of(s(9), s(1), s(5), s(7), s(2)))).contains(s(5));
  }

  @Test
  void should_average_the_two_middle_values_of_an_even_count() {
    assertThat(Durations.median(List.of(s(4), s(1)))).contains(Duration.ofMillis(2500));
    assertThat(Durations.median(List.of(s(10), s(1), s(3), s(2)))).contains(Duration.ofMillis(2500));
    assertThat(Durations.median(List.of(s(1), s(2), s(100), s(200)))).contains(s(51));
  }

  @Test
  void should_not_change_the_list_it_is_given() {
    List<Duration> input = new java.util.ArrayList<>(List.of(s(3), s(1), s(2)));
    Durations.median(input);
    assertThat(input).containsExactly(s(3), s(1), s(2));
  }

  @Test
  void should_compute_the_mean_exactly_and_round_down_to_the_nanosecond() {
    assertThat(Durations.mean(List.of(s(1), s(2), s(6)))).contains(s(3));
    assertThat(Durations.mean(List.of(Duration.ofMillis(1500), Duration.ofMillis(500)))).contains(s(1));
    assertThat(Durations.mean(List.of(Duration.ofNanos(1), Duration.ofNanos(2)))).contains(Duration.ofNanos(1));
    assertThat(Durations.mean(List.of(Duration.ofNanos(1), Duration.ofNanos(2), Duration.ofNanos(2))))
        .contains(Duration.ofNanos(1));
    assertThat(Durations.mean(List.of(s(1), Duration.ofNanos(1)))).contains(Duration.ofNanos(500_000_000));
  }

  @Test
  void should_round_negative_means_towards_minus_infinity() {
    assertThat(Durations.mean(List.of(s(-3)))).contains(s(-3));
    assertThat(Durations.mean(List.of(s(-1), s(-2)))).contains(Duration.ofMillis(-1500));
    assertThat(Durations.mean(List.of(Duration.ofNanos(-1), Duration.ofNanos(-2)))).contains(Duration.ofNanos(-2));
  }

  @Test
  void should_not_overflow_on_long_durations() {
    Duration big = Duration.ofSeconds(Long.MAX_VALUE / 2);
    assertThat(Durations.mean(List.of(big, big, big))).contains(big);
  }
}
