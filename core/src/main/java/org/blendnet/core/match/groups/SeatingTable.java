package org.blendnet.core.match.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.blendnet.core.Affiliation;
import org.blendnet.core.MemberId;

/**
 * One table of a {@link SeatingPlan}: who sits there, which pairs were put together on purpose, and the
 * units at the table.
 *
 * @param number the table's number, from 1
 * @param members the members seated, in id order
 * @param pairs the pairs at this table that add to the objective, heaviest first, then by pair
 * @param units the members' units with their seat counts; largest first, then by name
 * @param weight the table's part of the objective: the sum of its pairs' weights
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record SeatingTable(int number, List<MemberId> members, List<SeatPair> pairs, Map<Affiliation, Integer> units,
    double weight) {

  /** How many pairs and units {@link #explanation()} names before "…(+n more)". */
  public static final int NAMED = 5;

  /**
   * Creates a table.
   *
   * @throws IllegalArgumentException if the number is below 1, the table empty or the weight negative
   */
  public SeatingTable {
    members = List.copyOf(Objects.requireNonNull(members, "members"));
    Objects.requireNonNull(pairs, "pairs");
    Objects.requireNonNull(units, "units");
    if (number < 1) {
      throw new IllegalArgumentException("number must be >= 1 but was " + number);
    }
    if (members.isEmpty()) {
      throw new IllegalArgumentException("table " + number + " must have members");
    }
    pairs = List.copyOf(Objects.requireNonNull(pairs, "pairs"));
    units = Wording.orderedCopy(units, "units");
    if (!(weight >= 0)) {
      throw new IllegalArgumentException("weight must be >= 0 but was " + weight);
    }
  }

  /** The number of seats taken. */
  public int size() {
    return members.size();
  }

  /**
   * Why these people sit together: "8 seats; ana and bo met online 3 times, never face to face; cy and di
   * should meet (0.71): can teach you negotiation (expert); units Acme / Sales 2, Beta / Legal 2, …".
   */
  public String explanation() {
    List<String> parts = new ArrayList<>();
    for (SeatPair p : pairs) {
      parts.add(p.pair().first() + " and " + p.pair().second() + " " + String.join(" and ", p.reasons()));
    }
    return size() + " seats; " + (parts.isEmpty() ? "no pair chosen on purpose" : Wording.capped(parts, NAMED))
        + "; units " + Wording.capped(Wording.counted(units), NAMED);
  }

  /** {@code SeatingTable[#2, 8 seats, 3 pairs, weight 2.710]}. */
  @Override
  public String toString() {
    return "SeatingTable[#" + number + ", " + size() + " seats, " + pairs.size() + " pair" + (pairs.size() == 1 ? "" : "s")
        + String.format(java.util.Locale.ROOT, ", weight %.3f]", weight);
  }
}
