package org.blendnet.metrics;

import org.blendnet.core.TimeWindow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.testing.Theories.qt;
import static org.blendnet.metrics.Fixtures.day;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import org.blendnet.core.testing.Networks;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class TimeWindowsTest {

  @Test
  void should_hold_from_but_not_to() {
    TimeWindow w = TimeWindow.of(day(0), day(7));
    assertThat(w.contains(day(0))).isTrue();
    assertThat(w.contains(day(7).minusNanos(1))).isTrue();
    assertThat(w.contains(day(7))).isFalse();
    assertThat(w.contains(day(0).minusNanos(1))).isFalse();
    assertThat(w.length()).isEqualTo(Duration.ofDays(7));
    assertThat(w).hasToString("[2026-03-02T09:00:00Z, 2026-03-09T09:00:00Z)");
  }

  @Test
  void should_reject_an_empty_window() {
    assertThatThrownBy(() -> TimeWindow.of(day(1), day(1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to must be after from but was 2026-03-03T09:00:00Z <= 2026-03-03T09:00:00Z");
  }

  @Test
  void should_find_the_window_of_an_instant() {
    TimeWindows weeks = TimeWindows.of(day(0), Duration.ofDays(7), 4);
    assertThat(weeks.size()).isEqualTo(4);
    assertThat(weeks.indexOf(day(0))).isZero();
    assertThat(weeks.indexOf(day(8))).isEqualTo(1);
    assertThat(weeks.indexOf(day(14))).isEqualTo(2);
    assertThat(weeks.indexOf(day(28).minusNanos(1))).isEqualTo(3);
    assertThat(weeks.indexOf(day(28))).isEqualTo(-1);
    assertThat(weeks.indexOf(day(-1))).isEqualTo(-1);
    assertThat(weeks.indexOf(Instant.MIN)).isEqualTo(-1);
    assertThat(weeks.indexOf(Instant.MAX)).isEqualTo(-1);
    assertThat(weeks.get(1)).isEqualTo(TimeWindow.of(day(7), day(14)));
    assertThat(weeks.span()).isEqualTo(TimeWindow.of(day(0), day(28)));
    assertThat(weeks.windows()).hasSize(4).startsWith(TimeWindow.of(day(0), day(7)));
    assertThat(weeks).hasToString("TimeWindows[4 from 2026-03-02T09:00:00Z to 2026-03-30T09:00:00Z]");
  }

  @Test
  void should_cut_calendar_months_in_a_time_zone() {
    TimeWindows months = TimeWindows.calendar(ZonedDateTime.parse("2026-01-31T00:00+00:00[Europe/Lisbon]"),
        Period.ofMonths(1), 3);
    // 31 Jan, 28 Feb (no 31st), 31 Mar (back to the 31st), 30 Apr; Lisbon is UTC+1 from 29 March
    assertThat(months.windows()).containsExactly(
        TimeWindow.of(Instant.parse("2026-01-31T00:00:00Z"), Instant.parse("2026-02-28T00:00:00Z")),
        TimeWindow.of(Instant.parse("2026-02-28T00:00:00Z"), Instant.parse("2026-03-30T23:00:00Z")),
        TimeWindow.of(Instant.parse("2026-03-30T23:00:00Z"), Instant.parse("2026-04-29T23:00:00Z")));
  }

  @Test
  void should_accept_explicit_boundaries_and_a_single_window() {
    TimeWindows w = TimeWindows.of(List.of(day(0), day(1), day(10)));
    assertThat(w.indexOf(day(5))).isEqualTo(1);
    assertThat(TimeWindows.of(TimeWindow.of(day(0), day(1))).size()).isEqualTo(1);
    assertThat(w).isEqualTo(TimeWindows.of(List.of(day(0), day(1), day(10)))).hasSameHashCodeAs(
        TimeWindows.of(List.of(day(0), day(1), day(10))));
    assertThat(w).isNotEqualTo(TimeWindows.of(List.of(day(0), day(10))));
  }

  @Test
  void should_reject_impossible_windows() {
    assertThatThrownBy(() -> TimeWindows.of(day(0), Duration.ofDays(1), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("count must be >= 1 but was 0");
    assertThatThrownBy(() -> TimeWindows.of(day(0), Duration.ZERO, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("length must be positive but was PT0S");
    assertThatThrownBy(() -> TimeWindows.of(Instant.MAX.minusSeconds(10), Duration.ofDays(1), 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end after");
    assertThatThrownBy(() -> TimeWindows.calendar(ZonedDateTime.parse("2026-01-01T00:00Z"), Period.ZERO, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("step must be positive but was P0D");
    assertThatThrownBy(() -> TimeWindows.calendar(ZonedDateTime.parse("2026-01-01T00:00Z"), Period.of(0, 1, -40), 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("step must be positive but was P1M-40D");
    assertThatThrownBy(() -> TimeWindows.of(List.of(day(0))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("boundaries must hold at least 2 instants but held 1");
    assertThatThrownBy(() -> TimeWindows.of(List.of(day(1), day(0))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("boundary 1 (2026-03-02T09:00:00Z) is not after");
  }

  @Test
  void should_agree_with_a_linear_scan() {
    TimeWindows w = TimeWindows.of(Instant.parse("2000-01-01T00:00:00Z"), Duration.ofDays(1000), 11);
    qt(300).forAll(Networks.instants()).checkAssert(t -> {
      int expected = -1;
      for (int i = 0; i < w.size(); i++) {
        if (w.get(i).contains(t)) {
          expected = i;
        }
      }
      assertThat(w.indexOf(t)).isEqualTo(expected);
    });
  }

  @Test
  void should_cover_every_instant_of_the_span_exactly_once() {
    TimeWindows w = TimeWindows.of(day(0), Duration.ofSeconds(1, 7), 5);
    qt(300).forAll(SourceDSL.longs().between(0, 5 * 1_000_000_007L - 1)).checkAssert(nanos -> {
      Instant t = day(0).plusNanos(nanos);
      assertThat(w.indexOf(t)).isEqualTo((int) (nanos / 1_000_000_007L));
    });
  }
}
