package org.blendnet.metrics.internal;

/**
 * A map from non-negative {@code long} keys to {@code int} values with open addressing and linear
 * probing: no boxing, no per-entry objects. Keys are typically two member positions packed into one
 * long ({@link #pair(int, int)}). Grows by doubling; expected O(1) per operation.
 *
 * @implNote Not thread-safe: a working structure, confined to the computation that made it.
 */
public final class LongIntMap {

  private static final long EMPTY = -1L;

  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  /** An empty map sized for about {@code expected} entries. */
  public LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected * 2) - 1) << 1;
    allocate(capacity);
  }

  /** The ordered pair {@code (a, b)} of non-negative ints as one key. */
  public static long pair(int a, int b) {
    return (long) a << 32 | b;
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    java.util.Arrays.fill(keys, EMPTY);
    values = new int[capacity];
    mask = capacity - 1;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /** The number of entries. */
  public int size() {
    return size;
  }

  /** The value of {@code key}, or {@code absent} if it has none. */
  public int get(long key, int absent) {
    int s = slot(key, mask);
    while (true) {
      long k = keys[s];
      if (k == key) {
        return values[s];
      }
      if (k == EMPTY) {
        return absent;
      }
      s = (s + 1) & mask;
    }
  }

  /**
   * Puts {@code value} for {@code key} unless the key already has a value; returns the value now held.
   *
   * @throws IllegalArgumentException if {@code key} is negative
   */
  public int putIfAbsent(long key, int value) {
    if (key < 0) {
      throw new IllegalArgumentException("key must be >= 0 but was " + key);
    }
    int s = slot(key, mask);
    while (true) {
      long k = keys[s];
      if (k == key) {
        return values[s];
      }
      if (k == EMPTY) {
        keys[s] = key;
        values[s] = value;
        if (++size * 2 > keys.length) {
          grow();
        }
        return value;
      }
      s = (s + 1) & mask;
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    allocate(oldKeys.length * 2);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int s = slot(oldKeys[i], mask);
        while (keys[s] != EMPTY) {
          s = (s + 1) & mask;
        }
        keys[s] = oldKeys[i];
        values[s] = oldValues[i];
      }
    }
  }
}
