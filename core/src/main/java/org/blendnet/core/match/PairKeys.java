package org.blendnet.core.match;

/**
 * A map from unordered pairs of non-negative ints (member positions, or vertices) to non-negative ints,
 * by open addressing over one {@code long} key per pair: {@code min << 32 | max}. O(1) expected per
 * operation; about 12 bytes a pair at half load. Not thread-safe.
 */
final class PairKeys {

  private long[] keys;
  private int[] values;
  private int mask;
  private int size;

  PairKeys(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    mask = capacity - 1;
  }

  /** The key of the pair {a, b}; never 0 for a ≠ b. */
  static long key(int a, int b) {
    return a < b ? (long) a << 32 | b : (long) b << 32 | a;
  }

  private static int slot(long key, int mask) {
    return (int) (Hashing.mix(key) & mask);
  }

  /** The value of the pair {a, b}, or -1 if it has none. */
  int get(int a, int b) {
    if (size == 0) {
      return -1; // no probe of a cold table (a round without history or blocked pairs asks for every candidate)
    }
    long key = key(a, b);
    for (int s = slot(key, mask); ; s = (s + 1) & mask) {
      if (keys[s] == 0) {
        return -1;
      }
      if (keys[s] == key) {
        return values[s];
      }
    }
  }

  boolean contains(int a, int b) {
    return get(a, b) >= 0;
  }

  /** Gives the pair {a, b} the value {@code value} unless it has one; returns the value it has now. */
  int putIfAbsent(int a, int b, int value) {
    long key = key(a, b);
    int s = slot(key, mask);
    while (keys[s] != 0) {
      if (keys[s] == key) {
        return values[s];
      }
      s = (s + 1) & mask;
    }
    keys[s] = key;
    values[s] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
    return value;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int s = slot(oldKeys[i], mask);
        while (keys[s] != 0) {
          s = (s + 1) & mask;
        }
        keys[s] = oldKeys[i];
        values[s] = oldValues[i];
      }
    }
  }
}
