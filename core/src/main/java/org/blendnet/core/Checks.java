package org.blendnet.core;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/** Argument checks shared by the model's constructors; messages name the offending value. */
final class Checks {

  /** Longest identifier accepted, in characters. */
  static final int MAX_ID_LENGTH = 256;

  private Checks() {}

  static <T> T notNull(T value, String name) {
    return Objects.requireNonNull(value, name);
  }

  /** Checks that a required text is present, not blank and well-formed; returns it unchanged. */
  static String notBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return wellFormed(value, name);
  }

  /**
   * Checks that a text is well-formed UTF-16 — no surrogate without its partner — so that it can be
   * written as UTF-8 (JSON, CSV) and read back unchanged; returns it unchanged.
   */
  static String wellFormed(String value, String name) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(name + " has an unpaired surrogate character at index " + i);
      }
    }
    return value;
  }

  /** White space, other spacing characters (no-break space) and invisible format characters (BOM, zero width). */
  private static boolean invisible(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
        || Character.getType(codePoint) == Character.FORMAT;
  }

  /**
   * Checks an identifier: not blank, not too long, well-formed, no control characters, and nothing
   * invisible at either end (white space, no-break space, byte order mark, zero-width characters), since
   * such ids look equal to others and do not survive copying through spreadsheets.
   */
  static String identifier(String value, String type) {
    Objects.requireNonNull(value, type + " value");
    if (value.isBlank()) {
      throw new IllegalArgumentException(type + " must not be blank");
    }
    if (value.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          type + " must be at most " + MAX_ID_LENGTH + " characters but was " + value.length());
    }
    if (invisible(value.codePointAt(0)) || invisible(value.codePointBefore(value.length()))) {
      throw new IllegalArgumentException(
          type + " must not start or end with white space or an invisible character: '" + value + "'");
    }
    wellFormed(value, type);
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(
            type + " must not contain control characters (at index " + i + ")");
      }
    }
    return value;
  }

  /** Checks that no element of a collection is null, naming the collection. */
  static <C extends Collection<?>> C noNulls(C values, String name) {
    Objects.requireNonNull(values, name);
    if (values instanceof List<?> list && values instanceof RandomAccess) {
      // by index: no iterator per record (escape analysis does not always remove it)
      for (int i = 0, n = list.size(); i < n; i++) {
        if (list.get(i) == null) {
          throw new NullPointerException(name + " must not contain null");
        }
      }
      return values;
    }
    for (Object v : values) {
      if (v == null) {
        throw new NullPointerException(name + " must not contain null");
      }
    }
    return values;
  }
}
