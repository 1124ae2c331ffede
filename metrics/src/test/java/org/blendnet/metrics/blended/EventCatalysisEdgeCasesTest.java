package org.blendnet.metrics.blended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.m;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.Medium;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.metrics.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed edge cases of {@link EventCatalysis}: the size limits of events and online touchpoints,
 * event participants taken from touchpoints, online events, exclusions from the baseline, censoring by the
 * network's last record, and pairs that share a member. The horizon is 28 days throughout.
 */
class EventCatalysisEdgeCasesTest {

  private static final Duration H = Duration.ofDays(28);

  private static int serial;

  private static Event event(String id, Instant start, Medium medium, List<String> attendees) {
    Event.Builder b = Event.builder(EventId.of(id)).title(id).medium(medium).time(start, start.plusSeconds(3600));
    for (String a : attendees) {
      b.attendee(m(a));
    }
    return b.build();
  }

  private static Event meetup(String id, Instant start, String... attendees) {
    return event(id, start, Medium.EVENT, List.of(attendees));
  }

  private static Touchpoint chat(Instant at, String x, String y) {
    return Touchpoint.between(TouchpointId.of("chat" + serial++), at, Medium.CHAT, m(x), m(y));
  }

  /** An offline touchpoint: it moves the network's last record, but is no online contact. */
  private static Touchpoint lastRecord(Instant at, String x, String y) {
    return Touchpoint.between(TouchpointId.of("last" + serial++), at, Medium.FACE_TO_FACE, m(x), m(y));
  }

