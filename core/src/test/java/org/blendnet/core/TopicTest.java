package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.testing.Theories.qt;

import java.util.Locale;
import java.util.stream.Stream;
import org.blendnet.core.testing.Networks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TopicTest {

  static Stream<Arguments> normalisations() {
    return Stream.of(
        Arguments.of("negotiation", "negotiation"),
        Arguments.of("Export Finance", "export finance"),
        Arguments.of("  export   finance\t", "export finance"),
        Arguments.of("export\t\n finance", "export finance"),
        Arguments.of("export\u3000\u2003finance", "export finance"),
        Arguments.of("C++ / R&D", "c++ / r&d"),
        Arguments.of("ÆSIR Straße", "æsir straße"),
        Arguments.of("STRASSE", "strasse"),
        // root locale, not Turkish: dotted capital I becomes i + combining dot above
        Arguments.of("İstanbul", "i\u0307stanbul"),
        Arguments.of("ΣΟΦΙΑ", "σοφια"),
        Arguments.of("日本語", "日本語"),
        Arguments.of("a\u00A0b", "a\u00A0b"),
        // letters outside the Basic Multilingual Plane are lower-cased too (Deseret)
        Arguments.of("\uD801\uDC00", "\uD801\uDC28"),
        Arguments.of("\uD801\uDC00 x", "\uD801\uDC28 x"));
  }

  @ParameterizedTest(name = "''{0}'' -> ''{1}''")
  @MethodSource("normalisations")
  void should_normalise_case_and_white_space(String raw, String normal) {
    assertThat(Topic.of(raw).name()).isEqualTo(normal);
    assertThat(Topic.of(raw)).isEqualTo(Topic.of(normal)).hasToString(normal);
  }

  @Test
  void should_order_by_normalised_name() {
    assertThat(Topic.of("Banking").compareTo(Topic.of("accounting"))).isPositive();
    assertThat(Topic.of("A").compareTo(Topic.of(" a "))).isZero();
  }

  @Test
  void should_reject_blank_names() {
    for (String blank : new String[] {"", "   ", "\t\n", "\u3000"}) {
      assertThatThrownBy(() -> Topic.of(blank)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("topic name must not be blank");
    }
  }

  @Test
  void should_limit_the_length_after_normalisation() {
    assertThat(Topic.of("t".repeat(128)).name()).hasSize(Topic.MAX_LENGTH);
    assertThat(Topic.of("   " + "T".repeat(64) + "   \t\t  " + "u".repeat(63) + "  ").name()).hasSize(128);
    assertThatThrownBy(() -> Topic.of("t".repeat(129))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("topic name must be at most 128 characters but was 129");
    // one dotted capital I lower-cases to two characters
    assertThatThrownBy(() -> Topic.of("İ".repeat(65))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("topic name must be at most 128 characters but was 130");
  }

  @Test
  void should_reject_control_characters_that_are_not_white_space() {
    assertThatThrownBy(() -> Topic.of("a\u0000b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("topic name must not contain control characters (at index 1)");
    assertThatThrownBy(() -> Topic.of("Ab\u007F")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("topic name must not contain control characters (at index 2)");
  }

  @Test
  void should_reject_null_naming_the_name() {
    assertThatNullPointerException().isThrownBy(() -> Topic.of(null)).withMessage("topic name");
  }

  @Test
  void should_be_idempotent_and_leave_a_normal_name() {
    qt(2000).forAll(Networks.topicNames()).checkAssert(raw -> {
      Topic topic = Topic.of(raw);
      String name = topic.name();
      assertThat(Topic.of(name).name()).isEqualTo(name);
      assertThat(name).isEqualTo(name.strip()).doesNotContain("  ");
      assertThat(name.codePoints().filter(c -> Character.isWhitespace(c) && c != ' ')).isEmpty();
      assertThat(name.codePoints().filter(c -> Character.toLowerCase(c) != c)).as(name).isEmpty();
    });
  }

  @Test
  void should_not_depend_on_the_case_of_the_input() {
    qt(2000).forAll(Networks.topicNames()).checkAssert(raw ->
        assertThat(Topic.of(raw.toLowerCase(Locale.ROOT))).isEqualTo(Topic.of(raw)));
  }
}
