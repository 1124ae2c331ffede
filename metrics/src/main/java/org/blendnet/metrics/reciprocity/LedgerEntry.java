package org.blendnet.metrics.reciprocity;

import java.util.Objects;
import java.util.OptionalDouble;
import org.blendnet.core.MemberId;
import org.blendnet.metrics.internal.Format;

/**
 * One member's line in a {@link ReciprocityLedger}: their counts, and the weighted amounts given (G) and
 * taken (T).
 *
 * @implNote Thread-safe: immutable.
 * @param member the member
 * @param counts their acts of giving and taking
 * @param given G, the weighted amount given
 * @param taken T, the weighted amount taken
 * @since 0.1
 */
public record LedgerEntry(MemberId member, GiveTakeCounts counts, double given, double taken) {

  /**
   * Creates an entry.
   *
   * @throws IllegalArgumentException if an amount is negative, infinite or NaN
   */
  public LedgerEntry {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(counts, "counts");
    if (!(given >= 0) || given == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("given must be finite and >= 0 but was " + given);
    }
    if (!(taken >= 0) || taken == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("taken must be finite and >= 0 but was " + taken);
    }
  }

  /**
   * The balance ratio B = (G − T) / (G + T), in [−1, 1]: 1 for pure giving, −1 for pure taking; empty
   * when the member neither gave nor took (G + T = 0), for whom balance is undefined.
   */
  public OptionalDouble balance() {
    return balance(given, taken);
  }

  static OptionalDouble balance(double given, double taken) {
    double sum = given + taken;
    return sum > 0 ? OptionalDouble.of((given - taken) / sum) : OptionalDouble.empty();
  }

  /** {@code ana: G=3 T=1.5 B=0.333 GiveTakeCounts[answersGiven=3, questionsAsked=1, answersReceived=1]}. */
  @Override
  public String toString() {
    OptionalDouble b = balance();
    return member + ": G=" + Format.amount(given) + " T=" + Format.amount(taken) + " B="
        + (b.isPresent() ? Format.ratio(b.getAsDouble()) : "undefined") + " " + counts;
  }
}
