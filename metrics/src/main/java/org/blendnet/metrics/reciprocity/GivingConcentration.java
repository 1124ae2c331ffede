package org.blendnet.metrics.reciprocity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.blendnet.core.MemberId;
import org.blendnet.metrics.Inequality;
import org.blendnet.metrics.internal.Format;

/**
 * How concentrated giving is — collaborative overload. Cross, Rebele &amp; Grant found that in most
 * organisations 20–35% of value-added collaborations come from only 3–5% of employees, who then burn
 * out (R. Cross, R. Rebele &amp; A. Grant, "Collaborative Overload", <i>Harvard Business Review</i>
 * 94(1):74–79, January–February 2016).
 *
 * <p>Over all members of a ledger (those who gave nothing included): the {@link Inequality#gini Gini
 * coefficient} of G, the share of all G given by the top {@code topFraction} of members
 * ({@link Inequality#topShare}; default 5%), and who they are. O(m log m) for m members.
 *
 * @implNote Thread-safe: immutable.
 * @param members the number of members
 * @param totalGiven Σ G
 * @param gini the Gini coefficient of G over all members, in [0, 1); 0 when nobody gave
 * @param topFraction the fraction of members counted as the top, in (0, 1]
 * @param topShare the share of Σ G given by the top ⌈topFraction · members⌉; 0 when nobody gave
 * @param top the top members who gave anything, most first (ties in network order)
 * @since 0.1
 */
public record GivingConcentration(int members, double totalGiven, double gini, double topFraction, double topShare,
    List<MemberId> top) {

  /** The fraction of members {@link #of(ReciprocityLedger)} looks at: 5%. */
  public static final double DEFAULT_TOP_FRACTION = 0.05;

  /**
   * Creates the figures.
   *
   * @throws IllegalArgumentException if a value is out of its range
   */
  public GivingConcentration {
    top = List.copyOf(Objects.requireNonNull(top, "top"));
    if (members < 0) {
      throw new IllegalArgumentException("members must be >= 0 but was " + members);
    }
    if (!(totalGiven >= 0)) {
      throw new IllegalArgumentException("totalGiven must be >= 0 but was " + totalGiven);
    }
    if (!(gini >= 0 && gini < 1)) {
      throw new IllegalArgumentException("gini must be in [0, 1) but was " + gini);
    }
    if (!(topFraction > 0 && topFraction <= 1)) {
      throw new IllegalArgumentException("topFraction must be in (0, 1] but was " + topFraction);
    }
    if (!(topShare >= 0 && topShare <= 1)) {
      throw new IllegalArgumentException("topShare must be in [0, 1] but was " + topShare);
    }
  }

  /** The concentration with the top 5%. */
  public static GivingConcentration of(ReciprocityLedger ledger) {
    return of(ledger, DEFAULT_TOP_FRACTION);
  }

  /**
   * The concentration with the top {@code topFraction}.
   *
   * @throws IllegalArgumentException if {@code topFraction} is not in (0, 1]
   */
  public static GivingConcentration of(ReciprocityLedger ledger, double topFraction) {
    Objects.requireNonNull(ledger, "ledger");
    double[] given = ledger.givenByPosition();
    int k = Inequality.topCount(given.length, topFraction);
    List<MemberId> top = new ArrayList<>();
    for (int p : Ranking.descending(given, k)) {
      top.add(ledger.index().id(p));
    }
    return new GivingConcentration(given.length, ledger.totalGiven(), Inequality.gini(given), topFraction,
        Inequality.topShare(given, topFraction), top);
  }

  /** {@code GivingConcentration[members=200, G=340, gini=0.712, top 5%=10 gave 0.310, top=[…]]}. */
  @Override
  public String toString() {
    return "GivingConcentration[members=" + members + ", G=" + Format.amount(totalGiven) + ", gini="
        + Format.ratio(gini) + ", top " + Format.amount(topFraction * 100) + "% gave " + Format.ratio(topShare)
        + ", top=" + Format.capped(top) + "]";
  }
}
