package org.blendnet.graph.brokerage;

import java.util.Locale;

/**
 * How often a member (or the whole network) plays a brokerage role, against the count expected by
 * chance; see {@link GouldFernandez} for the model behind the expectation.
 *
 * @param observed the number of ordered pairs {@code (a, b)} brokered in the role
 * @param expected the expected number under the null model
 * @param standardDeviation its standard deviation under the null model; NaN where the model gives none
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record BrokerScore(long observed, double expected, double standardDeviation) {

  /**
   * {@code (observed − expected) / standardDeviation}: how many standard deviations above (or below)
   * chance; NaN when the standard deviation is 0 or unknown.
   */
  public double z() {
    return standardDeviation > 0 ? (observed - expected) / standardDeviation : Double.NaN;
  }

  /** {@code 7 (expected 2.31 ± 1.40, z=3.34)}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d (expected %.2f ± %.2f, z=%.2f)", observed, expected, standardDeviation,
        z());
  }
}
