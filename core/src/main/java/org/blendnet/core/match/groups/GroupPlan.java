package org.blendnet.core.match.groups;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blendnet.core.MemberId;

/**
 * The learning groups {@link LearningGroups#form} made, with the objective they reach.
 *
 * <p>{@link #objective()} is the number of (pair of members in the same group, topic both hold) triples —
 * Σ over groups and topics of C(holders, 2) — and {@link #dealtObjective()} the same for the unit-balanced
 * deal the search started from, so that the gain of the search shows. {@link #converged()} says the last
 * pass changed nothing (a local optimum of moves and swaps); false means the pass limit stopped it.
 *
 * @param groups the groups, numbered from 1, each member in exactly one
 * @param options the options they were made with
 * @param objective the shared topic pairs of the plan
 * @param dealtObjective the shared topic pairs of the starting deal
 * @param passes the local-search passes made
 * @param converged true if the search stopped at a local optimum
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record GroupPlan(List<LearningGroup> groups, GroupOptions options, long objective, long dealtObjective,
    int passes, boolean converged) {

  /**
   * Creates a plan.
   *
   * @throws IllegalArgumentException if there are no groups, or an objective or the pass count is negative
   */
  public GroupPlan {
    groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
    Objects.requireNonNull(options, "options");
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("a plan must have groups");
    }
    if (objective < 0 || dealtObjective < 0 || passes < 0) {
      throw new IllegalArgumentException("objective, dealtObjective and passes must be >= 0 but were "
          + objective + ", " + dealtObjective + ", " + passes);
    }
  }

  /** The number of members placed. */
  public int members() {
    int n = 0;
    for (LearningGroup g : groups) {
      n += g.size();
    }
    return n;
  }

  /** The group {@code member} was placed in, if any. O(members). */
  public Optional<LearningGroup> groupOf(MemberId member) {
    Objects.requireNonNull(member, "member");
    for (LearningGroup g : groups) {
      if (g.members().contains(member)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /** {@code GroupPlan[10000 members in 588 groups of 17–18, 9120 shared topic pairs (dealt 1204), 9 passes, converged]}. */
  @Override
  public String toString() {
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (LearningGroup g : groups) {
      min = Math.min(min, g.size());
      max = Math.max(max, g.size());
    }
    return "GroupPlan[" + members() + " members in " + groups.size() + " group" + (groups.size() == 1 ? "" : "s")
        + " of " + (min == max ? String.valueOf(min) : min + "–" + max) + ", " + objective
        + " shared topic pairs (dealt " + dealtObjective + "), " + passes + " pass" + (passes == 1 ? "" : "es")
        + (converged ? ", converged" : ", pass limit reached") + "]";
  }
}
