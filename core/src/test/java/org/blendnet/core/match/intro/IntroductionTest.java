package org.blendnet.core.match.intro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.blendnet.core.testing.Theories.qt;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blendnet.core.Consent;
import org.blendnet.core.ConsentState;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.ReferralKind;
import org.blendnet.core.ReferralOutcome;
import org.blendnet.core.Topic;
import org.junit.jupiter.api.Test;

class IntroductionTest {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final Duration WEEK = Duration.ofDays(7);

  static Instant t(int hours) {
    return T0.plusSeconds(3600L * hours);
  }

  static MemberId m(String id) {
    return MemberId.of(id);
  }

  /** hal introduces ana to bo. */
  static Introduction suggested() {
    return Introduction.suggest(Referral.introduction(ReferralId.of("r1"), m("hal"), m("ana"), m("bo"), T0),
        Introduction.DEFAULT_HOP_LIMIT);
  }

  /** The introduction driven along the shortest path to {@code state}. */
  static Introduction reach(IntroductionState state) {
    Introduction i = suggested();
    switch (state) {
      case SUGGESTED:
        return i;
      case REQUESTED:
        return i.request(t(1), t(1).plus(WEEK));
      case ACCEPTED:
        return reach(IntroductionState.REQUESTED).accept(t(2));
      case INTRODUCED:
        return reach(IntroductionState.ACCEPTED).introduce(t(3), true);
      case DECLINED:
        return reach(IntroductionState.REQUESTED).decline(t(2));
      case EXPIRED:
        return i.expire(t(1));
      default:
        return i.revoke(t(1));
    }
  }

  /** Asks {@code i} to move to {@code to} at hour 10. */
  static Introduction attempt(Introduction i, IntroductionState to) {
    switch (to) {
      case REQUESTED:
        return i.request(t(10), t(10).plus(WEEK));
      case ACCEPTED:
        return i.accept(t(10));
      case INTRODUCED:
        return i.introduce(t(10), false);
      case DECLINED:
        return i.decline(t(10));
      case EXPIRED:
        return i.expire(t(10));
      case REVOKED:
        return i.revoke(t(10));
      default:
        throw new AssertionError("no transition leads to " + to);
    }
  }

  @Test
  void should_follow_the_double_opt_in_path_and_keep_the_referral_in_step() {
    Introduction i = suggested();
    assertThat(i.state()).isEqualTo(IntroductionState.SUGGESTED);
    assertThat(i.hop()).isEqualTo(1);
    assertThat(i.chain()).containsExactly(m("ana"), m("bo"));
    assertThat(i.asker()).isEqualTo(m("ana"));
    assertThat(i.referral().consent()).isEqualTo(ConsentState.NOT_REQUESTED);

    i = i.request(t(1), t(1).plus(WEEK));
    assertThat(i.referral().consent()).isEqualTo(ConsentState.REQUESTED);
    assertThat(i.referral().outcome()).isEqualTo(ReferralOutcome.PENDING);
    assertThat(i.expiresAt()).contains(t(1).plus(WEEK));

    i = i.accept(t(2));
    assertThat(i.referral().consent()).isEqualTo(ConsentState.GRANTED);
    assertThat(i.referral().outcome()).isEqualTo(ReferralOutcome.ACCEPTED);
    assertThat(i.contactDetailsReleased()).isFalse();
    assertThat(i.referral().contactDetailsShared()).isFalse();

    i = i.introduce(t(3), true);
    assertThat(i.state()).isEqualTo(IntroductionState.INTRODUCED);
    assertThat(i.referral().outcome()).isEqualTo(ReferralOutcome.INTRODUCED);
    assertThat(i.referral().contactDetailsShared()).isTrue();
    assertThat(i.contactDetailsReleased()).isTrue();
    assertThat(i.askerStatus(t(4))).isEqualTo(AskerStatus.INTRODUCED);
    assertThat(i.history()).extracting(Transition::toString).containsExactly(
        "SUGGESTED→REQUESTED@2026-03-02T10:00:00Z", "REQUESTED→ACCEPTED@2026-03-02T11:00:00Z",
        "ACCEPTED→INTRODUCED@2026-03-02T12:00:00Z");
    assertThat(i.referral().at()).as("the referral keeps the time it was made").isEqualTo(T0);
    assertThat(i.toString()).isEqualTo("Introduction[r1 INTRODUCTION ana -> bo, INTRODUCED, hop 1/3, expires "
        + "2026-03-09T10:00:00Z]");
  }

  @Test
  void should_keep_a_question_forward_accepted_when_introduced() {
    Introduction f = Introduction.suggest(Referral.forward(ReferralId.of("f1"), QuestionId.of("q"), m("ana"),
        m("ana"), m("bo"), T0), 3);
    f = f.request(t(1), t(2)).accept(t(1)).introduce(t(1), false);
    assertThat(f.referral().outcome()).isEqualTo(ReferralOutcome.ACCEPTED);
    assertThat(f.contactDetailsReleased()).isFalse();
  }

