package org.blendnet.metrics.internal;

import java.util.List;
import java.util.Locale;

/** How results print themselves: short numbers, capped lists. */
public final class Format {

  /** How many items a result's {@code toString} lists before "…(+n more)". */
  public static final int SHOWN = 10;

  private Format() {}

  /** A ratio or coefficient with three decimals: {@code 0.765}. */
  public static String ratio(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** An amount: whole numbers without decimals ({@code 12}), others with up to three ({@code 12.5}). */
  public static String amount(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    String s = String.format(Locale.ROOT, "%.3f", value);
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    return s.substring(0, s.charAt(end - 1) == '.' ? end - 1 : end);
  }

  /** A duration: {@code 28 days} or {@code 1 day} when whole days, else ISO-8601 ({@code PT36H}). */
  public static String duration(java.time.Duration d) {
    if (!d.isNegative() && d.equals(java.time.Duration.ofDays(d.toDays()))) {
      return d.toDays() + (d.toDays() == 1 ? " day" : " days");
    }
    return d.toString();
  }

  /** {@code [a, b, c]}, or {@code [a, b, …(+37 more)]} after {@link #SHOWN} items. */
  public static String capped(List<?> items) {
    return capped(items, SHOWN);
  }

  /** {@code [a, b, c]}, or {@code [a, b, …(+37 more)]} after {@code shown} items. */
  public static String capped(List<?> items, int shown) {
    StringBuilder s = new StringBuilder("[");
    int n = Math.min(shown, items.size());
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        s.append(", ");
      }
      s.append(items.get(i));
    }
    if (items.size() > n) {
      s.append(n > 0 ? ", " : "").append("…(+").append(items.size() - n).append(" more)");
    }
    return s.append(']').toString();
  }
}
