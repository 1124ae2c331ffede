package org.blendnet.core.match.intro;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a double opt-in introduction (or forwarded question) stands. The happy path is
 * {@code SUGGESTED → REQUESTED → ACCEPTED → INTRODUCED}; it may end early as {@link #DECLINED} (by the
 * target, once asked), {@link #EXPIRED} (no answer in time) or {@link #REVOKED} (withdrawn by the referrer
 * or the asker).
 *
 * <table>
 *   <caption>Legal transitions</caption>
 *   <tr><th>from</th><th>to</th></tr>
 *   <tr><td>SUGGESTED</td><td>REQUESTED, EXPIRED, REVOKED</td></tr>
 *   <tr><td>REQUESTED</td><td>ACCEPTED, DECLINED, EXPIRED, REVOKED</td></tr>
 *   <tr><td>ACCEPTED</td><td>INTRODUCED, EXPIRED, REVOKED</td></tr>
 *   <tr><td>INTRODUCED, DECLINED, EXPIRED, REVOKED</td><td>none (final)</td></tr>
 * </table>
 *
 * @implNote Thread-safe: an enum.
 * @since 0.1
 */
public enum IntroductionState {
  /** Proposed by the system or a referrer; the target has not been asked. */
  SUGGESTED,
  /** The target has been asked whether they agree. */
  REQUESTED,
  /** The target agreed; the introduction is still to be made. */
  ACCEPTED,
  /** The two were introduced; contact details may be released now and only now. */
  INTRODUCED,
  /** The target said no. Never shown to the asker as such. */
  DECLINED,
  /** Nothing happened in time. */
  EXPIRED,
  /** Withdrawn by the referrer or the asker. */
  REVOKED;

  /** True if no transition leaves this state. */
  public boolean isFinal() {
    return this == INTRODUCED || this == DECLINED || this == EXPIRED || this == REVOKED;
  }

  /** The states this one may move to (empty for a final state). */
  public Set<IntroductionState> next() {
    switch (this) {
      case SUGGESTED:
        return EnumSet.of(REQUESTED, EXPIRED, REVOKED);
      case REQUESTED:
        return EnumSet.of(ACCEPTED, DECLINED, EXPIRED, REVOKED);
      case ACCEPTED:
        return EnumSet.of(INTRODUCED, EXPIRED, REVOKED);
      default:
        return EnumSet.noneOf(IntroductionState.class);
    }
  }

  /** True if this state may move to {@code to}. */
  public boolean canMoveTo(IntroductionState to) {
    return next().contains(to);
  }
}
