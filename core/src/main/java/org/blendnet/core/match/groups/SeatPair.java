package org.blendnet.core.match.groups;

import java.util.List;
import java.util.Objects;
import org.blendnet.core.match.MemberPair;

/**
 * Two participants seated at the same table for a reason: they have met online but never face to face,
 * they should meet (the matchmaker scores them highly, and both agreed to be recommended), or both.
 *
 * @param pair the two members
 * @param onlineContacts how often they met online before the event, if they never met face to face; else 0
 * @param shouldMeet the better of their two matchmaker scores if they count as "should meet", else 0
 * @param weight what the pair adds to the seating's objective
 * @param reasons the reasons in words: "met online 3 times, never face to face", "should meet (0.71): can
 *     teach you negotiation (expert)"
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record SeatPair(MemberPair pair, int onlineContacts, double shouldMeet, double weight, List<String> reasons) {

  /**
   * Creates a pair.
   *
   * @throws IllegalArgumentException if a number is negative or the score above 1
   */
  public SeatPair {
    Objects.requireNonNull(pair, "pair");
    if (onlineContacts < 0) {
      throw new IllegalArgumentException("onlineContacts must be >= 0 but was " + onlineContacts);
    }
    if (!(shouldMeet >= 0 && shouldMeet <= 1)) {
      throw new IllegalArgumentException("shouldMeet must be in [0, 1] but was " + shouldMeet);
    }
    if (!(weight >= 0)) {
      throw new IllegalArgumentException("weight must be >= 0 but was " + weight);
    }
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
  }

  /** True if the two met online before the event but never face to face. */
  public boolean metOnlineOnly() {
    return onlineContacts > 0;
  }

  /** True if the two count as "should meet". */
  public boolean isShouldMeet() {
    return shouldMeet > 0;
  }

  /** {@code SeatPair[{ana, bo}, online 3, should meet 0.710]}: ids and numbers only. */
  @Override
  public String toString() {
    return "SeatPair[" + pair + (onlineContacts > 0 ? ", online " + onlineContacts : "")
        + (shouldMeet > 0 ? String.format(java.util.Locale.ROOT, ", should meet %.3f", shouldMeet) : "") + "]";
  }
}
