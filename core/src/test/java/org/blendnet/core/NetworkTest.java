package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.Fixtures.answer;
import static org.blendnet.core.Fixtures.forward;
import static org.blendnet.core.Fixtures.introduction;
import static org.blendnet.core.Fixtures.m;
import static org.blendnet.core.Fixtures.member;
import static org.blendnet.core.Fixtures.pair;
import static org.blendnet.core.Fixtures.question;
import static org.blendnet.core.Fixtures.t;
import static org.blendnet.core.Fixtures.topic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The look-ups, equality and {@code toString} of {@link Network}, on one hand-made network. */
class NetworkTest {

  static final Member ANA = Member.builder(m("ana")).name("Ana").affiliation(Affiliation.of("Acme", "Sales", "EMEA"))
      .expertise(topic("negotiation"), ExpertiseLevel.EXPERT).expertise(topic("banking"), ExpertiseLevel.BEGINNER)
      .interest(topic("export finance")).build();
  static final Member BO = Member.builder(m("bo")).affiliation(Affiliation.of("Acme", "Sales"))
      .interest(topic("negotiation")).build();
  static final Member CY = Member.builder(m("cy")).affiliation(Affiliation.of("Acme", "R&D"))
      .expertise(topic("export finance"), ExpertiseLevel.ADVANCED).build();
  static final Member DEE = Member.builder(m("dee")).affiliation(Affiliation.of("Globex"))
      .expertise(topic("Negotiation"), ExpertiseLevel.ADVANCED).build();
  static final Member EVE = Member.builder(m("eve")).interest(topic("negotiation")).build();

  static final Event E1 = Event.builder(EventId.of("e1")).title("Kent camp").time(t(-60), t(600)).host(m("dee"))
      .attendee(m("ana")).attendee(m("bo")).build();
  static final Event E2 = Event.builder(EventId.of("e2")).medium(Medium.WEBINAR).time(t(-120), t(-90))
      .attendee(m("bo")).build();

  static final Community C1 = Community.of(CommunityId.of("c1"), "Exporters", CommunityKind.LEARNING_GROUP,
      Set.of(m("ana"), m("cy")));
  static final Community C2 = Community.of(CommunityId.of("c2"), "Sales", CommunityKind.ORGANISATIONAL_NETWORK,
      Set.of(m("ana")));

  static final Touchpoint T1 = pair("t1", 60, "ana", "bo");
  static final Touchpoint T2 = Touchpoint.builder(TouchpointId.of("t2")).at(t(0)).medium(Medium.MEETING)
      .participants(List.of(m("ana"), m("bo"), m("cy"))).build();
  static final Touchpoint T3 = Touchpoint.between(TouchpointId.of("t3"), t(120), Medium.EMAIL, m("cy"), m("dee"));
  static final Touchpoint T4 = Touchpoint.builder(TouchpointId.of("t4")).at(t(-30)).medium(Medium.EVENT)
      .participant(m("ana")).event(EventId.of("e1")).build();
  static final Touchpoint T5 = Touchpoint.builder(TouchpointId.of("t5")).at(t(60)).medium(Medium.PHONE)
      .between(m("bo"), m("ana")).initiatedBy(m("bo")).build();

  static final Question Q1 = question("q1", "ana", 0);
  static final Question Q2 = question("q2", "bo", 30);
  static final Question Q3 = question("q3", "ana", -10);

  static final Answer A1 = answer("a1", "q1", "bo", 60);
  static final Answer A2 = answer("a2", "q1", "cy", 120);
  static final Answer A3 = answer("a3", "q2", "ana", 40);

  static final Referral R1 = forward("r1", "q1", "ana", "ana", "cy", 10);
  static final Referral R2 = forward("r2", "q1", "cy", "cy", "dee", 20).onBehalfOf(m("ana"))
      .withParent(ReferralId.of("r1"));
  static final Referral R3 = forward("r3", "q1", "dee", "dee", "eve", 30).onBehalfOf(m("ana"))
      .withParent(ReferralId.of("r2"));
  static final Referral R4 = forward("r4", "q1", "bo", "ana", "eve", 15);
  static final Referral R5 = forward("r5", "q1", "cy", "cy", "bo", 25).onBehalfOf(m("ana"))
      .withParent(ReferralId.of("r1"));
  static final Referral I1 = introduction("i1", "eve", "ana", "dee", 200);

