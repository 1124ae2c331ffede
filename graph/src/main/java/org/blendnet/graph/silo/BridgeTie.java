package org.blendnet.graph.silo;

import java.util.Objects;
import org.blendnet.core.MemberId;

/**
 * A tie across a group's boundary whose loss would cut the group off from some of the members outside it:
 * after it breaks, no member of the group can reach {@code outside} (nor {@code cutOff - 1} others) any
 * more. See {@link SiloGroup#bridges()} for the exact definition.
 *
 * @param inside the end of the tie in the group
 * @param outside the end outside the group
 * @param weight the tie's weight
 * @param cutOff how many members outside the group the group would lose every path to, {@code >= 1}
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record BridgeTie(MemberId inside, MemberId outside, double weight, int cutOff) {

  /**
   * Creates a bridge tie.
   *
   * @throws IllegalArgumentException if {@code cutOff} is below 1 or the weight is not positive
   */
  public BridgeTie {
    Objects.requireNonNull(inside, "inside");
    Objects.requireNonNull(outside, "outside");
    if (cutOff < 1) {
      throw new IllegalArgumentException("cutOff must be >= 1 but was " + cutOff);
    }
    if (!(weight > 0)) {
      throw new IllegalArgumentException("weight must be > 0 but was " + weight);
    }
  }

  /** {@code ana–bo (weight 1, cuts off 4)}. */
  @Override
  public String toString() {
    return inside + "–" + outside + " (weight " + Format.number(weight) + ", cuts off "
        + cutOff + ")";
  }
}
