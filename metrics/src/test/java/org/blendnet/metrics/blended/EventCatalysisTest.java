package org.blendnet.metrics.blended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.m;

import java.time.Duration;
import java.time.Instant;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.Medium;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.metrics.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A hand-made case. Face-to-face events: E1 on day 0 (a, b, c), E2 on day 10 (d, e), E3 on day 90 (g, h);
 * the last record is on day 100, so E3's four weeks are not observed (censored). Online contact: b–c on day
 * −5 (before E1: not eligible), a–b on day 5 (started), a–c on day 40 (too late), d–e on day 12 (started),
 * a–d on day 20.
 *
 * <p>Exposed: a–b, a–c, d–e; 2 started. Comparable pairs, anchored at E1 (E2 is within 28 days): each of a,
 * b, c with each of d, e — 6 pairs, of which a–d started. E2's comparable pairs are the same pairs, counted
 * once. Rates 2/3 and 1/6, lift 4.
 */
class EventCatalysisTest {

  static int serial;

  static Event event(String id, Instant start, String... attendees) {
    Event.Builder b = Event.builder(EventId.of(id)).title(id).medium(Medium.EVENT).time(start, start.plusSeconds(7200));
    for (String a : attendees) {
      b.attendee(m(a));
    }
    return b.build();
  }

  static Touchpoint chat(Instant at, String x, String y) {
    return Touchpoint.between(TouchpointId.of("c" + serial++), at, Medium.CHAT, m(x), m(y));
  }

  static Network fixture() {
    return Fixtures.members("a", "b", "c", "d", "e", "g", "h")
        .event(event("E1", day(0), "a", "b", "c")).event(event("E2", day(10), "d", "e"))
        .event(event("E3", day(90), "g", "h"))
        .touchpoint(chat(day(-5), "b", "c")).touchpoint(chat(day(5), "a", "b")).touchpoint(chat(day(40), "a", "c"))
        .touchpoint(chat(day(12), "d", "e")).touchpoint(chat(day(20), "a", "d"))
        .touchpoint(Touchpoint.between(TouchpointId.of("last"), day(100), Medium.FACE_TO_FACE, m("g"), m("h")))
        .build();
  }

  @Test
  void should_compare_co_attending_pairs_with_comparable_pairs() {
    EventCatalysis c = EventCatalysis.of(fixture(), Duration.ofDays(28));
    assertThat(c.anchorEvents()).isEqualTo(2);
    assertThat(c.censoredEvents()).isEqualTo(1);
    assertThat(c.exposedPairs()).isEqualTo(3);
    assertThat(c.exposedStarted()).isEqualTo(2);
    assertThat(c.comparablePairs()).isEqualTo(6);
    assertThat(c.comparableStarted()).isEqualTo(1);
    assertThat(c.exposedRate()).isEqualTo(2.0 / 3);
    assertThat(c.baselineRate()).isEqualTo(1.0 / 6);
    assertThat(c.lift()).hasValue(4.0);
    assertThat(c.rateDifference()).isEqualTo(2.0 / 3 - 1.0 / 6);
    assertThat(c).hasToString("EventCatalysis[within 28 days: 2 of 3 co-attending pairs (0.667) started online "
        + "contact vs 1 of 6 comparable pairs at events within 28 days who did not meet (0.167), lift 4.000; 2 events, "
        + "1 censored]");
  }

  @Test
  void should_count_only_contact_within_the_horizon() {
    // within 9 days: a–b (day 5) starts, d–e (day 12, two days after E2) too; a–d (day 20) no longer does
    EventCatalysis c = EventCatalysis.of(fixture(), Duration.ofDays(9));
    assertThat(c.exposedStarted()).isEqualTo(2);
    // E1's window [−9, 9] no longer holds E2: no comparable pairs for E1; E2's holds none either
    assertThat(c.comparablePairs()).isZero();
    assertThat(c.lift()).isEmpty();
    assertThat(c.toString()).contains("lift undefined");
  }

  @Test
  void should_draw_comparable_partners_reproducibly_when_there_are_more_than_asked_for() {
    EventCatalysis one = EventCatalysis.of(fixture(), Duration.ofDays(28), 1, 7);
    // E1: a, b and c each draw one of d and e (3 pairs); E2: d and e each draw one of a, b and c, new or not
    assertThat(one.comparablePairs()).isBetween(3L, 5L);
    assertThat(one.comparablePairs()).isEqualTo(COMPARABLE_WITH_ONE_DRAW);
    assertThat(one.exposedPairs()).isEqualTo(3);
    assertThat(EventCatalysis.of(fixture(), Duration.ofDays(28), 1, 7)).hasToString(one.toString());
    // with at least as many comparisons as partners, nothing is drawn: the exact count
    assertThat(EventCatalysis.of(fixture(), Duration.ofDays(28), 3, 99).comparablePairs()).isEqualTo(6);
    assertThatThrownBy(() -> EventCatalysis.of(fixture(), Duration.ofDays(28), 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("comparisons must be >= 1 but was 0");
  }

  /** What seed 7 draws: one new pair from E2 (measured, and within the bounds above). */
  static final long COMPARABLE_WITH_ONE_DRAW = 4;

  @Test
  void should_reject_a_horizon_that_is_not_positive() {
    assertThatThrownBy(() -> EventCatalysis.of(fixture(), Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("horizon must be positive but was PT0S");
  }
}
