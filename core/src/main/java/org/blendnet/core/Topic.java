package org.blendnet.core;

import java.util.Locale;

/**
 * A subject members know about or want to learn ("negotiation", "export finance").
 *
 * <p>The name is normalised in the constructor — surrounding white space removed, inner runs of white
 * space collapsed to one space, lower case (in the root locale) — so that "Export  Finance" and
 * "export finance" are the same topic. At most {@value #MAX_LENGTH} characters, not blank, no control
 * characters. Topics order by name. Immutable and thread-safe.
 *
 * @param name the normalised name
 * @since 0.1
 */
public record Topic(String name) implements Comparable<Topic> {

  /** The longest topic name accepted, in characters (after normalisation). */
  public static final int MAX_LENGTH = 128;

  /**
   * Creates a topic, normalising its name.
   *
   * @throws IllegalArgumentException if the name is blank, too long or has control characters
   */
  public Topic {
    Checks.notBlank(name, "topic name");
    name = normalise(name);
    if (name.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "topic name must be at most " + MAX_LENGTH + " characters but was " + name.length());
    }
    for (int i = 0; i < name.length(); i++) {
      if (Character.isISOControl(name.charAt(i))) {
        throw new IllegalArgumentException("topic name must not contain control characters (at index " + i + ")");
      }
    }
  }

  /** Returns the topic with the given (not yet normalised) name. */
  public static Topic of(String name) {
    return new Topic(name);
  }

  private static String normalise(String raw) {
    String s = raw.strip();
    if (isNormal(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        pendingSpace = true;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * True if {@code s} (already stripped) has no upper case and no white space but single spaces. Works on
   * code points, so that letters outside the Basic Multilingual Plane (Deseret, Osage…) count too.
   */
  private static boolean isNormal(String s) {
    int previous = 'x';
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || previous == ' ')) {
        return false;
      }
      if (Character.toLowerCase(c) != c) {
        return false;
      }
      previous = c;
      i += Character.charCount(c);
    }
    return true;
  }

  @Override
  public int compareTo(Topic other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
