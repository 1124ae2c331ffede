package org.blendnet.core.match.intro;

/**
 * What the asker (the member an introduction or forwarded question serves) is shown. A decline is never
 * among them: while the introduction would still have been open it shows as {@link #PENDING}, after that as
 * {@link #NOT_AVAILABLE} — the same as an introduction that expired or was withdrawn, so the asker cannot
 * tell a "no" from silence.
 *
 * @implNote Thread-safe: an enum.
 * @since 0.1
 */
public enum AskerStatus {
  /** Under way (or declined, until the moment it would have expired). */
  PENDING,
  /** Introduced: the two may now reach each other. */
  INTRODUCED,
  /** Did not come about (declined, expired or withdrawn — which one is not said). */
  NOT_AVAILABLE
}