  static Network network() {
    return Network.builder()
        .members(List.of(ANA, BO, CY, DEE, EVE))
        .events(List.of(E1, E2))
        .communities(List.of(C1, C2))
        .touchpoints(List.of(T1, T2, T3, T4, T5))
        .questions(List.of(Q1, Q2, Q3))
        .answers(List.of(A2, A1, A3))
        .referrals(List.of(R3, I1, R5, R1, R4, R2))
        .build();
  }

  private final Network network = network();

  @Test
  void should_list_each_section_in_the_order_added() {
    assertThat(network.members()).containsExactly(ANA, BO, CY, DEE, EVE);
    assertThat(network.events()).containsExactly(E1, E2);
    assertThat(network.communities()).containsExactly(C1, C2);
    assertThat(network.touchpoints()).containsExactly(T1, T2, T3, T4, T5);
    assertThat(network.questions()).containsExactly(Q1, Q2, Q3);
    assertThat(network.answers()).containsExactly(A2, A1, A3);
    assertThat(network.referrals()).containsExactly(R3, I1, R5, R1, R4, R2);
  }

  @Test
  void should_find_records_by_id() {
    assertThat(network.member(m("cy"))).contains(CY);
    assertThat(network.member(m("zed"))).isEmpty();
    assertThat(network.hasMember(m("eve"))).isTrue();
    assertThat(network.hasMember(m("Eve"))).isFalse();
    assertThat(network.event(EventId.of("e2"))).contains(E2);
    assertThat(network.event(EventId.of("c1"))).isEmpty();
    assertThat(network.community(CommunityId.of("c1"))).contains(C1);
    assertThat(network.touchpoint(TouchpointId.of("t4"))).contains(T4);
    assertThat(network.question(QuestionId.of("q3"))).contains(Q3);
    assertThat(network.answer(AnswerId.of("a1"))).contains(A1);
    assertThat(network.referral(ReferralId.of("i1"))).contains(I1);
    assertThat(network.referral(ReferralId.of("r9"))).isEmpty();
  }

  @Test
  void should_list_a_members_touchpoints_in_time_order() {
    assertThat(network.touchpointsOf(m("ana"))).containsExactly(T4, T2, T1, T5);
    assertThat(network.touchpointsOf(m("bo"))).containsExactly(T2, T1, T5);
    assertThat(network.touchpointsOf(m("dee"))).containsExactly(T3);
    assertThat(network.touchpointsOf(m("eve"))).isEmpty();
  }

  @Test
  void should_list_the_touchpoints_of_a_pair_including_groups_in_either_order() {
    assertThat(network.touchpointsBetween(m("ana"), m("bo"))).containsExactly(T2, T1, T5);
    assertThat(network.touchpointsBetween(m("bo"), m("ana"))).containsExactly(T2, T1, T5);
    assertThat(network.touchpointsBetween(m("bo"), m("cy"))).containsExactly(T2);
    assertThat(network.touchpointsBetween(m("dee"), m("cy"))).containsExactly(T3);
    assertThat(network.touchpointsBetween(m("ana"), m("dee"))).isEmpty();
    assertThat(network.touchpointsBetween(m("ana"), m("eve"))).isEmpty();
  }

