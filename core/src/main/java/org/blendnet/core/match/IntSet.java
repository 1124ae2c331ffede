package org.blendnet.core.match;

import java.util.Arrays;

/**
 * A set of non-negative ints (member positions) in the order first added: a list and an open-addressing
 * table over it. O(1) expected per operation; grows as needed. Not thread-safe.
 */
final class IntSet {

  private int[] list;
  private int size;
  /** Value + 1 per slot; 0 is empty. */
  private int[] slots;
  private int mask;

  IntSet(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
    list = new int[Math.max(8, expected)];
    slots = new int[capacity];
    mask = capacity - 1;
  }

  private static int slot(int value, int mask) {
    return Hashing.spread(value * 0x9E3779B9) & mask;
  }

  /** Adds {@code value}; returns false if it was already there. */
  boolean add(int value) {
    int slot = slot(value, mask);
    while (true) {
      int v = slots[slot];
      if (v == 0) {
        break;
      }
      if (v == value + 1) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = value + 1;
    if (size == list.length) {
      list = Arrays.copyOf(list, size * 2);
    }
    list[size++] = value;
    if (size * 2 > slots.length) {
      rehash();
    }
    return true;
  }

  boolean contains(int value) {
    for (int slot = slot(value, mask); ; slot = (slot + 1) & mask) {
      int v = slots[slot];
      if (v == 0) {
        return false;
      }
      if (v == value + 1) {
        return true;
      }
    }
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    mask = slots.length - 1;
    for (int i = 0; i < size; i++) {
      int slot = slot(list[i], mask);
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = list[i] + 1;
    }
  }

  int size() {
    return size;
  }

  /** The {@code i}-th value added. */
  int get(int i) {
    return list[i];
  }
}
