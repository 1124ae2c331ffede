package org.blendnet.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A span of time, {@code [from, to)}: from its start, included, to its end, excluded, so that windows
 * placed end to end ({@link #split(Instant, Instant, Duration)}) share no instant and every record of a
 * network falls in at most one of them. Used wherever Blendnet looks at a period: silo trends, ledgers and
 * engagement per window.
 *
 * <pre>{@code
 * List<TimeWindow> quarters = TimeWindow.split(Instant.parse("2026-01-01T00:00:00Z"),
 *     Instant.parse("2027-01-01T00:00:00Z"), Duration.ofDays(91));
 * }</pre>
 *
 * @param from the first instant of the window
 * @param to the first instant after the window; after {@code from}
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record TimeWindow(Instant from, Instant to) {

  /** Most windows {@link #split(Instant, Instant, Duration)} makes. */
  public static final int MAX_WINDOWS = 10_000;

  /**
   * Creates a window.
   *
   * @throws IllegalArgumentException if {@code to} is not after {@code from}
   */
  public TimeWindow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("to must be after from but was " + to + " <= " + from);
    }
  }

  /**
   * The window {@code [from, to)}.
   *
   * @throws IllegalArgumentException if {@code to} is not after {@code from}
   */
  public static TimeWindow of(Instant from, Instant to) {
    return new TimeWindow(from, to);
  }

  /**
   * Windows of length {@code step} placed end to end from {@code from}, the last one cut at {@code to}.
   *
   * @throws IllegalArgumentException if {@code to} is not after {@code from}, {@code step} is not positive,
   *     or more than {@link #MAX_WINDOWS} windows would be needed
   */
  public static List<TimeWindow> split(Instant from, Instant to, Duration step) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(step, "step");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("to must be after from but was " + to + " <= " + from);
    }
    if (step.isZero() || step.isNegative()) {
      throw new IllegalArgumentException("step must be positive but was " + step);
    }
    List<TimeWindow> windows = new ArrayList<>();
    Instant start = from;
    while (start.isBefore(to)) {
      if (windows.size() == MAX_WINDOWS) {
        throw new IllegalArgumentException("at most " + MAX_WINDOWS + " windows can be made but " + step
            + " steps from " + from + " to " + to + " need more");
      }
      Duration room = Duration.between(start, to);
      Instant end = room.compareTo(step) <= 0 ? to : start.plus(step);
      windows.add(new TimeWindow(start, end));
      start = end;
    }
    return List.copyOf(windows);
  }

  /** True if {@code instant} is in the window: at or after {@code from}, before {@code to}. */
  public boolean contains(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(from) && instant.isBefore(to);
  }

  /** The window's length. */
  public Duration length() {
    return Duration.between(from, to);
  }

  /** {@code [2026-01-01T00:00:00Z, 2026-04-01T00:00:00Z)}. */
  @Override
  public String toString() {
    return "[" + from + ", " + to + ")";
  }
}
