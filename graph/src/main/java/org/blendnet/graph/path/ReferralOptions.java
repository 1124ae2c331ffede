package org.blendnet.graph.path;

import java.util.Objects;

/**
 * The settings of a {@link ReferralPaths} search.
 *
 * <pre>{@code
 * ReferralOptions.defaults().withK(5).withMaxHops(4);
 * }</pre>
 *
 * @param k how many chains to return at most, {@code >= 1} (default 3): the strongest first, then the
 *     next strongest that differ from it, so that an introduction can go another way when a member
 *     declines
 * @param maxHops the longest chain, in ties, {@code >= 1} (default 3, that is at most two intermediaries):
 *     influence and trust travel about three degrees in social networks and fade beyond (N. A. Christakis
 *     and J. H. Fowler, "Social contagion theory: examining dynamic social networks and human behavior",
 *     Statistics in Medicine 32(4) (2013) 556–577, doi:10.1002/sim.5408), and every further hop is one
 *     more person who must agree
 * @param normalization how tie weights become hop strengths (default {@link TieNormalization#BY_STRENGTHS})
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record ReferralOptions(int k, int maxHops, TieNormalization normalization) {

  private static final ReferralOptions DEFAULTS = new ReferralOptions(3, 3, TieNormalization.BY_STRENGTHS);

  /**
   * Creates options.
   *
   * @throws IllegalArgumentException if {@code k} or {@code maxHops} is below 1; the message names the value
   */
  public ReferralOptions {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1 but was " + k);
    }
    if (maxHops < 1) {
      throw new IllegalArgumentException("maxHops must be >= 1 but was " + maxHops);
    }
    Objects.requireNonNull(normalization, "normalization");
  }

  /** Three chains of at most three hops, hop strengths {@link TieNormalization#BY_STRENGTHS}. */
  public static ReferralOptions defaults() {
    return DEFAULTS;
  }

  /**
   * These options with another number of chains.
   *
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public ReferralOptions withK(int k) {
    return new ReferralOptions(k, maxHops, normalization);
  }

  /**
   * These options with another hop limit.
   *
   * @throws IllegalArgumentException if {@code maxHops < 1}
   */
  public ReferralOptions withMaxHops(int maxHops) {
    return new ReferralOptions(k, maxHops, normalization);
  }

  /** These options with another normalisation. */
  public ReferralOptions withNormalization(TieNormalization normalization) {
    return new ReferralOptions(k, maxHops, normalization);
  }
}
