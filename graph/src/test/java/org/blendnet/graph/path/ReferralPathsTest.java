package org.blendnet.graph.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.blendnet.core.Consent;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.ReferralKind;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.StandardGraphs;
import org.junit.jupiter.api.Test;

class ReferralPathsTest {

  private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

  private static MemberId m(String id) {
    return MemberId.of(id);
  }

  /** A network of the given members (with consent) and face-to-face touchpoints "a b weight". */
  static Network network(List<Member> members, String... ties) {
    Network.Builder b = Network.builder().members(members);
    int i = 0;
    for (String tie : ties) {
      String[] f = tie.split(" ");
      b.touchpoint(Touchpoint.builder(TouchpointId.of("t" + i++)).at(T).medium(Medium.FACE_TO_FACE)
          .between(m(f[0]), m(f[1])).weight(Double.parseDouble(f[2])).build());
    }
    return b.build();
  }

  static Member member(String id, Consent consent) {
    return Member.builder(m(id)).consent(consent).build();
  }

  /**
   * ana wants to reach dee. The strongest chain is through hub (ana–hub 4, hub–dee 4), but hub may not be
   * recommended; the other chain is ana–bo–cy–dee (weights 2). Strengths s: ana 6, hub 8, dee 6, bo 4, cy 4.
   * Via hub: 4/√(6·8) · 4/√(8·6) = 16/48 = 1/3. Via bo and cy: 2/√(6·4) · 2/√(4·4) · 2/√(4·6) = 1/12.
   */
  private static Network hubNetwork(Consent hubConsent) {
    return network(List.of(member("ana", Consent.defaults()), member("hub", hubConsent),
            member("bo", Consent.defaults()), member("cy", Consent.defaults()), member("dee", Consent.defaults())),
        "ana hub 4", "hub dee 4", "ana bo 2", "bo cy 2", "cy dee 2");
  }

  @Test
  void should_go_through_the_strongest_chain_when_everyone_consents() {
    ReferralPaths paths = ReferralPaths.on(SocialGraph.of(hubNetwork(Consent.defaults())));
    ReferralPath best = paths.best(m("ana"), m("dee")).orElseThrow();
    assertThat(best.members()).containsExactly(m("ana"), m("hub"), m("dee"));
    assertThat(best.strength()).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(best.hopStrengths()).containsExactly(4 / Math.sqrt(48), 4 / Math.sqrt(48));
    assertThat(best.tieWeights()).containsExactly(4.0, 4.0);
    assertThat(best.intermediaries()).containsExactly(m("hub"));
  }

  @Test
  void should_take_the_longer_chain_around_a_hub_that_may_not_be_recommended() {
    ReferralPaths paths = ReferralPaths.on(SocialGraph.of(hubNetwork(Consent.defaults().withRecommendable(false))));
    List<ReferralPath> chains = paths.find(m("ana"), m("dee"));
    assertThat(chains).hasSize(1);
    assertThat(chains.get(0).members()).containsExactly(m("ana"), m("bo"), m("cy"), m("dee"));
    assertThat(chains.get(0).strength()).isCloseTo(1.0 / 12, within(1e-15));
    assertThat(chains.get(0).hops()).isEqualTo(3);
    // a hub that may be recommended but not contacted is blocked as well
    ReferralPaths quiet = ReferralPaths.on(SocialGraph.of(hubNetwork(Consent.defaults().withContactable(false))));
    assertThat(quiet.best(m("ana"), m("dee")).orElseThrow().hops()).isEqualTo(3);
  }

  @Test
  void should_cut_chains_longer_than_the_hop_limit() {
    SocialGraph g = SocialGraph.of(hubNetwork(Consent.none()));
    assertThat(ReferralPaths.on(g, ReferralOptions.defaults().withMaxHops(2)).find(m("ana"), m("dee"))).isEmpty();
    assertThat(ReferralPaths.on(g, ReferralOptions.defaults().withMaxHops(3)).find(m("ana"), m("dee"))).hasSize(1);
    // with everyone consenting, maxHops 1 finds no chain (no direct tie) and maxHops 2 only the hub
    SocialGraph open = SocialGraph.of(hubNetwork(Consent.defaults()));
    assertThat(ReferralPaths.on(open, ReferralOptions.defaults().withMaxHops(1)).find(m("ana"), m("dee"))).isEmpty();
    assertThat(ReferralPaths.on(open, ReferralOptions.defaults().withMaxHops(2)).find(m("ana"), m("dee")))
        .extracting(ReferralPath::hops).containsExactly(2);
  }

