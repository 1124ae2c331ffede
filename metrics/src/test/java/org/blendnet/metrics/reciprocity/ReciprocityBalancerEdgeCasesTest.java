package org.blendnet.metrics.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.metrics.Fixtures.answer;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.m;
import static org.blendnet.metrics.Fixtures.question;

import java.util.Set;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.Network;
import org.blendnet.core.TimeWindow;
import org.blendnet.core.Topic;
import org.junit.jupiter.api.Test;

/**
 * Edge cases of {@link ReciprocityBalancer}, computed by hand. eve asks q1..q5: ana answers q1..q4 (load 4),
 * bo answers q5 (load 1). cy asks c1..c3, which nobody answers (a taker), and knows audit and tax (expert),
 * law (advanced), pricing (intermediate, exactly the default invite level) and hr (beginner, below it).
 */
class ReciprocityBalancerEdgeCasesTest {

  static final Topic AUDIT = Topic.of("audit");
  static final Topic HR = Topic.of("hr");
  static final Topic LAW = Topic.of("law");
  static final Topic PRICING = Topic.of("pricing");
  static final Topic TAX = Topic.of("tax");

  static Network fixture() {
    Network.Builder b = Network.builder();
    b.member(Member.builder(m("ana")).name("ana").expertise(PRICING, ExpertiseLevel.EXPERT).build());
    b.member(Member.builder(m("bo")).name("bo").expertise(PRICING, ExpertiseLevel.ADVANCED).build());
    b.member(Member.builder(m("cy")).name("cy").expertise(AUDIT, ExpertiseLevel.EXPERT)
        .expertise(TAX, ExpertiseLevel.EXPERT).expertise(LAW, ExpertiseLevel.ADVANCED)
        .expertise(PRICING, ExpertiseLevel.INTERMEDIATE).expertise(HR, ExpertiseLevel.BEGINNER).build());
    b.member(Member.builder(m("eve")).name("eve").build());
    for (int i = 1; i <= 5; i++) {
      b.question(question("q" + i, "eve", day(i)));
      b.answer(answer("a" + i, "q" + i, i <= 4 ? "ana" : "bo", day(i).plusSeconds(60)));
    }
    for (int i = 1; i <= 3; i++) {
      b.question(question("c" + i, "cy", day(i)));
    }
    return b.build();
  }

  static ReciprocityBalancer balancer(int target, int cap) {
    Network n = fixture();
    return ReciprocityBalancer.builder(n, ReciprocityLedger.of(n)).target(target).cap(cap).build();
  }

  @Test
  void should_report_its_target_and_cap_and_default_the_cap_to_twice_the_target() {
    ReciprocityBalancer b = balancer(4, 12);
    assertThat(b.target()).isEqualTo(4);
    assertThat(b.cap()).isEqualTo(12);
    Network n = fixture();
    ReciprocityBalancer defaultCap = ReciprocityBalancer.builder(n, ReciprocityLedger.of(n)).target(3).build();
    assertThat(defaultCap.cap()).isEqualTo(6);
    assertThat(b.period()).isEmpty();
  }

  @Test
  void should_take_the_recorded_load_from_the_last_period_only() {
    Network n = fixture();
    TimeWindow week = TimeWindow.of(day(3), day(10));
    ReciprocityBalancer b = ReciprocityBalancer.builder(n, ReciprocityLedger.of(n))
        .lastPeriod(ReciprocityLedger.of(n, GiveTakeWeights.defaults(), week)).target(4).cap(8).build();
    assertThat(b.period()).contains(week);
    // ana's answers on days 3 and 4 and bo's on day 5 fall in the period; ana's on days 1 and 2 do not
    assertThat(b.recordedLoad(m("ana"))).isEqualTo(2);
    assertThat(b.recordedLoad(m("bo"))).isEqualTo(1);
  }

