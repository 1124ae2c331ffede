package org.blendnet.metrics.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.testing.Theories.qt;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.forward;
import static org.blendnet.metrics.Fixtures.introduction;
import static org.blendnet.metrics.Fixtures.m;
import static org.blendnet.metrics.Fixtures.question;

import java.util.Map;
import java.util.Set;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Community;
import org.blendnet.core.CommunityId;
import org.blendnet.core.CommunityKind;
import org.blendnet.core.ConsentState;
import org.blendnet.core.Member;
import org.blendnet.core.Network;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.ReferralOutcome;
import org.blendnet.metrics.Relabel;
import org.junit.jupiter.api.Test;

class ReferralFunnelTest {

  private static Member member(String id, Affiliation a) {
    return Member.builder(m(id)).affiliation(a).build();
  }

  private static Referral resolved(Referral r, ConsentState consent, ReferralOutcome outcome) {
    return r.resolved(consent, false, outcome);
  }

  /**
   * Members and units: ana Acme/Sales, bo Acme/Sales/EMEA, cy Acme/R&amp;D, dee Acme, eve Beta/Ops.
   * Communities: c1 = {ana, bo}, c2 = {eve}. ana asks q1 in c1; eve asks q2 outside any community.
   *
   * <pre>
   * forwards        from → to     outcome    communities        units (depth 2)
   *   f1 by bo      ana → cy      ANSWERED   cy ∉ c1: crossed   Sales → R&amp;D: crossed
   *   f2 by cy      cy → dee      DECLINED   dee ∉ c1: crossed  dee too shallow: —
   *      (after f1, on behalf of ana)
   *   f3 by ana     ana → bo      EXPIRED    bo ∈ c1: no        Sales → Sales: no
   *   f4 by bo      eve → ana     ACCEPTED   q2 in none: —      Beta/Ops → Acme/Sales: crossed
   * introductions
   *   i1 by bo      ana → eve     INTRODUCED c1 vs c2: crossed  crossed
   *   i2 by bo      cy → dee      PENDING    cy in none: —      —
   *   i3 by eve     ana → bo      REVOKED    share c1: no       no
   * </pre>
   */
  private static Network network() {
    return Network.builder()
        .member(member("ana", Affiliation.of("Acme", "Sales")))
        .member(member("bo", Affiliation.of("Acme", "Sales", "EMEA")))
        .member(member("cy", Affiliation.of("Acme", "R&D")))
        .member(member("dee", Affiliation.of("Acme")))
        .member(member("eve", Affiliation.of("Beta", "Ops")))
        .community(Community.of(CommunityId.of("c1"), "One", CommunityKind.ONLINE_COMMUNITY, Set.of(m("ana"), m("bo"))))
        .community(Community.of(CommunityId.of("c2"), "Two", CommunityKind.LEARNING_GROUP, Set.of(m("eve"))))
        .question(question("q1", "ana", day(0), "c1"))
        .question(question("q2", "eve", day(0)))
        .referral(resolved(forward("f1", "q1", "bo", "ana", "cy", day(1)), ConsentState.GRANTED, ReferralOutcome.ANSWERED))
        .referral(resolved(forward("f2", "q1", "cy", "cy", "dee", day(2)).onBehalfOf(m("ana"))
            .withParent(ReferralId.of("f1")), ConsentState.DECLINED, ReferralOutcome.DECLINED))
        .referral(resolved(forward("f3", "q1", "ana", "ana", "bo", day(1)), ConsentState.REQUESTED, ReferralOutcome.EXPIRED))
        .referral(resolved(forward("f4", "q2", "bo", "eve", "ana", day(1)), ConsentState.GRANTED, ReferralOutcome.ACCEPTED))
        .referral(resolved(introduction("i1", "bo", "ana", "eve", day(3)), ConsentState.GRANTED, ReferralOutcome.INTRODUCED))
        .referral(introduction("i2", "bo", "cy", "dee", day(3)))
        .referral(resolved(introduction("i3", "eve", "ana", "bo", day(4)), ConsentState.GRANTED, ReferralOutcome.REVOKED))
        .build();
  }

  @Test
  void should_follow_forwards_through_the_funnel() {
    ReferralFunnel.Stages f = ReferralFunnel.of(network()).forwards();
    // requested 4 → accepted 2 (f4 accepted, f1 answered) → completed 1 (f1); declined 1, expired 1
    assertThat(f.requested()).isEqualTo(4);
    assertThat(f.accepted()).isEqualTo(2);
    assertThat(f.completed()).isEqualTo(1);
    assertThat(f.declined()).isEqualTo(1);
    assertThat(f.expired()).isEqualTo(1);
    assertThat(f.revoked()).isZero();
    assertThat(f.pending()).isZero();
    assertThat(f.acceptedShare()).isEqualTo(0.5);
    assertThat(f.completedShare()).isEqualTo(0.25);
    assertThat(f.declinedShare()).isEqualTo(0.25);
    assertThat(f.expiredShare()).isEqualTo(0.25);
    assertThat(f.consent()).containsExactly(Map.entry(ConsentState.NOT_REQUESTED, 0), Map.entry(ConsentState.REQUESTED, 1),
        Map.entry(ConsentState.GRANTED, 2), Map.entry(ConsentState.DECLINED, 1));
    assertThat(f.communities()).isEqualTo(new ReferralFunnel.Crossing(3, 2));
    assertThat(f.units()).isEqualTo(new ReferralFunnel.Crossing(3, 2));
    assertThat(f.communities().share()).isEqualTo(2.0 / 3);
  }

