package org.blendnet.graph.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Consent;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Referral;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.core.match.Match;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.MatchRequest;
import org.blendnet.core.match.MatchSignal;
import org.blendnet.core.match.Matches;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.RequestBudget;
import org.blendnet.core.match.Routing;
import org.blendnet.core.match.SignalScore;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.community.Partition;
import org.blendnet.graph.community.Leiden;
import org.blendnet.graph.path.ReferralOptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The graph signals on a hand-made network whose scores are worked out by hand below.
 *
 * <pre>
 *   ana ==2 face to face== bo --1 f2f-- dee --1 f2f-- eli --1 f2f-- fay
 *   ana ..6 online (0.5 each = 3).. cy --1 f2f-- dee
 * </pre>
 *
 * Default tie model: face to face 1, online 0.5 per touchpoint. Strengths: ana 5, bo 3, cy 4, dee 3,
 * eli 2, fay 1. Ana's walk: one step bo 2/5 = 0.4, cy 3/5 = 0.6; two steps dee 0.4·1/3 + 0.6·1/4 =
 * 0.28333. Reach max 0.6 (cy).
 */
class GraphSignalsTest {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final Topic HOPS = Topic.of("hops");
  static final Topic MALT = Topic.of("malt");

  static MemberId id(String s) {
    return MemberId.of(s);
  }

  static Network network(Consent cyConsent) {
    Network.Builder b = Network.builder();
    b.member(Member.builder(id("ana")).affiliation(Affiliation.of("Acme", "Sales")).build());
    b.member(Member.builder(id("bo")).affiliation(Affiliation.of("Acme", "Sales")).build());
    b.member(Member.builder(id("cy")).affiliation(Affiliation.of("Acme", "R&D")).consent(cyConsent).build());
    b.member(Member.builder(id("dee")).expertise(MALT, ExpertiseLevel.ADVANCED).build());
    b.member(Member.builder(id("eli")).expertise(HOPS, ExpertiseLevel.EXPERT).build());
    b.member(Member.builder(id("fay")).build());
    int[] n = {0};
    for (int i = 0; i < 2; i++) {
      b.touchpoint(tp(n, Medium.FACE_TO_FACE, "ana", "bo"));
    }
    for (int i = 0; i < 6; i++) {
      b.touchpoint(tp(n, Medium.CHAT, "ana", "cy"));
    }
    b.touchpoint(tp(n, Medium.FACE_TO_FACE, "bo", "dee"));
    b.touchpoint(tp(n, Medium.FACE_TO_FACE, "cy", "dee"));
    b.touchpoint(tp(n, Medium.FACE_TO_FACE, "dee", "eli"));
    b.touchpoint(tp(n, Medium.FACE_TO_FACE, "eli", "fay"));
    b.question(Question.of(QuestionId.of("q1"), id("ana"), "Which hops for a pale ale?", Set.of(HOPS),
        T0.plus(Duration.ofDays(30))));
    b.question(Question.of(QuestionId.of("q3"), id("ana"), "Which malt for a stout?", Set.of(MALT),
        T0.plus(Duration.ofDays(30))));
    return b.build();
  }

  static Touchpoint tp(int[] n, Medium medium, String a, String b) {
    return Touchpoint.between(TouchpointId.of("t" + n[0]++), T0.plus(Duration.ofHours(n[0])), medium, id(a), id(b));
  }

  static final Network NETWORK = network(Consent.all());
  static final SocialGraph GRAPH = SocialGraph.of(NETWORK);
  static final GraphSignals SIGNALS = GraphSignals.of(GRAPH);
  static final List<String> OTHERS = List.of("bo", "cy", "dee", "eli", "fay");

  /** Every other member's score and explanation for ana's peer request under one signal, by id. */
  static Map<String, Match> scores(MatchSignal signal) {
    Matchmaker m = Matchmaker.builder(NETWORK).signal(signal, 1).build();
    Map<String, Match> out = new TreeMap<>();
    for (String other : OTHERS) {
      out.put(other, m.score(MatchRequest.peers(NETWORK.member(id("ana")).orElseThrow()), id(other),
          MatchOptions.defaults().withAsOf(T0)));
    }
    return out;
  }