  private static List<String> names(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> String.format("%s%03d", prefix, i)).toList();
  }

  @Test
  void should_reject_a_negative_horizon() {
    Network n = Fixtures.members("a", "b").build();
    assertThatThrownBy(() -> EventCatalysis.of(n, Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("horizon must be positive but was PT-24H");
  }

  @Test
  void should_keep_pairs_that_share_a_member_apart() {
    // E1 on day 0: a, b, c. Online only b–c on day 5. Exposed a–b, a–c, b–c; only b–c started.
    Network n = Fixtures.members("a", "b", "c").event(meetup("E1", day(0), "a", "b", "c"))
        .touchpoint(chat(day(5), "b", "c")).touchpoint(lastRecord(day(100), "a", "b")).build();
    EventCatalysis c = EventCatalysis.of(n, H);
    assertThat(c.anchorEvents()).isEqualTo(1);
    assertThat(c.censoredEvents()).isZero();
    assertThat(c.exposedPairs()).isEqualTo(3);
    assertThat(c.exposedStarted()).isEqualTo(1);
    assertThat(c.comparablePairs()).isZero();
    assertThat(c.lift()).isEmpty();
  }

  @Test
  void should_censor_by_the_latest_record_whatever_the_order_of_the_records() {
    // the latest record (day 100) is a touchpoint listed before an earlier one, and the only event is on day 0
    Network n = Fixtures.members("a", "b").touchpoint(lastRecord(day(100), "a", "b"))
        .touchpoint(chat(day(3), "a", "b")).event(meetup("E1", day(0), "a", "b")).build();
    EventCatalysis c = EventCatalysis.of(n, H);
    assertThat(c.anchorEvents()).isEqualTo(1);
    assertThat(c.censoredEvents()).isZero();
    assertThat(c.exposedStarted()).isEqualTo(1);
    // with the last record on day 27, day 0 + 28 days is not observed
    Network early = Fixtures.members("a", "b").touchpoint(lastRecord(day(27), "a", "b"))
        .event(meetup("E1", day(0), "a", "b")).build();
    assertThat(EventCatalysis.of(early, H).anchorEvents()).isZero();
    assertThat(EventCatalysis.of(early, H).censoredEvents()).isEqualTo(1);
    // on day 28 exactly it is
    Network exact = Fixtures.members("a", "b").touchpoint(lastRecord(day(28), "a", "b"))
        .event(meetup("E1", day(0), "a", "b")).build();
    assertThat(EventCatalysis.of(exact, H).anchorEvents()).isEqualTo(1);
  }

  @Test
  void should_take_event_participants_from_the_touchpoints_that_name_it_and_skip_online_events() {
    // E1 (offline) lists only a; a touchpoint at E1 adds b. E2 is a webinar with c and d: not face to face.
    Touchpoint atE1 = Touchpoint.builder(TouchpointId.of("at-e1")).at(day(0)).medium(Medium.FACE_TO_FACE)
        .between(m("a"), m("b")).event(EventId.of("E1")).build();
    Network n = Fixtures.members("a", "b", "c", "d").event(meetup("E1", day(0), "a"))
        .event(event("E2", day(1), Medium.WEBINAR, List.of("c", "d"))).touchpoint(atE1)
        .touchpoint(chat(day(3), "a", "b")).touchpoint(chat(day(3), "c", "d"))
        .touchpoint(lastRecord(day(100), "a", "b")).build();
    EventCatalysis c = EventCatalysis.of(n, H);
    assertThat(c.anchorEvents()).isEqualTo(1);
    assertThat(c.censoredEvents()).isZero();
    assertThat(c.exposedPairs()).isEqualTo(1);
    assertThat(c.exposedStarted()).isEqualTo(1);
    assertThat(c.comparablePairs()).isZero();
  }

  @Test
  void should_count_a_pair_once_when_two_events_at_the_same_time_hold_it() {
    Network n = Fixtures.members("a", "b").event(meetup("E1", day(0), "a", "b"))
        .event(meetup("E2", day(0), "a", "b")).touchpoint(chat(day(2), "a", "b"))
        .touchpoint(lastRecord(day(100), "a", "b")).build();
    EventCatalysis c = EventCatalysis.of(n, H);
    assertThat(c.anchorEvents()).isEqualTo(2);
    assertThat(c.exposedPairs()).isEqualTo(1);
    assertThat(c.exposedStarted()).isEqualTo(1);
  }

  /**
   * E1 day 0 (a, b), E2 day 10 (c, d), E3 day 20 (a, c); online b–d on day −3 and a–d on day 15; listed out
   * of time order. Exposed: a–b, c–d, a–c, none started. Baseline at E1: partners c, d (from E2 and E3);
   * a–c meet at E3 within E1's horizon (excluded), a–d comparable and started (day 15), b–c comparable, b–d
   * had online contact before day 0 (excluded). E2 and E3 add nothing new: 2 comparable pairs, 1 started.
   */
  @Test
  void should_leave_out_of_the_baseline_pairs_who_meet_within_the_horizon_or_were_already_in_contact() {
    Network n = Fixtures.members("a", "b", "c", "d").event(meetup("E3", day(20), "a", "c"))
        .event(meetup("E1", day(0), "a", "b")).event(meetup("E2", day(10), "c", "d"))
        .touchpoint(chat(day(-3), "b", "d")).touchpoint(chat(day(15), "a", "d"))
        .touchpoint(lastRecord(day(100), "a", "b")).build();
    EventCatalysis c = EventCatalysis.of(n, H);
    assertThat(c.anchorEvents()).isEqualTo(3);
    assertThat(c.exposedPairs()).isEqualTo(3);
    assertThat(c.exposedStarted()).isZero();
    assertThat(c.comparablePairs()).isEqualTo(2);
    assertThat(c.comparableStarted()).isEqualTo(1);
    assertThat(c.exposedRate()).isZero();
    assertThat(c.baselineRate()).isEqualTo(0.5);
    assertThat(c.lift()).hasValue(0.0);
  }

  @Test
  void should_pair_with_every_partner_of_a_crowded_window() {
    // E1 day 0 (a, b); E2 day 1 with twenty others: a and b each with all twenty, 40 comparable pairs
    List<String> crowd = names("p", 20);
    List<String> all = new ArrayList<>(List.of("a", "b"));
    all.addAll(crowd);
    Network n = Fixtures.members(all.toArray(String[]::new)).event(meetup("E1", day(0), "a", "b"))
        .event(event("E2", day(1), Medium.EVENT, crowd)).touchpoint(chat(day(4), "a", "p019"))
        .touchpoint(lastRecord(day(100), "a", "b")).build();
    EventCatalysis c = EventCatalysis.of(n, H);
    assertThat(c.exposedPairs()).isEqualTo(1 + 20 * 19 / 2);
    assertThat(c.comparablePairs()).isEqualTo(40);
    assertThat(c.comparableStarted()).isEqualTo(1);
  }

  @Test
  void should_use_online_touchpoints_of_up_to_the_maximum_size() {
    List<String> people = names("p", EventCatalysis.MAX_EVENT_SIZE + 1);
    Network b = Fixtures.members(people.toArray(String[]::new))
        .event(meetup("E1", day(0), "p000", "p001")).touchpoint(lastRecord(day(100), "p000", "p001")).build();
    Network largest = b.toBuilder().touchpoint(webinar("w", day(5), people.subList(0, EventCatalysis.MAX_EVENT_SIZE)))
        .build();
    assertThat(EventCatalysis.of(largest, H).exposedStarted()).isEqualTo(1);
    Network tooLarge = b.toBuilder().touchpoint(webinar("w", day(5), people)).build();
    assertThat(EventCatalysis.of(tooLarge, H).exposedStarted()).isZero();
    assertThat(EventCatalysis.of(tooLarge, H).exposedPairs()).isEqualTo(1);
  }

  @Test
  void should_use_events_of_up_to_the_maximum_size() {
    List<String> people = names("p", EventCatalysis.MAX_EVENT_SIZE + 1);
    Network b = Fixtures.members(people.toArray(String[]::new))
        .touchpoint(lastRecord(day(100), "p000", "p001")).build();
    int max = EventCatalysis.MAX_EVENT_SIZE;
    Network largest = b.toBuilder().event(event("E", day(0), Medium.EVENT, people.subList(0, max))).build();
    EventCatalysis c = EventCatalysis.of(largest, H);
    assertThat(c.anchorEvents()).isEqualTo(1);
    assertThat(c.exposedPairs()).isEqualTo((long) max * (max - 1) / 2);
    Network tooLarge = b.toBuilder().event(event("E", day(0), Medium.EVENT, people)).build();
    assertThat(EventCatalysis.of(tooLarge, H).anchorEvents()).isZero();
    assertThat(EventCatalysis.of(tooLarge, H).censoredEvents()).isZero();
    assertThat(EventCatalysis.of(tooLarge, H).exposedPairs()).isZero();
  }

  private static Touchpoint webinar(String id, Instant at, List<String> participants) {
    List<MemberId> ids = participants.stream().map(Fixtures::m).toList();
    return Touchpoint.builder(TouchpointId.of(id)).at(at).medium(Medium.WEBINAR).participants(ids).build();
  }
}
