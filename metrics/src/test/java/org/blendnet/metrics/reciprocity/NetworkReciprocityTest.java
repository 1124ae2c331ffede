package org.blendnet.metrics.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.core.testing.Theories.qt;
import static org.blendnet.metrics.Fixtures.answer;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.directed;
import static org.blendnet.metrics.Fixtures.forward;
import static org.blendnet.metrics.Fixtures.group;
import static org.blendnet.metrics.Fixtures.members;
import static org.blendnet.metrics.Fixtures.question;
import static org.blendnet.metrics.Fixtures.undirected;

import java.util.HashMap;
import java.util.Map;
import org.blendnet.core.Answer;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Referral;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.testing.Networks;
import org.blendnet.metrics.Relabel;
import org.blendnet.core.TimeWindow;
import org.junit.jupiter.api.Test;

class NetworkReciprocityTest {

  @Test
  void should_compute_r_and_rho_of_a_three_member_contact_graph() {
    // ties a→b (twice), b→a, b→c; undirected a–c adds none. n = 3, L = 3, L↔ = 2 (a→b, b→a)
    // r = 2/3; ā = 3 / (3·2) = 1/2; ρ = (2/3 − 1/2) / (1 − 1/2) = 1/3
    Network n = members("a", "b", "c")
        .touchpoint(directed("t1", day(1), "a", "b")).touchpoint(directed("t2", day(2), "a", "b"))
        .touchpoint(directed("t3", day(3), "b", "a")).touchpoint(directed("t4", day(4), "b", "c"))
        .touchpoint(undirected("t5", day(5), "a", "c")).build();
    DyadicReciprocity contact = NetworkReciprocity.of(n).contact();
    assertThat(contact).isEqualTo(new DyadicReciprocity(3, 3, 2));
    assertThat(contact.reciprocity()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(contact.density()).isCloseTo(0.5, within(1e-12));
    assertThat(contact.rho()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(contact).hasToString("DyadicReciprocity[members=3, ties=3, reciprocated=2, r=0.667, density=0.500, rho=0.333]");
  }

  @Test
  void should_find_a_four_member_cycle_anti_reciprocal() {
    // a→b, b→c, c→d, d→a and a meeting a → c (one tie a→c): L = 5, none mutual
    // r = 0; ā = 5/12; ρ = (0 − 5/12) / (7/12) = −5/7
    Network n = members("a", "b", "c", "d")
        .touchpoint(directed("t1", day(1), "a", "b")).touchpoint(directed("t2", day(1), "b", "c"))
        .touchpoint(directed("t3", day(1), "c", "d")).touchpoint(directed("t4", day(1), "d", "a"))
        .touchpoint(directed("t5", day(1), "a", "c")).build();
    DyadicReciprocity contact = NetworkReciprocity.of(n).contact();
    assertThat(contact).isEqualTo(new DyadicReciprocity(4, 5, 0));
    assertThat(contact.reciprocity()).isZero();
    assertThat(contact.rho()).isCloseTo(-5.0 / 7, within(1e-12));
  }

  @Test
  void should_turn_a_group_touchpoint_into_ties_from_its_initiator() {
    // a meeting a → b, c, d: ties a→b, a→c, a→d; then b→a: L = 4, L↔ = 2
    // r = 1/2, ā = 4/12 = 1/3, ρ = (1/2 − 1/3)/(2/3) = 1/4
    Network n = members("a", "b", "c", "d").touchpoint(group("t1", day(1), "a", "b", "c", "d"))
        .touchpoint(directed("t2", day(2), "b", "a")).build();
    DyadicReciprocity contact = NetworkReciprocity.of(n).contact();
    assertThat(contact).isEqualTo(new DyadicReciprocity(4, 4, 2));
    assertThat(contact.rho()).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void should_weigh_help_flows() {
    // b answers a's questions three times, a answers b's once, c forwards a question for a:
    // w(b→a) = 3, w(a→b) = 1, w(c→a) = 1; W = 5; W↔ = min(3,1) + min(1,3) = 2; r_w = 0.4
    // binary: ties b→a, a→b, c→a: r = 2/3, ā = 1/2, ρ = 1/3
    Network n = members("a", "b", "c")
        .question(question("q1", "a", day(0))).question(question("q2", "a", day(0))).question(question("q3", "b", day(0)))
        .answer(answer("x1", "q1", "b", day(1))).answer(answer("x2", "q1", "b", day(2)))
        .answer(answer("x3", "q2", "b", day(3))).answer(answer("x4", "q3", "a", day(4)))
        .answer(answer("x5", "q1", "a", day(5))) // a answering herself is no help flow
        .referral(forward("r1", "q2", "c", "a", "b", day(1)))
        .build();
    NetworkReciprocity r = NetworkReciprocity.of(n);
    assertThat(r.helpFlowWeighted()).isEqualTo(new WeightedReciprocity(5, 2));
    assertThat(r.helpFlowWeighted().reciprocity()).isCloseTo(0.4, within(1e-12));
    assertThat(r.helpFlow()).isEqualTo(new DyadicReciprocity(3, 3, 2));
    assertThat(r.helpFlow().rho()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(r.contact()).isEqualTo(new DyadicReciprocity(3, 0, 0));
    assertThat(r.helpFlowWeighted()).hasToString("WeightedReciprocity[W=5, reciprocated=2, r_w=0.400]");
    // only the answers of days 1–2
    assertThat(NetworkReciprocity.of(n, TimeWindow.of(day(1), day(3))).helpFlowWeighted())
        .isEqualTo(new WeightedReciprocity(3, 0));
  }

  @Test
  void should_define_the_degenerate_cases() {
    assertThat(NetworkReciprocity.of(Network.empty()).contact()).isEqualTo(new DyadicReciprocity(0, 0, 0));
    DyadicReciprocity none = new DyadicReciprocity(5, 0, 0);
    assertThat(none.reciprocity()).isZero();
    assertThat(none.rho()).isZero();
    DyadicReciprocity complete = new DyadicReciprocity(2, 2, 2);
    assertThat(complete.density()).isEqualTo(1.0);
    assertThat(complete.reciprocity()).isEqualTo(1.0);
    assertThat(complete.rho()).isZero();
    assertThat(new DyadicReciprocity(1, 0, 0).density()).isZero();
    assertThat(new WeightedReciprocity(0, 0).reciprocity()).isZero();
    assertThatThrownBy(() -> new DyadicReciprocity(2, 3, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ties must be <= n(n-1) = 2 but was 3");
    assertThatThrownBy(() -> new DyadicReciprocity(3, 2, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reciprocatedTies must be <= ties but was 3 > 2");
    assertThatThrownBy(() -> new WeightedReciprocity(2, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reciprocatedWeight must be <= totalWeight but was 3 > 2");
  }

  // ---- against a brute-force computation on adjacency matrices -------------------------------------

  /** w[i][j]: contacts i → j, or acts of help i → j. */
  private static long[][] matrix(Network n, boolean help) {
    Map<MemberId, Integer> pos = new HashMap<>();
    for (int i = 0; i < n.members().size(); i++) {
      pos.put(n.members().get(i).id(), i);
    }
    long[][] w = new long[pos.size()][pos.size()];
    if (!help) {
      for (Touchpoint t : n.touchpoints()) {
        if (t.initiator().isPresent()) {
          for (MemberId p : t.participants()) {
            if (!p.equals(t.initiator().get())) {
              w[pos.get(t.initiator().get())][pos.get(p)]++;
            }
          }
        }
      }
      return w;
    }
    for (Answer a : n.answers()) {
      MemberId asker = n.question(a.question()).orElseThrow().asker();
      if (!asker.equals(a.responder())) {
        w[pos.get(a.responder())][pos.get(asker)]++;
      }
    }
    for (Referral r : n.referrals()) {
      MemberId beneficiary = r.onBehalfOf().orElse(r.from());
      if (!beneficiary.equals(r.referrer())) {
        w[pos.get(r.referrer())][pos.get(beneficiary)]++;
      }
    }
    return w;
  }

  private static DyadicReciprocity bruteDyadic(long[][] w) {
    long ties = 0;
    long mutual = 0;
    for (int i = 0; i < w.length; i++) {
      for (int j = 0; j < w.length; j++) {
        if (i != j && w[i][j] > 0) {
          ties++;
          mutual += w[j][i] > 0 ? 1 : 0;
        }
      }
    }
    return new DyadicReciprocity(w.length, ties, mutual);
  }

  private static WeightedReciprocity bruteWeighted(long[][] w) {
    long total = 0;
    long reciprocated = 0;
    for (int i = 0; i < w.length; i++) {
      for (int j = 0; j < w.length; j++) {
        if (i != j) {
          total += w[i][j];
          reciprocated += Math.min(w[i][j], w[j][i]);
        }
      }
    }
    return new WeightedReciprocity(total, reciprocated);
  }

  @Test
  void should_agree_with_a_brute_force_computation() {
    qt(300).forAll(ReciprocityLedgerPropertiesTest.networks()).checkAssert(n -> {
      NetworkReciprocity r = NetworkReciprocity.of(n);
      assertThat(r.contact()).isEqualTo(bruteDyadic(matrix(n, false)));
      assertThat(r.helpFlow()).isEqualTo(bruteDyadic(matrix(n, true)));
      assertThat(r.helpFlowWeighted()).isEqualTo(bruteWeighted(matrix(n, true)));
    });
  }

  @Test
  void should_keep_every_ratio_in_range() {
    qt(300).forAll(Networks.networks(Networks.Sizes.medium())).checkAssert(n -> {
      NetworkReciprocity r = NetworkReciprocity.of(n);
      for (DyadicReciprocity d : new DyadicReciprocity[] {r.contact(), r.helpFlow()}) {
        assertThat(d.reciprocity()).isBetween(0.0, 1.0);
        assertThat(d.density()).isBetween(0.0, 1.0);
        assertThat(d.rho()).isBetween(-1.0, 1.0);
        assertThat(d.reciprocatedTies() % 2).isZero();
      }
      assertThat(r.helpFlowWeighted().reciprocity()).isBetween(0.0, 1.0);
    });
  }

  @Test
  void should_not_depend_on_member_ids() {
    qt(200).forAll(ReciprocityLedgerPropertiesTest.networks()).checkAssert(n -> {
      assertThat(NetworkReciprocity.of(Relabel.of(n).network())).isEqualTo(NetworkReciprocity.of(n));
    });
  }
}
