package org.blendnet.metrics.engagement;

import java.util.List;
import java.util.Objects;
import org.blendnet.core.TimeWindow;
import org.blendnet.metrics.internal.Format;

/**
 * Do newcomers stay? Members are grouped into cohorts by the period of their first act within the
 * periods of an {@link Engagement} (members active before the first period are assigned by their first
 * act within the periods: the data are left-censored); for each cohort, how many were active again k
 * periods later. O(m · w) for m members and w periods.
 *
 * @implNote Thread-safe: immutable.
 * @param cohorts one cohort per period, in time order (empty cohorts included)
 * @since 0.1
 */
public record CohortRetention(List<Cohort> cohorts) {

  /** Creates the figures. */
  public CohortRetention {
    cohorts = List.copyOf(Objects.requireNonNull(cohorts, "cohorts"));
  }

  /**
   * The share of all cohorts' members active {@code k} periods after their first, pooled over the cohorts
   * that have a period k later: Σ active<sub>c</sub>(k) / Σ size<sub>c</sub>; 1 for k = 0 when anyone was
   * active; 0 when no cohort with members reaches that far.
   *
   * @throws IllegalArgumentException if {@code k < 0}
   */
  public double retentionAfter(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0 but was " + k);
    }
    long retained = 0;
    long size = 0;
    for (Cohort c : cohorts) {
      if (k < c.active().size()) {
        retained += c.active().get(k);
        size += c.size();
      }
    }
    return size == 0 ? 0 : (double) retained / size;
  }

  /** {@code CohortRetention[after 1=0.600, after 2=0.400, cohorts=[…]]}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("CohortRetention[");
    for (int k = 1; k < Math.min(cohorts.size(), 4); k++) {
      s.append("after ").append(k).append('=').append(Format.ratio(retentionAfter(k))).append(", ");
    }
    return s.append("cohorts=").append(Format.capped(cohorts)).append(']').toString();
  }

  /**
   * The members whose first act fell in one period.
   *
   * @implNote Thread-safe: immutable.
   * @param window the period of their first act
   * @param size how many members
   * @param active {@code active.get(k)}: of those, how many were active k periods later, for every later
   *     period (so {@code active.get(0) == size})
   * @since 0.1
   */
  public record Cohort(TimeWindow window, int size, List<Integer> active) {

    /**
     * Creates a cohort.
     *
     * @throws IllegalArgumentException if {@code active} is empty, does not start with {@code size}, or
     *     holds a count outside [0, size]
     */
    public Cohort {
      Objects.requireNonNull(window, "window");
      active = List.copyOf(Objects.requireNonNull(active, "active"));
      if (active.isEmpty() || active.get(0) != size) {
        throw new IllegalArgumentException("active must start with size (" + size + ") but was " + active);
      }
      for (int a : active) {
        if (a < 0 || a > size) {
          throw new IllegalArgumentException("active counts must be in [0, " + size + "] but were " + active);
        }
      }
    }

    /** active(k) / size: the share active k periods later; 0 for an empty cohort or beyond the last period. */
    public double retained(int k) {
      if (k < 0) {
        throw new IllegalArgumentException("k must be >= 0 but was " + k);
      }
      return size == 0 || k >= active.size() ? 0 : (double) active.get(k) / size;
    }

    /** {@code [from, to): 10 → [10, 6, 4]}. */
    @Override
    public String toString() {
      return window + ": " + size + " → " + Format.capped(active);
    }
  }
}
