package org.blendnet.core.io;

import java.io.Serial;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.blendnet.core.BlendnetException;

/**
 * Thrown by the readers when their input is not a valid network in the format they read: malformed
 * syntax, a wrong type, an unknown field, a value out of range, a read limit exceeded, or records that
 * break the network's rules (dangling or duplicate ids, answers before questions…). It lists every
 * problem the reader could find — syntax errors stop reading at the first, rule violations are all
 * reported — each with its {@link InputLocation}. No network is returned.
 *
 * @since 0.1
 */
public final class NetworkFormatException extends BlendnetException {

  @Serial
  private static final long serialVersionUID = 1L;

  /** How many problems the message lists before it says how many more there are. */
  private static final int MESSAGE_LIMIT = 20;

  /** The longest problem message kept, in characters; a longer one is cut and ends with "…". */
  static final int MAX_PROBLEM_LENGTH = 1_000;

  /**
   * One problem: where, and what was wrong.
   *
   * <p>Messages quote the input, and input may be hostile: control characters (line breaks among them),
   * line and paragraph separators, the bidirectional formatting characters and the invisible ones are shown as <code>&#92;u</code> and four hex digits
   * escapes, so that a message written to a log is one line that reads as it is stored; a message longer
   * than 1,000 characters is cut.
   *
   * @param location where in the input
   * @param message what was wrong
   * @since 0.1
   */
  public record Problem(InputLocation location, String message) {
    /** Creates a problem; the message is made printable as described above. */
    public Problem {
      Objects.requireNonNull(location, "location");
      message = printable(Objects.requireNonNull(message, "message"), MAX_PROBLEM_LENGTH);
    }

    @Override
    public String toString() {
      return location + ": " + message;
    }
  }

  /** Not kept by Java serialization: a deserialized exception keeps its message and has an empty list. */
  private final transient @Nullable List<Problem> problems;

  /** An exception for one problem. */
  public NetworkFormatException(InputLocation location, String message) {
    this(List.of(new Problem(location, message)), null);
  }

  /** An exception for one problem, with its cause. */
  public NetworkFormatException(InputLocation location, String message, Throwable cause) {
    this(List.of(new Problem(location, message)), cause);
  }

  /**
   * An exception for several problems.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public NetworkFormatException(List<Problem> problems, @Nullable Throwable cause) {
    super(message(problems), cause);
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in input order. */
  public List<Problem> problems() {
    return problems == null ? List.of() : problems;
  }

  /** Where the first problem is. */
  public InputLocation location() {
    List<Problem> all = problems();
    return all.isEmpty() ? new InputLocation("<unknown>", 0, 0, "") : all.get(0).location();
  }

  /**
   * {@code text} with every character that could forge or disguise a line of a log escaped as
   * <code>&#92;u</code> and four hex digits: C0 and C1 controls, DEL, U+2028 and U+2029, the bidirectional embeddings, overrides
   * and isolates (U+202A to U+202E, U+2066 to U+2069), the invisible characters (zero-width space, joiners
   * and marks U+200B to U+200F, word joiner and invisible operators U+2060 to U+2064, a byte order mark
   * U+FEFF), and a surrogate unpaired in what is shown (the high half of a pair the cut splits too); cut to
   * {@code max} characters.
   */
  static String printable(String text, int max) {
    @Nullable StringBuilder s = null;
    int end = Math.min(text.length(), max);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      boolean unpaired = Character.isHighSurrogate(c)
          ? (i + 1 >= end || !Character.isLowSurrogate(text.charAt(i + 1)))
          : (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
      boolean escape = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
          || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || unpaired
          || (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF;
      if (escape) {
        if (s == null) {
          s = new StringBuilder(end + 16).append(text, 0, i);
        }
        s.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else if (s != null) {
        s.append(c);
      }
    }
    if (s == null && text.length() <= max) {
      return text;
    }
    if (s == null) {
      s = new StringBuilder(text.substring(0, end));
    }
    if (text.length() > max) {
      s.append('…');
    }
    return s.toString();
  }

  private static String message(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a format exception needs at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    StringBuilder s = new StringBuilder().append(problems.size()).append(" problems:");
    for (int i = 0; i < Math.min(MESSAGE_LIMIT, problems.size()); i++) {
      s.append("\n  ").append(problems.get(i));
    }
    if (problems.size() > MESSAGE_LIMIT) {
      s.append("\n  …(+").append(problems.size() - MESSAGE_LIMIT).append(" more)");
    }
    return s.toString();
  }
}
