package org.blendnet.core;

import java.util.Collection;
import java.util.Objects;

/** Argument checks shared by the model's constructors; messages name the offending value. */
final class Checks {

  /** Longest identifier accepted, in characters. */
  static final int MAX_ID_LENGTH = 256;

  private Checks() {}

  static <T> T notNull(T value, String name) {
    return Objects.requireNonNull(value, name);
  }

  /** Checks that a required text is present and not blank; returns it unchanged. */
  static String notBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** Checks an identifier: not blank, no surrounding white space, no control characters, not too long. */
  static String identifier(String value, String type) {
    Objects.requireNonNull(value, type + " value");
    if (value.isBlank()) {
      throw new IllegalArgumentException(type + " must not be blank");
    }
    if (value.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          type + " must be at most " + MAX_ID_LENGTH + " characters but was " + value.length());
    }
    if (Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(value.length() - 1))) {
      throw new IllegalArgumentException(type + " must not start or end with white space: '" + value + "'");
    }
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
    for (Object v : values) {
      if (v == null) {
        throw new NullPointerException(name + " must not contain null");
      }
    }
    return values;
  }
}