  @Test
  void should_find_the_strongest_chain_within_the_limit_even_when_a_stronger_one_is_longer() {
    // a–b–c–d strong (weights 9) versus a–e–d weak (1): plain Dijkstra would settle d through the long chain
    Network n = network(List.of(member("a", Consent.all()), member("b", Consent.all()), member("c", Consent.all()),
        member("d", Consent.all()), member("e", Consent.all())), "a b 9", "b c 9", "c d 9", "a e 1", "e d 1");
    ReferralPaths unlimited = ReferralPaths.on(SocialGraph.of(n));
    assertThat(unlimited.best(m("a"), m("d")).orElseThrow().members()).containsExactly(m("a"), m("b"), m("c"), m("d"));
    ReferralPaths two = ReferralPaths.on(SocialGraph.of(n), ReferralOptions.defaults().withMaxHops(2));
    assertThat(two.best(m("a"), m("d")).orElseThrow().members()).containsExactly(m("a"), m("e"), m("d"));
  }

  @Test
  void should_list_k_loopless_alternatives_strongest_first() {
    // a reaches z through x (3, 3), y (2, 2) or w (1, 1); x and y are tied (1). Strengths s: a 6, z 6,
    // x 7, y 5, w 2. a–x–z: 9/42; a–y–z: 4/30; a–w–z: 1/12; a–x–y–z and a–y–x–z: 6/√(42·35·30) = 6/210
    Network n = network(List.of(member("a", Consent.all()), member("w", Consent.all()), member("x", Consent.all()),
            member("y", Consent.all()), member("z", Consent.all())),
        "a x 3", "x z 3", "a y 2", "y z 2", "x y 1", "a w 1", "w z 1");
    List<ReferralPath> chains = ReferralPaths.on(SocialGraph.of(n), ReferralOptions.defaults().withK(10))
        .find(m("a"), m("z"));
    assertThat(chains).hasSize(5);
    assertThat(chains.get(0).members()).containsExactly(m("a"), m("x"), m("z"));
    assertThat(chains.get(0).strength()).isCloseTo(9.0 / 42, within(1e-15));
    assertThat(chains.get(1).members()).containsExactly(m("a"), m("y"), m("z"));
    assertThat(chains.get(1).strength()).isCloseTo(4.0 / 30, within(1e-15));
    assertThat(chains.get(2).members()).containsExactly(m("a"), m("w"), m("z"));
    assertThat(chains.get(2).strength()).isCloseTo(1.0 / 12, within(1e-15));
    assertThat(List.of(chains.get(3).members(), chains.get(4).members())).containsExactlyInAnyOrder(
        List.of(m("a"), m("x"), m("y"), m("z")), List.of(m("a"), m("y"), m("x"), m("z")));
    assertThat(chains.get(3).strength()).isCloseTo(6.0 / 210, within(1e-15));
    assertThat(chains.get(4).strength()).isCloseTo(6.0 / 210, within(1e-15));
    for (ReferralPath p : chains) {
      assertThat(p.members()).doesNotHaveDuplicates();
    }
    // the default k is 3, and k = 1 is the best alone
    assertThat(ReferralPaths.on(SocialGraph.of(n)).find(m("a"), m("z"))).hasSize(3);
    assertThat(ReferralPaths.on(SocialGraph.of(n), ReferralOptions.defaults().withK(1)).find(m("a"), m("z")))
        .extracting(ReferralPath::members).containsExactly(chains.get(0).members());
  }

  @Test
  void should_weigh_hops_against_the_strongest_tie_when_asked() {
    // w / max w with max w = 4: ana–hub–dee = 1 · 1, ana–bo–cy–dee = 0.5³
    ReferralOptions options = ReferralOptions.defaults().withK(2).withNormalization(TieNormalization.BY_STRONGEST_TIE);
    List<ReferralPath> chains = ReferralPaths.on(SocialGraph.of(hubNetwork(Consent.defaults())), options)
        .find(m("ana"), m("dee"));
    assertThat(chains).extracting(ReferralPath::strength).containsExactly(1.0, 0.125);
  }

  @Test
  void should_return_nothing_when_no_chain_exists_or_the_target_refuses_contact() {
    Network n = network(List.of(member("a", Consent.all()), member("b", Consent.all()), member("c", Consent.all()),
        member("d", Consent.all().withContactable(false)), member("e", Consent.all())), "a b 1", "b d 1", "c e 1");
    ReferralPaths paths = ReferralPaths.on(SocialGraph.of(n));
    assertThat(paths.find(m("a"), m("c"))).isEmpty(); // different components
    assertThat(paths.best(m("a"), m("e"))).isEqualTo(Optional.empty());
    assertThat(paths.find(m("a"), m("d"))).isEmpty(); // d may not be contacted
    assertThat(paths.find(m("d"), m("a"))).hasSize(1); // but may ask
    assertThat(paths.find(m("a"), m("b"))).extracting(ReferralPath::hops).containsExactly(1);
  }