  @Test
  void should_list_the_legal_transitions_of_each_state() {
    assertThat(IntroductionState.SUGGESTED.next()).containsExactlyInAnyOrder(IntroductionState.REQUESTED,
        IntroductionState.EXPIRED, IntroductionState.REVOKED);
    assertThat(IntroductionState.REQUESTED.next()).containsExactlyInAnyOrder(IntroductionState.ACCEPTED,
        IntroductionState.DECLINED, IntroductionState.EXPIRED, IntroductionState.REVOKED);
    assertThat(IntroductionState.ACCEPTED.next()).containsExactlyInAnyOrder(IntroductionState.INTRODUCED,
        IntroductionState.EXPIRED, IntroductionState.REVOKED);
    for (IntroductionState s : EnumSet.of(IntroductionState.INTRODUCED, IntroductionState.DECLINED,
        IntroductionState.EXPIRED, IntroductionState.REVOKED)) {
      assertThat(s.next()).as("%s", s).isEmpty();
      assertThat(s.isFinal()).isTrue();
    }
  }

  @Test
  void should_refuse_every_illegal_transition_naming_from_and_to() {
    for (IntroductionState from : IntroductionState.values()) {
      for (IntroductionState to : EnumSet.complementOf(EnumSet.of(IntroductionState.SUGGESTED))) {
        Introduction at = reach(from);
        if (from.canMoveTo(to)) {
          assertThat(attempt(at, to).state()).as("%s → %s", from, to).isEqualTo(to);
        } else {
          IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class, () -> attempt(at, to));
          assertThat(e).as("%s → %s", from, to).isNotNull();
          assertThat(e.from()).isEqualTo(from);
          assertThat(e.to()).isEqualTo(to);
          assertThat(e.referral()).isEqualTo(ReferralId.of("r1"));
          assertThat(e).hasMessageStartingWith("referral r1 cannot go from " + from + " to " + to);
        }
      }
    }
    assertThatThrownBy(() -> reach(IntroductionState.DECLINED).introduce(t(9), true))
        .hasMessage("referral r1 cannot go from DECLINED to INTRODUCED (DECLINED is final)");
    assertThatThrownBy(() -> suggested().accept(t(9)))
        .hasMessage("referral r1 cannot go from SUGGESTED to ACCEPTED; from SUGGESTED it may go to [REQUESTED, EXPIRED, REVOKED]");
  }

  @Test
  void should_never_show_a_decline_to_the_asker() {
    Introduction declined = reach(IntroductionState.DECLINED);
    Introduction open = reach(IntroductionState.REQUESTED);
    Instant expiry = t(1).plus(WEEK);
    for (Instant asOf : List.of(t(2), t(100), expiry.minusSeconds(1))) {
      assertThat(declined.askerStatus(asOf)).as("at %s", asOf).isEqualTo(open.askerStatus(asOf))
          .isEqualTo(AskerStatus.PENDING);
    }
    assertThat(declined.askerStatus(expiry)).isEqualTo(AskerStatus.NOT_AVAILABLE)
        .isEqualTo(open.expire(expiry).askerStatus(expiry));
    assertThat(reach(IntroductionState.REVOKED).askerStatus(t(2))).isEqualTo(AskerStatus.NOT_AVAILABLE);
    assertThat(declined.referral().consent()).as("the host's record keeps the decline").isEqualTo(ConsentState.DECLINED);
  }

  @Test
  void should_refuse_a_step_back_in_time_and_a_stale_suggestion() {
    assertThatThrownBy(() -> reach(IntroductionState.REQUESTED).accept(T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at must not be before the last change (2026-03-02T10:00:00Z) but was 2026-03-02T09:00:00Z");
    assertThatThrownBy(() -> suggested().request(t(1), t(1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expiresAt must be after 2026-03-02T10:00:00Z but was 2026-03-02T10:00:00Z");
    Referral granted = reach(IntroductionState.ACCEPTED).referral();
    assertThatThrownBy(() -> Introduction.suggest(granted, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("referral r1 must be a fresh suggestion (consent NOT_REQUESTED, outcome PENDING, nothing shared)"
            + " but was GRANTED, ACCEPTED");
    assertThatThrownBy(() -> Introduction.suggest(suggested().referral(), 0)).hasMessage("hopLimit must be >= 1 but was 0");
  }

  /** ana asks q; bo accepts and passes it to cy, who accepts and would pass it to dee: the limit of 2 stops it. */
  @Test
  void should_pass_a_question_along_a_chain_up_to_the_hop_limit() {
    Introduction first = Introduction.suggest(Referral.forward(ReferralId.of("f1"), QuestionId.of("q"), m("ana"),
        m("ana"), m("bo"), T0), 2).request(t(1), t(100)).accept(t(2));
    Introduction second = first.next(ReferralId.of("f2"), m("cy"), t(3));
    Referral r = second.referral();
    assertThat(r.referrer()).isEqualTo(m("bo"));
    assertThat(r.from()).isEqualTo(m("bo"));
    assertThat(r.to()).isEqualTo(m("cy"));
    assertThat(r.onBehalfOf()).contains(m("ana"));
    assertThat(r.parent()).contains(ReferralId.of("f1"));
    assertThat(r.question()).contains(QuestionId.of("q"));
    assertThat(second.hop()).isEqualTo(2);
    assertThat(second.asker()).isEqualTo(m("ana"));
    assertThat(second.chain()).containsExactly(m("ana"), m("bo"), m("cy"));

    Introduction accepted = second.request(t(4), t(100)).accept(t(5));
    assertThatThrownBy(() -> accepted.next(ReferralId.of("f3"), m("dee"), t(6)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("referral f2 is hop 2 of at most 2; it cannot be passed on");
    assertThatThrownBy(() -> first.next(ReferralId.of("f3"), m("ana"), t(6)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("member ana is already in the chain of referral f1");
    assertThatThrownBy(() -> second.next(ReferralId.of("f3"), m("dee"), t(6)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("referral f2 is SUGGESTED; only an ACCEPTED or INTRODUCED hop can be passed on");
  }

  @Test
  void should_produce_referrals_a_network_accepts_at_every_state() {
    for (IntroductionState s : IntroductionState.values()) {
      Introduction i = reach(s);
      Network.Builder b = Network.builder();
      for (String id : List.of("ana", "bo", "hal")) {
        b.member(Member.builder(m(id)).consent(Consent.all()).build());
      }
      Network n = b.referral(i.referral()).build();
      assertThat(n.referral(ReferralId.of("r1"))).as("%s", s).contains(i.referral());
    }
    // a chain of forwards, with the question
    Introduction first = Introduction.suggest(Referral.forward(ReferralId.of("f1"), QuestionId.of("q"), m("ana"),
        m("ana"), m("bo"), t(1)), 3).request(t(1), t(9)).accept(t(2));
    Introduction second = first.next(ReferralId.of("f2"), m("cy"), t(3));
    Network.Builder b = Network.builder();
    for (String id : List.of("ana", "bo", "cy")) {
      b.member(Member.of(m(id), id));
    }
    Network n = b.question(Question.of(QuestionId.of("q"), m("ana"), "How?", Set.of(Topic.of("pricing")), T0))
        .referral(first.referral()).referral(second.referral()).build();
    assertThat(n.referralChain(ReferralId.of("f2"))).hasSize(2);
  }

  // ---- properties --------------------------------------------------------------------------------

  @Test
  void should_release_contact_details_only_when_introduced_and_never_reveal_a_decline_whatever_the_steps() {
    qt(300).forAll(lists().of(range(0, 5)).ofSizeBetween(0, 8)).checkAssert(steps -> {
      Introduction i = suggested();
      int hour = 1;
      for (int step : steps) {
        IntroductionState to = List.of(IntroductionState.REQUESTED, IntroductionState.ACCEPTED,
            IntroductionState.INTRODUCED, IntroductionState.DECLINED, IntroductionState.EXPIRED,
            IntroductionState.REVOKED).get(step);
        IntroductionState from = i.state();
        Instant at = t(hour++);
        if (from.canMoveTo(to)) {
          i = switch2(i, to, at);
          assertThat(i.state()).isEqualTo(to);
        } else {
          Introduction before = i;
          assertThatThrownBy(() -> switch2(before, to, at)).isInstanceOf(IllegalTransitionException.class);
        }
        assertThat(i.referral().contactDetailsShared()).isEqualTo(i.state() == IntroductionState.INTRODUCED);
        assertThat(i.contactDetailsReleased()).isEqualTo(i.state() == IntroductionState.INTRODUCED);
        if (i.state() == IntroductionState.DECLINED) {
          Instant expiry = i.expiresAt().orElseThrow();
          assertThat(i.askerStatus(expiry.minusSeconds(1))).isEqualTo(AskerStatus.PENDING);
          assertThat(i.askerStatus(expiry)).isEqualTo(AskerStatus.NOT_AVAILABLE);
        }
        assertThat(i.history()).hasSizeLessThanOrEqualTo(3);
        assertThat(i.referral().kind()).isEqualTo(ReferralKind.INTRODUCTION);
        assertThat(i.referral().onBehalfOf()).isEqualTo(Optional.empty());
      }
    });
  }

  private static Introduction switch2(Introduction i, IntroductionState to, Instant at) {
    switch (to) {
      case REQUESTED:
        return i.request(at, at.plus(WEEK));
      case ACCEPTED:
        return i.accept(at);
      case INTRODUCED:
        return i.introduce(at, true);
      case DECLINED:
        return i.decline(at);
      case EXPIRED:
        return i.expire(at);
      default:
        return i.revoke(at);
    }
  }
}
