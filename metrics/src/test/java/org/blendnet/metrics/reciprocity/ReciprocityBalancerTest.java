package org.blendnet.metrics.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.metrics.Fixtures.answer;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.m;
import static org.blendnet.metrics.Fixtures.question;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Topic;
import org.blendnet.core.match.LoadTracker;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.Routing;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases of the balancer. In the fixture, eve asks q1..q16: ana answers six, bo two, dan eight;
 * cy asks three questions nobody answers and knows pricing (advanced). Target 4, cap 8.
 */
class ReciprocityBalancerTest {

  static final Topic PRICING = Topic.of("pricing");
  static final Topic TAX = Topic.of("tax");

  static Network fixture() {
    Network.Builder b = Network.builder();
    b.member(Member.builder(m("ana")).name("ana").expertise(PRICING, ExpertiseLevel.EXPERT).build());
    b.member(Member.builder(m("bo")).name("bo").expertise(PRICING, ExpertiseLevel.ADVANCED).build());
    b.member(Member.builder(m("cy")).name("cy").expertise(PRICING, ExpertiseLevel.ADVANCED)
        .expertise(TAX, ExpertiseLevel.BEGINNER).build());
    b.member(Member.builder(m("dan")).name("dan").expertise(PRICING, ExpertiseLevel.EXPERT).build());
    b.member(Member.builder(m("eve")).name("eve").build());
    for (int i = 1; i <= 16; i++) {
      b.question(question("q" + i, "eve", day(i)));
      String responder = i <= 6 ? "ana" : i <= 8 ? "bo" : "dan";
      b.answer(answer("a" + i, "q" + i, responder, day(i).plusSeconds(60)));
    }
    for (int i = 1; i <= 3; i++) {
      b.question(question("c" + i, "cy", day(i)));
    }
    return b.build();
  }

  static ReciprocityBalancer balancer(Network n) {
    return ReciprocityBalancer.builder(n, ReciprocityLedger.of(n)).target(4).cap(8).build();
  }

  @Test
  void should_score_headroom_and_invitations_as_computed_by_hand() {
    Network n = fixture();
    ReciprocityBalancer b = balancer(n);
    Set<Topic> pricing = Set.of(PRICING);
    // ana: load 6, h = ½ (8 − 6)/(8 − 4) = 0.25, s = 0.75 · 0.25
    ReciprocityBalancer.Assessment ana = b.assess(m("ana"), pricing, day(30));
    assertThat(ana.load()).isEqualTo(6);
    assertThat(ana.status()).isEqualTo(ReciprocityBalancer.Status.OVER_TARGET);
    assertThat(ana.score()).isCloseTo(0.1875, within(1e-12));
    assertThat(ana.explanation()).isEqualTo("already helped with 6 requests this period (target 4) — spare them");
    // bo: load 2, h = 1 − 2/8 = 0.75, s = 0.5625
    ReciprocityBalancer.Assessment bo = b.assess(m("bo"), pricing, day(30));
    assertThat(bo.status()).isEqualTo(ReciprocityBalancer.Status.ROOM);
    assertThat(bo.score()).isCloseTo(0.5625, within(1e-12));
    assertThat(bo.explanation()).isEqualTo("has helped with 2 of a target of 4 requests this period — room to give");
    // cy: a taker (G = 0, T = 1.5) knowing pricing: 0.75 · 1 + 0.25
    ReciprocityBalancer.Assessment cy = b.assess(m("cy"), pricing, day(30));
    assertThat(cy.status()).isEqualTo(ReciprocityBalancer.Status.INVITED);
    assertThat(cy.score()).isEqualTo(1.0);
    assertThat(cy.explanation()).isEqualTo("has taken more than given and knows pricing (advanced) — invite to give back");
    // cy knows tax only as a beginner, below the invite level: room, not invited
    assertThat(b.assess(m("cy"), Set.of(TAX), day(30)).status()).isEqualTo(ReciprocityBalancer.Status.ROOM);
    assertThat(b.assess(m("cy"), Set.of(TAX), day(30)).explanation())
        .isEqualTo("has helped with no requests this period — room to give");
    // dan: load 8 = cap
    ReciprocityBalancer.Assessment dan = b.assess(m("dan"), pricing, day(30));
    assertThat(dan.status()).isEqualTo(ReciprocityBalancer.Status.CAPPED);
    assertThat(dan.score()).isZero();
    assertThat(dan.explanation()).isEqualTo("at the cap of 8 requests this period — protect from overload");
  }

  @Test
  void should_list_over_asked_members_and_invitations() {
    ReciprocityBalancer b = balancer(fixture());
    assertThat(b.overAsked()).extracting(ReciprocityBalancer.Assessment::member).containsExactly(m("dan"), m("ana"));
    assertThat(b.overAsked()).extracting(ReciprocityBalancer.Assessment::load).containsExactly(8, 6);
    assertThat(b.invitations()).hasSize(1);
    assertThat(b.invitations().get(0).member()).isEqualTo(m("cy"));
    assertThat(b.invitations().get(0).balance()).isEqualTo(-1.0);
    assertThat(b.invitations().get(0).topics()).containsExactly(PRICING);
    assertThat(b.capped(day(30))).containsExactly(m("dan"));
    assertThat(b.toString()).isEqualTo("ReciprocityBalancer[target=4, cap=8, period=all time, over-asked=2, "
        + "invite weight=0.25, live load=none]");
  }