  @Test
  void should_reject_unknown_members_and_the_same_member_at_both_ends() {
    ReferralPaths paths = ReferralPaths.on(SocialGraph.of(hubNetwork(Consent.defaults())));
    assertThatThrownBy(() -> paths.find(m("ana"), m("zed"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown member: zed");
    assertThatThrownBy(() -> paths.find(m("ana"), m("ana"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a referral chain needs two members but from and to are both ana");
    assertThatThrownBy(() -> paths.find(null, m("ana"))).isInstanceOf(NullPointerException.class).hasMessage("from");
    assertThatThrownBy(() -> ReferralOptions.defaults().withK(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k must be >= 1 but was 0");
    assertThatThrownBy(() -> ReferralOptions.defaults().withMaxHops(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxHops must be >= 1 but was -1");
    assertThatThrownBy(() -> ReferralOptions.defaults().withMaxHops(0)).hasMessage("maxHops must be >= 1 but was 0");
  }

  @Test
  void should_turn_a_chain_into_linked_introductions_and_question_forwards_that_a_network_accepts() {
    Network n = hubNetwork(Consent.defaults().withRecommendable(false));
    ReferralPath chain = ReferralPaths.on(SocialGraph.of(n)).best(m("ana"), m("dee")).orElseThrow();
    List<Referral> intros = chain.introductions(i -> ReferralId.of("i" + i), T);
    assertThat(intros).hasSize(2);
    assertThat(intros.get(0).kind()).isEqualTo(ReferralKind.INTRODUCTION);
    assertThat(List.of(intros.get(0).referrer(), intros.get(0).from(), intros.get(0).to()))
        .containsExactly(m("bo"), m("ana"), m("cy"));
    assertThat(intros.get(0).parent()).isEmpty();
    assertThat(List.of(intros.get(1).referrer(), intros.get(1).from(), intros.get(1).to()))
        .containsExactly(m("cy"), m("ana"), m("dee"));
    assertThat(intros.get(1).parent()).contains(ReferralId.of("i0"));
    QuestionId q = QuestionId.of("q1");
    List<Referral> forwards = chain.questionForwards(q, i -> ReferralId.of("f" + i), T);
    assertThat(forwards).hasSize(3);
    assertThat(forwards).extracting(Referral::referrer).containsExactly(m("ana"), m("bo"), m("cy"));
    assertThat(forwards).extracting(Referral::to).containsExactly(m("bo"), m("cy"), m("dee"));
    assertThat(forwards.get(0).onBehalfOf()).isEmpty();
    assertThat(forwards.get(2).onBehalfOf()).contains(m("ana"));
    assertThat(forwards.get(2).parent()).contains(ReferralId.of("f1"));
    // the network accepts them: chains resolve through the parents
    Network withReferrals = n.toBuilder()
        .question(Question.of(q, m("ana"), "Who knows export finance?", java.util.Set.of(Topic.of("export")), T))
        .referrals(intros).referrals(forwards).build();
    assertThat(withReferrals.referralChain(ReferralId.of("f2"))).extracting(Referral::id)
        .containsExactly(ReferralId.of("f0"), ReferralId.of("f1"), ReferralId.of("f2"));
    // a direct tie needs no introduction
    Network direct = network(List.of(member("a", Consent.all()), member("b", Consent.all())), "a b 1");
    ReferralPath one = ReferralPaths.on(SocialGraph.of(direct)).best(m("a"), m("b")).orElseThrow();
    assertThat(one.introductions(i -> ReferralId.of("x" + i), T)).isEmpty();
    assertThat(one.questionForwards(q, i -> ReferralId.of("x" + i), T)).hasSize(1);
    assertThatThrownBy(() -> chain.introductions(i -> null, T)).isInstanceOf(NullPointerException.class)
        .hasMessage("ids returned null");
  }

  @Test
  void should_walk_a_200k_member_path_end_to_end() {
    int n = 200_000;
    SocialGraph path = StandardGraphs.path(n);
    ReferralOptions options = ReferralOptions.defaults().withMaxHops(n).withK(2)
        .withNormalization(TieNormalization.BY_STRONGEST_TIE);
    List<ReferralPath> chains = ReferralPaths.on(path, options).find(path.member(0), path.member(n - 1));
    assertThat(chains).hasSize(1); // a path has one chain
    assertThat(chains.get(0).hops()).isEqualTo(n - 1);
    assertThat(chains.get(0).strength()).isEqualTo(1.0);
    assertThat(chains.get(0).nodes()).startsWith(0, 1, 2).endsWith(n - 2, n - 1);
    assertThat(chains.get(0).toString()).startsWith("ReferralPath[0 -(1.0000)-> 1 -(1.0000)-> 2")
        .contains(" …(+199991 more) -(1.0000)-> 199999, strength=1.000, hops=199999]");
    // one hop short: nothing
    assertThat(ReferralPaths.on(path, options.withMaxHops(n - 2)).find(path.member(0), path.member(n - 1))).isEmpty();
  }

  @Test
  void should_read_well_in_toString() {
    ReferralPath best = ReferralPaths.on(SocialGraph.of(hubNetwork(Consent.defaults()))).best(m("ana"), m("dee"))
        .orElseThrow();
    assertThat(best).hasToString("ReferralPath[ana -(0.5774)-> hub -(0.5774)-> dee, strength=0.3333, hops=2]");
    assertThat(ReferralOptions.defaults()).hasToString("ReferralOptions[k=3, maxHops=3, normalization=BY_STRENGTHS]");
  }
}
