package org.blendnet.metrics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Median and mean of durations, exact to the nanosecond. */
public final class Durations {

  private Durations() {}

  /**
   * The median: the middle duration, or the mean of the two middle ones (rounded down to the
   * nanosecond) for an even count; empty for none. O(k log k).
   */
  public static Optional<Duration> median(List<Duration> durations) {
    if (durations.isEmpty()) {
      return Optional.empty();
    }
    List<Duration> sorted = new ArrayList<>(durations);
    Collections.sort(sorted);
    int k = sorted.size();
    if (k % 2 == 1) {
      return Optional.of(sorted.get(k / 2));
    }
    return Optional.of(mean(List.of(sorted.get(k / 2 - 1), sorted.get(k / 2))).orElseThrow());
  }

  /** The mean, rounded down to the nanosecond; empty for none. Summed exactly (no overflow). O(k). */
  public static Optional<Duration> mean(List<Duration> durations) {
    if (durations.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Duration d : durations) {
      sum = sum.add(BigDecimal.valueOf(d.getSeconds())).add(BigDecimal.valueOf(d.getNano(), 9));
    }
    BigDecimal mean = sum.divide(BigDecimal.valueOf(durations.size()), 9, RoundingMode.FLOOR);
    BigDecimal seconds = mean.setScale(0, RoundingMode.FLOOR);
    long nanos = mean.subtract(seconds).movePointRight(9).longValueExact();
    return Optional.of(Duration.ofSeconds(seconds.longValueExact(), nanos));
  }
}
