package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.core.match.MatchFixtures.ANA;
import static org.blendnet.core.match.MatchFixtures.Q1;
import static org.blendnet.core.match.MatchFixtures.SUMMER;
import static org.blendnet.core.match.MatchFixtures.WINTER;
import static org.blendnet.core.match.MatchFixtures.id;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.blendnet.core.Channel;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each core signal on hand-made pairs: exact scores (worked out in the comments) and exact words. */
class CoreSignalsTest {

  /** The score and explanation of one signal alone, for a peer request of {@code seeker}. */
  private static SignalScore peers(MatchSignal signal, Network network, MemberId seeker, MemberId candidate,
      Instant asOf) {
    Matchmaker matchmaker = Matchmaker.builder(network).signal(signal, 1).build();
    Member s = network.member(seeker).orElseThrow();
    return matchmaker.score(MatchRequest.peers(s), candidate, MatchOptions.defaults().withAsOf(asOf))
        .breakdown().get(0);
  }

  private static SignalScore peers(MatchSignal signal, MemberId seeker, MemberId candidate) {
    return peers(signal, MatchFixtures.network(), seeker, candidate, WINTER);
  }

  private static Network pair(Member a, Member b) {
    return Network.builder().member(a).member(b).build();
  }

  @Nested
  class TopicFit {

    @Test
    void should_average_level_weights_over_the_sought_topics() {
      // ana seeks negotiation and export finance; bo: expert (1) and beginner (0.25) -> (1 + 0.25) / 2
      SignalScore s = peers(CoreSignals.topicFit(), id("ana"), id("bo"));
      assertThat(s.score()).isEqualTo(0.625);
      assertThat(s.explanation()).contains("can teach you negotiation (expert) and export finance (beginner)");
    }

    @Test
    void should_count_a_topic_the_candidate_lacks_as_zero() {
      // cy: intermediate (0.5) in negotiation only -> 0.5 / 2
      SignalScore s = peers(CoreSignals.topicFit(), id("ana"), id("cy"));
      assertThat(s.score()).isEqualTo(0.25);
      assertThat(s.explanation()).contains("can teach you negotiation (intermediate)");
    }

    @Test
    void should_score_zero_without_a_word_when_nothing_sought_is_known() {
      SignalScore s = peers(CoreSignals.topicFit(), id("ana"), id("gus"));
      assertThat(s.score()).isZero();
      assertThat(s.explanation()).isEmpty();
    }

    @Test
    void should_score_zero_when_the_seeker_seeks_nothing() {
      assertThat(peers(CoreSignals.topicFit(), id("cy"), id("bo")).score()).isZero();
    }

    @Test
    void should_read_the_question_topics_when_routing() {
      Matchmaker matchmaker = Matchmaker.builder(MatchFixtures.network()).signal(CoreSignals.topicFit(), 1).build();
      Match bo = matchmaker.score(MatchRequest.answerers(Q1), id("bo"), MatchFixtures.winter());
      Match dee = matchmaker.score(MatchRequest.answerers(Q1), id("dee"), MatchFixtures.winter());
      assertThat(bo.score()).isEqualTo(1.0);
      assertThat(bo.explanation()).containsExactly("knows negotiation (expert) from the question");
      assertThat(dee.score()).isZero();
    }

    @Test
    void should_name_three_topics_best_level_first_and_count_the_rest() {
      Member seeker = Member.builder(id("s")).interest(topic("a")).interest(topic("b")).interest(topic("c"))
          .interest(topic("d")).interest(topic("e")).build();
      Member teacher = Member.builder(id("t")).expertise(topic("a"), ExpertiseLevel.BEGINNER)
          .expertise(topic("b"), ExpertiseLevel.EXPERT).expertise(topic("c"), ExpertiseLevel.ADVANCED)
          .expertise(topic("d"), ExpertiseLevel.EXPERT).expertise(topic("z"), ExpertiseLevel.EXPERT).build();
      SignalScore s = peers(CoreSignals.topicFit(), pair(seeker, teacher), id("s"), id("t"), WINTER);
      // (0.25 + 1 + 0.75 + 1 + 0) / 5
      assertThat(s.score()).isEqualTo(0.6);
      assertThat(s.explanation()).contains("can teach you b (expert), d (expert), c (advanced) and 1 more");
    }
  }

