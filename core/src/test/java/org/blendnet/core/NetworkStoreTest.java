package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.Fixtures.answer;
import static org.blendnet.core.Fixtures.forward;
import static org.blendnet.core.Fixtures.m;
import static org.blendnet.core.Fixtures.member;
import static org.blendnet.core.Fixtures.pair;
import static org.blendnet.core.Fixtures.question;
import static org.blendnet.core.Fixtures.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-made cases of {@link NetworkStore}: appends, rejections, batches, snapshots, erasure. */
class NetworkStoreTest {

  private static NetworkStore withMembers(String... ids) {
    NetworkStore store = NetworkStore.create();
    for (String id : ids) {
      store.append(member(id));
    }
    return store;
  }

  @Test
  void should_show_an_append_in_later_snapshots_only() {
    NetworkStore store = withMembers("ana", "bo");
    Network before = store.snapshot();

    store.append(pair("t1", 10, "ana", "bo"));
    Network after = store.snapshot();

    assertThat(before.touchpoints()).isEmpty();
    assertThat(before.touchpoint(TouchpointId.of("t1"))).isEmpty();
    assertThat(before.touchpointsOf(m("ana"))).isEmpty();
    assertThat(after.touchpoints()).containsExactly(pair("t1", 10, "ana", "bo"));
    assertThat(after.touchpointsOf(m("ana"))).containsExactly(pair("t1", 10, "ana", "bo"));
    assertThat(after.touchpointsBetween(m("bo"), m("ana"))).containsExactly(pair("t1", 10, "ana", "bo"));
  }

  @Test
  void should_give_the_same_network_as_the_builder() {
    NetworkStore store = withMembers("ana", "bo", "cy");
    store.append(pair("t1", 10, "ana", "bo"));
    store.append(question("q1", "ana", 5));
    store.append(answer("a1", "q1", "cy", 20));
    store.append(forward("r1", "q1", "bo", "ana", "cy", 15));

    Network expected = Fixtures.membersOnly("ana", "bo", "cy").touchpoint(pair("t1", 10, "ana", "bo"))
        .question(question("q1", "ana", 5)).answer(answer("a1", "q1", "cy", 20))
        .referral(forward("r1", "q1", "bo", "ana", "cy", 15)).build();
    Network snapshot = store.snapshot();
    assertThat(snapshot).isEqualTo(expected).hasSameHashCodeAs(expected);
    assertThat(snapshot.answersTo(QuestionId.of("q1"))).containsExactly(answer("a1", "q1", "cy", 20));
    assertThat(snapshot.referralsOf(QuestionId.of("q1"))).containsExactly(forward("r1", "q1", "bo", "ana", "cy", 15));
    assertThat(snapshot.questionsAskedBy(m("ana"))).containsExactly(question("q1", "ana", 5));
    assertThat(snapshot).hasToString(expected.toString());
    assertThat(store).hasToString("NetworkStore" + expected.toString().substring("Network".length()));
  }

  @Test
  void should_list_the_touchpoints_of_a_member_in_time_order_whatever_the_append_order() {
    NetworkStore store = withMembers("ana", "bo", "cy");
    store.append(pair("late", 30, "ana", "bo"));
    store.append(pair("early", 10, "cy", "ana"));
    store.append(pair("middle", 20, "ana", "bo"));
    store.append(pair("same-time-as-middle", 20, "bo", "ana"));

    Network snapshot = store.snapshot();

    assertThat(snapshot.touchpointsOf(m("ana"))).extracting(x -> x.id().value())
        .containsExactly("early", "middle", "same-time-as-middle", "late");
    assertThat(snapshot.touchpointsBetween(m("ana"), m("bo"))).extracting(x -> x.id().value())
        .containsExactly("middle", "same-time-as-middle", "late");
    assertThat(snapshot.touchpointsOf(m("cy"))).extracting(x -> x.id().value()).containsExactly("early");
  }

  @Test
  void should_reject_a_touchpoint_with_an_unknown_member_and_change_nothing() {
    NetworkStore store = withMembers("ana", "bo");
    store.append(pair("t1", 10, "ana", "bo"));
    Network before = store.snapshot();

    assertThatThrownBy(() -> store.append(pair("t2", 11, "ana", "zed")))
        .isInstanceOfSatisfying(NetworkValidationException.class, e -> assertThat(e.violations()).containsExactly(
            new Violation(Rule.UNKNOWN_MEMBER, Section.TOUCHPOINTS, 1, TouchpointId.of("t2"), "participants/1",
                "no member 'zed'")));

    assertThat(store.snapshot()).isSameAs(before);
    store.append(pair("t2", 11, "ana", "bo"));
    assertThat(store.snapshot().touchpoints()).extracting(x -> x.id().value()).containsExactly("t1", "t2");
  }

