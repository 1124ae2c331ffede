package org.blendnet.metrics;

import org.blendnet.core.TimeWindow;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * Consecutive {@link TimeWindow}s without gaps: the periods a measure is computed for (months,
 * quarters, weeks of a programme). Window {@code i} is {@code [boundary(i), boundary(i + 1))}.
 *
 * <pre>{@code
 * // twelve calendar months of 2026 in Lisbon time
 * TimeWindows months = TimeWindows.calendar(ZonedDateTime.parse("2026-01-01T00:00[Europe/Lisbon]"), Period.ofMonths(1), 12);
 * // four weeks from a course's first day
 * TimeWindows weeks = TimeWindows.of(Instant.parse("2026-03-02T00:00:00Z"), Duration.ofDays(7), 4);
 * weeks.indexOf(Instant.parse("2026-03-10T12:00:00Z"));   // 1
 * }</pre>
 *
 * <p>{@link #indexOf(Instant)} finds the window of an instant by binary search: O(log w) for w windows.
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class TimeWindows {

  private final Instant[] bounds;
  private final long[] seconds;
  private final int[] nanos;

  private TimeWindows(Instant[] bounds) {
    this.bounds = bounds;
    this.seconds = new long[bounds.length];
    this.nanos = new int[bounds.length];
    for (int i = 0; i < bounds.length; i++) {
      Instant bound = bounds[i];
      seconds[i] = bound.getEpochSecond();
      nanos[i] = bound.getNano();
    }
  }

  /**
   * {@code count} windows of equal {@code length}, the first starting at {@code start}.
   *
   * @throws IllegalArgumentException if {@code count < 1}, {@code length} is not positive, or the last
   *     window would end after {@link Instant#MAX}
   */
  public static TimeWindows of(Instant start, Duration length, int count) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(length, "length");
    checkCount(count);
    if (length.isZero() || length.isNegative()) {
      throw new IllegalArgumentException("length must be positive but was " + length);
    }
    Instant[] bounds = new Instant[count + 1];
    try {
      for (int i = 0; i <= count; i++) {
        bounds[i] = start.plus(length.multipliedBy(i));
      }
    } catch (DateTimeException | ArithmeticException e) {
      throw new IllegalArgumentException(
          count + " windows of " + length + " from " + start + " end after " + Instant.MAX, e);
    }
    return new TimeWindows(bounds);
  }

  /**
   * {@code count} calendar periods (months, weeks, years) in {@code start}'s time zone: boundary
   * {@code i} is {@code start.plus(step × i)}, so that monthly windows from 31 January end on the last
   * day of each shorter month and return to the 31st when the month has one.
   *
   * @throws IllegalArgumentException if {@code count < 1}, {@code step} is zero or has a negative part,
   *     the boundaries do not increase, or they go beyond the supported range of instants
   */
  public static TimeWindows calendar(ZonedDateTime start, Period step, int count) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(step, "step");
    checkCount(count);
    if (step.isZero() || step.isNegative()) {
      throw new IllegalArgumentException("step must be positive but was " + step);
    }
    Instant[] bounds = new Instant[count + 1];
    try {
      for (int i = 0; i <= count; i++) {
        bounds[i] = start.plus(step.multipliedBy(i)).toInstant();
      }
    } catch (DateTimeException | ArithmeticException e) {
      throw new IllegalArgumentException(count + " windows of " + step + " from " + start + " are out of range", e);
    }
    checkIncreasing(bounds);
    return new TimeWindows(bounds);
  }

  /**
   * The windows between consecutive {@code boundaries}: n boundaries give n − 1 windows.
   *
   * @throws IllegalArgumentException if there are fewer than two boundaries or they do not strictly increase
   */
  public static TimeWindows of(List<Instant> boundaries) {
    Objects.requireNonNull(boundaries, "boundaries");
    Instant[] bounds = new Instant[boundaries.size()];
    for (int i = 0; i < bounds.length; i++) {
      bounds[i] = Objects.requireNonNull(boundaries.get(i), "boundaries must not contain null");
    }
    if (bounds.length < 2) {
      throw new IllegalArgumentException("boundaries must hold at least 2 instants but held " + bounds.length);
    }
    checkIncreasing(bounds);
    return new TimeWindows(bounds);
  }

  /** Just one window. */
  public static TimeWindows of(TimeWindow window) {
    Objects.requireNonNull(window, "window");
    return new TimeWindows(new Instant[] {window.from(), window.to()});
  }

  private static void checkCount(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1 but was " + count);
    }
  }

  private static void checkIncreasing(Instant[] bounds) {
    for (int i = 1; i < bounds.length; i++) {
      if (!bounds[i].isAfter(bounds[i - 1])) {
        throw new IllegalArgumentException("boundaries must strictly increase but boundary " + i + " ("
            + bounds[i] + ") is not after boundary " + (i - 1) + " (" + bounds[i - 1] + ")");
      }
    }
  }

  /** The number of windows (at least 1). */
  public int size() {
    return bounds.length - 1;
  }

  /**
   * Window {@code i}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= i < size()}
   */
  public TimeWindow get(int i) {
    Objects.checkIndex(i, size());
    return new TimeWindow(bounds[i], bounds[i + 1]);
  }

  /** All windows, in time order. */
  public List<TimeWindow> windows() {
    return new Windows();
  }

  /** The start of the first window. */
  public Instant start() {
    return bounds[0];
  }

  /** The end of the last window (not itself inside any window). */
  public Instant end() {
    return bounds[bounds.length - 1];
  }

  /** The window from {@link #start()} to {@link #end()}. */
  public TimeWindow span() {
    return new TimeWindow(start(), end());
  }

  /**
   * The index of the window holding {@code instant}, or −1 if it is before {@link #start()} or at or after
   * {@link #end()}. O(log w).
   */
  public int indexOf(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return indexOf(instant.getEpochSecond(), instant.getNano());
  }

  private int indexOf(long second, int nano) {
    if (compare(second, nano, 0) < 0 || compare(second, nano, bounds.length - 1) >= 0) {
      return -1;
    }
    int lo = 0;
    int hi = bounds.length - 1;
    // invariant: bound[lo] <= t < bound[hi]
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (compare(second, nano, mid) < 0) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return lo;
  }

  private int compare(long second, int nano, int bound) {
    int c = Long.compare(second, seconds[bound]);
    return c != 0 ? c : Integer.compare(nano, nanos[bound]);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || (o instanceof TimeWindows other && Arrays.equals(bounds, other.bounds));
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bounds);
  }

  /** {@code TimeWindows[12 from 2026-01-01T00:00:00Z to 2027-01-01T00:00:00Z]}. */
  @Override
  public String toString() {
    return "TimeWindows[" + size() + " from " + start() + " to " + end() + "]";
  }

  private final class Windows extends AbstractList<TimeWindow> implements RandomAccess {
    @Override
    public TimeWindow get(int index) {
      return TimeWindows.this.get(index);
    }

    @Override
    public int size() {
      return TimeWindows.this.size();
    }
  }
}
