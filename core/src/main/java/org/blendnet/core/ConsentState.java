package org.blendnet.core;

/**
 * Whether the target of a {@link Referral} agreed to be connected (and to have contact details passed on).
 *
 * @since 0.1
 */
public enum ConsentState {
  /** Not asked (yet); nothing may be passed on. */
  NOT_REQUESTED,
  /** Asked, no answer yet. */
  REQUESTED,
  /** Agreed. */
  GRANTED,
  /** Declined. A decline is never shown to the asker. */
  DECLINED
}
