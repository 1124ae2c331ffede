package org.blendnet.core.io;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The problems a line-oriented reader (CSV, edge list) has found so far. Problems in values are
 * collected so that one run reports them all; a syntax error, or reaching {@link #LIMIT} problems,
 * stops reading. Not thread-safe: one per read.
 */
final class CsvProblems {

  /** How many problems a reader collects before it stops reading. */
  static final int LIMIT = 100;

  private final List<NetworkFormatException.Problem> problems = new ArrayList<>();

  /**
   * Records a problem; throws at once when the limit is reached.
   *
   * @throws NetworkFormatException with every problem so far, if this was the {@value #LIMIT}th
   */
  void add(InputLocation location, String message) {
    problems.add(new NetworkFormatException.Problem(location, message));
    if (problems.size() >= LIMIT) {
      throw exception(null);
    }
  }

  /** Records a problem that stops reading, and returns the exception to throw. */
  NetworkFormatException fatal(InputLocation location, String message, @Nullable Throwable cause) {
    problems.add(new NetworkFormatException.Problem(location, message));
    return exception(cause);
  }

  /** How many problems were recorded. */
  int size() {
    return problems.size();
  }

  /** Throws a {@link NetworkFormatException} listing every problem, if there is any. */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw exception(null);
    }
  }

  private NetworkFormatException exception(@Nullable Throwable cause) {
    return new NetworkFormatException(problems, cause);
  }
}