  @Test
  void should_reject_a_duplicate_id_at_the_position_it_would_have_had() {
    NetworkStore store = withMembers("ana", "bo");

    assertThatThrownBy(() -> store.append(member("bo")))
        .isInstanceOfSatisfying(NetworkValidationException.class, e -> assertThat(e.violations()).containsExactly(
            new Violation(Rule.DUPLICATE_ID, Section.MEMBERS, 2, m("bo"), "id",
                "another member already has id 'bo'")));
  }

  @Test
  void should_reject_an_answer_before_its_question_and_an_unknown_question() {
    NetworkStore store = withMembers("ana", "bo");
    store.append(question("q1", "ana", 30));

    assertThatThrownBy(() -> store.append(answer("a1", "q1", "bo", 10)))
        .isInstanceOfSatisfying(NetworkValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::rule).containsExactly(Rule.ANSWER_BEFORE_QUESTION));
    assertThatThrownBy(() -> store.append(answer("a1", "q9", "bo", 40)))
        .isInstanceOfSatisfying(NetworkValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::rule).containsExactly(Rule.UNKNOWN_QUESTION));
    assertThat(store.snapshot().answers()).isEmpty();
  }

  @Test
  void should_reject_contact_details_passed_on_without_consent() {
    NetworkStore store = withMembers("ana", "bo", "cy");
    store.append(question("q1", "ana", 0));
    Referral shared = forward("r1", "q1", "bo", "ana", "cy", 10)
        .resolved(ConsentState.GRANTED, true, ReferralOutcome.ANSWERED);

    assertThatThrownBy(() -> store.append(shared))
        .isInstanceOfSatisfying(NetworkValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::rule, Violation::field)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.CONTACT_DETAILS_WITHOUT_CONSENT, "to")));
    assertThat(store.snapshot().referrals()).isEmpty();
  }

  @Test
  void should_append_a_batch_whose_records_refer_to_each_other_in_any_order() {
    NetworkStore store = withMembers("ana");

    store.append(NetworkStore.batch()
        .referral(forward("r2", "q1", "bo", "cy", "ana", 12).withParent(ReferralId.of("r1")))
        .answer(answer("a1", "q1", "bo", 20))
        .touchpoint(pair("t1", 5, "ana", "bo"))
        .referral(forward("r1", "q1", "ana", "ana", "cy", 11))
        .question(question("q1", "ana", 10))
        .members(List.of(member("bo"), member("cy"))));

    Network snapshot = store.snapshot();
    assertThat(snapshot.members()).extracting(x -> x.id().value()).containsExactly("ana", "bo", "cy");
    assertThat(snapshot.referralChain(ReferralId.of("r2"))).extracting(x -> x.id().value()).containsExactly("r1", "r2");
    assertThat(snapshot.touchpointsOf(m("bo"))).extracting(x -> x.id().value()).containsExactly("t1");
  }

  @Test
  void should_reject_a_whole_batch_for_one_bad_record_and_list_every_violation() {
    NetworkStore store = withMembers("ana");
    Network before = store.snapshot();
    NetworkStore.Batch batch = NetworkStore.batch()
        .member(member("bo"))
        .touchpoint(pair("t1", 5, "ana", "bo"))
        .touchpoint(pair("t2", 6, "ana", "zed"))
        .touchpoint(pair("t1", 7, "bo", "ana"))
        .referral(forward("r1", "q1", "ana", "ana", "bo", 11).withParent(ReferralId.of("r2")))
        .referral(forward("r2", "q1", "bo", "bo", "ana", 11).withParent(ReferralId.of("r1")))
        .question(question("q1", "ana", 10));

    assertThatThrownBy(() -> store.append(batch))
        .isInstanceOfSatisfying(NetworkValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.section() + "[" + v.index() + "] " + v.rule())
            .containsExactly("TOUCHPOINTS[1] UNKNOWN_MEMBER", "TOUCHPOINTS[2] DUPLICATE_ID",
                "REFERRALS[0] REFERRAL_CYCLE"));

    assertThat(store.snapshot()).isSameAs(before);
    assertThat(store.snapshot().hasMember(m("bo"))).isFalse();
    assertThat(batch).hasToString("Batch[members=1, touchpoints=3, questions=1, referrals=2]");
  }

  @Test
  void should_report_the_same_violations_as_the_builder() {
    NetworkStore store = withMembers("ana", "bo");
    store.append(pair("t1", 1, "ana", "bo"));
    List<Touchpoint> bad = List.of(pair("t2", 2, "ana", "x"), pair("t1", 3, "bo", "ana"), pair("t3", 4, "y", "z"));

    NetworkValidationException fromStore = catchValidation(() -> store.append(NetworkStore.batch().touchpoints(bad)));
    NetworkValidationException fromBuilder = catchValidation(() -> store.snapshot().toBuilder().touchpoints(bad).build());

    assertThat(fromStore.violations()).isEqualTo(fromBuilder.violations()).hasSize(4);
    assertThat(fromStore).hasMessage(fromBuilder.getMessage());
  }

  private static NetworkValidationException catchValidation(Runnable action) {
    try {
      action.run();
    } catch (NetworkValidationException e) {
      return e;
    }
    throw new AssertionError("expected a NetworkValidationException");
  }

  @Test
  void should_erase_a_member_from_later_snapshots_and_keep_appending() {
    NetworkStore store = withMembers("ana", "bo", "cy");
    store.append(pair("t1", 1, "ana", "bo"));
    store.append(pair("t2", 2, "bo", "cy"));
    store.append(question("q1", "bo", 3));
    Network before = store.snapshot();

    assertThat(store.erase(m("bo"))).isTrue();
    assertThat(store.erase(m("bo"))).isFalse();

    Network after = store.snapshot();
    assertThat(after).isEqualTo(before.erase(m("bo")));
    assertThat(after.hasMember(m("bo"))).isFalse();
    assertThat(after.touchpoints()).isEmpty();
    assertThat(after.questions()).isEmpty();
    assertThat(before.hasMember(m("bo"))).as("a snapshot taken before keeps what it holds").isTrue();

    store.append(pair("t3", 4, "ana", "cy"));
    assertThatThrownBy(() -> store.append(pair("t4", 5, "ana", "bo"))).isInstanceOf(NetworkValidationException.class);
    assertThat(store.snapshot().touchpointsOf(m("cy"))).extracting(x -> x.id().value()).containsExactly("t3");
    assertThat(store.snapshot().touchpointsOf(m("ana"))).extracting(x -> x.id().value()).containsExactly("t3");
  }

  @Test
  void should_start_from_a_network_and_keep_its_records_in_order() {
    Network initial = NetworkTest.network();
    NetworkStore store = NetworkStore.of(initial);

    Network snapshot = store.snapshot();
    assertThat(snapshot).isEqualTo(initial);
    assertThat(snapshot.touchpoints()).isEqualTo(initial.touchpoints());
    for (Member member : initial.members()) {
      assertThat(snapshot.touchpointsOf(member.id())).isEqualTo(initial.touchpointsOf(member.id()));
      assertThat(snapshot.referralsNaming(member.id())).isEqualTo(initial.referralsNaming(member.id()));
      assertThat(snapshot.eventsOf(member.id())).isEqualTo(initial.eventsOf(member.id()));
    }
  }

  @Test
  void should_answer_group_and_attendance_touchpoints_by_member_and_pair() {
    NetworkStore store = withMembers("ana", "bo", "cy");
    store.append(Event.builder(EventId.of("e1")).title("Camp").medium(Medium.WORKSHOP).time(t(0), t(60))
        .build());
    Touchpoint group = Touchpoint.builder(TouchpointId.of("g1")).at(t(5)).medium(Medium.MEETING)
        .participants(List.of(m("ana"), m("bo"), m("cy"))).build();
    Touchpoint attendance = new Touchpoint(TouchpointId.of("att"), t(1), Medium.WORKSHOP, List.of(m("cy")),
        Optional.empty(), Optional.of(EventId.of("e1")), Optional.empty(), Set.of(), 1.0);
    store.append(NetworkStore.batch().touchpoint(group).touchpoint(attendance));

    Network snapshot = store.snapshot();
    assertThat(snapshot.touchpointsOf(m("cy"))).containsExactly(attendance, group);
    assertThat(snapshot.touchpointsBetween(m("bo"), m("cy"))).containsExactly(group);
    assertThatThrownBy(() -> snapshot.touchpointsOf(m("zed"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown member: zed");
  }

  @Test
  void should_share_storage_between_snapshots_without_mixing_them() {
    NetworkStore store = withMembers("ana", "bo");
    List<Network> snapshots = new ArrayList<>();
    int n = 3 * RecordLog.CHUNK + 17;
    for (int i = 0; i < n; i++) {
      store.append(pair("t" + i, i, i % 2 == 0 ? "ana" : "bo", i % 2 == 0 ? "bo" : "ana"));
      if (i % 500 == 0) {
        snapshots.add(store.snapshot());
      }
    }

    for (Network s : snapshots) {
      int size = s.touchpoints().size();
      assertThat(s.touchpoints()).extracting(x -> x.id().value())
          .containsExactlyElementsOf(java.util.stream.IntStream.range(0, size).mapToObj(i -> "t" + i).toList());
      assertThat(s.touchpoint(TouchpointId.of("t" + size))).isEmpty();
      assertThat(s.touchpoint(TouchpointId.of("t" + (size - 1)))).isPresent();
      assertThat(s.touchpointsOf(m("ana"))).hasSize(size);
    }
    assertThat(store.snapshot().touchpoints()).hasSize(n);
  }

  @Test
  void should_keep_snapshot_lists_unmodifiable() {
    NetworkStore store = withMembers("ana", "bo");
    store.append(pair("t1", 1, "ana", "bo"));
    Network snapshot = store.snapshot();

    assertThatThrownBy(() -> snapshot.touchpoints().add(pair("t2", 2, "ana", "bo")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> snapshot.touchpointsOf(m("ana")).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> snapshot.members().remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }
}