  @Test
  void should_add_live_load_to_recorded_load() {
    Network n = fixture();
    LoadTracker live = LoadTracker.over(Duration.ofDays(30));
    ReciprocityBalancer b = ReciprocityBalancer.builder(n, ReciprocityLedger.of(n)).target(4).cap(8).liveLoad(live)
        .build();
    live.record(m("bo"), day(20));
    live.record(m("bo"), day(21));
    assertThat(b.load(m("bo"), day(22))).isEqualTo(4);
    assertThat(b.recordedLoad(m("bo"))).isEqualTo(2);
    assertThat(b.assess(m("bo"), Set.of(PRICING), day(22)).status()).isEqualTo(ReciprocityBalancer.Status.OVER_TARGET);
    assertThat(b.load(m("bo"), day(19))).isEqualTo(2);
  }

  @Test
  void should_rerank_a_candidate_list_and_drop_capped_members() {
    ReciprocityBalancer b = balancer(fixture());
    Map<MemberId, Double> base = Map.of(m("dan"), 1.0, m("ana"), 0.9, m("bo"), 0.6, m("cy"), 0.5);
    List<ReciprocityBalancer.Reranked> r = b.rerank(List.of(m("dan"), m("ana"), m("bo"), m("cy")), base::get,
        Set.of(PRICING), day(30));
    // combined = ⅔ base + ⅓ s: ana ⅔·0.9 + ⅓·0.1875 = 0.6625, bo 0.4 + 0.1875 = 0.5875, cy ⅓ + ⅓ = 0.6667
    assertThat(r).extracting(ReciprocityBalancer.Reranked::member).containsExactly(m("cy"), m("ana"), m("bo"));
    assertThat(r.get(0).score()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(r.get(1).score()).isCloseTo(0.6625, within(1e-12));
    assertThat(r.get(2).score()).isCloseTo(0.5875, within(1e-12));
    assertThat(r.get(1).toString()).isEqualTo("ana 0.663 (base 0.900, balance 0.188)");
  }

  @Test
  void should_work_as_a_match_signal_and_explain_itself() {
    Network n = fixture();
    ReciprocityBalancer b = balancer(n);
    Matchmaker mm = Matchmaker.builder(n).coreSignals().signal(b, 3).build();
    Routing r = mm.routeQuestion(m("eve"), Set.of(PRICING), MatchOptions.defaults().withK(4).withAsOf(day(30)));
    // topic fit alone would put the experts ana and dan first; the balancer puts the invited taker cy first
    assertThat(r.answerers().members().get(0)).isEqualTo(m("cy"));
    assertThat(r.answerers().matches().get(0).scoreOf(ReciprocityBalancer.NAME)).hasValue(1.0);
    assertThat(r.answerers().matches().get(0).explanation())
        .contains("has taken more than given and knows pricing (advanced) — invite to give back");
    List<ReciprocityBalancer.Reranked> reranked = b.rerank(r.answerers());
    assertThat(reranked).extracting(ReciprocityBalancer.Reranked::member).doesNotContain(m("dan"));
    assertThat(reranked.get(0).member()).isEqualTo(m("cy"));
    Routing capped = mm.routeQuestion(m("eve"), Set.of(PRICING), MatchOptions.defaults().withK(4).withAsOf(day(30))
        .withExcluded(b.capped(day(30))));
    assertThat(capped.answerers().members()).doesNotContain(m("dan")).hasSize(3);
    Routing filtered = mm.routeQuestion(m("eve"), Set.of(PRICING), MatchOptions.defaults().withK(4)
        .withAsOf(day(30)).withFilter(b.belowCap(day(30))));
    assertThat(filtered.answerers().members()).isEqualTo(capped.answerers().members());
  }

  @Test
  void should_reject_impossible_settings_naming_the_value() {
    Network n = fixture();
    ReciprocityLedger l = ReciprocityLedger.of(n);
    assertThatThrownBy(() -> ReciprocityBalancer.builder(n, l).target(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("target must be >= 1 but was 0");
    assertThatThrownBy(() -> ReciprocityBalancer.builder(n, l).target(5).cap(5).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cap must be > target 5 but was 5");
    assertThatThrownBy(() -> ReciprocityBalancer.builder(n, l).inviteWeight(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("inviteWeight must be in [0, 1] but was 1.5");
    assertThatThrownBy(() -> ReciprocityBalancer.builder(n, ReciprocityLedger.of(org.blendnet.metrics.Fixtures
        .members("ana").build()))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("computed for 1 members but the network has 5");
    ReciprocityBalancer b = balancer(n);
    assertThatThrownBy(() -> b.rerank(List.of(m("ana")), x -> 1.5, Set.of(), day(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("base score of ana must be in [0, 1] but was 1.5");
    assertThatThrownBy(() -> b.load(m("zed"), day(1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown member: zed");
  }
}
