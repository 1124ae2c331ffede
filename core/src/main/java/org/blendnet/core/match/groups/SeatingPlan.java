package org.blendnet.core.match.groups;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.blendnet.core.EventId;

/**
 * The tables {@link EventSeating#seat} made for an event, with what they achieve.
 *
 * <p>{@link #objective()} is the sum, over pairs seated at the same table, of their weights (see
 * {@link EventSeating}); {@link #dealtObjective()} the same for the unit-balanced deal the search started
 * from. The counts say how many of the online-only and should-meet pairs among the participants ended up
 * at one table.
 *
 * @param event the event
 * @param tables the tables, numbered from 1, each participant at exactly one
 * @param options the options used
 * @param objective the seating's objective
 * @param dealtObjective the objective of the starting deal
 * @param onlineOnlyPairs how many participant pairs met online but never face to face
 * @param onlineOnlySeated how many of those share a table
 * @param shouldMeetPairs how many participant pairs count as "should meet"
 * @param shouldMeetSeated how many of those share a table
 * @param passes the local-search passes made
 * @param converged true if the search stopped at a local optimum
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record SeatingPlan(EventId event, List<SeatingTable> tables, SeatingOptions options, double objective,
    double dealtObjective, int onlineOnlyPairs, int onlineOnlySeated, int shouldMeetPairs, int shouldMeetSeated,
    int passes, boolean converged) {

  /**
   * Creates a plan.
   *
   * @throws IllegalArgumentException if there are no tables, or a count is negative or above its total
   */
  public SeatingPlan {
    Objects.requireNonNull(event, "event");
    tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
    Objects.requireNonNull(options, "options");
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("a seating must have tables");
    }
    if (onlineOnlySeated < 0 || onlineOnlySeated > onlineOnlyPairs || shouldMeetSeated < 0
        || shouldMeetSeated > shouldMeetPairs || passes < 0) {
      throw new IllegalArgumentException("counts must be >= 0 and within their totals but were online-only "
          + onlineOnlySeated + "/" + onlineOnlyPairs + ", should-meet " + shouldMeetSeated + "/" + shouldMeetPairs
          + ", passes " + passes);
    }
  }

  /** The number of participants seated. */
  public int seated() {
    int n = 0;
    for (SeatingTable t : tables) {
      n += t.size();
    }
    return n;
  }

  /** {@code SeatingPlan[e1: 40 seated at 5 tables, online-only 6/9, should-meet 12/31, objective 14.20 (dealt 3.10), 4 passes]}. */
  @Override
  public String toString() {
    return "SeatingPlan[" + event + ": " + seated() + " seated at " + tables.size() + " table"
        + (tables.size() == 1 ? "" : "s") + ", online-only " + onlineOnlySeated + "/" + onlineOnlyPairs
        + ", should-meet " + shouldMeetSeated + "/" + shouldMeetPairs
        + String.format(Locale.ROOT, ", objective %.2f (dealt %.2f), ", objective, dealtObjective) + passes + " pass"
        + (passes == 1 ? "" : "es") + (converged ? "" : ", pass limit reached") + "]";
  }
}
