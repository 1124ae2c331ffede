package org.blendnet.metrics.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chart labels for units without the leading path segments they all share ({@code Acme / Sales} and
 * {@code Acme / Ops} become {@code Sales} and {@code Ops}), so that a chart shows what tells units apart.
 * Labels without a path ({@code (other)}, {@code whole network}) are kept as they are, and no label is
 * shortened to nothing.
 *
 * @param prefix the segments removed, joined by {@code " / "} with a trailing separator; empty if none
 * @param labels the shortened labels, in the given order
 */
record UnitLabels(String prefix, List<String> labels) {

  private static final String SEPARATOR = " / ";

  static UnitLabels of(List<String> names) {
    List<String[]> paths = new ArrayList<>();
    for (String name : names) {
      if (name.contains(SEPARATOR)) {
        paths.add(name.split(SEPARATOR, -1));
      }
    }
    if (paths.isEmpty()) {
      return new UnitLabels("", List.copyOf(names));
    }
    int common = paths.get(0).length;
    for (String[] p : paths) {
      int i = 0;
      while (i < Math.min(common, p.length) && p[i].equals(paths.get(0)[i])) {
        i++;
      }
      common = i;
    }
    for (String[] p : paths) {
      common = Math.min(common, p.length - 1); // keep at least one segment of every label
    }
    if (common <= 0) {
      return new UnitLabels("", List.copyOf(names));
    }
    String prefix = String.join(SEPARATOR, Arrays.asList(paths.get(0)).subList(0, common)) + SEPARATOR;
    List<String> shortened = new ArrayList<>();
    for (String name : names) {
      shortened.add(name.contains(SEPARATOR) ? name.substring(prefix.length()) : name);
    }
    return new UnitLabels(prefix, List.copyOf(shortened));
  }

  /** A sentence for a chart's definition, or nothing. */
  String note() {
    return prefix.isEmpty() ? "" : " Units are named without their common prefix “" + prefix.strip() + "”.";
  }
}