  static double score(Match m) {
    return m.breakdown().get(0).score();
  }

  static Optional<String> why(Match m) {
    return m.breakdown().get(0).explanation();
  }

  @Nested
  class Proximity {
    @Test
    void should_score_the_two_step_walk_relative_to_the_closest() {
      Map<String, Match> s = scores(SIGNALS.socialProximity());
      assertThat(score(s.get("cy"))).isCloseTo(1.0, within(1e-9));
      assertThat(score(s.get("bo"))).isCloseTo(0.4 / 0.6, within(1e-9));
      assertThat(score(s.get("dee"))).isCloseTo((0.4 / 3 + 0.6 / 4) / 0.6, within(1e-9));
      assertThat(score(s.get("eli"))).isZero();
      assertThat(score(s.get("fay"))).isZero();
    }

    @Test
    void should_explain_contact_and_common_contacts() {
      Map<String, Match> s = scores(SIGNALS.socialProximity());
      assertThat(why(s.get("cy"))).contains("you have met online 6 times");
      assertThat(why(s.get("bo"))).contains("you have met face to face twice");
      assertThat(why(s.get("dee"))).contains("you have 2 contacts in common");
      assertThat(why(s.get("eli"))).isEmpty();
    }
  }

  @Nested
  class NewTies {
    @Test
    void should_value_strangers_most_and_the_strongest_tie_not_at_all() {
      Map<String, Match> s = scores(SIGNALS.newTie());
      assertThat(score(s.get("cy"))).isZero();
      assertThat(score(s.get("bo"))).isCloseTo(1 - 2.0 / 3.0, within(1e-6));
      assertThat(score(s.get("dee"))).isEqualTo(1.0);
      assertThat(why(s.get("dee"))).contains("someone new to you");
      assertThat(why(s.get("bo"))).contains("not yet a close contact (met face to face twice)");
    }
  }

  @Nested
  class FaceToFaceTies {
    @Test
    void should_suggest_meeting_an_online_only_contact() {
      Map<String, Match> s = scores(SIGNALS.meetFaceToFace());
      assertThat(score(s.get("cy"))).isCloseTo(1 - Math.exp(-3), within(1e-6));
      assertThat(why(s.get("cy"))).contains("met online 6 times, never face to face");
      assertThat(score(s.get("bo"))).isZero();
      assertThat(score(s.get("dee"))).isZero();
    }
  }

  @Nested
  class Bridges {
    @Test
    void should_count_contacts_beyond_two_ties() {
      Map<String, Match> s = scores(SIGNALS.bridge());
      // ana's circles: bo, cy, dee. eli knows dee and fay; fay knows eli; dee knows bo, cy, eli
      assertThat(score(s.get("eli"))).isCloseTo(1 / 3.0, within(1e-12));
      assertThat(score(s.get("fay"))).isCloseTo(1 / 2.0, within(1e-12));
      assertThat(score(s.get("dee"))).isCloseTo(1 / 4.0, within(1e-12));
      assertThat(score(s.get("bo"))).isZero();
      assertThat(why(s.get("eli"))).contains("1 of their 2 contacts are outside your circles");
      assertThat(why(s.get("fay"))).contains("their one contact is outside your circles");
    }
  }

  @Nested
  class Silos {
    @Test
    void should_score_another_unit_and_say_which() {
      Map<String, Match> s = scores(SIGNALS.crossSilo());
      assertThat(score(s.get("cy"))).isEqualTo(1.0);
      assertThat(why(s.get("cy"))).contains("works in another unit (R&D)");
      assertThat(score(s.get("bo"))).isZero();
      assertThat(score(s.get("dee"))).isZero(); // no unit known, no communities given
    }