  @Test
  void should_refuse_a_pair_of_one_member() {
    assertThatThrownBy(() -> network.touchpointsBetween(m("ana"), m("ana")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a pair needs two different members but got ana twice");
  }

  @Test
  void should_list_answers_by_question_and_by_member_in_time_order() {
    assertThat(network.answersTo(QuestionId.of("q1"))).containsExactly(A1, A2);
    assertThat(network.answersTo(QuestionId.of("q3"))).isEmpty();
    assertThat(network.answersBy(m("ana"))).containsExactly(A3);
    assertThat(network.answersBy(m("eve"))).isEmpty();
  }

  @Test
  void should_list_the_questions_a_member_asked_in_time_order() {
    assertThat(network.questionsAskedBy(m("ana"))).containsExactly(Q3, Q1);
    assertThat(network.questionsAskedBy(m("bo"))).containsExactly(Q2);
    assertThat(network.questionsAskedBy(m("cy"))).isEmpty();
  }

  @Test
  void should_list_a_questions_referrals_chain_by_chain_depth_first() {
    // r1 (asker -> cy) -> r2 (cy -> dee) -> r3 (dee -> eve); r1 -> r5 (cy -> bo); then the later chain r4
    assertThat(network.referralsOf(QuestionId.of("q1"))).containsExactly(R1, R2, R3, R5, R4);
    assertThat(network.referralsOf(QuestionId.of("q2"))).isEmpty();
  }

  @Test
  void should_give_the_chain_that_leads_to_a_referral() {
    assertThat(network.referralChain(ReferralId.of("r3"))).containsExactly(R1, R2, R3);
    assertThat(network.referralChain(ReferralId.of("r5"))).containsExactly(R1, R5);
    assertThat(network.referralChain(ReferralId.of("r4"))).containsExactly(R4);
    assertThat(network.referralChain(ReferralId.of("i1"))).containsExactly(I1);
  }

  @Test
  void should_list_the_referrals_naming_a_member_in_any_role_once_in_time_order() {
    assertThat(network.referralsNaming(m("ana"))).containsExactly(R1, R4, R2, R5, R3, I1);
    assertThat(network.referralsNaming(m("eve"))).containsExactly(R4, R3, I1);
    assertThat(network.referralsNaming(m("bo"))).containsExactly(R4, R5);
  }

  @Test
  void should_list_the_events_a_member_hosted_or_attended_by_start() {
    assertThat(network.eventsOf(m("bo"))).containsExactly(E2, E1);
    assertThat(network.eventsOf(m("dee"))).containsExactly(E1);
    assertThat(network.eventsOf(m("eve"))).isEmpty();
  }

  @Test
  void should_list_the_communities_of_a_member_in_the_order_added() {
    assertThat(network.communitiesOf(m("ana"))).containsExactly(C1, C2);
    assertThat(network.communitiesOf(m("cy"))).containsExactly(C1);
    assertThat(network.communitiesOf(m("eve"))).isEmpty();
  }

  @Test
  void should_list_the_members_within_a_unit_at_each_level() {
    assertThat(network.membersIn(Affiliation.of("Acme"))).containsExactly(ANA, BO, CY);
    assertThat(network.membersIn(Affiliation.of("Acme", "Sales"))).containsExactly(ANA, BO);
    assertThat(network.membersIn(Affiliation.of("Acme", "Sales", "EMEA"))).containsExactly(ANA);
    assertThat(network.membersIn(Affiliation.of("Acme", "R&D"))).containsExactly(CY);
    assertThat(network.membersIn(Affiliation.of("Globex"))).containsExactly(DEE);
    assertThat(network.membersIn(Affiliation.of("Acme", "Marketing"))).isEmpty();
    assertThat(network.membersIn(Affiliation.of("Acme", "Sales", "EMEA", "North"))).isEmpty();
    assertThat(network.membersIn(Affiliation.of("acme"))).isEmpty();
    assertThat(network.membersIn(Affiliation.none())).containsExactly(ANA, BO, CY, DEE, EVE);
  }

  @Test
  void should_list_the_members_by_topic() {
    assertThat(network.membersWithExpertise(topic("Negotiation"))).containsExactly(ANA, DEE);
    assertThat(network.membersWithExpertise(topic("export finance"))).containsExactly(CY);
    assertThat(network.membersWithExpertise(topic("cooking"))).isEmpty();
    assertThat(network.membersInterestedIn(topic("negotiation"))).containsExactly(BO, EVE);
    assertThat(network.membersInterestedIn(topic("banking"))).isEmpty();
  }

  static Stream<Arguments> memberLookUps() {
    return Stream.of(
        Arguments.of("touchpointsOf", (Function<Network, ThrowingCallable>) n -> () -> n.touchpointsOf(m("zed"))),
        Arguments.of("touchpointsBetween(known, unknown)",
            (Function<Network, ThrowingCallable>) n -> () -> n.touchpointsBetween(m("ana"), m("zed"))),
        Arguments.of("touchpointsBetween(unknown, known)",
            (Function<Network, ThrowingCallable>) n -> () -> n.touchpointsBetween(m("zed"), m("ana"))),
        Arguments.of("answersBy", (Function<Network, ThrowingCallable>) n -> () -> n.answersBy(m("zed"))),
        Arguments.of("questionsAskedBy", (Function<Network, ThrowingCallable>) n -> () -> n.questionsAskedBy(m("zed"))),
        Arguments.of("referralsNaming", (Function<Network, ThrowingCallable>) n -> () -> n.referralsNaming(m("zed"))),
        Arguments.of("eventsOf", (Function<Network, ThrowingCallable>) n -> () -> n.eventsOf(m("zed"))),
        Arguments.of("communitiesOf", (Function<Network, ThrowingCallable>) n -> () -> n.communitiesOf(m("zed"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("memberLookUps")
  void should_refuse_to_look_up_an_unknown_member_naming_it(String lookUp, Function<Network, ThrowingCallable> call) {
    assertThatThrownBy(call.apply(network)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown member: zed");
  }

  @Test
  void should_refuse_to_look_up_an_unknown_question_or_referral_naming_it() {
    assertThatThrownBy(() -> network.answersTo(QuestionId.of("q9"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown question: q9");
    assertThatThrownBy(() -> network.referralsOf(QuestionId.of("q9"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown question: q9");
    assertThatThrownBy(() -> network.referralChain(ReferralId.of("r9"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown referral: r9");
  }

  @Test
  void should_return_unmodifiable_lists() {
    List<List<?>> results = List.of(network.members(), network.touchpoints(), network.referrals(),
        network.touchpointsOf(m("ana")), network.touchpointsOf(m("eve")), network.touchpointsBetween(m("ana"), m("bo")),
        network.answersTo(QuestionId.of("q1")), network.referralsOf(QuestionId.of("q1")),
        network.referralChain(ReferralId.of("r3")), network.eventsOf(m("bo")), network.communitiesOf(m("ana")),
        network.membersIn(Affiliation.of("Acme")), network.membersIn(Affiliation.none()),
        network.membersWithExpertise(topic("negotiation")));
    for (List<?> result : results) {
      assertThatThrownBy(() -> result.add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void should_equal_a_network_with_the_same_records_added_in_another_order() {
    Network.Builder reversed = Network.builder();
    List<Record> records = new ArrayList<>(org.blendnet.core.testing.Networks.records(network));
    Collections.reverse(records);
    for (Record r : records) {
      if (r instanceof Member x) {
        reversed.member(x);
      } else if (r instanceof Event x) {
        reversed.event(x);
      } else if (r instanceof Community x) {
        reversed.community(x);
      } else if (r instanceof Touchpoint x) {
        reversed.touchpoint(x);
      } else if (r instanceof Question x) {
        reversed.question(x);
      } else if (r instanceof Answer x) {
        reversed.answer(x);
      } else if (r instanceof Referral x) {
        reversed.referral(x);
      }
    }
    Network other = reversed.build();
    assertThat(other.members()).containsExactly(EVE, DEE, CY, BO, ANA);
    assertThat(other).isEqualTo(network).hasSameHashCodeAs(network);
    assertThat(network).isEqualTo(other);
  }

  @Test
  void should_not_equal_a_network_with_a_changed_or_missing_record() {
    assertThat(network.toBuilder().answer(answer("a4", "q1", "eve", 500)).build()).isNotEqualTo(network);
    Network changed = Network.builder().members(List.of(ANA, BO, CY, DEE, EVE.toBuilder().capacity(0).build()))
        .events(List.of(E1, E2)).communities(List.of(C1, C2)).touchpoints(List.of(T1, T2, T3, T4, T5))
        .questions(List.of(Q1, Q2, Q3)).answers(List.of(A2, A1, A3)).referrals(List.of(R3, I1, R5, R1, R4, R2)).build();
    assertThat(changed).isNotEqualTo(network);
    assertThat(network).isNotEqualTo(Network.empty()).isNotEqualTo(null).isNotEqualTo("network");
  }

  @Test
  void should_rebuild_to_an_equal_network_and_leave_the_original_alone() {
    assertThat(network.toBuilder().build()).isEqualTo(network);
    Network more = network.toBuilder().member(member("fay")).touchpoint(pair("t6", 5, "fay", "ana")).build();
    assertThat(more.members()).hasSize(6);
    assertThat(more.touchpointsOf(m("ana"))).containsExactly(T4, T2, more.touchpoint(TouchpointId.of("t6"))
        .orElseThrow(), T1, T5);
    assertThat(network.members()).hasSize(5);
    assertThat(network.touchpointsOf(m("ana"))).containsExactly(T4, T2, T1, T5);
  }

  @Test
  void should_show_counts_and_channels() {
    assertThat(network).hasToString("Network[members=5, touchpoints=5 (online=3, offline=2), events=2, "
        + "communities=2, questions=3, answers=3, referrals=6]");
    assertThat(Network.empty()).hasToString("Network[members=0, touchpoints=0 (online=0, offline=0), events=0, "
        + "communities=0, questions=0, answers=0, referrals=0]");
    assertThat(Network.empty()).isEqualTo(Network.builder().build());
  }

  @Test
  void should_give_every_thread_the_same_look_ups() throws Exception {
    Network fresh = network();
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Object>>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<List<Object>> task = () -> {
          start.await();
          return List.of(fresh.touchpointsOf(m("ana")), fresh.touchpointsBetween(m("ana"), m("bo")),
              fresh.referralsOf(QuestionId.of("q1")), fresh.membersIn(Affiliation.of("Acme")));
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<Object>> f : results) {
        assertThat(f.get()).containsExactly(List.of(T4, T2, T1, T5), List.of(T2, T1, T5),
            List.of(R1, R2, R3, R5, R4), List.of(ANA, BO, CY));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void should_handle_a_chain_of_a_hundred_thousand_referrals_without_recursion() {
    int n = 100_000;
    String[] ids = {"m0", "m1", "m2"};
    Network.Builder b = Fixtures.membersOnly(ids).member(member("asker")).question(question("q", "asker", 0));
    List<Referral> chain = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Referral r = forward("r" + i, "q", ids[i % 3], ids[i % 3], ids[(i + 1) % 3], i / 1000);
      chain.add(i == 0 ? r : r.withParent(ReferralId.of("r" + (i - 1))));
    }
    List<Referral> shuffled = new ArrayList<>(chain);
    Collections.shuffle(shuffled, new java.util.Random(7));
    Network network = b.referrals(shuffled).build();
    assertThat(network.referralChain(ReferralId.of("r99999"))).isEqualTo(chain);
    assertThat(network.referralsOf(QuestionId.of("q"))).isEqualTo(chain);
    assertThat(network.referralsNaming(m("m1"))).hasSize(2 * n / 3 + 1);

    // erasing m0 leaves the hops m1 -> m2 (every third one), each re-attached to the surviving hop three up
    List<Referral> expected = new ArrayList<>();
    for (int i = 1; i < n; i += 3) {
      expected.add(i == 1 ? chain.get(i).withoutParent() : chain.get(i).withParent(ReferralId.of("r" + (i - 3))));
    }
    assertThat(network.erase(m("m0")).referralChain(ReferralId.of("r99997"))).hasSize(n / 3).isEqualTo(expected);
  }
}
