package org.blendnet.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Single draws from a QuickTheories {@link RandomnessSource}, for generators written as lambdas that make
 * several dependent choices. Every draw goes through the source, so QuickTheories can shrink the result;
 * nothing here uses a hash-ordered collection, so the same draws always give the same value.
 */
final class Draw {

  private Draw() {}

  /** A number in {@code [min, max]}; shrinks towards {@code min}. */
  static int between(RandomnessSource in, int min, int max) {
    if (min > max) {
      throw new IllegalArgumentException("min must be <= max but was " + min + " > " + max);
    }
    return min == max ? min : Generate.range(min, max).generate(in);
  }

  /** True with roughly {@code percent} per cent probability; shrinks towards false. */
  static boolean chance(RandomnessSource in, int percent) {
    return between(in, 0, 99) >= 100 - percent;
  }

  /** One element of a non-empty list; shrinks towards the first. */
  static <T> T pick(RandomnessSource in, List<T> from) {
    if (from.isEmpty()) {
      throw new IllegalArgumentException("cannot pick from an empty list");
    }
    return from.get(between(in, 0, from.size() - 1));
  }

  /**
   * Between {@code min} and {@code max} distinct elements of {@code pool} (fewer if the pool is smaller),
   * in the order drawn.
   */
  static <T> List<T> distinct(RandomnessSource in, List<T> pool, int min, int max) {
    int size = between(in, Math.min(min, pool.size()), Math.min(max, pool.size()));
    List<T> rest = new ArrayList<>(pool);
    List<T> chosen = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      chosen.add(rest.remove(between(in, 0, rest.size() - 1)));
    }
    return chosen;
  }

  /** A permutation of {@code values}. */
  static <T> List<T> shuffled(RandomnessSource in, List<T> values) {
    return distinct(in, values, values.size(), values.size());
  }
}
