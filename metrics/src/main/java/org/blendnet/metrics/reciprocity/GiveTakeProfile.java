package org.blendnet.metrics.reciprocity;

/**
 * A member's style of reciprocity in a period, after Adam Grant, <i>Give and Take: A Revolutionary
 * Approach to Success</i> (Viking, 2013): givers give more than they take, takers take more than they
 * give, matchers keep the two in balance. Read from the balance ratio B = (G − T)/(G + T) of a
 * {@link LedgerEntry} with the thresholds of {@link ProfileThresholds}.
 *
 * @implNote Thread-safe: an enum.
 * @since 0.1
 */
public enum GiveTakeProfile {
  /** B at or above the giver threshold (default 1/3: gives at least twice what they take). */
  GIVER,
  /** B strictly between the two thresholds: give and take roughly balance. */
  MATCHER,
  /** B at or below the taker threshold (default −1/3: takes at least twice what they give). */
  TAKER,
  /** Too little give and take to judge: G + T below the minimum activity (always when G + T = 0, where B is undefined). */
  INACTIVE
}
