package org.blendnet.metrics.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.core.testing.Theories.qt;
import static org.blendnet.metrics.Fixtures.answer;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.m;
import static org.blendnet.metrics.Fixtures.question;

import java.time.Duration;
import java.util.List;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.metrics.Inequality;
import org.blendnet.metrics.Relabel;
import org.blendnet.metrics.TimeWindows;
import org.junit.jupiter.api.Test;

class OverloadTest {

  /**
   * Twenty members m00…m19. The hub (m05) answers 4 questions in window 0 and 2 in window 1; m07 answers
   * 2 in window 1; m09 answers 1 in window 0. Askers are m10…m18.
   */
  private static Network network() {
    Network.Builder b = Network.builder();
    for (int i = 0; i < 20; i++) {
      b.member(Member.of(MemberId.of(String.format("m%02d", i)), "M" + i));
    }
    int q = 0;
    String[][] answers = {{"m05", "0"}, {"m05", "0"}, {"m05", "0"}, {"m05", "0"}, {"m09", "0"},
        {"m05", "1"}, {"m05", "1"}, {"m07", "1"}, {"m07", "1"}};
    for (String[] a : answers) {
      int d = a[1].equals("0") ? 1 : 11;
      b.question(question("q" + q, String.format("m%02d", 10 + q), day(d)));
      b.answer(answer("a" + q, "q" + q, a[0], day(d)));
      q++;
    }
    return b.build();
  }

  @Test
  void should_measure_the_concentration_of_giving() {
    GivingConcentration c = GivingConcentration.of(ReciprocityLedger.of(network()));
    // G: m05 6, m07 2, m09 1, the other 17 nothing; Σ = 9
    // sorted ascending, Σ(2i − 21)x = 15·1 + 17·2 + 19·6 = 163; n·Σx = 20·9 = 180 → G = 0.90556
    assertThat(c.gini()).isCloseTo(163.0 / 180, within(1e-12));
    // top 5% of 20 = 1 member, who gave 6 of 9
    assertThat(c.topShare()).isCloseTo(6.0 / 9, within(1e-12));
    assertThat(c.top()).containsExactly(m("m05"));
    assertThat(c.members()).isEqualTo(20);
    assertThat(c.totalGiven()).isEqualTo(9.0);
    assertThat(c).hasToString("GivingConcentration[members=20, G=9, gini=0.906, top 5% gave 0.667, top=[m05]]");
    GivingConcentration top20 = GivingConcentration.of(ReciprocityLedger.of(network()), 0.2);
    // top 20% = 4 members, but only three gave anything
    assertThat(top20.top()).containsExactly(m("m05"), m("m07"), m("m09"));
    assertThat(top20.topShare()).isEqualTo(1.0);
  }

  @Test
  void should_follow_the_carriers_across_windows() {
    LedgerSeries series = ReciprocityLedger.byWindow(network(), GiveTakeWeights.defaults(),
        TimeWindows.of(day(0), Duration.ofDays(10), 2));
    Overload overload = Overload.of(series);
    assertThat(overload.overall().top()).containsExactly(m("m05"));
    // window 0: G = 5 (m05 4, m09 1), carriers' share 4/5; window 1: G = 4 (m05 2, m07 2), share 2/4
    assertThat(overload.windows()).extracting(Overload.WindowLoad::given).containsExactly(5.0, 4.0);
    assertThat(overload.windows()).extracting(Overload.WindowLoad::carriersShare).containsExactly(0.8, 0.5);
    // window 0 over 20 members: Σ(2i − 21)x = 17·1 + 19·4 = 93; 20·5 = 100 → 0.93
    assertThat(overload.windows().get(0).gini()).isCloseTo(0.93, within(1e-12));
    assertThat(overload.carriers()).containsExactly(new Overload.CarrierTrend(m("m05"), List.of(4.0, 2.0)));
    assertThat(overload.carriers().get(0)).hasToString("m05: [4, 2]");
  }

  @Test
  void should_define_the_empty_case() {
    GivingConcentration none = GivingConcentration.of(ReciprocityLedger.of(Network.empty()));
    assertThat(none.gini()).isZero();
    assertThat(none.topShare()).isZero();
    assertThat(none.top()).isEmpty();
    assertThatThrownBy(() -> GivingConcentration.of(ReciprocityLedger.of(network()), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("fraction must be in (0, 1] but was 0.0");
  }

  @Test
  void should_agree_with_inequality_and_not_depend_on_ids() {
    qt(200).forAll(ReciprocityLedgerPropertiesTest.networks()).checkAssert(n -> {
      ReciprocityLedger ledger = ReciprocityLedger.of(n);
      GivingConcentration c = GivingConcentration.of(ledger);
      double[] given = ledger.entries().stream().mapToDouble(LedgerEntry::given).toArray();
      assertThat(c.gini()).isEqualTo(Inequality.gini(given)).isBetween(0.0, 1.0).isLessThan(1.0);
      assertThat(c.topShare()).isBetween(0.0, 1.0);
      Relabel r = Relabel.of(n);
      GivingConcentration relabelled = GivingConcentration.of(ReciprocityLedger.of(r.network()));
      assertThat(relabelled.gini()).isEqualTo(c.gini());
      assertThat(relabelled.top()).isEqualTo(r.of(c.top()));
    });
  }
}
