package org.blendnet.core.match.intro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.match.intro.IntroductionTest.T0;
import static org.blendnet.core.match.intro.IntroductionTest.m;
import static org.blendnet.core.testing.Theories.qt;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.range;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.blendnet.core.Consent;
import org.blendnet.core.ConsentState;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.ReferralKind;
import org.blendnet.core.ReferralOutcome;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.MemberPair;
import org.junit.jupiter.api.Test;

class EventFollowUpTest {

  private static final Topic NEGOTIATION = Topic.of("negotiation");
  private static final Topic GARDENING = Topic.of("gardening");
  private static final EventId SUMMIT = EventId.of("summit");

  private static Event summit(boolean hosted) {
    Event.Builder b = Event.builder(SUMMIT).title("Export summit").medium(Medium.EVENT).time(T0, T0.plusSeconds(3600))
        .topic(NEGOTIATION).attendee(m("bo")).attendee(m("cy")).attendee(m("eve")).attendee(m("ivy"));
    if (hosted) {
      b.host(m("hal"));
    }
    return b.build();
  }

  /**
   * ana and dee want negotiation and missed the summit; dee declined to be recommended. At the summit: bo
   * (expert), cy (intermediate), eve (expert, declined to be recommended), ivy (expert, not contactable), and
   * the host hal (gardening).
   */
  private static Network.Builder base() {
    return Network.builder()
        .member(Member.builder(m("ana")).interest(NEGOTIATION).build())
        .member(Member.builder(m("dee")).interest(NEGOTIATION).consent(Consent.defaults().withRecommendable(false)).build())
        .member(Member.builder(m("bo")).expertise(NEGOTIATION, ExpertiseLevel.EXPERT).build())
        .member(Member.builder(m("cy")).expertise(NEGOTIATION, ExpertiseLevel.INTERMEDIATE).build())
        .member(Member.builder(m("eve")).expertise(NEGOTIATION, ExpertiseLevel.EXPERT)
            .consent(Consent.defaults().withRecommendable(false)).build())
        .member(Member.builder(m("ivy")).expertise(NEGOTIATION, ExpertiseLevel.EXPERT)
            .consent(Consent.defaults().withContactable(false)).build())
        .member(Member.builder(m("hal")).expertise(GARDENING, ExpertiseLevel.EXPERT).build());
  }

  private static FollowUp followUp(Network network, FollowUpOptions options) {
    return EventFollowUp.suggest(Matchmaker.withCoreSignals(network), SUMMIT, options);
  }

  @Test
  void should_introduce_an_absent_member_to_the_participants_who_know_what_they_want() {
    FollowUp f = followUp(base().event(summit(true)).build(), FollowUpOptions.defaults());

    assertThat(f.considered()).isEqualTo(1);
    assertThat(f.suggestions()).extracting(s -> s.referral().to()).containsExactly(m("bo"), m("cy"));
    Referral r = f.suggestions().get(0).referral();
    assertThat(r).isEqualTo(new Referral(ReferralId.of("intro:6:summit:3:ana:bo"), ReferralKind.INTRODUCTION,
        m("hal"), m("ana"), m("bo"), java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.empty(), T0.plusSeconds(3600), ConsentState.NOT_REQUESTED, false, ReferralOutcome.PENDING));
    // topic fit 1 · 3, complementarity 0, channel ½, time zone 1, availability 1: 5.5 / 8
    assertThat(f.suggestions().get(0).score()).isEqualTo(0.6875);
    assertThat(f.suggestions().get(0).reasons()).startsWith("was at Export summit",
        "knows negotiation, which you want to learn", "can teach you negotiation (expert)");
    assertThat(f.toString()).startsWith("FollowUp[summit: 2 introductions for 1 absent member: ana -> bo 0.688, ana -> cy");
  }

  @Test
  void should_leave_out_tied_pairs_blocked_pairs_and_the_reporter() {
    Network tied = base().event(summit(true))
        .touchpoint(Touchpoint.between(TouchpointId.of("t1"), T0.minusSeconds(60), Medium.CHAT, m("ana"), m("bo")))
        .build();
    assertThat(followUp(tied, FollowUpOptions.defaults()).suggestions()).extracting(s -> s.referral().to())
        .containsExactly(m("cy"));

    Network network = base().event(summit(true)).build();
    assertThat(followUp(network, FollowUpOptions.defaults().withBlocked(Set.of(MemberPair.of(m("bo"), m("ana")))))
        .suggestions()).extracting(s -> s.referral().to()).containsExactly(m("cy"));
    FollowUp reported = followUp(network, FollowUpOptions.defaults().withReporter(m("bo")));
    assertThat(reported.suggestions()).extracting(s -> s.referral().to()).containsExactly(m("cy"));
    assertThat(reported.suggestions().get(0).referral().referrer()).isEqualTo(m("bo"));
    assertThat(followUp(network, FollowUpOptions.defaults().withPerAbsentee(1)).suggestions()).hasSize(1);
    assertThat(followUp(network, FollowUpOptions.defaults().withMinScore(0.65)).suggestions()).hasSize(1);
  }

