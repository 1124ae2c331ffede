package org.blendnet.core.match.intro;

import java.util.Objects;
import org.blendnet.core.ReferralId;

/**
 * An introduction was asked to move between two states that {@link IntroductionState} does not connect:
 * "referral r1 cannot go from DECLINED to INTRODUCED". A caller's mistake (the host's flow is out of step),
 * not bad data.
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class IllegalTransitionException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** @serial the referral's id text (ids are not serializable; the exception is) */
  private final String referral;
  /** @serial the state it was in */
  private final IntroductionState from;
  /** @serial the state asked for */
  private final IntroductionState to;

  /** An exception for the transition of {@code referral} from {@code from} to {@code to}. */
  public IllegalTransitionException(ReferralId referral, IntroductionState from, IntroductionState to) {
    super("referral " + Objects.requireNonNull(referral, "referral") + " cannot go from "
        + Objects.requireNonNull(from, "from") + " to " + Objects.requireNonNull(to, "to")
        + (from.isFinal() ? " (" + from + " is final)" : "; from " + from + " it may go to " + from.next()));
    this.referral = referral.value();
    this.from = from;
    this.to = to;
  }

  /** The referral whose transition was refused. */
  public ReferralId referral() {
    return ReferralId.of(referral);
  }

  /** The state it was in. */
  public IntroductionState from() {
    return from;
  }

  /** The state asked for. */
  public IntroductionState to() {
    return to;
  }
}
