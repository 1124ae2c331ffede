package org.blendnet.core.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses the timestamps of the CSV readers: an ISO-8601 instant, offset or zoned date-time, local
 * date-time or date (in a given zone), or whole epoch seconds. Stateless and thread-safe.
 */
final class CsvTimestamps {

  /** What a timestamp may look like, for error messages. */
  static final String ACCEPTED = "expected an ISO-8601 instant (2026-03-02T10:15:00Z), a date-time with an "
      + "offset (2026-03-02T10:15:00+01:00), a local date-time (2026-03-02T10:15:00), a date (2026-03-02) "
      + "or whole epoch seconds (1772446500)";

  private static final Pattern EPOCH_SECONDS = Pattern.compile("-?[0-9]{1,19}");

  /** A date, optionally followed by 'T', a time, an optional offset and an optional [zone]. */
  private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart()
      .appendLiteral('T')
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .optionalStart()
      .appendOffsetId()
      .optionalEnd()
      .optionalStart()
      .appendLiteral('[')
      .parseCaseSensitive()
      .appendZoneRegionId()
      .appendLiteral(']')
      .optionalEnd()
      .optionalEnd()
      .toFormatter(Locale.ROOT)
      .withChronology(IsoChronology.INSTANCE)
      .withResolverStyle(ResolverStyle.STRICT);

  private CsvTimestamps() {}

  /**
   * Parses a timestamp (already trimmed, not empty).
   *
   * @throws IllegalArgumentException with a message for the user if {@code text} is no timestamp
   */
  static Instant parse(String text, ZoneId zone) {
    try {
      if (EPOCH_SECONDS.matcher(text).matches()) {
        return Instant.ofEpochSecond(Long.parseLong(text));
      }
      String iso = text.length() > 10 && text.charAt(10) == ' '
          ? text.substring(0, 10) + 'T' + text.substring(11)
          : text;
      TemporalAccessor parsed = FORMAT.parseBest(iso, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
      if (parsed instanceof ZonedDateTime z) {
        return z.toInstant();
      }
      if (parsed instanceof LocalDateTime local) {
        return local.atZone(zone).toInstant();
      }
      return ((LocalDate) parsed).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException("timestamp '" + text + "' is not a timestamp: " + ACCEPTED, e);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("timestamp '" + text + "' is out of range: " + e.getMessage(), e);
    }
  }
}
