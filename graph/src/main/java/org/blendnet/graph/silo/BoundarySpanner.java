package org.blendnet.graph.silo;

import java.util.Objects;
import org.blendnet.core.MemberId;

/**
 * A member of a group with ties outside it: one of the people who join the group up with the rest of the
 * network.
 *
 * @param member the member
 * @param outsideTies how many of the member's ties lead out of the group, {@code >= 1}
 * @param outsideWeight the weight of those ties
 * @param groupsReached how many other groups those ties reach (all members whose group is not reported
 *     count as one group), {@code >= 1}
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record BoundarySpanner(MemberId member, int outsideTies, double outsideWeight, int groupsReached) {

  /**
   * Creates a spanner.
   *
   * @throws IllegalArgumentException if a count is below 1 or the weight is not positive
   */
  public BoundarySpanner {
    Objects.requireNonNull(member, "member");
    if (outsideTies < 1) {
      throw new IllegalArgumentException("outsideTies must be >= 1 but was " + outsideTies);
    }
    if (groupsReached < 1) {
      throw new IllegalArgumentException("groupsReached must be >= 1 but was " + groupsReached);
    }
    if (!(outsideWeight > 0)) {
      throw new IllegalArgumentException("outsideWeight must be > 0 but was " + outsideWeight);
    }
  }

  /** {@code ana (3 ties, weight 2.5, 2 groups)}. */
  @Override
  public String toString() {
    return member + " (" + outsideTies + (outsideTies == 1 ? " tie" : " ties") + ", weight "
        + Format.number(outsideWeight) + ", " + groupsReached
        + (groupsReached == 1 ? " group)" : " groups)");
  }
}
