package org.blendnet.metrics.reciprocity;

import java.util.Arrays;

/**
 * Positions of the largest values, largest first, ties by position. For small k a bounded insertion
 * (O(n · k), usually O(n)), otherwise a sort of the positive values (O(n log n)). Stateless.
 */
final class Ranking {

  private static final int SMALL = 32;

  private Ranking() {}

  /** The positions of the (at most) {@code k} largest positive values, largest first, ties by position. */
  static int[] descending(double[] values, int k) {
    return k <= SMALL ? bounded(values, k) : sorted(values, k);
  }

  private static boolean before(double[] values, int x, int y) {
    return values[x] > values[y] || (values[x] == values[y] && x < y);
  }

  private static int[] bounded(double[] values, int k) {
    if (k == 0) {
      return new int[0];
    }
    int[] top = new int[k];
    int m = 0;
    for (int p = 0; p < values.length; p++) {
      if (!(values[p] > 0) || (m == k && !before(values, p, top[k - 1]))) {
        continue;
      }
      int i = m == k ? k - 1 : m++;
      while (i > 0 && before(values, p, top[i - 1])) {
        top[i] = top[i - 1];
        i--;
      }
      top[i] = p;
    }
    return Arrays.copyOf(top, m);
  }

  private static int[] sorted(double[] values, int k) {
    int positive = 0;
    for (double v : values) {
      if (v > 0) {
        positive++;
      }
    }
    Integer[] order = new Integer[positive];
    int j = 0;
    for (int p = 0; p < values.length; p++) {
      if (values[p] > 0) {
        order[j++] = p;
      }
    }
    Arrays.sort(order, (x, y) -> before(values, x, y) ? -1 : before(values, y, x) ? 1 : 0);
    int m = Math.min(k, positive);
    int[] top = new int[m];
    for (int i = 0; i < m; i++) {
      top[i] = order[i];
    }
    return top;
  }
}
