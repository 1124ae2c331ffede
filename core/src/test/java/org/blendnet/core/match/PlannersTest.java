package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.core.match.MatchFixtures.ANA;
import static org.blendnet.core.match.MatchFixtures.NEGOTIATION;
import static org.blendnet.core.match.MatchFixtures.PRICING;
import static org.blendnet.core.match.MatchFixtures.Q1;
import static org.blendnet.core.match.MatchFixtures.WINTER;
import static org.blendnet.core.match.MatchFixtures.id;
import static org.blendnet.core.match.MatchFixtures.winter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.blendnet.core.Answer;
import org.blendnet.core.AnswerId;
import org.blendnet.core.ConsentState;
import org.blendnet.core.Network;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.ReferralKind;
import org.blendnet.core.ReferralOutcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Peer recommendations and question routing on the hand-made network of {@link MatchFixtures}, with the
 * core signals at their default weights (topic fit 3, complementarity 2, channel 1, time zone 1,
 * availability 1; the sum is 8).
 */
class PlannersTest {

  private static final Matchmaker MATCHMAKER = Matchmaker.withCoreSignals(MatchFixtures.network());

  @Nested
  class PeerRecommendations {

    private final Matches peers = MATCHMAKER.recommendPeers(id("ana"), winter());

    @Test
    void should_rank_the_candidates_by_the_weighted_mean_of_their_signals() {
      // bo:  topic fit (1 + 0.25)/2, complementarity sqrt(0.625 * 1), same channel, same hours, free
      // dee: topic fit 0.75/2, complementarity sqrt(0.375 * 1), no channel preference, 3 h of 8, free
      // gus: nothing to teach (wants pricing: a candidate through the interest index), channel, hours, free
      // ivy: topic fit 0.25/2, no preference, same hours (UTC), free
      // cy:  topic fit 0.5/2, online against offline, 2 h 30 of 8, free
      assertThat(peers.members()).containsExactly(id("bo"), id("dee"), id("gus"), id("ivy"), id("cy"));
      assertThat(scores(peers)).containsExactly(
          (3 * 0.625 + 2 * Math.sqrt(0.625) + 1 + 1 + 1) / 8,
          (3 * 0.375 + 2 * Math.sqrt(0.375) + 0.5 + 0.375 + 1) / 8,
          3.0 / 8,
          (3 * 0.125 + 0.5 + 1 + 1) / 8,
          (3 * 0.25 + 0.3125 + 1) / 8);
    }

    @Test
    void should_never_return_those_who_declined_or_have_no_room() {
      // eve knows negotiation but is not recommendable; fay knows it but takes no matches; hal shares no topic
      assertThat(peers.members()).doesNotContain(id("eve"), id("fay"), id("hal"), id("ana"));
      assertThat(peers.candidates()).isEqualTo(7);
      assertThat(peers.capped()).isFalse();
    }

    @Test
    void should_explain_each_match_largest_contribution_first() {
      Match bo = peers.matches().get(0);
      assertThat(bo.explanation()).containsExactly(
          "can teach you negotiation (expert) and export finance (beginner)",
          "wants to learn pricing from you in return",
          "prefers face to face, as you do",
          "keeps the same working hours as you",
          "has room for 3 of 3 matches this period");
      Match cy = peers.matches().get(4);
      // contributions: availability 1/8, topic fit 0.75/8, time zone 0.3125/8; channel scored 0
      assertThat(cy.explanation()).containsExactly(
          "has room for 1 of 1 match this period",
          "can teach you negotiation (intermediate)",
          "shares 2 h 30 min of working hours with you");
      assertThat(cy.breakdown().get(2).explanation()).contains("prefers online; you prefer face to face");
    }

    @Test
    void should_break_each_score_down_by_signal() {
      Match bo = peers.matches().get(0);
      assertThat(bo.breakdown()).extracting(SignalScore::signal)
          .containsExactly("topic-fit", "complementarity", "channel", "time-zone", "availability");
      assertThat(bo.breakdown()).extracting(SignalScore::weight).containsExactly(3.0, 2.0, 1.0, 1.0, 1.0);
      assertThat(bo.breakdown().get(0).contribution()).isEqualTo(3 * 0.625 / 8);
      assertThat(bo.breakdown().stream().mapToDouble(SignalScore::contribution).sum())
          .isCloseTo(bo.score(), within(1e-12));
      assertThat(bo.scoreOf("complementarity")).hasValue(Math.sqrt(0.625));
      assertThat(bo.scoreOf("nothing")).isEmpty();
    }

    @Test
    void should_show_ids_and_numbers() {
      assertThat(peers).hasToString("Matches[PEERS for ana as of 2026-01-15T12:00:00Z: 5 of 7 candidates: "
          + "bo 0.807, dee 0.528, gus 0.375, ivy 0.359, cy 0.258]");
      assertThat(peers.matches().get(4)).hasToString("Match[cy 0.258: topic-fit=0.250×3, complementarity=0.000×2, "
          + "channel=0.000×1, time-zone=0.313×1, availability=1.000×1]");
    }