  @Test
  void should_compute_headroom_on_both_sides_of_the_target_and_beyond_the_cap() {
    // target 4, cap 12: h(L) = 1 − L/8 up to 4, then ½ (12 − L)/8, and 0 from 12 on
    ReciprocityBalancer b = balancer(4, 12);
    assertThat(b.headroom(0)).isEqualTo(1.0);
    assertThat(b.headroom(2)).isEqualTo(0.75);
    assertThat(b.headroom(4)).isEqualTo(0.5);
    assertThat(b.headroom(8)).isEqualTo(0.25);
    assertThat(b.headroom(11)).isEqualTo(0.0625);
    assertThat(b.headroom(12)).isZero();
    assertThat(b.headroom(13)).isZero();
    // bo, load 1 and not a taker: 0.75 · (1 − 1/8)
    assertThat(b.assess(m("bo"), Set.of(PRICING), day(30)).score()).isCloseTo(0.65625, within(1e-12));
  }

  @Test
  void should_count_a_member_exactly_at_the_target_as_over_asked() {
    assertThat(balancer(4, 12).overAsked()).extracting(ReciprocityBalancer.Assessment::member)
        .containsExactly(m("ana"));
    assertThat(balancer(1, 3).overAsked()).extracting(ReciprocityBalancer.Assessment::member)
        .containsExactly(m("ana"), m("bo"));
    assertThat(balancer(5, 12).overAsked()).isEmpty();
  }

  @Test
  void should_say_request_in_the_singular_for_one() {
    ReciprocityBalancer b = balancer(1, 3);
    ReciprocityBalancer.Assessment bo = b.assess(m("bo"), Set.of(PRICING), day(30));
    assertThat(bo.status()).isEqualTo(ReciprocityBalancer.Status.OVER_TARGET);
    assertThat(bo.explanation()).isEqualTo("already helped with 1 request this period (target 1) — spare them");
    ReciprocityBalancer.Assessment ana = b.assess(m("ana"), Set.of(PRICING), day(30));
    assertThat(ana.status()).isEqualTo(ReciprocityBalancer.Status.CAPPED);
    assertThat(ana.explanation()).isEqualTo("at the cap of 3 requests this period — protect from overload");
    assertThat(b.capped(day(30))).containsExactly(m("ana"));
    assertThat(b.toString()).isEqualTo("ReciprocityBalancer[target=1, cap=3, period=all time, over-asked=2, "
        + "invite weight=0.25, live load=none]");
  }

  @Test
  void should_list_known_topics_best_level_first_and_cap_the_list_at_three() {
    ReciprocityBalancer b = balancer(4, 12);
    // nothing sought: every topic at or above the invite level, experts first, then by name
    ReciprocityBalancer.Assessment all = b.assess(m("cy"), Set.of(), day(30));
    assertThat(all.status()).isEqualTo(ReciprocityBalancer.Status.INVITED);
    assertThat(all.score()).isEqualTo(1.0);
    assertThat(all.explanation()).isEqualTo(
        "has taken more than given and knows audit (expert), tax (expert), law (advanced) and 1 more — invite to give back");
    assertThat(b.assess(m("cy"), Set.of(PRICING, LAW, TAX), day(30)).explanation()).isEqualTo(
        "has taken more than given and knows tax (expert), law (advanced) and pricing (intermediate) — invite to give back");
    assertThat(b.assess(m("cy"), Set.of(LAW, TAX), day(30)).explanation())
        .isEqualTo("has taken more than given and knows tax (expert) and law (advanced) — invite to give back");
    // exactly at the invite level counts
    assertThat(b.assess(m("cy"), Set.of(PRICING), day(30)).explanation())
        .isEqualTo("has taken more than given and knows pricing (intermediate) — invite to give back");
    // below it does not
    ReciprocityBalancer.Assessment hr = b.assess(m("cy"), Set.of(HR), day(30));
    assertThat(hr.status()).isEqualTo(ReciprocityBalancer.Status.ROOM);
    assertThat(hr.score()).isEqualTo(0.75);
  }

  @Test
  void should_invite_with_every_topic_at_or_above_the_invite_level() {
    ReciprocityBalancer b = balancer(4, 12);
    assertThat(b.invitations()).hasSize(1);
    assertThat(b.invitations().get(0).member()).isEqualTo(m("cy"));
    assertThat(b.invitations().get(0).topics()).containsExactly(AUDIT, LAW, PRICING, TAX);
  }
}
