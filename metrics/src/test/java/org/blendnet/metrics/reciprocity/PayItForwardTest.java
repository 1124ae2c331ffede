package org.blendnet.metrics.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.testing.Theories.qt;
import static org.blendnet.metrics.Fixtures.answer;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.forward;
import static org.blendnet.metrics.Fixtures.m;
import static org.blendnet.metrics.Fixtures.members;
import static org.blendnet.metrics.Fixtures.question;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.blendnet.core.Member;
import org.blendnet.core.Network;
import org.blendnet.metrics.Relabel;
import org.junit.jupiter.api.Test;

class PayItForwardTest {

  /**
   * <pre>
   * day 1   b answers a            a is helped (t₀ = day 1)
   * day 2   a answers c            a pays forward: c never helped a — delay 1 day; c is helped
   * day 3   c answers a            c pays back a, who helped c: direct, not forward
   * day 4   d answers e            d was never helped; e is helped (t₀ = day 4)
   * day 4   e answers f            same instant as e's first help: not later, not forward; f is helped
   * day 6   e answers d            d helped e: direct
   * day 10  f answers b            f pays forward (b never helped f) — delay 6 days; b is helped
   * </pre>
   * Helped: a, b, c, d, e, f (6); paid forward: a, f (2); delays 1 and 6 days: median 3.5 days.
   */
  private static Network story() {
    Network.Builder b = members("a", "b", "c", "d", "e", "f");
    for (String asker : new String[] {"a", "b", "c", "d", "e", "f"}) {
      b.question(question("q" + asker, asker, day(0)));
    }
    b.question(question("qa2", "a", day(0)));
    return b.answer(answer("x1", "qa", "b", day(1))).answer(answer("x2", "qc", "a", day(2)))
        .answer(answer("x3", "qa2", "c", day(3))).answer(answer("x4", "qe", "d", day(4)))
        .answer(answer("x5", "qf", "e", day(4))).answer(answer("x6", "qd", "e", day(6)))
        .answer(answer("x7", "qb", "f", day(10))).build();
  }

  @Test
  void should_find_who_paid_it_forward_and_how_soon() {
    PayItForward p = PayItForward.of(story());
    assertThat(p.helped()).isEqualTo(6);
    assertThat(p.paidForward()).isEqualTo(2);
    assertThat(p.payers()).containsExactly(m("a"), m("f"));
    assertThat(p.share()).isEqualTo(2.0 / 6);
    assertThat(p.medianDelay()).contains(Duration.ofHours(84));
    assertThat(p.meanDelay()).contains(Duration.ofHours(84));
    assertThat(p).hasToString("PayItForward[helped=6, paidForward=2 (0.333), medianDelay=PT84H, meanDelay=PT84H, payers=[a, f]]");
  }

  @Test
  void should_count_referrals_as_help_to_their_beneficiary() {
    // day 1: c forwards a's question to b — c helps a; day 2: a answers d's question — a pays forward
    Network n = members("a", "b", "c", "d").question(question("qa", "a", day(0))).question(question("qd", "d", day(0)))
        .referral(forward("r1", "qa", "c", "a", "b", day(1))).answer(answer("x1", "qd", "a", day(2))).build();
    PayItForward p = PayItForward.of(n);
    assertThat(p.payers()).containsExactly(m("a"));
    assertThat(p.helped()).isEqualTo(2); // a and d
    assertThat(p.medianDelay()).contains(Duration.ofDays(1));
  }

  @Test
  void should_define_the_empty_case() {
    PayItForward p = PayItForward.of(members("a").build());
    assertThat(p.share()).isZero();
    assertThat(p.medianDelay()).isEmpty();
    assertThat(p).hasToString("PayItForward[helped=0, paidForward=0 (0.000), medianDelay=none, meanDelay=none, payers=[]]");
    assertThatThrownBy(() -> new PayItForward(1, 2, List.of(m("a"), m("b")), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("need 0 <= paidForward <= helped but was paidForward=2, helped=1");
  }

  @Test
  void should_hold_its_invariants_on_generated_networks() {
    qt(300).forAll(ReciprocityLedgerPropertiesTest.networks()).checkAssert(n -> {
      PayItForward p = PayItForward.of(n);
      assertThat(p.share()).isBetween(0.0, 1.0);
      assertThat(p.medianDelay().isPresent()).isEqualTo(p.paidForward() > 0);
      p.medianDelay().ifPresent(d -> assertThat(d).isPositive());
      // every payer was helped and gave
      ReciprocityLedger ledger = ReciprocityLedger.of(n);
      for (var payer : p.payers()) {
        GiveTakeCounts c = ledger.entry(payer).counts();
        assertThat(c.answersGiven() + c.forwardsMade() + c.introductionsMade()).isPositive();
        assertThat(c.answersReceived() + c.forwardsReceived() + c.introductionsReceived()).isPositive();
      }
      Relabel r = Relabel.of(n);
      PayItForward relabelled = PayItForward.of(r.network());
      assertThat(relabelled.payers()).isEqualTo(r.of(p.payers()));
      assertThat(relabelled.medianDelay()).isEqualTo(p.medianDelay());
      assertThat(p.helped()).isLessThanOrEqualTo(n.members().stream().map(Member::id).toList().size());
    });
  }
}
