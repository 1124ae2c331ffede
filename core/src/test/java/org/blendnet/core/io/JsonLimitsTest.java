package org.blendnet.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonLimitsTest {

  @Test
  void should_have_the_documented_defaults() {
    JsonLimits d = JsonLimits.defaults();

    assertThat(d.maxDocumentLength()).isEqualTo(1_073_741_824L);
    assertThat(d.maxTokenCount()).isEqualTo(250_000_000L);
    assertThat(d.maxNestingDepth()).isEqualTo(32);
    assertThat(d.maxStringLength()).isEqualTo(100_000);
    assertThat(d.maxNameLength()).isEqualTo(1_000);
    assertThat(d.maxNumberLength()).isEqualTo(50);
  }

  @Test
  void should_change_one_limit_per_wither() {
    JsonLimits d = JsonLimits.defaults();

    assertThat(d.withMaxDocumentLength(7)).isEqualTo(new JsonLimits(7, 250_000_000L, 32, 100_000, 1_000, 50));
    assertThat(d.withMaxTokenCount(7)).isEqualTo(new JsonLimits(1L << 30, 7, 32, 100_000, 1_000, 50));
    assertThat(d.withMaxNestingDepth(7)).isEqualTo(new JsonLimits(1L << 30, 250_000_000L, 7, 100_000, 1_000, 50));
    assertThat(d.withMaxStringLength(7)).isEqualTo(new JsonLimits(1L << 30, 250_000_000L, 32, 7, 1_000, 50));
    assertThat(d.withMaxNameLength(7)).isEqualTo(new JsonLimits(1L << 30, 250_000_000L, 32, 100_000, 7, 50));
    assertThat(d.withMaxNumberLength(7)).isEqualTo(new JsonLimits(1L << 30, 250_000_000L, 32, 100_000, 1_000, 7));
  }

  @Test
  void should_reject_a_limit_below_one_naming_it() {
    JsonLimits d = JsonLimits.defaults();

    assertThatThrownBy(() -> d.withMaxDocumentLength(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentLength must be >= 1 but was 0");
    assertThatThrownBy(() -> d.withMaxTokenCount(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxTokenCount must be >= 1 but was -1");
    assertThatThrownBy(() -> d.withMaxNestingDepth(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth must be >= 1 but was 0");
    assertThatThrownBy(() -> d.withMaxStringLength(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxStringLength must be >= 1 but was 0");
    assertThatThrownBy(() -> d.withMaxNameLength(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNameLength must be >= 1 but was 0");
    assertThatThrownBy(() -> d.withMaxNumberLength(Integer.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNumberLength must be >= 1 but was -2147483648");
  }
}
