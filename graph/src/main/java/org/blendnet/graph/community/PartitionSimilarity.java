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
    Keys keys = Keys.of(a, b);
    double ha = entropy(keys.left());
    double hb = entropy(keys.right());
    double hab = entropy(keys.pairs());
    if (ha + hb == 0) {
      return 1.0;
    }
    double mutual = ha + hb - hab;
    return Math.max(0, Math.min(1, 2 * mutual / (ha + hb)));
  }

  /**
   * The adjusted Rand index of two partitions: the share of pairs of nodes on which they agree (both put
   * the pair together, or both apart), corrected for the agreement expected by chance given the sizes of
   * their communities — 1 when they are the same up to renumbering, about 0 for independent partitions,
   * negative when they agree less than chance (L. Hubert and P. Arabie, "Comparing partitions", Journal
   * of Classification 2(1) (1985) 193–218, doi:10.1007/BF01908075):
   *
   * <pre>
   *   ARI = (Σ_ij C(n_ij, 2) − E) / ((A + B) / 2 − E),   E = A · B / C(n, 2),
   *   A = Σ_i C(a_i, 2),   B = Σ_j C(b_j, 2)
   * </pre>
   *
   * where {@code n_ij} counts the nodes in community {@code i} of {@code a} and {@code j} of {@code b}, and
   * {@code a_i}, {@code b_j} are the community sizes. When the denominator is 0 — both partitions put every
   * node alone, or both put all together, which includes fewer than two nodes — the partitions are equal
   * and the index is 1, as scikit-learn's {@code adjusted_rand_score} has it. O(n log n): the contingency
   * table is found by sorting, not hashing.
   *
   * @param a the community of each node in one partition, numbers {@code >= 0}
   * @param b the community of each node in the other
   * @throws IllegalArgumentException if the arrays differ in length or hold a negative number
   */
  public static double adjustedRandIndex(int[] a, int[] b) {
    Keys keys = Keys.of(a, b);
    int n = a.length;
    long[] pairs = keys.pairs();
    long[] left = keys.left();
    long[] right = keys.right();
    double index = pairsWithin(pairs);
    double sumA = pairsWithin(left);
    double sumB = pairsWithin(right);
    double total = (double) n * (n - 1) / 2;
    double expected = total == 0 ? 0 : sumA * sumB / total;
    double max = (sumA + sumB) / 2;
    // max == expected exactly when sumA == sumB and both are 0 or both are total (all singletons, or one
    // cluster, in both partitions); tested on the pair counts, which are whole numbers, not on the
    // rounded product in expected
    long pairsA = (long) sumA;
    if (pairsA == (long) sumB && (pairsA == 0 || pairsA == (long) total)) {
      return 1.0;
    }
    return (index - expected) / (max - expected);
  }

  /** Σ C(run, 2) over the runs of equal values; sorts {@code values}. */
  private static double pairsWithin(long[] values) {
    Arrays.sort(values);
    double sum = 0;
    int run = 1;
    for (int i = 1; i <= values.length; i++) {
      if (i < values.length && values[i] == values[i - 1]) {
        run++;
      } else {
        sum += (double) run * (run - 1) / 2;
        run = 1;
      }
    }
    return sum;
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

  /**
   * The sort keys of two checked partitions: the community of each node in {@code a}, in {@code b}, and the
   * pair of both (a cell of the contingency table).
   */
  @SuppressWarnings("ArrayRecordComponent") // private carrier: the arrays are made here and only read
  private record Keys(long[] pairs, long[] left, long[] right) {

    static Keys of(int[] a, int[] b) {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
      if (a.length != b.length) {
        throw new IllegalArgumentException("the partitions must cover the same nodes but have " + a.length
            + " and " + b.length);
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
      return new Keys(pairs, left, right);
    }
  }
}
