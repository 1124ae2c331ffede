package org.blendnet.core.match.groups;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The wording of this package's results: capped lists, counts, ordered copies. */
final class Wording {

  private Wording() {}

  /** The items joined with ", ", the first {@code max} only and then "…(+n more)". */
  static String capped(List<String> items, int max) {
    if (items.size() <= max) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, max)) + " …(+" + (items.size() - max) + " more)";
  }

  /** An unmodifiable copy keeping the order, rejecting nulls. */
  static <K, V> Map<K, V> orderedCopy(Map<K, V> map, String name) {
    Objects.requireNonNull(map, name);
    Map<K, V> copy = new LinkedHashMap<>();
    for (Map.Entry<K, V> e : map.entrySet()) {
      copy.put(Objects.requireNonNull(e.getKey(), () -> name + " must not contain null"),
          Objects.requireNonNull(e.getValue(), () -> name + " must not contain null"));
    }
    return Collections.unmodifiableMap(copy);
  }

  /** "Acme / Sales 4, Acme / Finance 3" from counts in order. */
  static <K> List<String> counted(Map<K, Integer> counts) {
    List<String> parts = new ArrayList<>(counts.size());
    counts.forEach((k, c) -> parts.add(k + " " + c));
    return parts;
  }
}