  @Nested
  class Complementarity {

    @Test
    void should_take_the_geometric_mean_of_what_each_can_teach() {
      // bo teaches ana 0.625 (topic fit); ana (pricing expert) covers bo's one interest: 1 -> sqrt(0.625)
      SignalScore s = peers(CoreSignals.complementarity(), id("ana"), id("bo"));
      assertThat(s.score()).isEqualTo(Math.sqrt(0.625));
      assertThat(s.explanation()).contains("wants to learn pricing from you in return");
    }

    @Test
    void should_score_zero_when_only_one_can_teach() {
      // cy can teach ana negotiation but wants to learn nothing
      SignalScore teachesOnly = peers(CoreSignals.complementarity(), id("ana"), id("cy"));
      // gus wants pricing from ana but teaches nothing
      SignalScore learnsOnly = peers(CoreSignals.complementarity(), id("ana"), id("gus"));
      assertThat(teachesOnly.score()).isZero();
      assertThat(teachesOnly.explanation()).isEmpty();
      assertThat(learnsOnly.score()).isZero();
    }

    @Test
    void should_weigh_the_seekers_level_in_what_the_candidate_wants() {
      Member seeker = Member.builder(id("s")).interest(topic("a")).expertise(topic("x"), ExpertiseLevel.BEGINNER)
          .build();
      Member other = Member.builder(id("o")).expertise(topic("a"), ExpertiseLevel.EXPERT).interest(topic("x"))
          .interest(topic("y")).build();
      // teaches 1; learns (0.25 + 0) / 2 = 0.125; sqrt(0.125)
      SignalScore s = peers(CoreSignals.complementarity(), pair(seeker, other), id("s"), id("o"), WINTER);
      assertThat(s.score()).isEqualTo(Math.sqrt(0.125));
      assertThat(s.explanation()).contains("wants to learn x from you in return");
    }
  }

  @Nested
  class ChannelCompatibility {

    @Test
    void should_score_one_for_the_same_preferred_channel() {
      SignalScore s = peers(CoreSignals.channelCompatibility(), id("ana"), id("bo"));
      assertThat(s.score()).isEqualTo(1.0);
      assertThat(s.explanation()).contains("prefers face to face, as you do");
    }

    @Test
    void should_score_zero_for_opposite_preferences() {
      SignalScore s = peers(CoreSignals.channelCompatibility(), id("ana"), id("cy"));
      assertThat(s.score()).isZero();
      assertThat(s.explanation()).contains("prefers online; you prefer face to face");
    }

    @Test
    void should_be_neutral_without_a_preference_on_either_side() {
      SignalScore noPreference = peers(CoreSignals.channelCompatibility(), id("ana"), id("dee"));
      assertThat(noPreference.score()).isEqualTo(0.5);
      assertThat(noPreference.explanation()).isEmpty();
      Member both = Member.builder(id("b")).prefers(Channel.ONLINE).prefers(Channel.OFFLINE).build();
      Member online = Member.builder(id("o")).prefers(Channel.ONLINE).build();
      assertThat(peers(CoreSignals.channelCompatibility(), pair(both, online), id("o"), id("b"), WINTER).score())
          .isEqualTo(0.5);
    }

    @Test
    void should_say_online_as_you_do() {
      Member a = Member.builder(id("a")).prefers(Channel.ONLINE).build();
      Member b = Member.builder(id("b")).prefers(Channel.ONLINE).build();
      assertThat(peers(CoreSignals.channelCompatibility(), pair(a, b), id("a"), id("b"), WINTER).explanation())
          .contains("prefers online, as you do");
    }
  }

  @Nested
  class TimeZoneOverlap {

    private SignalScore overlap(String seekerZone, String candidateZone, Instant at) {
      return overlap(CoreSignals.timeZoneOverlap(), ZoneId.of(seekerZone), ZoneId.of(candidateZone), at);
    }

