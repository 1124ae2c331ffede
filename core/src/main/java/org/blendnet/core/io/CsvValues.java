package org.blendnet.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Parses the small values inside CSV and edge-list fields — numbers, booleans, {@code ;}-separated lists —
 * the same way in every reader. Stateless and thread-safe.
 */
final class CsvValues {

  /** The separator inside list values: topics, expertise entries, channels. */
  static final char LIST_SEPARATOR = ';';

  /** A decimal number: optional sign, digits with an optional fraction, optional exponent. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  private CsvValues() {}

  /**
   * The entries of a {@code ;}-separated list, each stripped of surrounding white space; empty entries
   * (from {@code a;;b} or a trailing {@code ;}) are left out.
   */
  static List<String> list(String text) {
    List<String> entries = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf(LIST_SEPARATOR, start);
      if (end < 0) {
        end = text.length();
      }
      String entry = text.substring(start, end).strip();
      if (!entry.isEmpty()) {
        entries.add(entry);
      }
      start = end + 1;
    }
    return entries;
  }

  /**
   * A weight: a positive, finite decimal number.
   *
   * @throws IllegalArgumentException with a message for the user otherwise
   */
  static double weight(String text) {
    OptionalDouble value = decimal(text);
    if (value.isEmpty()) {
      throw new IllegalArgumentException("weight '" + text + "' is not a number");
    }
    double w = value.getAsDouble();
    if (!(w > 0) || Double.isInfinite(w)) {
      throw new IllegalArgumentException("weight must be a positive finite number but was '" + text + "'");
    }
    return w;
  }

  /** A decimal number in plain or scientific notation (no hexadecimal, no {@code NaN}, no suffix). */
  static OptionalDouble decimal(String text) {
    return DECIMAL.matcher(text).matches() ? OptionalDouble.of(Double.parseDouble(text)) : OptionalDouble.empty();
  }

  /** The text a weight is written as: a whole number without a fraction, otherwise Java's shortest form. */
  static String formatWeight(double weight) {
    if (weight == Math.rint(weight) && Math.abs(weight) < 1e15) {
      return Long.toString((long) weight);
    }
    return Double.toString(weight);
  }

  /**
   * A boolean: {@code true}/{@code false}, {@code yes}/{@code no} or {@code 1}/{@code 0}, in any case.
   *
   * @throws IllegalArgumentException with a message for the user otherwise
   */
  static boolean bool(String column, String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw new IllegalArgumentException(
          column + " must be true, false, yes, no, 1 or 0 but was '" + text + "'");
    };
  }
}
