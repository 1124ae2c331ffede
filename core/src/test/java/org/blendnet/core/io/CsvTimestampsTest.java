package org.blendnet.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTimestampsTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @ParameterizedTest(name = "{0} in {1} is {2}")
  @CsvSource({
      "2026-03-02T10:15:00Z,           UTC,          2026-03-02T10:15:00Z",
      "2026-03-02T10:15:00.123456789Z, UTC,          2026-03-02T10:15:00.123456789Z",
      "2026-03-02t10:15:00z,           UTC,          2026-03-02T10:15:00Z",
      "2026-03-02T10:15:00+01:00,      UTC,          2026-03-02T09:15:00Z",
      "2026-03-02T10:15:00-05:30,      Europe/Paris, 2026-03-02T15:45:00Z",
      "2026-03-02T10:15:00+01:00[Europe/Paris], UTC, 2026-03-02T09:15:00Z",
      "2026-03-02T10:15:00,            UTC,          2026-03-02T10:15:00Z",
      "2026-03-02T10:15,               UTC,          2026-03-02T10:15:00Z",
      "2026-03-02T10:15:00,            Europe/Paris, 2026-03-02T09:15:00Z",
      "2026-07-02T10:15:00,            Europe/Paris, 2026-07-02T08:15:00Z",
      "2026-03-02 10:15:00,            UTC,          2026-03-02T10:15:00Z",
      "2026-03-02,                     UTC,          2026-03-02T00:00:00Z",
      "2026-03-02,                     Europe/Paris, 2026-03-01T23:00:00Z",
      "1772446500,                     Europe/Paris, 2026-03-02T10:15:00Z",
      "0,                              UTC,          1970-01-01T00:00:00Z",
      "-86400,                         UTC,          1969-12-31T00:00:00Z",
      "20260302,                       UTC,          1970-08-23T11:51:42Z",
  })
  void should_parse_each_accepted_form(String text, String zone, String expected) {
    assertThat(CsvTimestamps.parse(text, ZoneId.of(zone))).isEqualTo(Instant.parse(expected));
  }

  @Test
  void should_move_a_local_time_in_a_daylight_saving_gap_forward_and_take_the_earlier_offset_in_an_overlap() {
    // 2026-03-29 02:30 does not exist in Paris (clocks jump from 02:00 to 03:00): read as 03:30 +02:00
    assertThat(CsvTimestamps.parse("2026-03-29T02:30", PARIS)).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    // 2026-10-25 02:30 happens twice in Paris: the earlier, +02:00
    assertThat(CsvTimestamps.parse("2026-10-25T02:30", PARIS)).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
  }

  @ParameterizedTest
  @CsvSource({"yesterday", "2026-02-30", "2026-03-02T25:00", "2026/03/02", "1.5", "2026-03-02T10:15:00 Z",
      "99999999999999999999", "2026-03-02T10:15:00+01:00[Mars/Olympus]"})
  void should_reject_text_that_is_no_timestamp(String text) {
    assertThatThrownBy(() -> CsvTimestamps.parse(text, ZoneOffset.UTC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timestamp '" + text + "' is not a timestamp: " + CsvTimestamps.ACCEPTED);
  }

  @Test
  void should_reject_epoch_seconds_beyond_the_instant_range() {
    assertThatThrownBy(() -> CsvTimestamps.parse("9223372036854775807", ZoneOffset.UTC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("timestamp '9223372036854775807' is out of range: ");
  }

  @Test
  void should_read_back_every_instant_written_by_Instant_toString() {
    qt().withFixedSeed(20260302L).withExamples(2000)
        .forAll(longs().between(-100_000_000_000L, 400_000_000_000L), longs().between(0, 999_999_999))
        .checkAssert((seconds, nanos) -> {
          Instant at = Instant.ofEpochSecond(seconds, nanos);
          assertThat(CsvTimestamps.parse(at.toString(), PARIS)).isEqualTo(at);
        });
  }

  @Test
  void should_read_whole_epoch_seconds_as_those_seconds() {
    qt().withFixedSeed(7L).withExamples(1000)
        .forAll(longs().between(-31_557_014_167_219_200L, 31_556_889_864_403_199L))
        .checkAssert(seconds -> assertThat(CsvTimestamps.parse(Long.toString(seconds), PARIS))
            .isEqualTo(Instant.ofEpochSecond(seconds)));
  }
}
