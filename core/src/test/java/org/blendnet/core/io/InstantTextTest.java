package org.blendnet.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** {@link InstantText} against its reference, {@link Instant#parse} and {@link Instant#toString()}. */
class InstantTextTest {

  private static Instant parse(String text) {
    return InstantText.parse(text.toCharArray(), 0, text.length());
  }

  private static String format(Instant instant) {
    char[] out = new char[InstantText.MAX_LENGTH];
    return new String(out, 0, InstantText.format(instant, out));
  }

  @Test
  void should_parse_the_common_shape_without_the_jdk() {
    char[] text = "xx2026-03-02T10:15:00.123456789Zyy".toCharArray();

    assertThat(InstantText.parseCommonShape(text, 2, 30)).isEqualTo(Instant.parse("2026-03-02T10:15:00.123456789Z"));
    assertThat(InstantText.parseCommonShape("2024-02-29T23:59:59Z".toCharArray(), 0, 20))
        .isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
    assertThat(InstantText.parseCommonShape("0000-01-01T00:00:00Z".toCharArray(), 0, 20))
        .isEqualTo(Instant.ofEpochSecond(-62_167_219_200L));
  }

  @Test
  void should_leave_other_shapes_to_the_jdk_with_the_same_result() {
    for (String text : new String[] {"2026-06-30T23:59:60Z", "2026-03-02T24:00:00Z", "2026-03-02T11:15:00+01:00",
        "2026-03-02T10:15:00.Z", "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z", "2026-03-02t10:15:00z"}) {
      assertThat(InstantText.parseCommonShape(text.toCharArray(), 0, text.length())).as(text).isNull();
      assertThat(parse(text)).as(text).isEqualTo(Instant.parse(text));
    }
  }

  @Test
  void should_reject_what_the_jdk_rejects() {
    for (String text : new String[] {"2026-02-29T10:00:00Z", "2026-13-01T10:00:00Z", "2026-03-02T10:60:00Z",
        "2026-03-02T10:15:00", "2026-03-02T10:15:00.1234567890Z", "2026-03-02T10:15Z", "", "x"}) {
      assertThatThrownBy(() -> parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
    }
  }

  @Test
  void should_format_as_instant_to_string() {
    assertThat(format(Instant.parse("2026-03-02T10:15:00Z"))).isEqualTo("2026-03-02T10:15:00Z");
    assertThat(format(Instant.parse("2026-03-02T10:15:00.5Z"))).isEqualTo("2026-03-02T10:15:00.500Z");
    assertThat(format(Instant.parse("1969-12-31T23:59:59.000001Z"))).isEqualTo("1969-12-31T23:59:59.000001Z");
    assertThat(format(Instant.MAX)).isEqualTo("+1000000000-12-31T23:59:59.999999999Z");
    assertThat(format(Instant.MIN)).isEqualTo("-1000000000-01-01T00:00:00Z");
  }

  @Test
  void should_format_every_instant_as_the_jdk_does() {
    Gen<Long> seconds = Generate.longRange(-70_000_000_000L, 260_000_000_000L)
        .mix(Generate.longRange(-62_167_219_300L, -62_167_219_100L))
        .mix(Generate.longRange(253_402_300_700L, 253_402_300_900L));
    Gen<Integer> nanos = Generate.pick(java.util.List.of(0, 500_000_000, 1_000, 123_456_000, 999_999_999, 7))
        .mix(Generate.range(0, 999_999_999));

    qt().withFixedSeed(20260302L).withExamples(20_000).forAll(seconds, nanos).checkAssert((s, n) -> {
      Instant instant = Instant.ofEpochSecond(s, n);
      assertThat(format(instant)).isEqualTo(instant.toString());
      assertThat(parse(instant.toString())).isEqualTo(instant);
    });
  }

  @Test
  void should_parse_every_common_shape_as_the_jdk_does() {
    Gen<String> texts = Generate.intArrays(Generate.constant(9), Generate.range(0, 99)).zip(
        Generate.range(0, 9_999), Generate.range(0, 10), (f, year, fractionDigits) -> String.format(
            "%04d-%02d-%02dT%02d:%02d:%02d%sZ", year, f[0] % 14, f[1] % 33, f[2] % 26, f[3] % 62, f[4] % 62,
            fractionDigits == 0 ? "" : "." + String.format("%09d", f[5] * 10_000_000 + f[6] * 100_000 + f[7] * 1_000
                + f[8]).substring(0, fractionDigits == 10 ? 0 : fractionDigits)));

    qt().withFixedSeed(20260302L).withExamples(20_000).forAll(texts).checkAssert(text -> {
      Instant expected;
      try {
        expected = Instant.parse(text);
      } catch (DateTimeParseException e) {
        assertThatThrownBy(() -> parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
        return;
      }
      assertThat(parse(text)).as(text).isEqualTo(expected);
    });
  }
}
