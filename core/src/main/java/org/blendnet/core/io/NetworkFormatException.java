package org.blendnet.core.io;

import java.io.Serial;
import java.util.List;
import org.jspecify.annotations.Nullable;
import java.util.Objects;
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

  /**
   * One problem: where, and what was wrong.
   *
   * @param location where in the input
   * @param message what was wrong
   * @since 0.1
   */
  public record Problem(InputLocation location, String message) {
    /** Creates a problem. */
    public Problem {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(message, "message");
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
