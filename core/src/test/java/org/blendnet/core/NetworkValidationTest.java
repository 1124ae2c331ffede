package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.blendnet.core.Fixtures.answer;
import static org.blendnet.core.Fixtures.forward;
import static org.blendnet.core.Fixtures.introduction;
import static org.blendnet.core.Fixtures.m;
import static org.blendnet.core.Fixtures.member;
import static org.blendnet.core.Fixtures.membersOnly;
import static org.blendnet.core.Fixtures.pair;
import static org.blendnet.core.Fixtures.question;
import static org.blendnet.core.Fixtures.sharingMember;
import static org.blendnet.core.Fixtures.t;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NetworkValidationTest {

  private static final TouchpointId T1 = TouchpointId.of("t1");
  private static final QuestionId Q1 = QuestionId.of("q1");
  private static final AnswerId A1 = AnswerId.of("a1");
  private static final ReferralId R1 = ReferralId.of("r1");
  private static final ReferralId R2 = ReferralId.of("r2");

  /** A network that breaks exactly one rule, and the violation it must report. */
  private record Example(Network.Builder network, Violation expected) {}

  private static Example example(Rule rule) {
    return switch (rule) {
      case DUPLICATE_ID -> new Example(membersOnly("ana", "bo", "ana"),
          new Violation(rule, Section.MEMBERS, 2, m("ana"), "id", "another member already has id 'ana'"));
      case UNKNOWN_MEMBER -> new Example(membersOnly("ana").touchpoint(pair("t1", 0, "ana", "zed")),
          new Violation(rule, Section.TOUCHPOINTS, 0, T1, "participants/1", "no member 'zed'"));
      case UNKNOWN_EVENT -> new Example(membersOnly("ana")
          .touchpoint(Touchpoint.builder(T1).at(t(0)).participant(m("ana")).event(EventId.of("e9")).build()),
          new Violation(rule, Section.TOUCHPOINTS, 0, T1, "event", "no event 'e9'"));
      case UNKNOWN_COMMUNITY -> new Example(membersOnly("ana").question(new Question(Q1, m("ana"), "Why?", Set.of(),
          t(0), Medium.FORUM_POST, Optional.of(CommunityId.of("c9")), QuestionStatus.OPEN)),
          new Violation(rule, Section.QUESTIONS, 0, Q1, "community", "no community 'c9'"));
      case UNKNOWN_QUESTION -> new Example(membersOnly("ana").answer(answer("a1", "q9", "ana", 0)),
          new Violation(rule, Section.ANSWERS, 0, A1, "question", "no question 'q9'"));
      case UNKNOWN_REFERRAL -> new Example(membersOnly("ana", "bo", "cy")
          .referral(introduction("r1", "ana", "bo", "cy", 0).withParent(ReferralId.of("r9"))),
          new Violation(rule, Section.REFERRALS, 0, R1, "parent", "no referral 'r9'"));
      case ANSWER_BEFORE_QUESTION -> new Example(membersOnly("ana", "bo").question(question("q1", "ana", 10))
          .answer(answer("a1", "q1", "bo", 9)),
          new Violation(rule, Section.ANSWERS, 0, A1, "answeredAt",
              "answered at 2026-03-02T09:09:00Z, before question 'q1' was asked at 2026-03-02T09:10:00Z"));
      case REFERRAL_BEFORE_QUESTION -> new Example(membersOnly("ana", "bo").question(question("q1", "ana", 10))
          .referral(forward("r1", "q1", "ana", "ana", "bo", 5)),
          new Violation(rule, Section.REFERRALS, 0, R1, "at",
              "made at 2026-03-02T09:05:00Z, before question 'q1' was asked at 2026-03-02T09:10:00Z"));
      case REFERRAL_BEFORE_PARENT -> new Example(membersOnly("ana", "bo", "cy")
          .referral(introduction("r1", "ana", "ana", "bo", 20))
          .referral(introduction("r2", "bo", "bo", "cy", 19).withParent(R1)),
          new Violation(rule, Section.REFERRALS, 1, R2, "at",
              "made at 2026-03-02T09:19:00Z, before its parent 'r1' at 2026-03-02T09:20:00Z"));
      case REFERRAL_QUESTION_MISMATCH -> new Example(membersOnly("ana", "bo", "cy")
          .question(question("q1", "ana", 0)).question(question("q2", "ana", 0))
          .referral(forward("r1", "q1", "ana", "ana", "bo", 1))
          .referral(forward("r2", "q2", "bo", "bo", "cy", 2).withParent(R1)),
          new Violation(rule, Section.REFERRALS, 1, R2, "question",
              "passes on question 'q2' but its parent 'r1' passes on 'q1'"));
      case REFERRAL_CYCLE -> new Example(membersOnly("ana", "bo", "cy")
          .referral(introduction("r1", "ana", "ana", "bo", 5).withParent(R2))
          .referral(introduction("r2", "bo", "bo", "cy", 5).withParent(R1)),
          new Violation(rule, Section.REFERRALS, 0, R1, "parent", "parents form a cycle: r1 -> r2 -> r1"));
      case CONTACT_DETAILS_WITHOUT_CONSENT -> new Example(membersOnly("ana", "bo").question(question("q1", "ana", 0))
          .referral(forward("r1", "q1", "ana", "ana", "bo", 1)
              .resolved(ConsentState.GRANTED, true, ReferralOutcome.ACCEPTED)),
          new Violation(rule, Section.REFERRALS, 0, R1, "to",
              "contact details of member 'bo' were passed on, but their consent does not allow it"));
    };
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void should_report_each_rule_with_its_section_index_id_field_and_message(Rule rule) {
    Example example = example(rule);
    NetworkValidationException e = catchThrowableOfType(NetworkValidationException.class,
        () -> example.network().build());
    assertThat(e).as("no exception for %s", rule).isNotNull();
    assertThat(e.violations()).containsExactly(example.expected());
    assertThat(e).hasMessage("1 violation in the network:\n  " + example.expected());
  }

  @Test
  void should_name_the_kind_of_record_whose_id_is_taken_twice() {
    Network.Builder b = membersOnly("ana", "bo", "ana")
        .event(Event.builder(EventId.of("e")).time(t(0), t(0)).build())
        .event(Event.builder(EventId.of("e")).time(t(1), t(1)).build())
        .community(Community.of(CommunityId.of("c"), "C", CommunityKind.OTHER, Set.of()))
        .community(Community.of(CommunityId.of("c"), "D", CommunityKind.OTHER, Set.of()))
        .touchpoint(pair("t", 0, "ana", "bo")).touchpoint(pair("t", 1, "ana", "bo"))
        .question(question("q", "ana", 0)).question(question("q", "bo", 0))
        .answer(answer("a", "q", "bo", 1)).answer(answer("a", "q", "bo", 2))
        .referral(introduction("r", "ana", "ana", "bo", 0)).referral(introduction("r", "bo", "bo", "ana", 0));
    NetworkValidationException e = catchThrowableOfType(NetworkValidationException.class, b::build);
    assertThat(e.violations()).extracting(Violation::toString).containsExactly(
        "members[2] (ana) id: DUPLICATE_ID: another member already has id 'ana'",
        "events[1] (e) id: DUPLICATE_ID: another event already has id 'e'",
        "communities[1] (c) id: DUPLICATE_ID: another community already has id 'c'",
        "touchpoints[1] (t) id: DUPLICATE_ID: another touchpoint already has id 't'",
        "questions[1] (q) id: DUPLICATE_ID: another question already has id 'q'",
        "answers[1] (a) id: DUPLICATE_ID: another answer already has id 'a'",
        "referrals[1] (r) id: DUPLICATE_ID: another referral already has id 'r'");
  }

  @Test
  void should_check_every_field_that_names_a_member() {
    Network.Builder b = membersOnly("ana", "bo")
        .event(Event.builder(EventId.of("e1")).time(t(0), t(0)).host(m("h")).attendee(m("ana")).attendee(m("at"))
            .build())
        .community(Community.of(CommunityId.of("c1"), "C", CommunityKind.OTHER, Set.of(m("ana"), m("cm"))))
        .touchpoint(Touchpoint.builder(T1).at(t(0)).participant(m("p0")).participant(m("ana")).participant(m("p2"))
            .community(CommunityId.of("c9")).build())
        .question(question("q1", "asker", 0))
        .answer(answer("a1", "q1", "resp", 1))
        .referral(forward("r1", "q1", "ref", "from", "to", 1).onBehalfOf(m("obo")));
    NetworkValidationException e = catchThrowableOfType(NetworkValidationException.class, b::build);
    assertThat(e.violations()).extracting(Violation::toString).containsExactly(
        "events[0] (e1) hosts: UNKNOWN_MEMBER: no member 'h'",
        "events[0] (e1) attendees: UNKNOWN_MEMBER: no member 'at'",
        "communities[0] (c1) members: UNKNOWN_MEMBER: no member 'cm'",
        "touchpoints[0] (t1) participants/0: UNKNOWN_MEMBER: no member 'p0'",
        "touchpoints[0] (t1) participants/2: UNKNOWN_MEMBER: no member 'p2'",
        "touchpoints[0] (t1) community: UNKNOWN_COMMUNITY: no community 'c9'",
        "questions[0] (q1) asker: UNKNOWN_MEMBER: no member 'asker'",
        "answers[0] (a1) responder: UNKNOWN_MEMBER: no member 'resp'",
        "referrals[0] (r1) referrer: UNKNOWN_MEMBER: no member 'ref'",
        "referrals[0] (r1) from: UNKNOWN_MEMBER: no member 'from'",
        "referrals[0] (r1) to: UNKNOWN_MEMBER: no member 'to'",
        "referrals[0] (r1) onBehalfOf: UNKNOWN_MEMBER: no member 'obo'");
  }

  @Test
  void should_report_every_violation_of_every_section_in_section_and_index_order() {
    // added section by section in reverse, and records out of order within sections
    Network.Builder b = Network.builder()
        .referral(forward("r2", "q9", "ana", "ana", "bo", 0))
        .referral(introduction("r1", "ana", "ana", "bo", 0).withParent(ReferralId.of("r0")))
        .answer(answer("a1", "q1", "bo", 0))
        .answer(answer("a2", "q1", "zed", 20))
        .question(question("q1", "ana", 10))
        .touchpoint(pair("t1", 0, "ana", "bo"))
        .touchpoint(pair("t2", 0, "bo", "yan"))
        .member(member("ana"))
        .member(member("bo"))
        .member(member("bo"));
    NetworkValidationException e = catchThrowableOfType(NetworkValidationException.class, b::build);
    assertThat(e.violations()).extracting(Violation::toString).containsExactly(
        "members[2] (bo) id: DUPLICATE_ID: another member already has id 'bo'",
        "touchpoints[1] (t2) participants/1: UNKNOWN_MEMBER: no member 'yan'",
        "answers[0] (a1) answeredAt: ANSWER_BEFORE_QUESTION: answered at 2026-03-02T09:00:00Z, before question 'q1'"
            + " was asked at 2026-03-02T09:10:00Z",
        "answers[1] (a2) responder: UNKNOWN_MEMBER: no member 'zed'",
        "referrals[0] (r2) question: UNKNOWN_QUESTION: no question 'q9'",
        "referrals[1] (r1) parent: UNKNOWN_REFERRAL: no referral 'r0'");
    assertThat(e.getMessage()).startsWith("6 violations in the network:\n  members[2] (bo) id: DUPLICATE_ID");
  }

  @Test
  void should_accept_an_answer_or_referral_at_the_very_instant_of_the_question_or_parent() {
    Network.Builder b = membersOnly("ana", "bo", "cy").question(question("q1", "ana", 10))
        .answer(answer("a1", "q1", "bo", 10))
        .referral(forward("r1", "q1", "ana", "ana", "bo", 10))
        .referral(forward("r2", "q1", "bo", "bo", "cy", 10).withParent(R1));
    assertThatCode(b::build).doesNotThrowAnyException();
  }

  @Test
  void should_check_the_consent_of_both_members_introduced_but_only_the_target_of_a_forward() {
    Referral intro = introduction("r1", "sam", "ana", "sue", 1)
        .resolved(ConsentState.GRANTED, true, ReferralOutcome.INTRODUCED);
    NetworkValidationException e = catchThrowableOfType(NetworkValidationException.class,
        () -> membersOnly("ana").member(sharingMember("sam")).member(sharingMember("sue")).referral(intro).build());
    assertThat(e.violations()).containsExactly(new Violation(Rule.CONTACT_DETAILS_WITHOUT_CONSENT, Section.REFERRALS,
        0, R1, "from", "contact details of member 'ana' were passed on, but their consent does not allow it"));

    Referral forward = forward("r1", "q1", "ana", "ana", "sue", 1)
        .resolved(ConsentState.GRANTED, true, ReferralOutcome.ANSWERED);
    assertThatCode(() -> membersOnly("ana").member(sharingMember("sue")).question(question("q1", "ana", 0))
        .referral(forward).build()).doesNotThrowAnyException();
  }

  @Test
  void should_report_a_three_cycle_once_at_its_first_member() {
    Network.Builder b = membersOnly("ana", "bo", "cy")
        .referral(introduction("r0", "ana", "ana", "cy", 5))
        .referral(introduction("r2", "bo", "bo", "cy", 5).withParent(ReferralId.of("r3")))
        .referral(introduction("r1", "ana", "ana", "bo", 5).withParent(ReferralId.of("r2")))
        .referral(introduction("r3", "cy", "cy", "ana", 5).withParent(ReferralId.of("r1")));
    NetworkValidationException e = catchThrowableOfType(NetworkValidationException.class, b::build);
    assertThat(e.violations()).containsExactly(new Violation(Rule.REFERRAL_CYCLE, Section.REFERRALS, 1,
        ReferralId.of("r2"), "parent", "parents form a cycle: r2 -> r3 -> r1 -> r2"));
  }

  @Test
  void should_report_a_cycle_reached_from_a_chain_but_not_the_chain() {
    Network.Builder b = membersOnly("ana", "bo", "cy")
        .referral(introduction("tail2", "ana", "ana", "cy", 5).withParent(ReferralId.of("tail1")))
        .referral(introduction("tail1", "ana", "ana", "cy", 5).withParent(R1))
        .referral(introduction("r1", "ana", "ana", "bo", 5).withParent(R2))
        .referral(introduction("r2", "bo", "bo", "cy", 5).withParent(R1))
        .referral(introduction("x1", "ana", "ana", "cy", 5).withParent(ReferralId.of("x2")))
        .referral(introduction("x2", "bo", "bo", "cy", 5).withParent(ReferralId.of("x1")));
    NetworkValidationException e = catchThrowableOfType(NetworkValidationException.class, b::build);
    assertThat(e.violations()).extracting(Violation::toString).containsExactly(
        "referrals[2] (r1) parent: REFERRAL_CYCLE: parents form a cycle: r1 -> r2 -> r1",
        "referrals[4] (x1) parent: REFERRAL_CYCLE: parents form a cycle: x1 -> x2 -> x1");
  }

  @Test
  void should_find_a_cycle_of_a_hundred_thousand_referrals_without_recursion() {
    int n = 100_000;
    Network.Builder b = membersOnly("ana", "bo", "cy");
    for (int i = 0; i < n; i++) {
      b.referral(introduction("r" + i, "ana", "bo", "cy", 0).withParent(ReferralId.of("r" + (i + 1) % n)));
    }
    NetworkValidationException e = catchThrowableOfType(NetworkValidationException.class, b::build);
    assertThat(e.violations()).hasSize(1);
    Violation v = e.violations().get(0);
    assertThat(v.rule()).isEqualTo(Rule.REFERRAL_CYCLE);
    assertThat(v.index()).isZero();
    assertThat(v.message()).isEqualTo("parents form a cycle: r0 -> r1 -> r2 -> r3 -> r4 -> r5 -> r6 -> r7 -> r8 -> "
        + "r9 -> r10 -> r11 -> r12 -> r13 -> r14 -> r15 -> r16 -> r17 -> r18 -> r19 -> …(+99980 more) -> r0");
  }

  @Test
  void should_build_nothing_but_stay_usable_after_a_failure() {
    Network.Builder b = membersOnly("ana").touchpoint(pair("t1", 0, "ana", "bo"));
    assertThat(catchThrowableOfType(NetworkValidationException.class, b::build)).isNotNull();
    Network n = b.member(member("bo")).build();
    assertThat(n.touchpoints()).hasSize(1);
    assertThat(List.of(n.members().get(1).id())).containsExactly(m("bo"));
  }
}