  @Test
  void should_follow_introductions_through_the_funnel() {
    ReferralFunnel.Stages i = ReferralFunnel.of(network()).introductions();
    assertThat(i.requested()).isEqualTo(3);
    assertThat(i.accepted()).isEqualTo(1);
    assertThat(i.completed()).isEqualTo(1);
    assertThat(i.pending()).isEqualTo(1);
    assertThat(i.revoked()).isEqualTo(1);
    assertThat(i.communities()).isEqualTo(new ReferralFunnel.Crossing(2, 1));
    assertThat(i.units()).isEqualTo(new ReferralFunnel.Crossing(2, 1));
  }

  @Test
  void should_measure_chains() {
    ReferralFunnel funnel = ReferralFunnel.of(network());
    // f1 → f2 is one chain of 2; f3, f4, i1, i2, i3 are chains of 1
    assertThat(funnel.chainLengths()).containsExactly(Map.entry(1, 5), Map.entry(2, 1));
    assertThat(funnel.chains()).isEqualTo(6);
    assertThat(funnel.longestChain()).isEqualTo(2);
  }

  @Test
  void should_rank_referrers_by_success() {
    // bo made f1, f4, i1, i2: 2 completed (f1, i1); the others made one each
    assertThat(ReferralFunnel.of(network()).referrers()).containsExactly(new ReferralFunnel.ReferrerSuccess(m("bo"), 4, 2));
    ReferralFunnel all = ReferralFunnel.of(network(), ReferralFunnel.Options.defaults().withMinReferrals(1));
    assertThat(all.referrers()).extracting(ReferralFunnel.ReferrerSuccess::member)
        .containsExactly(m("bo"), m("ana"), m("cy"), m("eve"));
    assertThat(all.referrers().get(0).rate()).isEqualTo(0.5);
    assertThat(all.referrers().get(0)).hasToString("bo: 2/4 (0.500)");
  }

  @Test
  void should_cut_units_at_the_chosen_depth() {
    // at depth 1 (organisation): f1 Acme → Acme no; f2 Acme → Acme no; f3 no; f4 Beta → Acme crossed
    ReferralFunnel byOrganisation = ReferralFunnel.of(network(), ReferralFunnel.Options.defaults().withUnitDepth(1));
    assertThat(byOrganisation.forwards().units()).isEqualTo(new ReferralFunnel.Crossing(4, 1));
  }

  @Test
  void should_define_the_empty_case_and_check_its_options() {
    ReferralFunnel none = ReferralFunnel.of(Network.empty());
    assertThat(none.forwards().acceptedShare()).isZero();
    assertThat(none.forwards().communities().share()).isZero();
    assertThat(none.longestChain()).isZero();
    assertThat(none.chainLengths()).isEmpty();
    assertThatThrownBy(() -> ReferralFunnel.Options.defaults().withUnitDepth(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("unitDepth must be >= 1 but was 0");
    assertThatThrownBy(() -> ReferralFunnel.Options.defaults().withMinReferrals(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("minReferrals must be >= 1 but was 0");
  }

  @Test
  void should_agree_with_the_networks_referral_chains() {
    qt(300).forAll(ReciprocityLedgerPropertiesTest.networks()).checkAssert(n -> {
      ReferralFunnel funnel = ReferralFunnel.of(n);
      java.util.SortedMap<Integer, Integer> expected = new java.util.TreeMap<>();
      Set<ReferralId> parents = new java.util.HashSet<>();
      n.referrals().forEach(r -> r.parent().ifPresent(parents::add));
      for (Referral r : n.referrals()) {
        if (!parents.contains(r.id())) {
          expected.merge(n.referralChain(r.id()).size(), 1, Integer::sum);
        }
      }
      assertThat(funnel.chainLengths()).isEqualTo(expected);
      for (ReferralFunnel.Stages s : new ReferralFunnel.Stages[] {funnel.forwards(), funnel.introductions()}) {
        assertThat(s.acceptedShare()).isBetween(0.0, 1.0);
        assertThat(s.completedShare()).isLessThanOrEqualTo(s.acceptedShare());
        assertThat(s.consent().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(s.requested());
      }
      assertThat(funnel.forwards().requested() + funnel.introductions().requested()).isEqualTo(n.referrals().size());
      ReferralFunnel relabelled = ReferralFunnel.of(Relabel.of(n).network());
      assertThat(relabelled.forwards()).isEqualTo(funnel.forwards());
      assertThat(relabelled.introductions()).isEqualTo(funnel.introductions());
      assertThat(relabelled.chainLengths()).isEqualTo(funnel.chainLengths());
    });
  }
}
