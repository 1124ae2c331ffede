package org.blendnet.graph.community;

import java.util.Arrays;
import java.util.Objects;

/**
 * How alike two partitions of the same nodes are: given as community numbers per node, for example
 * {@link Partition#membership()} and planted or declared groups.
 *
 * @implNote Thread-safe: stateless.
 * @since 0.1
 */
public final class PartitionSimilarity {

  private PartitionSimilarity() {}

  /**
   * The normalised mutual information of two partitions, {@code 2 I(A; B) / (H(A) + H(B))}: 1 when they
   * are the same up to renumbering, near 0 when they are independent (L. Danon, A. Díaz-Guilera, J.
   * Duch and A. Arenas, "Comparing community structure identification", J. Stat. Mech. (2005) P09008,
   * doi:10.1088/1742-5468/2005/09/P09008). 1 when both put every node in one community (and for no nodes).
   * O(n log n): the contingency table is found by sorting, not hashing.
   *
   * @param a the community of each node in one partition, numbers {@code >= 0}
   * @param b the community of each node in the other
   * @throws IllegalArgumentException if the arrays differ in length or hold a negative number
   */
  public static double normalizedMutualInformation(int[] a, int[] b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.length != b.length) {
      throw new IllegalArgumentException("the partitions must cover the same nodes but have " + a.length + " and "
          + b.length);
    }
    int n = a.length;
    long[] pairs = new long[n];
    long[] left = new long[n];
    long[] right = new long[n];
    for (int i = 0; i < n; i++) {
      if (a[i] < 0 || b[i] < 0) {
        throw new IllegalArgumentException("community numbers must be >= 0 but node " + i + " has "
            + Math.min(a[i], b[i]));
      }
      pairs[i] = (long) a[i] << 32 | b[i];
      left[i] = a[i];
      right[i] = b[i];
    }
    double ha = entropy(left);
    double hb = entropy(right);
    double hab = entropy(pairs);
    if (ha + hb == 0) {
      return 1.0;
    }
    double mutual = ha + hb - hab;
    return Math.max(0, Math.min(1, 2 * mutual / (ha + hb)));
  }

  /** The entropy (natural log) of the distribution of values; sorts {@code values}. */
  private static double entropy(long[] values) {
    Arrays.sort(values);
    int n = values.length;
    double h = 0;
    int run = 1;
    for (int i = 1; i <= n; i++) {
      if (i < n && values[i] == values[i - 1]) {
        run++;
      } else {
        double p = (double) run / n;
        h -= p * Math.log(p);
        run = 1;
      }
    }
    return h;
  }
}
