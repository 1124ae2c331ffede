package org.blendnet.metrics.internal;

/**
 * A map from {@code long} keys to non-negative {@code int} values with open addressing and linear
 * probing: no boxing, no per-entry objects. Keys are typically two member positions or keys packed into
 * one long ({@link #pair(int, int)}). Grows by doubling; expected O(1) per operation.
 *
 * @implNote Not thread-safe: a working structure, confined to the computation that made it.
 */
public final class LongIntMap {

  private long[] keys;
  /** value + 1 per slot; 0 = empty. */
  private int[] values;
  private int size;
  private int mask;

  /** An empty map sized for about {@code expected} entries. */
  public LongIntMap(int expected) {
    allocate(Integer.highestOneBit(Math.max(8, expected * 2) - 1) << 1);
  }

  /** The ordered pair {@code (a, b)} of ints as one key. */
  public static long pair(int a, int b) {
    return (long) a << 32 | (b & 0xFFFFFFFFL);
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
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
      int v = values[s];
      if (v == 0) {
        return absent;
      }
      if (keys[s] == key) {
        return v - 1;
      }
      s = (s + 1) & mask;
    }
  }

  /**
   * Puts {@code value} for {@code key} unless the key already has a value; returns the value now held.
   *
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public int putIfAbsent(long key, int value) {
    if (value < 0 || value == Integer.MAX_VALUE) {
      throw new IllegalArgumentException("value must be in [0, " + (Integer.MAX_VALUE - 1) + "] but was " + value);
    }
    int s = slot(key, mask);
    while (true) {
      int v = values[s];
      if (v == 0) {
        keys[s] = key;
        values[s] = value + 1;
        if (++size * 2 > keys.length) {
          grow();
        }
        return value;
      }
      if (keys[s] == key) {
        return v - 1;
      }
      s = (s + 1) & mask;
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    allocate(oldKeys.length * 2);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != 0) {
        int s = slot(oldKeys[i], mask);
        while (values[s] != 0) {
          s = (s + 1) & mask;
        }
        keys[s] = oldKeys[i];
        values[s] = oldValues[i];
      }
    }
  }
}