    private SignalScore overlap(MatchSignal signal, ZoneId seekerZone, ZoneId candidateZone, Instant at) {
      Member a = Member.builder(id("a")).timeZone(seekerZone).build();
      Member b = Member.builder(id("b")).timeZone(candidateZone).build();
      return peers(signal, pair(a, b), id("a"), id("b"), at);
    }

    @Test
    void should_score_one_for_the_same_offset() {
      SignalScore s = overlap("Europe/Lisbon", "Europe/London", WINTER);
      assertThat(s.score()).isEqualTo(1.0);
      assertThat(s.explanation()).contains("keeps the same working hours as you");
    }

    @Test
    void should_share_two_and_a_half_hours_between_lisbon_and_kolkata_in_winter() {
      // 5 h 30 apart: 09:00-17:00 in Kolkata is 03:30-11:30 UTC; Lisbon 09:00-17:00 UTC -> 2 h 30 of 8 h
      SignalScore s = overlap("Europe/Lisbon", "Asia/Kolkata", WINTER);
      assertThat(s.score()).isEqualTo(0.3125);
      assertThat(s.explanation()).contains("shares 2 h 30 min of working hours with you");
    }

    @Test
    void should_follow_summer_time_at_the_as_of_instant() {
      // Lisbon on UTC+1 in July: 4 h 30 apart -> 3 h 30 of 8 h
      assertThat(overlap("Europe/Lisbon", "Asia/Kolkata", SUMMER).score()).isEqualTo(0.4375);
    }

    @Test
    void should_see_the_weeks_when_only_one_side_has_changed_its_clocks() {
      // 2026: the US springs forward on 8 March, the EU on 29 March. New York is 5 h behind Lisbon in
      // winter (3 h shared), 4 h behind between the two dates (4 h shared), 5 h again from 29 March.
      assertThat(overlap("Europe/Lisbon", "America/New_York", Instant.parse("2026-03-02T12:00:00Z")).score())
          .isEqualTo(0.375);
      assertThat(overlap("Europe/Lisbon", "America/New_York", Instant.parse("2026-03-16T12:00:00Z")).score())
          .isEqualTo(0.5);
      assertThat(overlap("Europe/Lisbon", "America/New_York", Instant.parse("2026-04-06T12:00:00Z")).score())
          .isEqualTo(0.375);
    }

    @Test
    void should_measure_the_shift_around_the_clock() {
      // UTC-12 and UTC+14 are 26 h apart, that is 2 h around the clock: 6 h of 8 shared
      SignalScore s = overlap(CoreSignals.timeZoneOverlap(), ZoneOffset.ofHours(-12), ZoneId.of("Pacific/Kiritimati"),
          WINTER);
      assertThat(s.score()).isEqualTo(0.75);
      assertThat(s.explanation()).contains("shares 6 h of working hours with you");
    }

    @Test
    void should_find_nothing_in_common_half_a_day_apart() {
      SignalScore s = overlap(CoreSignals.timeZoneOverlap(), ZoneOffset.UTC, ZoneOffset.ofHours(12), WINTER);
      assertThat(s.score()).isZero();
      assertThat(s.explanation()).contains("has no working hours in common with you");
    }

    @Test
    void should_take_working_hours_that_cross_midnight() {
      MatchSignal nights = CoreSignals.timeZoneOverlap(LocalTime.of(22, 0), LocalTime.of(6, 0));
      assertThat(overlap(nights, ZoneOffset.UTC, ZoneOffset.UTC, WINTER).score()).isEqualTo(1.0);
      // one hour apart: 7 h of 8
      assertThat(overlap(nights, ZoneOffset.UTC, ZoneOffset.ofHours(1), WINTER).score()).isEqualTo(0.875);
    }

    @Test
    void should_count_both_ends_of_working_days_longer_than_half_a_day() {
      // 07:00-21:00 (14 h), 12 h apart: 2 h at each end of the day
      MatchSignal long14 = CoreSignals.timeZoneOverlap(LocalTime.of(7, 0), LocalTime.of(21, 0));
      assertThat(overlap(long14, ZoneOffset.UTC, ZoneOffset.ofHours(12), WINTER).score()).isEqualTo(4.0 / 14);
      assertThat(org.blendnet.core.match.TimeZoneOverlap.overlap(14 * 3600, 12 * 3600)).isEqualTo(4 * 3600);
    }