  @Test
  void should_feed_the_double_opt_in_flow() {
    FollowUp f = followUp(base().event(summit(true)).build(), FollowUpOptions.defaults());
    IntroductionBook book = IntroductionBook.create(Duration.ofDays(7), 3);
    f.referrals().forEach(book::suggest);
    ReferralId toBo = f.referrals().get(0).id();
    book.request(toBo, T0.plusSeconds(7200));
    book.decline(toBo, T0.plusSeconds(9000));

    FollowUp later = followUp(base().event(summit(true)).build(),
        FollowUpOptions.defaults().withBlocked(book.declinedPairs()));
    assertThat(later.suggestions()).extracting(s -> s.referral().to()).containsExactly(m("cy"));
  }

  @Test
  void should_name_what_is_missing() {
    Network unhosted = base().event(summit(false)).build();
    assertThatThrownBy(() -> followUp(unhosted, FollowUpOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event summit has no host; name a reporter with FollowUpOptions.withReporter");
    assertThatThrownBy(() -> followUp(unhosted, FollowUpOptions.defaults().withReporter(m("zed"))))
        .hasMessage("Unknown member: zed");
    assertThatThrownBy(() -> followUp(unhosted, FollowUpOptions.defaults().withReporter(m("hal"))
        .withAbsentees(Set.of(m("zed"))))).hasMessage("Unknown member: zed");
    assertThatThrownBy(() -> EventFollowUp.suggest(Matchmaker.withCoreSignals(unhosted), EventId.of("x"),
        FollowUpOptions.defaults())).hasMessage("Unknown event: x");
    assertThatThrownBy(() -> FollowUpOptions.defaults().withPerAbsentee(0)).hasMessage("perAbsentee must be >= 1 but was 0");
    assertThat(EventFollowUp.referralId(SUMMIT, m("a".repeat(200)), m("b".repeat(200))).value())
        .startsWith("intro:").hasSize(6 + 64);
  }

  // ---- properties --------------------------------------------------------------------------------

  private record Case(int members, int attendees, int touchpoints, int perAbsentee, long seed) {}

  @Test
  void should_never_suggest_a_member_who_declined_or_a_pair_already_tied() {
    qt(100).forAll(range(2, 40), range(1, 15), range(0, 60), longRange(-1000, 1000))
        .asWithPrecursor((n, a, t, seed) -> new Case(n, Math.min(a, n - 1), t, 1 + (int) Math.floorMod(seed, 3L), seed))
        .checkAssert((n, a, t, seed, c) -> check(c));
  }

  private static void check(Case c) {
    SplittableRandom random = new SplittableRandom(c.seed());
    List<Topic> vocabulary = List.of(Topic.of("t0"), Topic.of("t1"), Topic.of("t2"), Topic.of("t3"));
    Network.Builder b = Network.builder();
    Map<MemberId, Member> byId = new HashMap<>();
    List<MemberId> ids = new ArrayList<>();
    for (int i = 0; i < c.members(); i++) {
      Member.Builder mb = Member.builder(m("m" + i)).interest(vocabulary.get(random.nextInt(4)))
          .expertise(vocabulary.get(random.nextInt(4)), ExpertiseLevel.values()[random.nextInt(4)]);
      int consent = random.nextInt(6);
      mb.consent(consent == 0 ? Consent.defaults().withRecommendable(false)
          : consent == 1 ? Consent.defaults().withContactable(false) : Consent.defaults());
      Member m = mb.build();
      b.member(m);
      byId.put(m.id(), m);
      ids.add(m.id());
    }
    Event.Builder e = Event.builder(SUMMIT).title("Summit").medium(Medium.EVENT).time(T0, T0.plusSeconds(3600))
        .topic(vocabulary.get(0)).topic(vocabulary.get(1)).host(ids.get(0));
    e.attendees(ids.subList(1, 1 + c.attendees()));
    b.event(e.build());
    for (int k = 0; k < c.touchpoints(); k++) {
      int x = random.nextInt(c.members());
      int y = (x + 1 + random.nextInt(c.members() - 1)) % c.members();
      b.touchpoint(Touchpoint.between(TouchpointId.of("tp" + k), T0.minusSeconds(60), Medium.CHAT, ids.get(x), ids.get(y)));
    }
    Network network = b.build();
    FollowUp f = followUp(network, FollowUpOptions.defaults().withPerAbsentee(c.perAbsentee()));
    Set<MemberId> participants = network.event(SUMMIT).orElseThrow().participants();
    Map<MemberId, Integer> perAbsentee = new HashMap<>();
    IntroductionBook book = IntroductionBook.create(Duration.ofDays(1), 3);
    for (FollowUpSuggestion s : f.suggestions()) {
      Referral r = s.referral();
      for (MemberId member : List.of(r.from(), r.to())) {
        assertThat(byId.get(member).consent().recommendable()).as("%s recommendable", member).isTrue();
        assertThat(byId.get(member).consent().contactable()).as("%s contactable", member).isTrue();
      }
      assertThat(participants).doesNotContain(r.from()).contains(r.to());
      assertThat(network.touchpointsBetween(r.from(), r.to())).isEmpty();
      assertThat(r.referrer()).isEqualTo(ids.get(0)).isNotEqualTo(r.to());
      assertThat(byId.get(r.to()).expertise().keySet()).containsAnyElementsOf(byId.get(r.from()).interests());
      assertThat(perAbsentee.merge(r.from(), 1, Integer::sum)).isLessThanOrEqualTo(c.perAbsentee());
      assertThat(book.suggest(r).state()).isEqualTo(IntroductionState.SUGGESTED);
    }
    assertThat(followUp(network, FollowUpOptions.defaults().withPerAbsentee(c.perAbsentee()))).isEqualTo(f);

  }
}
