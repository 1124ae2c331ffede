package org.blendnet.graph.silo;

import java.util.Locale;

/** Number formatting for the silo package's {@code toString}s: short, the same on every locale. */
final class Format {

  private Format() {}

  /** Four significant digits without trailing zeros ({@code 1}, {@code 0.25}, {@code 2.5e-05}); NaN as "–". */
  static String number(double x) {
    if (Double.isNaN(x)) {
      return "–";
    }
    if (x == Math.rint(x) && Math.abs(x) < 1e9) {
      return Long.toString((long) x);
    }
    String s = String.format(Locale.ROOT, "%.4g", x);
    int e = s.indexOf('e');
    String mantissa = e < 0 ? s : s.substring(0, e);
    String exponent = e < 0 ? "" : s.substring(e);
    if (mantissa.indexOf('.') >= 0) {
      int end = mantissa.length();
      while (mantissa.charAt(end - 1) == '0') {
        end--;
      }
      if (mantissa.charAt(end - 1) == '.') {
        end--;
      }
      mantissa = mantissa.substring(0, end);
    }
    return mantissa + exponent;
  }

  /** Two decimals, sign shown for negatives ({@code -0.52}, {@code 0.10}); NaN as "–". */
  static String fixed(double x) {
    return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.2f", x);
  }

  /**
   * {@code text} cut to {@code width} characters by dropping its beginning, the first one an ellipsis when
   * it was cut: group names are unit paths, and the deepest unit is the one that tells groups apart
   * ({@code …Computer Science / G2}).
   */
  static String cut(String text, int width) {
    if (text.length() <= width) {
      return text;
    }
    int start = text.length() - (width - 1);
    if (Character.isLowSurrogate(text.charAt(start))) {
      start++;
    }
    return "…" + text.substring(start);
  }
}
