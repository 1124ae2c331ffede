package org.blendnet.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Hand-computed cases of the number, duration and list formats shared by the metrics' {@code toString}s. */
class FormatTest {

  @Test
  void should_show_ratios_with_three_decimals_in_the_root_locale() {
    assertThat(Format.ratio(0.5)).isEqualTo("0.500");
    assertThat(Format.ratio(2.0 / 3)).isEqualTo("0.667");
    assertThat(Format.ratio(-1.0 / 8)).isEqualTo("-0.125");
    assertThat(Format.ratio(1234.5)).isEqualTo("1234.500"); // no grouping separator
  }

  @Test
  void should_show_whole_amounts_without_decimals() {
    assertThat(Format.amount(3.0)).isEqualTo("3");
    assertThat(Format.amount(0.0)).isEqualTo("0");
    assertThat(Format.amount(-42.0)).isEqualTo("-42");
    assertThat(Format.amount(123_456_789_012.0)).isEqualTo("123456789012");
    assertThat(Format.amount(-0.0)).isEqualTo("0"); // no "-0": a whole amount is printed as a long
  }

  @Test
  void should_drop_trailing_zeros_of_fractional_amounts() {
    assertThat(Format.amount(2.5)).isEqualTo("2.5");
    assertThat(Format.amount(-2.5)).isEqualTo("-2.5");
    assertThat(Format.amount(0.125)).isEqualTo("0.125");
    assertThat(Format.amount(1.2)).isEqualTo("1.2");
    assertThat(Format.amount(10.05)).isEqualTo("10.05");
    // rounded to three decimals first: what is left of 0.0001 is a bare zero
    assertThat(Format.amount(0.0001)).isEqualTo("0");
    assertThat(Format.amount(1.9999)).isEqualTo("2");
    assertThat(Format.amount(100.5)).isEqualTo("100.5"); // zeros before the point stay
  }

  @Test
  void should_show_huge_whole_amounts_through_the_decimal_format() {
    assertThat(Format.amount(1e15)).isEqualTo("1000000000000000");
    assertThat(Format.amount(2e15)).isEqualTo("2000000000000000");
  }

  @Test
  void should_show_whole_days_in_words_and_other_durations_in_iso_form() {
    assertThat(Format.duration(Duration.ofDays(1))).isEqualTo("1 day");
    assertThat(Format.duration(Duration.ofDays(3))).isEqualTo("3 days");
    assertThat(Format.duration(Duration.ZERO)).isEqualTo("0 days");
    assertThat(Format.duration(Duration.ofHours(36))).isEqualTo("PT36H");
    assertThat(Format.duration(Duration.ofDays(1).plusNanos(1))).isEqualTo("PT24H0.000000001S");
    assertThat(Format.duration(Duration.ofDays(-1))).isEqualTo("PT-24H");
  }

  @Test
  void should_cap_long_lists_with_the_count_left_out() {
    assertThat(Format.capped(List.of())).isEqualTo("[]");
    assertThat(Format.capped(List.of("a"))).isEqualTo("[a]");
    assertThat(Format.capped(List.of(1, 2, 3), 2)).isEqualTo("[1, 2, …(+1 more)]");
    assertThat(Format.capped(List.of(1, 2), 2)).isEqualTo("[1, 2]");
    assertThat(Format.capped(List.of(1, 2), 0)).isEqualTo("[…(+2 more)]");
    assertThat(Format.capped(List.of(), 0)).isEqualTo("[]");
    List<Integer> eleven = IntStream.rangeClosed(1, 11).boxed().toList();
    assertThat(Format.capped(eleven)).isEqualTo("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …(+1 more)]");
    assertThat(Format.capped(eleven.subList(0, Format.SHOWN))).isEqualTo("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]");
  }
}