    @Test
    void should_leave_out_members_at_capacity() {
      LoadTracker matches = LoadTracker.over(Duration.ofDays(7));
      for (int i = 0; i < 3; i++) {
        matches.record(id("bo"), WINTER.minus(Duration.ofHours(i + 1)));
      }
      matches.record(id("dee"), WINTER.minus(Duration.ofHours(1)));
      Matchmaker loaded = Matchmaker.builder(MatchFixtures.network()).coreSignals().matchLoad(matches).build();
      Matches result = loaded.recommendPeers(id("ana"), winter());
      assertThat(result.members()).containsExactly(id("dee"), id("gus"), id("ivy"), id("cy"));
      // dee has 1 of 2 matches left: availability 0.5
      assertThat(result.matches().get(0).scoreOf("availability")).hasValue(0.5);
    }

    @Test
    void should_apply_the_options() {
      MatchOptions options = winter().withK(2).withExcluded(Set.of(id("bo"))).withBlocked(
          Set.of(MemberPair.of(id("gus"), id("ana"))));
      assertThat(MATCHMAKER.recommendPeers(id("ana"), options).members()).containsExactly(id("dee"), id("ivy"));
      MatchOptions undecided = winter().withFilter(m -> m.preferredChannels().isEmpty());
      assertThat(MATCHMAKER.recommendPeers(id("ana"), undecided).members()).containsExactly(id("dee"), id("ivy"));
    }

