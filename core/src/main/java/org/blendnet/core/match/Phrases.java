package org.blendnet.core.match;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.blendnet.core.Channel;
import org.blendnet.core.ExpertiseLevel;

/** The words of explanations and {@code toString}s: lists, counts, levels, channels, durations, scores. */
final class Phrases {

  /** How many items an explanation names before it says "and 2 more". */
  static final int NAMED = 3;

  private Phrases() {}

  /** "1 topic", "2 topics". */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** "a", "a and b", "a, b and c", "a, b, c and 2 more". */
  static String list(List<String> items) {
    int n = items.size();
    if (n == 0) {
      return "";
    }
    if (n == 1) {
      return items.get(0);
    }
    if (n <= NAMED) {
      return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
    }
    return String.join(", ", items.subList(0, NAMED)) + " and " + (n - NAMED) + " more";
  }

  /** A collection as {@code [a, b, c, …(+37 more)]}, naming at most {@code max} items. */
  static String capped(Collection<?> items, int max) {
    StringBuilder s = new StringBuilder("[");
    Iterator<?> it = items.iterator();
    for (int i = 0; i < max && it.hasNext(); i++) {
      if (i > 0) {
        s.append(", ");
      }
      s.append(it.next());
    }
    if (items.size() > max) {
      s.append(", …(+").append(items.size() - max).append(" more)");
    }
    return s.append(']').toString();
  }

  /** "expert", "beginner". */
  static String level(ExpertiseLevel level) {
    return level.name().toLowerCase(Locale.ROOT);
  }

  /** "face to face", "online". */
  static String channel(Channel channel) {
    return channel == Channel.OFFLINE ? "face to face" : "online";
  }

  /** Whole minutes of a duration in seconds: "45 min", "2 h", "2 h 30 min". */
  static String duration(long seconds) {
    long minutes = seconds / 60;
    long h = minutes / 60;
    long m = minutes % 60;
    if (h == 0) {
      return m + " min";
    }
    return m == 0 ? h + " h" : h + " h " + m + " min";
  }

  /** A score with three decimals, whatever the default locale: "0.750". */
  static String score(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** A weight without trailing zeros: "3", "0.5". */
  static String weight(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
        : Double.toString(value);
  }
}
