package org.blendnet.metrics.engagement;

import java.util.Objects;
import org.blendnet.core.TimeWindow;
import org.blendnet.metrics.internal.Format;

/**
 * Activity in one period of an {@link Engagement}.
 *
 * @implNote Thread-safe: immutable.
 * @param window the period
 * @param population the members who could take part
 * @param active of those, members with at least one act in the period
 * @param acts the acts of the population in the period
 * @since 0.1
 */
public record PeriodActivity(TimeWindow window, int population, int active, long acts) {

  /**
   * Creates the figures.
   *
   * @throws IllegalArgumentException unless {@code 0 <= active <= population} and {@code acts >= active}
   */
  public PeriodActivity {
    Objects.requireNonNull(window, "window");
    if (active < 0 || active > population || acts < active) {
      throw new IllegalArgumentException("need 0 <= active <= population and acts >= active but was active="
          + active + ", population=" + population + ", acts=" + acts);
    }
  }

  /** active / population; 0 when the population is empty. */
  public double activeShare() {
    return population == 0 ? 0 : (double) active / population;
  }

  /** {@code [from, to): 13/17 active (0.765), 40 acts}. */
  @Override
  public String toString() {
    return window + ": " + active + "/" + population + " active (" + Format.ratio(activeShare()) + "), " + acts
        + " acts";
  }
}