    @Test
    void should_reject_an_unknown_seeker() {
      assertThatThrownBy(() -> MATCHMAKER.recommendPeers(id("zed"), winter()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Unknown member: zed");
    }

    @Test
    void should_recommend_nobody_to_a_member_who_seeks_and_offers_nothing() {
      Network n = MatchFixtures.network().toBuilder()
          .member(org.blendnet.core.Member.of(id("new"), "New")).build();
      Matches none = Matchmaker.withCoreSignals(n).recommendPeers(id("new"), winter());
      assertThat(none.matches()).isEmpty();
      assertThat(none.candidates()).isZero();
      assertThat(none).hasToString("Matches[PEERS for new as of 2026-01-15T12:00:00Z: 0 of 0 candidates]");
    }
  }

  @Nested
  class QuestionRouting {

    @Test
    void should_rank_answerers_by_expertise_on_the_question_and_availability() {
      Routing routing = MATCHMAKER.routeQuestion(Q1, MatchOptions.defaults());
      // bo: expert (1), ana teaches him pricing (complementarity 1), same channel and hours, free: 8/8
      // fay: advanced (0.75), no channel preference, same hours, but no capacity: (2.25 + 0.5 + 1) / 8
      // cy: intermediate (0.5), online, 2 h 30 of 8, free: (1.5 + 0.3125 + 1) / 8
      // eve is not recommendable and ivy not contactable: neither is asked
      assertThat(routing.answerers().members()).containsExactly(id("bo"), id("fay"), id("cy"));
      assertThat(scores(routing.answerers())).containsExactly(1.0, 3.75 / 8, 2.8125 / 8);
      assertThat(routing.answerers().asOf()).isEqualTo(Q1.askedAt());
      assertThat(routing.answerers().matches().get(0).explanation().get(0))
          .isEqualTo("knows negotiation (expert) from the question");
    }

    @Test
    void should_suggest_a_forward_per_answerer_without_consent_yet() {
      Routing routing = MATCHMAKER.routeQuestion(Q1, MatchOptions.defaults().withK(2));
      assertThat(routing.referrals()).containsExactly(
          Referral.forward(ReferralId.of("fwd:2:q1:bo"), Q1.id(), id("ana"), id("ana"), id("bo"), WINTER),
          Referral.forward(ReferralId.of("fwd:2:q1:fay"), Q1.id(), id("ana"), id("ana"), id("fay"), WINTER));
      Referral first = routing.referrals().get(0);
      assertThat(first.kind()).isEqualTo(ReferralKind.QUESTION_FORWARD);
      assertThat(first.consent()).isEqualTo(ConsentState.NOT_REQUESTED);
      assertThat(first.contactDetailsShared()).isFalse();
      assertThat(first.outcome()).isEqualTo(ReferralOutcome.PENDING);
      // the suggestions are valid records of the network
      Network withReferrals = MatchFixtures.networkWithQuestion().toBuilder().referrals(routing.referrals()).build();
      assertThat(withReferrals.referralsOf(Q1.id())).hasSize(2);
      assertThat(routing).hasToString("Routing[Matches[ANSWERERS for ana (question q1) as of 2026-01-15T12:00:00Z: "
          + "2 of 5 candidates: bo 1.000, fay 0.469], referrals=2]");
    }

    @Test
    void should_respect_the_request_budget() {
      RequestBudget budget = RequestBudget.perDay(1);
      Matchmaker limited = Matchmaker.builder(MatchFixtures.network()).coreSignals().requestBudget(budget).build();
      budget.record(id("bo"), WINTER.minus(Duration.ofHours(25)));
      assertThat(limited.routeQuestion(Q1, MatchOptions.defaults()).answerers().members())
          .containsExactly(id("bo"), id("fay"), id("cy"));
      budget.record(id("bo"), WINTER.minus(Duration.ofHours(1)));
      assertThat(limited.routeQuestion(Q1, MatchOptions.defaults()).answerers().members())
          .containsExactly(id("fay"), id("cy"));
      // routing never records by itself
      assertThat(budget.used(id("fay"), WINTER)).isZero();
      // the budget does not limit peer recommendations
      assertThat(limited.recommendPeers(id("ana"), winter()).members()).contains(id("bo"));
    }

    @Test
    void should_not_ask_again_those_who_answered_or_were_already_asked() {
      Network n = MatchFixtures.networkWithQuestion().toBuilder()
          .answer(Answer.of(AnswerId.of("a1"), Q1.id(), id("bo"), WINTER.plusSeconds(60)))
          .referral(Referral.forward(ReferralId.of("r1"), Q1.id(), id("ana"), id("ana"), id("fay"), WINTER))
          .build();
      Routing routing = Matchmaker.withCoreSignals(n).routeQuestion(Q1, MatchOptions.defaults());
      assertThat(routing.answerers().members()).containsExactly(id("cy"));
    }

    @Test
    void should_route_topics_of_a_question_not_yet_asked_without_referrals() {
      Routing routing = MATCHMAKER.routeQuestion(id("ana"), Set.of(NEGOTIATION), winter());
      assertThat(routing.answerers().members()).containsExactly(id("bo"), id("fay"), id("cy"));
      assertThat(routing.answerers().request().question()).isEmpty();
      assertThat(routing.referrals()).isEmpty();
    }

    @Test
    void should_date_referrals_no_earlier_than_the_question() {
      Instant before = WINTER.minus(Duration.ofDays(1));
      Routing routing = MATCHMAKER.routeQuestion(Q1, MatchOptions.defaults().withK(1).withAsOf(before));
      assertThat(routing.answerers().asOf()).isEqualTo(before);
      assertThat(routing.referrals().get(0).at()).isEqualTo(WINTER);
    }

    @Test
    void should_hash_referral_ids_that_would_be_too_long() {
      org.blendnet.core.QuestionId longQuestion = org.blendnet.core.QuestionId.of("q".repeat(200));
      ReferralId id = Matchmaker.referralId(longQuestion, id("m".repeat(60)));
      assertThat(id.value()).matches("fwd:[0-9a-f]{32}");
      assertThat(Matchmaker.referralId(longQuestion, id("m".repeat(60)))).isEqualTo(id);
      assertThat(Matchmaker.referralId(longQuestion, id("m".repeat(61)))).isNotEqualTo(id);
      // the length prefix keeps ids apart that would otherwise read the same
      assertThat(Matchmaker.referralId(org.blendnet.core.QuestionId.of("a:b"), id("c")))
          .isNotEqualTo(Matchmaker.referralId(org.blendnet.core.QuestionId.of("a"), id("b:c")));
    }

    @Test
    void should_not_route_to_anyone_for_an_unknown_topic() {
      Routing routing = MATCHMAKER.routeQuestion(id("ana"), Set.of(org.blendnet.core.Topic.of("astrophysics")),
          winter());
      assertThat(routing.answerers().matches()).isEmpty();
    }

    @Test
    void should_reject_an_unknown_asker() {
      assertThatThrownBy(() -> MATCHMAKER.routeQuestion(id("zed"), Set.of(PRICING), winter()))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown member: zed");
      org.blendnet.core.Question q = org.blendnet.core.Question.of(org.blendnet.core.QuestionId.of("q9"), id("zed"),
          "?", Set.of(PRICING), WINTER);
      assertThatThrownBy(() -> MATCHMAKER.routeQuestion(q, MatchOptions.defaults()))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown member: zed");
    }
  }

  @Test
  void should_use_the_clock_when_the_options_give_no_instant() {
    java.time.Clock clock = java.time.Clock.fixed(WINTER, java.time.ZoneOffset.UTC);
    Matchmaker clocked = Matchmaker.builder(MatchFixtures.network()).coreSignals().clock(clock).build();
    Matches peers = clocked.recommendPeers(id("ana"), MatchOptions.defaults());
    assertThat(peers.asOf()).isEqualTo(WINTER);
    assertThat(peers).isEqualTo(MATCHMAKER.recommendPeers(id("ana"), winter()));
    assertThat(peers.request()).isEqualTo(MatchRequest.peers(ANA));
  }

  private static List<Double> scores(Matches matches) {
    return matches.matches().stream().map(Match::score).toList();
  }
}
