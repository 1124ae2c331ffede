package org.blendnet.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open interval of time {@code [from, to)}: it holds {@code from} and every instant before
 * {@code to}. Windows that meet ({@code a.to().equals(b.from())}) never share an instant, so every
 * record of a network falls in at most one window of a {@link TimeWindows}.
 *
 * <pre>{@code
 * TimeWindow march = TimeWindow.of(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
 * march.contains(Instant.parse("2026-03-31T23:59:59Z"));   // true
 * march;                                                   // [2026-03-01T00:00:00Z, 2026-04-01T00:00:00Z)
 * }</pre>
 *
 * @implNote Thread-safe: immutable.
 * @param from the first instant in the window
 * @param to the first instant after it; after {@code from}
 * @since 0.1
 */
public record TimeWindow(Instant from, Instant to) {

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

  /** True if {@code from <= instant < to}. */
  public boolean contains(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(from) && instant.isBefore(to);
  }

  /** How long the window is. */
  public Duration length() {
    return Duration.between(from, to);
  }

  /** {@code [2026-03-01T00:00:00Z, 2026-04-01T00:00:00Z)}. */
  @Override
  public String toString() {
    return "[" + from + ", " + to + ")";
  }
}
