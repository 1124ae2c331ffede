package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blendnet.core.Fixtures.answer;
import static org.blendnet.core.Fixtures.forward;
import static org.blendnet.core.Fixtures.introduction;
import static org.blendnet.core.Fixtures.m;
import static org.blendnet.core.Fixtures.member;
import static org.blendnet.core.Fixtures.pair;
import static org.blendnet.core.Fixtures.question;
import static org.blendnet.core.Fixtures.t;
import static org.blendnet.core.Fixtures.topic;
import static org.blendnet.core.testing.Theories.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.blendnet.core.testing.Networks;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** {@link Network#erase(MemberId)}: one hand-made network for every rule, and properties over generated ones. */
class NetworkEraseTest {

  private static final EventId E1 = EventId.of("e1");
  private static final CommunityId C1 = CommunityId.of("c1");

  private static ReferralId r(String id) {
    return ReferralId.of(id);
  }

  private static Touchpoint group(String id, int minute, List<String> participants, Optional<String> initiator,
      Optional<EventId> event, Optional<CommunityId> community, double weight) {
    return new Touchpoint(TouchpointId.of(id), t(minute), Medium.MEETING,
        participants.stream().map(MemberId::of).toList(), initiator.map(MemberId::of), event, community,
        Set.of(topic("export")), weight);
  }

  private static Touchpoint attendance(String id, int minute, String member) {
    return Touchpoint.builder(TouchpointId.of(id)).at(t(minute)).medium(Medium.EVENT).participant(m(member))
        .event(E1).build();
  }

  private static Event e1(Set<MemberId> hosts, Set<MemberId> attendees) {
    return new Event(E1, "Kent camp", Medium.EVENT, t(0), t(60), Optional.of("Canterbury"), Optional.empty(),
        Set.of(topic("export")), hosts, attendees);
  }

  private static final Event E2 = Event.builder(EventId.of("e2")).time(t(100), t(160)).attendee(m("a"))
      .attendee(m("b")).build();

  // x plays every part; the Javadoc of erase says what becomes of each record
  private static final Touchpoint T1 = group("t1", 1, List.of("a", "x", "b", "c"), Optional.of("x"),
      Optional.empty(), Optional.empty(), 1);
  private static final Touchpoint T2 = group("t2", 2, List.of("x", "a", "b"), Optional.of("a"), Optional.of(E1),
      Optional.of(C1), 2);
  private static final Touchpoint T3 = pair("t3", 3, "x", "a");
  private static final Touchpoint T4 = attendance("t4", 4, "x");
  private static final Touchpoint T5 = group("t5", 5, List.of("x", "a"), Optional.empty(), Optional.of(E1),
      Optional.empty(), 1);
  private static final Touchpoint T6 = pair("t6", 6, "a", "b");
  private static final Touchpoint T7 = attendance("t7", 7, "a");

  private static final Referral R1 = forward("r1", "qx", "a", "a", "b", 10);
  private static final Referral R10 = introduction("r10", "c", "c", "d", 11).withParent(r("r1"));
  private static final Referral R2 = forward("r2", "qa", "a", "a", "b", 10);
  private static final Referral R3 = forward("r3", "qa", "b", "b", "x", 11).withParent(r("r2"));
  private static final Referral R4 = forward("r4", "qa", "c", "c", "d", 12).withParent(r("r3"));
  private static final Referral R5 = introduction("r5", "d", "c", "a", 12).withParent(r("r3"));
  private static final Referral R6 = forward("r6", "qa", "c", "c", "d", 13).onBehalfOf(m("x"));
  private static final Referral R7 = introduction("r7", "x", "a", "b", 5);
  private static final Referral R8 = forward("r8", "qa", "c", "c", "a", 14).withParent(r("r7"));
  private static final Referral R11 = forward("r11", "qa", "a", "a", "c", 20);
  private static final Referral R12 = introduction("r12", "x", "c", "d", 21).withParent(r("r11"));
  private static final Referral R13 = forward("r13", "qb", "c", "c", "d", 22).withParent(r("r12"));
  private static final Referral R14 = forward("r14", "qa", "d", "d", "a", 13).withParent(r("r4"));

  private static Network before() {
    return Network.builder()
        .members(List.of(member("x"), member("a"), member("b"), member("c"), member("d")))
        .event(e1(Set.of(m("x"), m("a")), Set.of(m("x"), m("b")))).event(E2)
        .community(Community.of(C1, "Exporters", CommunityKind.OTHER, Set.of(m("x"), m("a"))))
        .community(Community.of(CommunityId.of("c2"), "Others", CommunityKind.OTHER, Set.of(m("b"))))
        .touchpoints(List.of(T1, T2, T3, T4, T5, T6, T7))
        .questions(List.of(question("qx", "x", 0), question("qa", "a", 0), question("qb", "b", 0)))
        .answers(List.of(answer("ax1", "qx", "a", 1), answer("ax2", "qa", "x", 1), answer("aa", "qa", "b", 2),
            answer("ab", "qb", "c", 2)))
        .referrals(List.of(R1, R10, R2, R3, R4, R5, R6, R7, R8, R11, R12, R13, R14))
        .build();
  }

  @Test
  void should_erase_a_member_as_documented() {
    Network erased = before().erase(m("x"));

    Network expected = Network.builder()
        .members(List.of(member("a"), member("b"), member("c"), member("d")))
        // event: hosts and attendees lose x, the event stays
        .event(e1(Set.of(m("a")), Set.of(m("b")))).event(E2)
        // communities: x leaves
        .community(Community.of(C1, "Exporters", CommunityKind.OTHER, Set.of(m("a"))))
        .community(Community.of(CommunityId.of("c2"), "Others", CommunityKind.OTHER, Set.of(m("b"))))
        .touchpoints(List.of(
            // a group with three others stays without x, and without a direction since x started it
            group("t1", 1, List.of("a", "b", "c"), Optional.empty(), Optional.empty(), Optional.empty(), 1),
            // a group with two others stays without x, keeping its initiator, event, community, weight
            group("t2", 2, List.of("a", "b"), Optional.of("a"), Optional.of(E1), Optional.of(C1), 2),
            // t3 (pair), t4 (x's attendance) and t5 (x and one other at an event) are gone
            T6, T7))
        // x's question goes with its answer ax1; x's answer ax2 goes
        .questions(List.of(question("qa", "a", 0), question("qb", "b", 0)))
        .answers(List.of(answer("aa", "qa", "b", 2), answer("ab", "qb", "c", 2)))
        .referrals(List.of(
            // r1 passed on x's question and goes; its child r10 starts its own chain
            R10.withoutParent(),
            R2,
            // r3 named x; its children move up to r2, the nearest surviving ancestor
            R4.withParent(r("r2")),
            R5.withParent(r("r2")),
            // r6 (on behalf of x) and r7 (made by x) go; r8, under r7, starts its own chain
            R8.withoutParent(),
            R11,
            // r12 (made by x) goes; r13's nearest surviving ancestor r11 is about another question
            R13.withoutParent(),
            // r14's parent r4 survives
            R14))
        .build();

    assertThat(erased).isEqualTo(expected);
    assertThat(erased.members()).isEqualTo(expected.members());
    assertThat(erased.events()).isEqualTo(expected.events());
    assertThat(erased.communities()).isEqualTo(expected.communities());
    assertThat(erased.touchpoints()).isEqualTo(expected.touchpoints());
    assertThat(erased.questions()).isEqualTo(expected.questions());
    assertThat(erased.answers()).isEqualTo(expected.answers());
    assertThat(erased.referrals()).isEqualTo(expected.referrals());
    assertThat(Networks.mentions(erased, m("x"))).isFalse();
    assertThat(Networks.mentions(before(), m("x"))).isTrue();
  }

  @Test
  void should_return_the_same_network_when_erasing_an_unknown_member() {
    Network n = before();
    assertThat(n.erase(m("zed"))).isSameAs(n);
    Network once = n.erase(m("x"));
    assertThat(once.erase(m("x"))).isSameAs(once);
  }

  @Test
  void should_leave_the_original_network_unchanged() {
    Network n = before();
    n.erase(m("x"));
    assertThat(n).isEqualTo(before());
    assertThat(n.touchpointsOf(m("x"))).containsExactly(T1, T2, T3, T4, T5);
  }

  @Test
  void should_erase_a_member_with_fewer_roles_too() {
    Network erased = before().erase(m("a"));
    assertThat(erased.hasMember(m("a"))).isFalse();
    assertThat(erased.membersIn(Affiliation.none())).extracting(Member::id).containsExactly(m("x"), m("b"), m("c"),
        m("d"));
    assertThat(erased.touchpointsOf(m("b"))).extracting(Touchpoint::id).extracting(TouchpointId::value)
        .containsExactly("t1", "t2");
    assertThat(erased.questions()).extracting(Question::id).containsExactly(QuestionId.of("qx"), QuestionId.of("qb"));
  }

  // ---- properties ------------------------------------------------------------------------------------

  /** A generated network and one of its members. */
  private record Erasure(Network network, MemberId member) {}

  private static Gen<Erasure> erasures() {
    // more referrals than the default, so that chains are long enough to lose a middle hop
    Gen<Erasure> gen = Networks.networks(Networks.Sizes.small().withMembers(1, 6).withReferrals(12))
        .flatMap(n -> Generate.pick(n.members()).map(m -> new Erasure(n, m.id())));
    return gen.describedAs(e -> "erase " + e.member() + " from " + Networks.describe(e.network()));
  }

  @Test
  void should_leave_no_record_naming_the_erased_member() {
    qt(300).forAll(erasures()).checkAssert(e -> {
      Network erased = e.network().erase(e.member());
      assertThat(erased.hasMember(e.member())).isFalse();
      for (Record r : Networks.records(erased)) {
        assertThat(Networks.identifiersIn(r)).as("%s", r).doesNotContain(e.member());
      }
    });
  }

  @Test
  void should_give_a_valid_network_that_erasing_again_leaves_alone() {
    qt(300).forAll(erasures()).checkAssert(e -> {
      Network erased = e.network().erase(e.member());
      assertThat(erased.toBuilder().build()).isEqualTo(erased);
      assertThat(erased.erase(e.member())).isSameAs(erased);
      assertThat(e.network().erase(e.member())).isEqualTo(erased);
    });
  }

  @Test
  void should_keep_every_other_record_unchanged_but_for_the_documented_adjustments() {
    int[] moved = new int[3]; // referrals re-attached to an ancestor, made chain starts, group touchpoints kept
    qt(300).forAll(erasures()).checkAssert(e -> {
      Network n = e.network();
      MemberId x = e.member();
      Network erased = n.erase(x);

      assertThat(erased.members()).isEqualTo(n.members().stream().filter(m -> !m.id().equals(x)).toList());
      assertThat(erased.events()).isEqualTo(n.events().stream().map(ev -> withoutMember(ev, x)).toList());
      assertThat(erased.communities()).isEqualTo(n.communities().stream().map(c -> c.without(x)).toList());
      List<Touchpoint> touchpoints = new ArrayList<>();
      for (Touchpoint t : n.touchpoints()) {
        if (!t.involves(x)) {
          touchpoints.add(t);
        } else if (t.participants().size() >= 3) {
          touchpoints.add(new Touchpoint(t.id(), t.at(), t.medium(),
              t.participants().stream().filter(p -> !p.equals(x)).toList(), t.initiator().filter(i -> !i.equals(x)),
              t.event(), t.community(), t.topics(), t.weight()));
        }
      }
      assertThat(erased.touchpoints()).isEqualTo(touchpoints);

      Set<QuestionId> gone = new HashSet<>();
      n.questionsAskedBy(x).forEach(q -> gone.add(q.id()));
      assertThat(erased.questions()).isEqualTo(n.questions().stream().filter(q -> !gone.contains(q.id())).toList());
      assertThat(erased.answers()).isEqualTo(n.answers().stream()
          .filter(a -> !a.responder().equals(x) && !gone.contains(a.question())).toList());

      List<Referral> referrals = new ArrayList<>();
      for (Referral r : n.referrals()) {
        if (!removed(r, x, gone)) {
          Referral after = r.parent().isEmpty() ? r : reattached(n, r, x, gone);
          if (!after.parent().equals(r.parent())) {
            moved[after.parent().isPresent() ? 0 : 1]++;
          }
          referrals.add(after);
        }
      }
      assertThat(erased.referrals()).isEqualTo(referrals);
      moved[2] += (int) n.touchpoints().stream().filter(t -> t.involves(x) && t.participants().size() >= 3).count();
    });
    assertThat(moved).as("re-attached, made chain starts, groups kept").doesNotContain(0);
  }

  private static Event withoutMember(Event e, MemberId x) {
    return new Event(e.id(), e.title(), e.medium(), e.start(), e.end(), e.place(), e.link(), e.topics(),
        e.hosts().stream().filter(h -> !h.equals(x)).collect(Collectors.toSet()),
        e.attendees().stream().filter(a -> !a.equals(x)).collect(Collectors.toSet()));
  }

  private static boolean removed(Referral r, MemberId x, Set<QuestionId> gone) {
    return r.names(x) || r.question().isPresent() && gone.contains(r.question().get());
  }

  /** The spec: the nearest surviving ancestor, if it is about the same question (or either has none). */
  private static Referral reattached(Network n, Referral r, MemberId x, Set<QuestionId> gone) {
    Optional<Referral> ancestor = r.parent().flatMap(n::referral);
    while (ancestor.isPresent() && removed(ancestor.get(), x, gone)) {
      ancestor = ancestor.get().parent().flatMap(n::referral);
    }
    if (ancestor.isEmpty()) {
      return r.withoutParent();
    }
    Referral a = ancestor.get();
    boolean sameQuestion = r.question().isEmpty() || a.question().isEmpty() || r.question().equals(a.question());
    return sameQuestion ? r.withParent(a.id()) : r.withoutParent();
  }
}
