package org.blendnet.core.match;

import java.util.Arrays;
import java.util.Objects;
import org.blendnet.core.MemberId;

/**
 * The distinct candidates of one request, in the order first proposed: a list of member positions and an
 * open-addressing set over them. O(1) expected per proposal; grows as needed. Not thread-safe.
 */
final class CandidateCollector implements CandidateSink {

  private final MemberTable table;
  private int[] list;
  private int size;
  /** Member position + 1 per slot; 0 is empty. */
  private int[] slots;
  private int mask;

  CandidateCollector(MemberTable table, int expected) {
    this.table = table;
    int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
    list = new int[Math.max(8, expected)];
    slots = new int[capacity];
    mask = capacity - 1;
  }

  @Override
  public void add(int index) {
    if (index < 0 || index >= table.size()) {
      throw new IllegalArgumentException(
          "member index must be in [0, " + table.size() + ") but was " + index);
    }
    addUnchecked(index);
  }

  @Override
  public void add(MemberId member) {
    int index = table.indexOf(Objects.requireNonNull(member, "member"));
    if (index < 0) {
      throw new IllegalArgumentException("Unknown member: " + member);
    }
    addUnchecked(index);
  }

  /** Adds a position known to be valid; does nothing if it is already there. */
  void addUnchecked(int index) {
    int slot = Hashing.spread(index * 0x9E3779B9) & mask;
    while (true) {
      int v = slots[slot];
      if (v == 0) {
        break;
      }
      if (v == index + 1) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = index + 1;
    if (size == list.length) {
      list = Arrays.copyOf(list, size * 2);
    }
    list[size++] = index;
    if (size * 2 > slots.length) {
      rehash();
    }
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    mask = slots.length - 1;
    for (int i = 0; i < size; i++) {
      int slot = Hashing.spread(list[i] * 0x9E3779B9) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = list[i] + 1;
    }
  }

  int size() {
    return size;
  }

  int get(int i) {
    return list[i];
  }

  @Override
  public String toString() {
    return "CandidateSink[" + size + " candidates]";
  }
}
