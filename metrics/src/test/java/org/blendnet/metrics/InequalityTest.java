package org.blendnet.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.core.testing.Theories.qt;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class InequalityTest {

  /** Mean absolute difference over all ordered pairs / (2 × mean): the definition, in O(n²). */
  private static double bruteForceGini(double[] x) {
    int n = x.length;
    double sum = Arrays.stream(x).sum();
    if (n == 0 || sum == 0) {
      return 0;
    }
    double diff = 0;
    for (double a : x) {
      for (double b : x) {
        diff += Math.abs(a - b);
      }
    }
    return diff / (2.0 * n * sum);
  }

  private static Gen<double[]> values() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, 50)).ofSizeBetween(0, 40)
        .map(l -> l.stream().mapToDouble(Integer::doubleValue).toArray());
  }

  @Test
  void should_compute_a_hand_worked_gini() {
    // sorted 1, 2, 3, 4: Σ(2i − n − 1)x = −3·1 − 1·2 + 1·3 + 3·4 = 10; n·Σx = 4·10 = 40; G = 0.25
    assertThat(Inequality.gini(4, 1, 3, 2)).isCloseTo(0.25, within(1e-12));
    // one of four holds everything: G = 1 − 1/4
    assertThat(Inequality.gini(0, 0, 0, 9)).isCloseTo(0.75, within(1e-12));
    assertThat(Inequality.gini(5, 5, 5)).isZero();
  }

  @Test
  void should_be_zero_for_nothing_to_be_unequal_about() {
    assertThat(Inequality.gini()).isZero();
    assertThat(Inequality.gini(0, 0, 0)).isZero();
    assertThat(Inequality.gini(7)).isZero();
    assertThat(Inequality.topShare(new double[0], 0.05)).isZero();
    assertThat(Inequality.topShare(new double[] {0, 0}, 0.05)).isZero();
  }

  @Test
  void should_not_overflow_with_huge_values() {
    assertThat(Inequality.gini(Double.MAX_VALUE, Double.MAX_VALUE, 0)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(Inequality.topShare(new double[] {Double.MAX_VALUE, Double.MAX_VALUE, 0}, 0.2))
        .isCloseTo(0.5, within(1e-12));
  }

  @Test
  void should_agree_with_the_definition_and_lie_in_zero_to_one() {
    qt(300).forAll(values()).checkAssert(x -> {
      double g = Inequality.gini(x);
      assertThat(g).isCloseTo(bruteForceGini(x), within(1e-9)).isGreaterThanOrEqualTo(0).isLessThan(1);
    });
  }

  @Test
  void should_not_depend_on_order_or_scale() {
    qt(200).forAll(values()).checkAssert(x -> {
      double[] reversed = new double[x.length];
      double[] scaled = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        reversed[i] = x[x.length - 1 - i];
        scaled[i] = x[i] * 1000.5;
      }
      assertThat(Inequality.gini(reversed)).isEqualTo(Inequality.gini(x));
      assertThat(Inequality.gini(scaled)).isCloseTo(Inequality.gini(x), within(1e-12));
    });
  }

  @Test
  void should_count_the_top_fraction_as_people_expect() {
    assertThat(Inequality.topCount(100, 0.05)).isEqualTo(5);
    assertThat(Inequality.topCount(40, 0.05)).isEqualTo(2);
    assertThat(Inequality.topCount(41, 0.05)).isEqualTo(3);
    assertThat(Inequality.topCount(30, 0.1)).isEqualTo(3); // 0.1 × 30 = 3.0000000000000004 in binary
    assertThat(Inequality.topCount(17, 0.01)).isEqualTo(1);
    assertThat(Inequality.topCount(17, 0.10)).isEqualTo(2);
    assertThat(Inequality.topCount(3, 1.0)).isEqualTo(3);
    assertThat(Inequality.topCount(0, 0.05)).isZero();
  }

  @Test
  void should_give_the_share_of_the_top() {
    // 20 people: top 5% = 1 person holding 6 of 9
    double[] x = new double[20];
    x[3] = 6;
    x[7] = 2;
    x[11] = 1;
    assertThat(Inequality.topShare(x, 0.05)).isCloseTo(6.0 / 9, within(1e-12));
    assertThat(Inequality.topShare(x, 0.10)).isCloseTo(8.0 / 9, within(1e-12));
    assertThat(Inequality.topShare(x, 1)).isCloseTo(1, within(1e-12));
  }

  @Test
  void should_reject_bad_values_and_fractions() {
    assertThatThrownBy(() -> Inequality.gini(1, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values[1] must be finite and >= 0 but was -1.0");
    assertThatThrownBy(() -> Inequality.gini(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values[0] must be finite and >= 0 but was NaN");
    assertThatThrownBy(() -> Inequality.gini(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Inequality.topCount(10, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fraction must be in (0, 1] but was 0.0");
    assertThatThrownBy(() -> Inequality.topCount(10, 1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Inequality.topCount(-1, 0.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must be >= 0 but was -1");
    assertThatThrownBy(() -> Inequality.topShare(new double[] {1}, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
