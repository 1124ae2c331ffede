package org.blendnet.metrics.report;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.blendnet.metrics.internal.Format;
import org.jspecify.annotations.Nullable;

/** Checks and shows the values of a report. */
final class Values {

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

  private Values() {}

  /** Checks a key and the type of its value. */
  static void check(String key, @Nullable Object value) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("key must be lower snake case but was " + key);
    }
    if (value != null && !(value instanceof Long || value instanceof Double || value instanceof String
        || value instanceof Boolean || value instanceof List)) {
      throw new IllegalArgumentException(key + ": unsupported value type " + value.getClass().getName());
    }
  }

  /** A double, or null when it is NaN or infinite (undefined); −0.0 becomes 0.0, so that no "-0" is shown. */
  static @Nullable Double number(double value) {
    return Double.isFinite(value) ? (value == 0 ? 0.0 : value) : null;
  }

  /** A value as people read it; an em dash when undefined. */
  static String show(Kind kind, @Nullable Object value) {
    if (value == null) {
      return "—";
    }
    switch (kind) {
      case RATIO:
        return Format.ratio(((Number) value).doubleValue());
      case AMOUNT:
        return Format.amount(((Number) value).doubleValue());
      case SECONDS:
        return duration(((Number) value).longValue());
      case FLAG:
        return (Boolean) value ? "yes" : "no";
      case SERIES: {
        StringBuilder s = new StringBuilder();
        for (Object v : (List<?>) value) {
          s.append(s.length() == 0 ? "" : " ").append(Format.amount(((Number) v).doubleValue()));
        }
        return s.toString();
      }
      default:
        return String.valueOf(value);
    }
  }

  /** {@code 2d 3h 5m}, {@code 45s}. */
  static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + "s";
    }
    long d = seconds / 86_400;
    long h = seconds % 86_400 / 3600;
    long m = seconds % 3600 / 60;
    StringBuilder s = new StringBuilder();
    if (d > 0) {
      s.append(d).append("d");
    }
    if (h > 0) {
      s.append(s.length() > 0 ? " " : "").append(h).append("h");
    }
    if (m > 0 && d == 0) {
      s.append(s.length() > 0 ? " " : "").append(m).append("m");
    }
    return s.length() == 0 ? String.format(Locale.ROOT, "%dd", d) : s.toString();
  }
}
