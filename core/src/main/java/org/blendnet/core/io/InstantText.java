package org.blendnet.core.io;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Instants as ISO-8601 text, fast: {@link #parse} and {@link #format} handle the shape almost every
 * document uses ({@code 2026-03-02T10:15:00Z}, with 1 to 9 fraction digits, years 0000 to 9999) without
 * the allocations of {@link java.time.format.DateTimeFormatter}, and hand everything else to
 * {@link Instant#parse} and {@link Instant#toString()}, so that the results are exactly theirs. Stateless;
 * thread-safe.
 */
final class InstantText {

  /** Long enough for any {@link Instant#toString()} ({@code +1000000000-12-31T23:59:59.999999999Z}). */
  static final int MAX_LENGTH = 40;

  private static final long SECONDS_PER_DAY = 86_400L;
  /** Days from 0000-01-01 to 1970-01-01 in the proleptic Gregorian calendar. */
  private static final long DAYS_0000_TO_1970 = 719_528L;
  /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z in epoch seconds: the range {@link #format} handles itself. */
  private static final long FIRST_FAST_SECOND = -62_167_219_200L;
  private static final long LAST_FAST_SECOND = 253_402_300_799L;

  private InstantText() {}

  /**
   * Parses an instant the way {@link Instant#parse} does.
   *
   * @throws java.time.format.DateTimeParseException if {@link Instant#parse} would
   */
  static Instant parse(char[] text, int offset, int length) {
    Instant fast = parseCommonShape(text, offset, length);
    return fast != null ? fast : Instant.parse(new String(text, offset, length));
  }

  /**
   * Parses {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} with in-range fields; null for anything else (which may still
   * be valid for {@link Instant#parse}: a leap second, {@code 24:00}, an offset, a year beyond 9999).
   */
  static @Nullable Instant parseCommonShape(char[] s, int o, int length) {
    if (length < 20 || length > 30 || s[o + length - 1] != 'Z' || s[o + 4] != '-' || s[o + 7] != '-'
        || s[o + 10] != 'T' || s[o + 13] != ':' || s[o + 16] != ':') {
      return null;
    }
    int year = digits(s, o, 4);
    int month = digits(s, o + 5, 2);
    int day = digits(s, o + 8, 2);
    int hour = digits(s, o + 11, 2);
    int minute = digits(s, o + 14, 2);
    int second = digits(s, o + 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || hour < 0
        || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int nanos = 0;
    if (length > 20) {
      int fractionDigits = length - 21;
      if (s[o + 19] != '.' || fractionDigits < 1) {
        return null;
      }
      for (int i = 0; i < fractionDigits; i++) {
        int d = s[o + 20 + i] - '0';
        if (d < 0 || d > 9) {
          return null;
        }
        nanos = nanos * 10 + d;
      }
      for (int i = fractionDigits; i < 9; i++) {
        nanos *= 10;
      }
    }
    long epochDay = epochDay(year, month, day);
    return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second, nanos);
  }

  /**
   * Writes {@code instant} as {@link Instant#toString()} would into {@code out} (at least {@link #MAX_LENGTH}
   * long) and returns the number of characters written.
   */
  static int format(Instant instant, char[] out) {
    long epochSecond = instant.getEpochSecond();
    if (epochSecond < FIRST_FAST_SECOND || epochSecond > LAST_FAST_SECOND) {
      String text = instant.toString();
      text.getChars(0, text.length(), out, 0);
      return text.length();
    }
    long epochDay = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(epochSecond, SECONDS_PER_DAY);
    // civil-from-days, counting in 400-year eras from 0000-03-01 so that leap days end each year
    long z = epochDay + DAYS_0000_TO_1970 - 60;
    long era = Math.floorDiv(z, 146_097L);
    int dayOfEra = (int) (z - era * 146_097L);
    int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int monthIndex = (5 * dayOfYear + 2) / 153;
    int day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    int month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    int year = (int) (era * 400 + yearOfEra) + (month <= 2 ? 1 : 0);
    put(out, 0, year, 4);
    out[4] = '-';
    put(out, 5, month, 2);
    out[7] = '-';
    put(out, 8, day, 2);
    out[10] = 'T';
    put(out, 11, secondOfDay / 3600, 2);
    out[13] = ':';
    put(out, 14, secondOfDay / 60 % 60, 2);
    out[16] = ':';
    put(out, 17, secondOfDay % 60, 2);
    int end = 19;
    int nanos = instant.getNano();
    if (nanos != 0) {
      out[end++] = '.';
      if (nanos % 1_000_000 == 0) {
        put(out, end, nanos / 1_000_000, 3);
        end += 3;
      } else if (nanos % 1_000 == 0) {
        put(out, end, nanos / 1_000, 6);
        end += 6;
      } else {
        put(out, end, nanos, 9);
        end += 9;
      }
    }
    out[end++] = 'Z';
    return end;
  }

  private static int digits(char[] s, int offset, int count) {
    int value = 0;
    for (int i = 0; i < count; i++) {
      int d = s[offset + i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  private static void put(char[] out, int offset, int value, int width) {
    for (int i = offset + width - 1; i >= offset; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  private static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return isLeap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Days since 1970-01-01 of a valid date with a year from 0 to 9999 (as {@code LocalDate.toEpochDay}). */
  private static long epochDay(int year, int month, int day) {
    long total = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    total += (367 * month - 362) / 12 + day - 1;
    if (month > 2) {
      total -= isLeap(year) ? 1 : 2;
    }
    return total - DAYS_0000_TO_1970;
  }
}
