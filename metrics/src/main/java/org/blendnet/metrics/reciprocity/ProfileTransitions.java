package org.blendnet.metrics.reciprocity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.blendnet.core.MemberId;
import org.blendnet.core.TimeWindow;
import org.blendnet.metrics.internal.Format;
import org.blendnet.metrics.internal.IdIndex;

/**
 * Takers who became givers: for each pair of consecutive windows of a {@link LedgerSeries}, the members
 * who were a {@link GiveTakeProfile#TAKER} in the first and a {@link GiveTakeProfile#GIVER} or
 * {@link GiveTakeProfile#MATCHER} in the second. Only consecutive windows count: a taker who is
 * {@link GiveTakeProfile#INACTIVE} for a window and then gives is not a transition (choose longer windows
 * to see slower change). O(m · w) for m members and w windows.
 *
 * @implNote Thread-safe: immutable.
 * @param thresholds the thresholds of the profiles
 * @param steps one step per pair of consecutive windows, in time order (none for a single window)
 * @since 0.1
 */
public record ProfileTransitions(ProfileThresholds thresholds, List<Step> steps) {

  /** Creates the transitions. */
  public ProfileTransitions {
    Objects.requireNonNull(thresholds, "thresholds");
    steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
  }

  /** The transitions with {@link ProfileThresholds#defaults()}. */
  public static ProfileTransitions of(LedgerSeries series) {
    return of(series, ProfileThresholds.defaults());
  }

  /** The transitions between the consecutive windows of {@code series}. */
  public static ProfileTransitions of(LedgerSeries series, ProfileThresholds thresholds) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(thresholds, "thresholds");
    List<Step> steps = new ArrayList<>();
    for (int w = 1; w < series.size(); w++) {
      ReciprocityLedger before = series.get(w - 1);
      ReciprocityLedger after = series.get(w);
      IdIndex<MemberId> index = after.index();
      List<MemberId> toGiver = new ArrayList<>();
      List<MemberId> toMatcher = new ArrayList<>();
      for (int p = 0; p < after.size(); p++) {
        if (thresholds.classify(before.givenByPosition()[p], before.takenByPosition()[p]) != GiveTakeProfile.TAKER) {
          continue;
        }
        GiveTakeProfile now = thresholds.classify(after.givenByPosition()[p], after.takenByPosition()[p]);
        if (now == GiveTakeProfile.GIVER) {
          toGiver.add(index.id(p));
        } else if (now == GiveTakeProfile.MATCHER) {
          toMatcher.add(index.id(p));
        }
      }
      steps.add(new Step(series.windows().get(w - 1), series.windows().get(w), toGiver, toMatcher));
    }
    return new ProfileTransitions(thresholds, steps);
  }

  /** The number of transitions over all steps (a member moving twice counts twice). */
  public int count() {
    int c = 0;
    for (Step s : steps) {
      c += s.count();
    }
    return c;
  }

  /** The members who moved from taker to giver or matcher at least once, in order of their first move. */
  public List<MemberId> members() {
    Set<MemberId> all = new LinkedHashSet<>();
    for (Step s : steps) {
      all.addAll(s.toGiver());
      all.addAll(s.toMatcher());
    }
    return List.copyOf(all);
  }

  /** {@code ProfileTransitions[count=3, steps=[…]]}. */
  @Override
  public String toString() {
    return "ProfileTransitions[count=" + count() + ", steps=" + Format.capped(steps) + "]";
  }

  /**
   * The takers of window {@code from} who gave or matched in window {@code to}.
   *
   * @implNote Thread-safe: immutable.
   * @param from the earlier window
   * @param to the next window
   * @param toGiver takers who became givers, in network order
   * @param toMatcher takers who became matchers, in network order
   * @since 0.1
   */
  public record Step(TimeWindow from, TimeWindow to, List<MemberId> toGiver, List<MemberId> toMatcher) {

    /** Creates a step. */
    public Step {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      toGiver = List.copyOf(Objects.requireNonNull(toGiver, "toGiver"));
      toMatcher = List.copyOf(Objects.requireNonNull(toMatcher, "toMatcher"));
    }

    /** The number of takers who moved. */
    public int count() {
      return toGiver.size() + toMatcher.size();
    }

    /** {@code [from, to) → [from, to): toGiver=[…], toMatcher=[…]}. */
    @Override
    public String toString() {
      return from + " → " + to + ": toGiver=" + Format.capped(toGiver) + ", toMatcher=" + Format.capped(toMatcher);
    }
  }
}