    @Test
    void should_reject_empty_working_hours() {
      assertThatThrownBy(() -> CoreSignals.timeZoneOverlap(LocalTime.NOON, LocalTime.NOON))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("working hours must not be empty but were 12:00–12:00");
    }
  }

  @Nested
  class Availability {

    @Test
    void should_score_the_share_of_capacity_left() {
      LoadTracker load = LoadTracker.over(Duration.ofDays(7));
      load.record(id("bo"), WINTER.minus(Duration.ofDays(2)));
      load.record(id("bo"), WINTER.minus(Duration.ofDays(8)));
      Matchmaker matchmaker = Matchmaker.builder(MatchFixtures.network()).signal(CoreSignals.availability(), 1)
          .matchLoad(load).build();
      SignalScore s = matchmaker.score(MatchRequest.peers(ANA), id("bo"), MatchFixtures.winter()).breakdown().get(0);
      // capacity 3, one match in the last 7 days (the other is 8 days old) -> 2/3
      assertThat(s.score()).isEqualTo(2.0 / 3);
      assertThat(s.explanation()).contains("has room for 2 of 3 matches this period");
    }

    @Test
    void should_score_one_without_a_load_and_zero_without_capacity() {
      SignalScore bo = peers(CoreSignals.availability(), id("ana"), id("bo"));
      SignalScore fay = peers(CoreSignals.availability(), id("ana"), id("fay"));
      assertThat(bo.score()).isEqualTo(1.0);
      assertThat(bo.explanation()).contains("has room for 3 of 3 matches this period");
      assertThat(fay.score()).isZero();
      assertThat(fay.explanation()).contains("takes no matches");
    }

    @Test
    void should_say_when_the_room_is_used_up_or_unlimited() {
      Member busy = Member.builder(id("busy")).capacity(1).build();
      Member free = Member.builder(id("free")).capacity(Integer.MAX_VALUE).build();
      Network n = Network.builder().member(ANA).member(busy).member(free).build();
      Matchmaker matchmaker = Matchmaker.builder(n).signal(CoreSignals.availability(), 1)
          .matchLoad((member, asOf) -> 1).build();
      Match b = matchmaker.score(MatchRequest.peers(ANA), id("busy"), MatchFixtures.winter());
      Match f = matchmaker.score(MatchRequest.peers(ANA), id("free"), MatchFixtures.winter());
      assertThat(b.score()).isZero();
      assertThat(b.breakdown().get(0).explanation()).contains("has no room left this period");
      assertThat(f.score()).isCloseTo(1.0, within(1e-9));
      assertThat(f.breakdown().get(0).explanation()).contains("sets no limit on matches");
    }

    @Test
    void should_reject_a_negative_load() {
      Matchmaker matchmaker = Matchmaker.builder(MatchFixtures.network()).signal(CoreSignals.availability(), 1)
          .matchLoad((member, asOf) -> -1).build();
      assertThatThrownBy(() -> matchmaker.score(MatchRequest.peers(ANA), id("bo"), MatchFixtures.winter()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("the match load of bo was -1; a MemberLoad must return values >= 0");
    }
  }

  @Test
  void should_name_the_signals() {
    assertThat(CoreSignals.topicFit().name()).isEqualTo("topic-fit");
    assertThat(CoreSignals.complementarity().name()).isEqualTo("complementarity");
    assertThat(CoreSignals.channelCompatibility().name()).isEqualTo("channel");
    assertThat(CoreSignals.timeZoneOverlap().name()).isEqualTo("time-zone");
    assertThat(CoreSignals.availability().name()).isEqualTo("availability");
    assertThat(CoreSignals.timeZoneOverlap()).hasToString("time-zone 09:00–17:00");
  }

  private static org.blendnet.core.Topic topic(String name) {
    return org.blendnet.core.Topic.of(name);
  }
}
