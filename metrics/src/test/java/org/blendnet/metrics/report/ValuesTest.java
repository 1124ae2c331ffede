package org.blendnet.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void should_write_undefined_as_null_and_negative_zero_as_zero() {
    assertThat(Values.number(Double.NaN)).isNull();
    assertThat(Values.number(Double.POSITIVE_INFINITY)).isNull();
    assertThat(Values.number(-0.0)).isEqualTo(0.0).matches(d -> Double.doubleToRawLongBits(d) == 0);
    assertThat(Values.number(-0.25)).isEqualTo(-0.25);
  }

  @Test
  void should_show_values_as_people_read_them() {
    assertThat(Values.show(Kind.RATIO, 0.76543)).isEqualTo("0.765");
    assertThat(Values.show(Kind.AMOUNT, 2.5)).isEqualTo("2.5");
    assertThat(Values.show(Kind.SECONDS, 45L)).isEqualTo("45s");
    assertThat(Values.show(Kind.SECONDS, 86_400L + 3 * 3600L + 120L)).isEqualTo("1d 3h");
    assertThat(Values.show(Kind.SECONDS, 3 * 3600L + 120L)).isEqualTo("3h 2m");
    assertThat(Values.show(Kind.FLAG, true)).isEqualTo("yes");
    assertThat(Values.show(Kind.SERIES, List.of(0.0, 1.5))).isEqualTo("0 1.5");
    assertThat(Values.show(Kind.RATIO, null)).isEqualTo("—");
  }

  @Test
  void should_refuse_keys_that_are_not_snake_case() {
    assertThatThrownBy(() -> Values.check("Active share", 1L)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key must be lower snake case but was Active share");
    assertThatThrownBy(() -> Values.check("x", new Object())).hasMessageContaining("unsupported value type");
  }
}
