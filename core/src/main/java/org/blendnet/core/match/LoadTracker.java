package org.blendnet.core.match;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.blendnet.core.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * Counts what each member took on over a sliding window — matches made, questions received — from the
 * records the host reports. {@code load(member, asOf)} is the number of records {@code at} with
 * {@code asOf - window < at <= asOf}.
 *
 * <pre>{@code
 * LoadTracker matches = LoadTracker.over(Duration.ofDays(7));
 * Matchmaker matchmaker = Matchmaker.builder(network).coreSignals().matchLoad(matches).build();
 * // ... when a recommended pair actually meets:
 * matches.record(ana, now);
 * matches.record(bo, now);
 * }</pre>
 *
 * <p>The tracker outlives network snapshots: hand the same one to each new {@link Matchmaker}. It keeps,
 * per member, the records of the last two windows before that member's newest record (older ones are
 * dropped as new ones arrive), so a load is exact for any as-of instant no more than one window before
 * the member's newest record — always the case for a live service, and for a replay that moves forward in
 * time. Records may arrive out of order. Memory: one entry per record in those two windows. Time, for
 * r such records of a member: {@code load} O(log r) (two binary searches); {@code record} O(log r) when
 * records arrive in time order, O(r) at worst (an insertion into a sorted array).
 *
 * @implNote Thread-safe: histories live in a concurrent map and each is guarded by its own lock, so
 *     records for different members never contend. A load read while a record for the same member is
 *     being added sees the history before or after it.
 * @since 0.1
 */
public final class LoadTracker implements MemberLoad {

  private final Duration window;
  private final ConcurrentHashMap<MemberId, History> histories = new ConcurrentHashMap<>();

  private LoadTracker(Duration window) {
    this.window = window;
  }

  /**
   * A tracker counting records over {@code window}.
   *
   * @throws IllegalArgumentException if the window is zero or negative
   */
  public static LoadTracker over(Duration window) {
    Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive but was " + window);
    }
    return new LoadTracker(window);
  }

  /** The length of the window. */
  public Duration window() {
    return window;
  }

  /** Records one match (or request) for {@code member} at {@code at}. */
  public void record(MemberId member, Instant at) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(at, "at");
    histories.computeIfAbsent(member, m -> new History()).add(at, window);
  }

  /** The number of records for {@code member} in the window ending at {@code asOf}. */
  @Override
  public int load(MemberId member, Instant asOf) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(asOf, "asOf");
    History h = histories.get(member);
    return h == null ? 0 : h.count(minus(asOf, window), asOf);
  }

  /** Forgets everything recorded for {@code member} (for erasure). */
  public void forget(MemberId member) {
    histories.remove(Objects.requireNonNull(member, "member"));
  }

  /** {@code LoadTracker[window=PT168H, members=12]}. */
  @Override
  public String toString() {
    return "LoadTracker[window=" + window + ", members=" + histories.size() + "]";
  }

  /** {@code t - d}, or null if that is before {@link Instant#MIN} (then nothing lies before it). */
  static @Nullable Instant minus(@Nullable Instant t, Duration d) {
    if (t == null) {
      return null;
    }
    try {
      return t.minus(d);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /** One member's records, sorted by time. */
  private static final class History {
    private Instant[] times = new Instant[4];
    private int size;

    synchronized void add(Instant at, Duration window) {
      if (size == times.length) {
        times = Arrays.copyOf(times, size * 2);
      }
      int i = upperBound(at);
      System.arraycopy(times, i, times, i + 1, size - i);
      times[i] = at;
      size++;
      Instant horizon = minus(minus(times[size - 1], window), window);
      int drop = horizon == null ? 0 : upperBound(horizon);
      if (drop > 0) {
        System.arraycopy(times, drop, times, 0, size - drop);
        Arrays.fill(times, size - drop, size, null);
        size -= drop;
      }
    }

    /** Records with {@code fromExclusive < at <= toInclusive}; a null start means no lower bound. */
    synchronized int count(@Nullable Instant fromExclusive, Instant toInclusive) {
      return Math.max(0, upperBound(toInclusive) - (fromExclusive == null ? 0 : upperBound(fromExclusive)));
    }

    /** The number of records at or before {@code t}. */
    private int upperBound(Instant t) {
      int lo = 0;
      int hi = size;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (times[mid].compareTo(t) <= 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }
}