    @Test
    void should_average_unit_and_community_when_both_are_known() {
      Partition p = Leiden.withDefaults().detect(GRAPH);
      Map<String, Match> s = scores(GraphSignals.of(GRAPH, p).crossSilo());
      int ana = p.communityOf(id("ana"));
      for (String other : OTHERS) {
        double community = p.communityOf(id(other)) != ana ? 1 : 0;
        double expected = switch (other) {
          case "bo" -> community / 2;
          case "cy" -> (1 + community) / 2;
          default -> community;
        };
        assertThat(score(s.get(other))).as(other).isEqualTo(expected);
      }
    }
  }

  @Nested
  class Neighbourhood {
    @Test
    void should_propose_the_best_reached_members_up_to_the_limit() {
      Matchmaker m = Matchmaker.builder(NETWORK).signal(SIGNALS.socialProximity(), 1)
          .candidateSource(SIGNALS.neighbourhood(2)).build();
      Matches peers = m.recommendPeers(id("ana"), MatchOptions.defaults().withAsOf(T0));
      assertThat(peers.members()).containsExactly(id("cy"), id("bo"));
      assertThat(peers.candidates()).isEqualTo(2);
    }

    @Test
    void should_reject_a_limit_below_one() {
      assertThatThrownBy(() -> SIGNALS.neighbourhood(0)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("limit must be >= 1 but was 0");
    }
  }

  @Nested
  class Routing_ {
    /** Hop strengths w/√(s_u s_v): via cy 3/√20 · 1/√12 · 1/√6 = 0.0791 beats via bo 2/√15 · 1/3 · 1/√6 = 0.0703. */
    @Test
    void should_reach_an_unknown_expert_through_the_strongest_chain() {
      Matchmaker m = GraphSignals.of(GRAPH).addRoutingTo(Matchmaker.builder(NETWORK).coreSignals(), 2)
          .referralChains(SIGNALS.referralChains(ReferralOptions.defaults())).build();
      Question q = NETWORK.question(QuestionId.of("q1")).orElseThrow();
      Routing r = m.routeQuestion(q, MatchOptions.defaults().withK(1));
      assertThat(r.answerers().members()).containsExactly(id("eli"));
      assertThat(r.referrals()).hasSize(1);
      Referral first = r.referrals().get(0);
      assertThat(List.of(first.referrer(), first.from(), first.to())).containsExactly(id("ana"), id("ana"), id("cy"));
      assertThat(r.onward()).extracting(Referral::to).containsExactly(id("dee"), id("eli"));
      assertThat(r.onward()).extracting(Referral::from).containsExactly(id("cy"), id("dee"));
      assertThat(r.onward().get(0).parent()).contains(first.id());
      assertThat(r.onward().get(1).parent()).contains(r.onward().get(0).id());
      assertThat(r.onward()).allSatisfy(x -> assertThat(x.onBehalfOf()).contains(id("ana")));
    }

    @Test
    void should_pass_over_an_intermediary_whose_budget_is_spent() {
      RequestBudget budget = RequestBudget.perDay(1);
      Question q = NETWORK.question(QuestionId.of("q1")).orElseThrow();
      budget.record(id("cy"), q.askedAt().minus(Duration.ofHours(1)));
      Matchmaker m = GraphSignals.of(GRAPH).addRoutingTo(Matchmaker.builder(NETWORK).coreSignals(), 2)
          .referralChains(SIGNALS.referralChains(ReferralOptions.defaults())).requestBudget(budget).build();
      Routing r = m.routeQuestion(q, MatchOptions.defaults().withK(1));
      assertThat(r.referrals().get(0).to()).isEqualTo(id("bo"));
    }

