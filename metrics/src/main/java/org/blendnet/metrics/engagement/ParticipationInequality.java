package org.blendnet.metrics.engagement;

import org.blendnet.metrics.Inequality;
import org.blendnet.metrics.internal.Format;

/**
 * How unequally activity is spread over a population: the {@link Inequality#gini Gini coefficient} of
 * the members' act counts, and the 90-9-1 profile — the share of all acts by the most active 1% of
 * members, the next 9%, and the remaining 90% (J. Nielsen, "Participation Inequality: Encouraging More
 * Users to Contribute", Alertbox, Nielsen Norman Group, 9 October 2006: in most online communities 90% of
 * users never contribute, 9% contribute a little, 1% account for almost all the action). The top 1% are
 * the ⌈n/100⌉ most active members, the top 10% the ⌈n/10⌉ most active ({@link Inequality#topCount}), so
 * in a group of 17 they are 1 and 2 members. Members with no acts count (as zeros).
 *
 * @implNote Thread-safe: immutable.
 * @param members n, the population
 * @param inactive members with no acts (Nielsen's "lurkers", as far as the records can tell)
 * @param acts all acts of the population
 * @param gini the Gini coefficient of act counts, in [0, 1); 0 when nobody acted
 * @param top1Count ⌈n/100⌉ (0 when n = 0)
 * @param top1Share share of acts by the top 1%; 0 when nobody acted
 * @param next9Count ⌈n/10⌉ − ⌈n/100⌉
 * @param next9Share share of acts by the next 9%; 0 when nobody acted
 * @param bottom90Count n − ⌈n/10⌉
 * @param bottom90Share share of acts by the rest; 0 when nobody acted
 * @since 0.1
 */
public record ParticipationInequality(int members, int inactive, long acts, double gini, int top1Count,
    double top1Share, int next9Count, double next9Share, int bottom90Count, double bottom90Share) {

  /**
   * Creates the figures.
   *
   * @throws IllegalArgumentException if the counts are negative or do not add up to {@code members}
   */
  public ParticipationInequality {
    if (members < 0 || inactive < 0 || inactive > members || acts < 0 || top1Count < 0 || next9Count < 0
        || bottom90Count < 0 || top1Count + next9Count + bottom90Count != members) {
      throw new IllegalArgumentException("counts must be >= 0 and add up to members (" + members + ") but were "
          + top1Count + " + " + next9Count + " + " + bottom90Count + ", inactive=" + inactive + ", acts=" + acts);
    }
  }

  /** The figures of these act counts. O(n log n). */
  static ParticipationInequality of(int[] actCounts) {
    int n = actCounts.length;
    double[] values = new double[n];
    long total = 0;
    int inactive = 0;
    for (int i = 0; i < n; i++) {
      values[i] = actCounts[i];
      total += actCounts[i];
      if (actCounts[i] == 0) {
        inactive++;
      }
    }
    int top1 = Inequality.topCount(n, 0.01);
    int top10 = Inequality.topCount(n, 0.10);
    int[] sorted = actCounts.clone();
    java.util.Arrays.sort(sorted);
    long top1Acts = 0;
    long top10Acts = 0;
    for (int i = 0; i < top10; i++) {
      int v = sorted[n - 1 - i];
      top10Acts += v;
      if (i < top1) {
        top1Acts += v;
      }
    }
    double t = total;
    return new ParticipationInequality(n, inactive, total, Inequality.gini(values), top1,
        total == 0 ? 0 : top1Acts / t, top10 - top1, total == 0 ? 0 : (top10Acts - top1Acts) / t, n - top10,
        total == 0 ? 0 : (total - top10Acts) / t);
  }

  /** {@code ParticipationInequality[members=100, inactive=60, acts=400, gini=0.81, 1%/9%/90%=0.300/0.450/0.250]}. */
  @Override
  public String toString() {
    return "ParticipationInequality[members=" + members + ", inactive=" + inactive + ", acts=" + acts + ", gini="
        + Format.ratio(gini) + ", 1%/9%/90%=" + Format.ratio(top1Share) + "/" + Format.ratio(next9Share) + "/"
        + Format.ratio(bottom90Share) + " (" + top1Count + "/" + next9Count + "/" + bottom90Count + " members)]";
  }
}
