package org.blendnet.metrics.blended;

import org.blendnet.metrics.internal.Format;

/**
 * How a set of ties splits by channel: online only, face to face (offline) only, or blended (both), and,
 * of the blended ones, which channel the two members used first. A tie is blended when it has positive
 * weight on both layers of the {@link org.blendnet.graph.SocialGraph}; its first channel is
 * {@link org.blendnet.graph.SocialGraph#firstChannel(int)} (the channel of the pair's earliest contact,
 * offline when both came at the same instant).
 *
 * <p>Shares are of {@link #ties()} (online only + offline only + blended = 1) and of {@link #blended()}
 * (offline first + online first = 1); each is 0 when its denominator is 0.
 *
 * @implNote Thread-safe: immutable.
 * @param onlineOnly ties with online contact only
 * @param offlineOnly ties with face-to-face contact only
 * @param blended ties with both
 * @param offlineFirst blended ties whose first contact was face to face
 * @param onlineFirst blended ties whose first contact was online
 * @since 0.1
 */
public record TieMix(long onlineOnly, long offlineOnly, long blended, long offlineFirst, long onlineFirst) {

  /**
   * Creates a mix.
   *
   * @throws IllegalArgumentException if a count is negative or the first channels do not add up to the
   *     blended ties
   */
  public TieMix {
    check("onlineOnly", onlineOnly);
    check("offlineOnly", offlineOnly);
    check("blended", blended);
    check("offlineFirst", offlineFirst);
    check("onlineFirst", onlineFirst);
    if (offlineFirst + onlineFirst != blended) {
      throw new IllegalArgumentException("offlineFirst + onlineFirst must equal blended " + blended + " but was "
          + offlineFirst + " + " + onlineFirst);
    }
  }

  private static void check(String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0 but was " + value);
    }
  }

  /** All ties: online only + offline only + blended. */
  public long ties() {
    return onlineOnly + offlineOnly + blended;
  }

  /** The share of ties that are online only; 0 without ties. */
  public double onlineOnlyShare() {
    return share(onlineOnly, ties());
  }

  /** The share of ties that are face to face only; 0 without ties. */
  public double offlineOnlyShare() {
    return share(offlineOnly, ties());
  }

  /** The share of ties that are blended; 0 without ties. */
  public double blendedShare() {
    return share(blended, ties());
  }

  /** Of the blended ties, the share that began face to face; 0 without blended ties. */
  public double offlineFirstShare() {
    return share(offlineFirst, blended);
  }

  /** Of the blended ties, the share that began online; 0 without blended ties. */
  public double onlineFirstShare() {
    return share(onlineFirst, blended);
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** The sum of two mixes. */
  TieMix plus(TieMix o) {
    return new TieMix(onlineOnly + o.onlineOnly, offlineOnly + o.offlineOnly, blended + o.blended,
        offlineFirst + o.offlineFirst, onlineFirst + o.onlineFirst);
  }

  /**
   * {@code 40 ties: online only 0.250, offline only 0.500, blended 0.250 (offline first 0.800, online first
   * 0.200)}.
   */
  @Override
  public String toString() {
    return ties() + " ties: online only " + Format.ratio(onlineOnlyShare()) + ", offline only "
        + Format.ratio(offlineOnlyShare()) + ", blended " + Format.ratio(blendedShare()) + " (offline first "
        + Format.ratio(offlineFirstShare()) + ", online first " + Format.ratio(onlineFirstShare()) + ")";
  }
}