    @Test
    void should_never_route_through_a_member_who_declined_contact() {
      Network n = network(new Consent(true, false, false));
      SocialGraph g = SocialGraph.of(n);
      Matchmaker m = GraphSignals.of(g).addRoutingTo(Matchmaker.builder(n).coreSignals(), 2)
          .referralChains(GraphSignals.of(g).referralChains(ReferralOptions.defaults())).build();
      Routing r = m.routeQuestion(n.question(QuestionId.of("q1")).orElseThrow(), MatchOptions.defaults().withK(1));
      List<MemberId> asked = new ArrayList<>();
      r.referrals().forEach(x -> asked.add(x.to()));
      r.onward().forEach(x -> asked.add(x.to()));
      assertThat(asked).doesNotContain(id("cy")).contains(id("bo"));
    }

    /** Via cy 3/√20 · 1/√12 = 0.1936 beats via bo 2/√15 · 1/√9 = 0.1721. */
    @Test
    void should_pass_a_question_through_the_strongest_common_contact_by_default() {
      Matchmaker m = GraphSignals.of(GRAPH).addRoutingTo(Matchmaker.builder(NETWORK).coreSignals(), 2).build();
      Routing r = m.routeQuestion(NETWORK.question(QuestionId.of("q3")).orElseThrow(),
          MatchOptions.defaults().withK(1));
      assertThat(r.answerers().members()).containsExactly(id("dee"));
      assertThat(r.referrals()).extracting(Referral::to).containsExactly(id("cy"));
      assertThat(r.onward()).extracting(Referral::to).containsExactly(id("dee"));
      assertThat(r.onward()).extracting(Referral::from).containsExactly(id("cy"));
    }

    @Test
    void should_ask_directly_when_no_common_contact_exists() {
      Matchmaker m = GraphSignals.of(GRAPH).addRoutingTo(Matchmaker.builder(NETWORK).coreSignals(), 2).build();
      Routing r = m.routeQuestion(NETWORK.question(QuestionId.of("q1")).orElseThrow(),
          MatchOptions.defaults().withK(1));
      assertThat(r.referrals()).extracting(Referral::to).containsExactly(id("eli"));
      assertThat(r.onward()).isEmpty();
    }

    @Test
    void should_ask_a_direct_contact_directly() {
      Matchmaker m = GraphSignals.of(GRAPH).addRoutingTo(Matchmaker.builder(NETWORK).coreSignals(), 2).build();
      Routing r = m.routeQuestion(Question.of(QuestionId.of("q2"), id("dee"), "hops?", Set.of(HOPS),
          T0.plus(Duration.ofDays(31))), MatchOptions.defaults().withK(1));
      assertThat(r.referrals()).extracting(Referral::to).containsExactly(id("eli"));
      assertThat(r.onward()).isEmpty();
    }

    @Test
    void should_rank_by_expertise_proximity_and_availability_with_a_breakdown() {
      Matchmaker m = GraphSignals.of(GRAPH).addRoutingTo(Matchmaker.builder(NETWORK).coreSignals(), 2).build();
      Routing r = m.routeQuestion(NETWORK.question(QuestionId.of("q1")).orElseThrow(), MatchOptions.defaults());
      assertThat(r.answerers().matches().get(0).breakdown()).extracting(SignalScore::signal)
          .contains("topic-fit", "availability", GraphSignals.SOCIAL_PROXIMITY);
    }
  }

  @Test
  void should_name_its_signals_and_show_the_graph() {
    assertThat(List.of(SIGNALS.socialProximity().name(), SIGNALS.newTie().name(), SIGNALS.crossSilo().name(),
        SIGNALS.meetFaceToFace().name(), SIGNALS.bridge().name(), SIGNALS.neighbourhood().name(),
        SIGNALS.referralChains().name(), SIGNALS.referralChains(ReferralOptions.defaults()).name()))
        .containsExactly("social-proximity", "new-tie", "cross-silo", "meet-face-to-face", "bridge",
            "graph-neighbourhood", "common-contacts", "referral-paths");
    assertThat(SIGNALS.toString()).startsWith("GraphSignals[SocialGraph[");
    assertThatThrownBy(() -> GraphSignals.of(null)).isInstanceOf(NullPointerException.class).hasMessage("graph");
  }
}
