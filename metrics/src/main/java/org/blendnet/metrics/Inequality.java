package org.blendnet.metrics;

import java.util.Arrays;
import java.util.Objects;

/**
 * How unequally something is spread over people: the Gini coefficient and the share held by the top
 * few. Used for the concentration of giving (collaborative overload) and for participation inequality.
 *
 * <p><b>Gini coefficient.</b> For values sorted ascending, x<sub>(1)</sub> ≤ … ≤ x<sub>(n)</sub>,
 * <pre>
 *   G = Σ_{i=1..n} (2i − n − 1) · x_(i) / (n · Σ_i x_i)
 * </pre>
 * which equals the mean absolute difference between all ordered pairs divided by twice the mean
 * (C. Gini, <i>Variabilità e mutabilità</i>, Bologna, 1912). G is 0 when everybody holds the same and
 * reaches its maximum 1 − 1/n when one person holds everything, so it lies in [0, 1). It is 0 for no
 * values and when all values are 0 (nothing to be unequal about). Values are scaled by their maximum
 * before summing, so that very large values cannot overflow. O(n log n) time (the sort), O(n) space.
 *
 * <p><b>Top share.</b> The share of the total held by the top ⌈f · n⌉ people ({@link #topCount}): the
 * top 5% of 40 people are 2, of 41 people 3. At least one person when n &gt; 0; 0 when the total is 0.
 *
 * @implNote Thread-safe: stateless.
 * @since 0.1
 */
public final class Inequality {

  private Inequality() {}

  /**
   * The Gini coefficient of {@code values} (see the class comment); 0 for no values or all zeros.
   *
   * @throws IllegalArgumentException if a value is negative, infinite or NaN
   */
  public static double gini(double... values) {
    double[] x = scaledSortedCopy(values);
    int n = x.length;
    if (n == 0 || x[n - 1] == 0) {
      return 0;
    }
    double sum = 0;
    double weighted = 0;
    for (int i = 0; i < n; i++) {
      sum += x[i];
      weighted += (2.0 * (i + 1) - n - 1) * x[i];
    }
    double g = weighted / (n * sum);
    return Math.max(0, Math.min(g, 1 - 1.0 / n));
  }

  /**
   * How many people the top {@code fraction} of {@code n} are: ⌈fraction · n⌉, at least 1 when n &gt; 0
   * (a product within a billionth of an integer counts as that integer, so that 5% of 100 is 5 despite
   * binary rounding).
   *
   * @throws IllegalArgumentException if {@code n < 0} or {@code fraction} is not in (0, 1]
   */
  public static int topCount(int n, double fraction) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0 but was " + n);
    }
    checkFraction(fraction);
    if (n == 0) {
      return 0;
    }
    double exact = fraction * n;
    double nearest = Math.rint(exact);
    long k = Math.abs(exact - nearest) <= 1e-9 * Math.max(1, exact) ? (long) nearest : (long) Math.ceil(exact);
    return (int) Math.max(1, Math.min(n, k));
  }

  /**
   * The share of the sum of {@code values} held by the top {@link #topCount(int, double)} of them; 0 for
   * no values or a zero sum.
   *
   * @throws IllegalArgumentException if a value is negative, infinite or NaN, or {@code fraction} is not
   *     in (0, 1]
   */
  public static double topShare(double[] values, double fraction) {
    Objects.requireNonNull(values, "values");
    checkFraction(fraction);
    double[] x = scaledSortedCopy(values);
    int n = x.length;
    if (n == 0 || x[n - 1] == 0) {
      return 0;
    }
    int first = n - topCount(n, fraction);
    double top = 0;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += x[i];
      top += i >= first ? x[i] : 0;
    }
    return Math.min(1, top / sum);
  }

  static void checkFraction(double fraction) {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in (0, 1] but was " + fraction);
    }
  }

  /** The values checked, sorted ascending and divided by the largest (unless it is 0). */
  private static double[] scaledSortedCopy(double[] values) {
    Objects.requireNonNull(values, "values");
    double[] x = values.clone();
    for (int i = 0; i < x.length; i++) {
      if (!(x[i] >= 0) || x[i] == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException("values[" + i + "] must be finite and >= 0 but was " + x[i]);
      }
    }
    Arrays.sort(x);
    double max = x.length == 0 ? 0 : x[x.length - 1];
    if (max > 0) {
      for (int i = 0; i < x.length; i++) {
        x[i] /= max;
      }
    }
    return x;
  }
}
