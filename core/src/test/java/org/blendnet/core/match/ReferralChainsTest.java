package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blendnet.core.Consent;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralKind;
import org.blendnet.core.Topic;
import org.junit.jupiter.api.Test;

/** How the matchmaker turns the chains a {@link ReferralChains} gives into referral suggestions. */
class ReferralChainsTest {

  static final Topic HOPS = Topic.of("hops");
  static final Instant AT = Instant.parse("2026-05-04T10:00:00Z");
  static final MemberId ANA = MemberId.of("ana");
  static final MemberId BO = MemberId.of("bo");
  static final MemberId CY = MemberId.of("cy");
  static final MemberId DEE = MemberId.of("dee");
  static final MemberId SHY = MemberId.of("shy");
  static final MemberId EXPERT = MemberId.of("expert");

  static final Network NETWORK = Network.builder()
      .member(Member.builder(ANA).build())
      .member(Member.builder(BO).build())
      .member(Member.builder(CY).build())
      .member(Member.builder(DEE).build())
      .member(Member.builder(SHY).consent(new Consent(true, false, false)).build())
      .member(Member.builder(EXPERT).expertise(HOPS, ExpertiseLevel.EXPERT).build())
      .question(Question.of(QuestionId.of("q"), ANA, "hops?", Set.of(HOPS), AT))
      .build();

  /** Chains given by hand, per answerer. */
  static ReferralChains chains(Map<MemberId, List<List<MemberId>>> byAnswerer) {
    return new ReferralChains() {
      @Override
      public String name() {
        return "by-hand";
      }

      @Override
      public Prepared prepare(Network network) {
        return (from, to) -> byAnswerer.getOrDefault(to, List.of());
      }
    };
  }

  static Routing route(Map<MemberId, List<List<MemberId>>> chains, RequestBudget budget, MatchOptions options) {
    Matchmaker m = Matchmaker.builder(NETWORK).coreSignals().referralChains(chains(chains)).requestBudget(budget)
        .build();
    return m.routeQuestion(NETWORK.question(QuestionId.of("q")).orElseThrow(), options);
  }

  @Test
  void should_send_the_first_hop_and_keep_the_rest_as_onward_children() {
    Routing r = route(Map.of(EXPERT, List.of(List.of(ANA, BO, CY, EXPERT))), RequestBudget.unlimited(),
        MatchOptions.defaults());
    assertThat(r.referrals()).singleElement().satisfies(first -> {
      assertThat(List.of(first.referrer(), first.from(), first.to())).containsExactly(ANA, ANA, BO);
      assertThat(first.kind()).isEqualTo(ReferralKind.QUESTION_FORWARD);
      assertThat(first.id().value()).startsWith("fwd:").hasSize(4 + 32);
    });
    Referral second = r.onward().get(0);
    Referral third = r.onward().get(1);
    assertThat(List.of(second.referrer(), second.from(), second.to())).containsExactly(BO, BO, CY);
    assertThat(second.parent()).contains(r.referrals().get(0).id());
    assertThat(second.onBehalfOf()).contains(ANA);
    assertThat(List.of(third.from(), third.to())).containsExactly(CY, EXPERT);
    assertThat(third.parent()).contains(second.id());
    assertThat(r.toString()).endsWith(", referrals=1, onward=2]");
  }

  @Test
  void should_ask_directly_when_the_chains_say_the_two_are_in_contact() {
    Routing r = route(Map.of(EXPERT, List.of(List.of(ANA, BO, EXPERT), List.of(ANA, EXPERT))),
        RequestBudget.unlimited(), MatchOptions.defaults());
    assertThat(r.referrals()).extracting(Referral::to).containsExactly(EXPERT);
    assertThat(r.referrals().get(0).id()).isEqualTo(Matchmaker.referralId(QuestionId.of("q"), EXPERT));
    assertThat(r.onward()).isEmpty();
  }

  @Test
  void should_skip_chains_through_members_who_may_not_be_asked() {
    RequestBudget budget = RequestBudget.perDay(1);
    budget.record(CY, AT.minus(Duration.ofHours(2)));
    Routing r = route(Map.of(EXPERT, List.of(
            List.of(ANA, SHY, EXPERT),            // shy declined contact
            List.of(ANA, CY, EXPERT),             // cy was asked two hours ago
            List.of(ANA, BO, EXPERT),             // bo is excluded by the options
            List.of(BO, DEE, EXPERT),             // does not start at the asker
            List.of(ANA, MemberId.of("ghost"), EXPERT), // not in the network
            List.of(ANA, DEE, EXPERT))),
        budget, MatchOptions.defaults().withExcluded(Set.of(BO)));
    assertThat(r.referrals()).extracting(Referral::to).containsExactly(DEE);
  }

  @Test
  void should_fall_back_to_asking_directly_when_no_chain_is_admissible() {
    Routing r = route(Map.of(EXPERT, List.of(List.of(ANA, SHY, EXPERT))), RequestBudget.unlimited(),
        MatchOptions.defaults());
    assertThat(r.referrals()).extracting(Referral::to).containsExactly(EXPERT);
    assertThat(r.onward()).isEmpty();
  }

  @Test
  void should_reject_a_non_forward_among_the_onward_hops() {
    Matches none = Matchmaker.withCoreSignals(NETWORK).routeQuestion(ANA, Set.of(HOPS), MatchOptions.defaults())
        .answerers();
    Referral intro = Referral.introduction(org.blendnet.core.ReferralId.of("i"), BO, ANA, CY, AT);
    assertThatThrownBy(() -> new Routing(none, List.of(), List.of(intro)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("referral i is of kind INTRODUCTION, not QUESTION_FORWARD");
  }
}
