package org.blendnet.core;

/**
 * How a {@link Referral} ended, or {@link #PENDING} while it has not.
 *
 * @since 0.1
 */
public enum ReferralOutcome {
  /** Still under way. */
  PENDING,
  /** The target accepted; the answer or the meeting is still to come. */
  ACCEPTED,
  /** The forwarded question was answered (question forwards only). */
  ANSWERED,
  /** The two members were introduced (introductions only). */
  INTRODUCED,
  /** The target declined. */
  DECLINED,
  /** Nothing happened in time. */
  EXPIRED,
  /** Withdrawn by the referrer or the asker. */
  REVOKED
}
