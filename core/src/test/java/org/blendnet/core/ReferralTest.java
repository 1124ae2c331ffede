package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.Fixtures.T0;
import static org.blendnet.core.Fixtures.m;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReferralTest {

  private final ReferralId r1 = ReferralId.of("r1");
  private final QuestionId q1 = QuestionId.of("q1");

  private Referral referral(ReferralKind kind, String referrer, String from, String to, Optional<MemberId> onBehalfOf,
      Optional<QuestionId> question, Optional<ReferralId> parent, ConsentState consent, boolean shared,
      ReferralOutcome outcome) {
    return new Referral(r1, kind, m(referrer), m(from), m(to), onBehalfOf, question, parent, T0, consent, shared,
        outcome);
  }

  private Referral forward(String referrer, String from, String to) {
    return referral(ReferralKind.QUESTION_FORWARD, referrer, from, to, Optional.empty(), Optional.of(q1),
        Optional.empty(), ConsentState.NOT_REQUESTED, false, ReferralOutcome.PENDING);
  }

  @Test
  void should_make_a_fresh_forward_and_introduction() {
    Referral f = Referral.forward(r1, q1, m("cy"), m("ana"), m("dee"), T0);
    assertThat(f).isEqualTo(referral(ReferralKind.QUESTION_FORWARD, "cy", "ana", "dee", Optional.empty(),
        Optional.of(q1), Optional.empty(), ConsentState.NOT_REQUESTED, false, ReferralOutcome.PENDING));
    Referral i = Referral.introduction(r1, m("cy"), m("ana"), m("dee"), T0);
    assertThat(i).isEqualTo(referral(ReferralKind.INTRODUCTION, "cy", "ana", "dee", Optional.empty(),
        Optional.empty(), Optional.empty(), ConsentState.NOT_REQUESTED, false, ReferralOutcome.PENDING));
  }

  @Test
  void should_allow_the_referrer_to_be_the_one_connected() {
    assertThat(forward("ana", "ana", "bo").referrer()).isEqualTo(m("ana"));
  }

  @Test
  void should_reject_connecting_a_member_with_themselves() {
    assertThatThrownBy(() -> forward("cy", "ana", "ana")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("referral r1 connects ana with themselves");
  }

  @Test
  void should_reject_a_referrer_referring_to_themselves() {
    assertThatThrownBy(() -> forward("bo", "ana", "bo")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("referral r1: referrer bo refers to themselves");
  }

  @Test
  void should_reject_a_referral_on_behalf_of_its_own_target() {
    assertThatThrownBy(() -> forward("cy", "ana", "bo").onBehalfOf(m("bo")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("referral r1 is made on behalf of its own target bo");
  }

  @Test
  void should_reject_a_forward_without_a_question() {
    assertThatThrownBy(() -> referral(ReferralKind.QUESTION_FORWARD, "cy", "ana", "bo", Optional.empty(),
        Optional.empty(), Optional.empty(), ConsentState.NOT_REQUESTED, false, ReferralOutcome.PENDING))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("referral r1: a question forward needs a question");
  }

  @Test
  void should_allow_an_introduction_about_a_question() {
    Referral i = referral(ReferralKind.INTRODUCTION, "cy", "ana", "bo", Optional.empty(), Optional.of(q1),
        Optional.empty(), ConsentState.GRANTED, true, ReferralOutcome.INTRODUCED);
    assertThat(i.question()).contains(q1);
  }

  @ParameterizedTest
  @EnumSource(value = ConsentState.class, names = {"NOT_REQUESTED", "REQUESTED", "DECLINED"})
  void should_reject_contact_details_shared_without_granted_consent(ConsentState consent) {
    assertThatThrownBy(() -> forward("cy", "ana", "bo").resolved(consent, true, ReferralOutcome.ACCEPTED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("referral r1: contact details shared but consent is " + consent + ", not GRANTED");
  }

  @Test
  void should_allow_contact_details_shared_with_granted_consent() {
    Referral r = forward("cy", "ana", "bo").resolved(ConsentState.GRANTED, true, ReferralOutcome.ANSWERED);
    assertThat(r.contactDetailsShared()).isTrue();
    assertThat(r.consent()).isEqualTo(ConsentState.GRANTED);
    assertThat(r.outcome()).isEqualTo(ReferralOutcome.ANSWERED);
  }

  @Test
  void should_match_the_outcome_to_the_kind() {
    assertThatThrownBy(() -> Referral.introduction(r1, m("cy"), m("ana"), m("bo"), T0)
        .resolved(ConsentState.GRANTED, false, ReferralOutcome.ANSWERED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("referral r1: outcome ANSWERED needs kind QUESTION_FORWARD");
    assertThatThrownBy(() -> forward("cy", "ana", "bo").resolved(ConsentState.GRANTED, false,
        ReferralOutcome.INTRODUCED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("referral r1: outcome INTRODUCED needs kind INTRODUCTION");
  }

  @ParameterizedTest
  @EnumSource(value = ReferralOutcome.class, names = {"PENDING", "ACCEPTED", "DECLINED", "EXPIRED", "REVOKED"})
  void should_allow_the_common_outcomes_for_both_kinds(ReferralOutcome outcome) {
    assertThat(forward("cy", "ana", "bo").resolved(ConsentState.REQUESTED, false, outcome).outcome())
        .isEqualTo(outcome);
    assertThat(Referral.introduction(r1, m("cy"), m("ana"), m("bo"), T0)
        .resolved(ConsentState.REQUESTED, false, outcome).outcome()).isEqualTo(outcome);
  }

  @Test
  void should_reject_being_its_own_parent() {
    assertThatThrownBy(() -> forward("cy", "ana", "bo").withParent(r1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("referral r1 is its own parent");
  }

  @Test
  void should_set_and_clear_the_parent() {
    Referral r = forward("cy", "ana", "bo");
    Referral child = r.withParent(ReferralId.of("r0"));
    assertThat(child.parent()).contains(ReferralId.of("r0"));
    assertThat(child.withoutParent()).isEqualTo(r);
    assertThat(r.withoutParent()).isSameAs(r);
  }

  @Test
  void should_name_every_member_with_a_role() {
    Referral r = forward("cy", "ana", "bo").onBehalfOf(m("eve"));
    assertThat(r.onBehalfOf()).contains(m("eve"));
    for (String member : new String[] {"cy", "ana", "bo", "eve"}) {
      assertThat(r.names(m(member))).as(member).isTrue();
    }
    assertThat(r.names(m("zed"))).isFalse();
  }

  @Test
  void should_reject_null_members_and_parents_naming_them() {
    Referral r = forward("cy", "ana", "bo");
    assertThatNullPointerException().isThrownBy(() -> r.names(null)).withMessage("member");
    assertThatNullPointerException().isThrownBy(() -> r.onBehalfOf(null)).withMessage("member");
    assertThatNullPointerException().isThrownBy(() -> r.withParent(null)).withMessage("parent");
  }

  @Test
  void should_show_roles_but_nothing_unset() {
    assertThat(forward("cy", "ana", "bo"))
        .hasToString("Referral[id=r1, QUESTION_FORWARD, referrer=cy, ana -> bo, question=q1, "
            + "at=2026-03-02T09:00:00Z, consent=NOT_REQUESTED, outcome=PENDING]");
    Referral full = forward("cy", "cy", "bo").onBehalfOf(m("ana")).withParent(ReferralId.of("r0"))
        .resolved(ConsentState.GRANTED, true, ReferralOutcome.ANSWERED);
    assertThat(full).hasToString("Referral[id=r1, QUESTION_FORWARD, referrer=cy, cy -> bo, onBehalfOf=ana, "
        + "question=q1, parent=r0, at=2026-03-02T09:00:00Z, consent=GRANTED, contact details shared, "
        + "outcome=ANSWERED]");
  }
}
