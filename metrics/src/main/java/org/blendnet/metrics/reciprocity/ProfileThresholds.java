package org.blendnet.metrics.reciprocity;

import java.util.Objects;

/**
 * Where the {@link GiveTakeProfile}s and broadcasters begin.
 *
 * <p><b>Giver, matcher, taker.</b> A member with G + T below {@code minActivity} is
 * {@link GiveTakeProfile#INACTIVE}; otherwise, with B = (G − T)/(G + T), a {@link GiveTakeProfile#GIVER}
 * when B ≥ {@code giverAtLeast}, a {@link GiveTakeProfile#TAKER} when B ≤ {@code takerAtMost}, and a
 * {@link GiveTakeProfile#MATCHER} in between. Defaults: ±1/3 — B = 1/3 exactly when G = 2T, so a giver gives
 * at least twice what they take and a taker takes at least twice what they give — and a minimum activity
 * of 1, one answer's worth under the default weights (a single unanswered question, T = 0.5, is too
 * little to call anyone a taker).
 *
 * <p><b>Broadcasters.</b> The business-exchange pitchers of the source texts: members whose contacts are
 * mostly outgoing and unreciprocated. On the directed contacts (every touchpoint with an initiator gives one
 * contact from the initiator to each other participant), a member is a broadcaster when they initiated
 * contact with at least {@code broadcasterMinTargets} distinct members (default 5), at least
 * {@code broadcasterMinOutShare} of their directed contacts were initiated by them (default 0.8), and at most
 * {@code broadcasterMaxReciprocated} of the members they contacted ever initiated contact with them (default
 * 0.2). Being a broadcaster is independent of being a giver, matcher or taker.
 *
 * @implNote Thread-safe: immutable.
 * @param giverAtLeast the lowest B of a giver, in (−1, 1]
 * @param takerAtMost the highest B of a taker, in [−1, 1), below {@code giverAtLeast}
 * @param minActivity the least G + T of a profiled member, finite and ≥ 0
 * @param broadcasterMinTargets the fewest distinct members a broadcaster contacted, ≥ 1
 * @param broadcasterMinOutShare the least share of a broadcaster's directed contacts they initiated, in [0, 1]
 * @param broadcasterMaxReciprocated the greatest share of a broadcaster's targets who contacted them back, in [0, 1]
 * @since 0.1
 */
public record ProfileThresholds(
    double giverAtLeast,
    double takerAtMost,
    double minActivity,
    int broadcasterMinTargets,
    double broadcasterMinOutShare,
    double broadcasterMaxReciprocated) {

  private static final ProfileThresholds DEFAULTS = new ProfileThresholds(1.0 / 3, -1.0 / 3, 1, 5, 0.8, 0.2);

  /**
   * Creates thresholds.
   *
   * @throws IllegalArgumentException if a value is out of its range (the message names it)
   */
  public ProfileThresholds {
    if (!(giverAtLeast > -1 && giverAtLeast <= 1)) {
      throw new IllegalArgumentException("giverAtLeast must be in (-1, 1] but was " + giverAtLeast);
    }
    if (!(takerAtMost >= -1 && takerAtMost < 1)) {
      throw new IllegalArgumentException("takerAtMost must be in [-1, 1) but was " + takerAtMost);
    }
    if (!(takerAtMost < giverAtLeast)) {
      throw new IllegalArgumentException(
          "takerAtMost must be < giverAtLeast but was " + takerAtMost + " >= " + giverAtLeast);
    }
    if (!(minActivity >= 0) || minActivity == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("minActivity must be finite and >= 0 but was " + minActivity);
    }
    if (broadcasterMinTargets < 1) {
      throw new IllegalArgumentException("broadcasterMinTargets must be >= 1 but was " + broadcasterMinTargets);
    }
    if (!(broadcasterMinOutShare >= 0 && broadcasterMinOutShare <= 1)) {
      throw new IllegalArgumentException(
          "broadcasterMinOutShare must be in [0, 1] but was " + broadcasterMinOutShare);
    }
    if (!(broadcasterMaxReciprocated >= 0 && broadcasterMaxReciprocated <= 1)) {
      throw new IllegalArgumentException(
          "broadcasterMaxReciprocated must be in [0, 1] but was " + broadcasterMaxReciprocated);
    }
  }

  /** The documented defaults: ±1/3, minimum activity 1, broadcasters from 5 targets, 0.8 out, ≤ 0.2 reciprocated. */
  public static ProfileThresholds defaults() {
    return DEFAULTS;
  }

  /** The profile of a member who gave {@code given} and took {@code taken}. */
  public GiveTakeProfile classify(double given, double taken) {
    double sum = given + taken;
    if (sum <= 0 || sum < minActivity) {
      return GiveTakeProfile.INACTIVE;
    }
    double b = (given - taken) / sum;
    return b >= giverAtLeast ? GiveTakeProfile.GIVER
        : b <= takerAtMost ? GiveTakeProfile.TAKER : GiveTakeProfile.MATCHER;
  }

  /** The profile of a ledger entry. */
  public GiveTakeProfile classify(LedgerEntry entry) {
    Objects.requireNonNull(entry, "entry");
    return classify(entry.given(), entry.taken());
  }

  /** These thresholds with givers from {@code b} and takers up to {@code −b}. */
  public ProfileThresholds withSymmetricBalance(double b) {
    return new ProfileThresholds(b, -b, minActivity, broadcasterMinTargets, broadcasterMinOutShare,
        broadcasterMaxReciprocated);
  }

  /** These thresholds with another {@link #giverAtLeast()}. */
  public ProfileThresholds withGiverAtLeast(double b) {
    return new ProfileThresholds(b, takerAtMost, minActivity, broadcasterMinTargets, broadcasterMinOutShare,
        broadcasterMaxReciprocated);
  }

  /** These thresholds with another {@link #takerAtMost()}. */
  public ProfileThresholds withTakerAtMost(double b) {
    return new ProfileThresholds(giverAtLeast, b, minActivity, broadcasterMinTargets, broadcasterMinOutShare,
        broadcasterMaxReciprocated);
  }

  /** These thresholds with another {@link #minActivity()}. */
  public ProfileThresholds withMinActivity(double activity) {
    return new ProfileThresholds(giverAtLeast, takerAtMost, activity, broadcasterMinTargets,
        broadcasterMinOutShare, broadcasterMaxReciprocated);
  }

  /** These thresholds with other broadcaster thresholds. */
  public ProfileThresholds withBroadcasters(int minTargets, double minOutShare, double maxReciprocated) {
    return new ProfileThresholds(giverAtLeast, takerAtMost, minActivity, minTargets, minOutShare, maxReciprocated);
  }
}
