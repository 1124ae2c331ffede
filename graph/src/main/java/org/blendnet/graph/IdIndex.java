package org.blendnet.graph;

import java.util.Arrays;
import org.blendnet.core.MemberId;

/**
 * The node index ↔ member id table of a graph: ids by node in an array, and nodes by id in an
 * open-addressing hash table of node numbers (no boxed integers, no entry objects: 4 bytes a slot, at most
 * half full). Look-ups both ways are O(1). Built once; immutable afterwards.
 */
final class IdIndex {

  private final MemberId[] ids;
  private final int[] slots; // node + 1, 0 = empty
  private final int mask;

  /**
   * Indexes {@code ids}, which must be distinct; the array is kept, not copied.
   *
   * @throws IllegalArgumentException if an id is repeated
   */
  IdIndex(MemberId[] ids) {
    this.ids = ids;
    int capacity = Integer.highestOneBit(Math.max(4, ids.length * 2 - 1)) << 1;
    this.slots = new int[capacity];
    this.mask = capacity - 1;
    for (int node = 0; node < ids.length; node++) {
      int slot = spread(ids[node].hashCode()) & mask;
      while (slots[slot] != 0) {
        if (ids[slots[slot] - 1].equals(ids[node])) {
          throw new IllegalArgumentException("member " + ids[node] + " is listed twice");
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = node + 1;
    }
  }

  int size() {
    return ids.length;
  }

  MemberId id(int node) {
    return ids[node];
  }

  /** The node of {@code id}, or -1. */
  int node(MemberId id) {
    int slot = spread(id.hashCode()) & mask;
    int entry;
    while ((entry = slots[slot]) != 0) {
      if (ids[entry - 1].equals(id)) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  MemberId[] copyOfIds() {
    return Arrays.copyOf(ids, ids.length);
  }

  /** Mixes the bits of a hash code (String hash codes of similar ids differ mostly in their low bits). */
  private static int spread(int h) {
    h ^= h >>> 16;
    h *= 0x45d9f3b;
    h ^= h >>> 16;
    return h;
  }
}
