package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdentifierTest {

  static Stream<Arguments> types() {
    return Stream.of(
        Arguments.of("MemberId", (Function<String, Identifier>) MemberId::of),
        Arguments.of("EventId", (Function<String, Identifier>) EventId::of),
        Arguments.of("CommunityId", (Function<String, Identifier>) CommunityId::of),
        Arguments.of("TouchpointId", (Function<String, Identifier>) TouchpointId::of),
        Arguments.of("QuestionId", (Function<String, Identifier>) QuestionId::of),
        Arguments.of("AnswerId", (Function<String, Identifier>) AnswerId::of),
        Arguments.of("ReferralId", (Function<String, Identifier>) ReferralId::of));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void should_keep_the_value_as_given_and_show_it_bare(String type, Function<String, Identifier> of) {
    for (String value : List.of("ana", "Ana Costa", "t-17/b:3#x", "Zoë😀", "日本", "0", "x".repeat(256),
        "no\u00A0break", "e\u0301", "\"quoted\", with comma")) {
      Identifier id = of.apply(value);
      assertThat(id.value()).isEqualTo(value);
      assertThat(id).hasToString(value);
      assertThat(id.getClass().getSimpleName()).isEqualTo(type);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void should_reject_blank_values(String type, Function<String, Identifier> of) {
    for (String blank : List.of("", " ", "\t", "\u2003\n")) {
      assertThatThrownBy(() -> of.apply(blank)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(type + " must not be blank");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void should_reject_values_longer_than_256_characters(String type, Function<String, Identifier> of) {
    assertThat(of.apply("y".repeat(256)).value()).hasSize(256);
    assertThatThrownBy(() -> of.apply("y".repeat(257))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(type + " must be at most 256 characters but was 257");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void should_reject_surrounding_white_space(String type, Function<String, Identifier> of) {
    for (String value : List.of(" ana", "ana ", "\tana", "ana\n", "ana\u2003", "\u3000ana", "\u00A0ana",
        "\uFEFFana", "ana\u200B", "\u202Eana")) {
      assertThatThrownBy(() -> of.apply(value)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(type + " must not start or end with white space or an invisible character: '" + value + "'");
    }
    assertThat(of.apply("a\u00A0\u200Bb").value()).isEqualTo("a\u00A0\u200Bb");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void should_reject_unpaired_surrogates(String type, Function<String, Identifier> of) {
    assertThatThrownBy(() -> of.apply("a\uD800b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(type + " has an unpaired surrogate character at index 1");
    assertThatThrownBy(() -> of.apply("ab\uDC00")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(type + " has an unpaired surrogate character at index 2");
    assertThat(of.apply("a\uD801\uDC00").value()).isEqualTo("a𐐀");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void should_reject_control_characters(String type, Function<String, Identifier> of) {
    assertThatThrownBy(() -> of.apply("a\u0000b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(type + " must not contain control characters (at index 1)");
    assertThatThrownBy(() -> of.apply("ab\nc")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(type + " must not contain control characters (at index 2)");
    assertThatThrownBy(() -> of.apply("abc\u0085d")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(type + " must not contain control characters (at index 3)");
    assertThatThrownBy(() -> of.apply("x\u007F")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(type + " must not contain control characters (at index 1)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void should_reject_null_naming_the_value(String type, Function<String, Identifier> of) {
    assertThatNullPointerException().isThrownBy(() -> of.apply(null)).withMessageContaining("value");
  }

  @Test
  void should_compare_case_sensitively_by_value() {
    assertThat(MemberId.of("B").compareTo(MemberId.of("a"))).isNegative();
    assertThat(MemberId.of("a").compareTo(MemberId.of("ab"))).isNegative();
    assertThat(MemberId.of("ana")).isEqualTo(MemberId.of("ana")).isNotEqualTo(MemberId.of("Ana"));
    assertThat(List.of(EventId.of("b"), EventId.of("a2"), EventId.of("a10")).stream().sorted().toList())
        .containsExactly(EventId.of("a10"), EventId.of("a2"), EventId.of("b"));
  }

  @Test
  void should_not_equal_an_identifier_of_another_type_with_the_same_value() {
    assertThat((Object) MemberId.of("x")).isNotEqualTo(EventId.of("x")).isNotEqualTo("x");
    assertThat((Object) QuestionId.of("x")).isNotEqualTo(AnswerId.of("x"));
  }
}
