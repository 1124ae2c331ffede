package org.blendnet.metrics.internal;

import java.util.List;
import java.util.Objects;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;

/**
 * The position of each member of a network (its index in {@link Network#members()}), found through an
 * open-addressing table of primitive ints, so that per-member figures can live in primitive arrays. A
 * look-up costs one string hash (cached by {@link String}) and, on a hit, usually one reference
 * comparison. O(n) to build.
 *
 * @implNote Thread-safe: immutable after construction.
 */
public final class MemberIndex {

  private final MemberId[] ids;
  private final int[] table;
  private final int mask;

  private MemberIndex(MemberId[] ids) {
    this.ids = ids;
    int capacity = Integer.highestOneBit(Math.max(4, ids.length * 2 + 1) - 1) << 1;
    this.table = new int[capacity];
    this.mask = capacity - 1;
    for (int p = 0; p < ids.length; p++) {
      int slot = hash(ids[p]) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = p + 1;
    }
  }

  /** The index of {@code network}'s members. */
  public static MemberIndex of(Network network) {
    List<Member> members = network.members();
    MemberId[] ids = new MemberId[members.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = members.get(i).id();
    }
    return new MemberIndex(ids);
  }

  private static int hash(MemberId id) {
    int h = id.value().hashCode() * 0x9E3779B1;
    return h ^ (h >>> 16);
  }

  /** The number of members. */
  public int size() {
    return ids.length;
  }

  /** The member at {@code position}. */
  public MemberId id(int position) {
    return ids[position];
  }

  /** All member ids, in network order (a copy). */
  public MemberId[] ids() {
    return ids.clone();
  }

  /** The position of {@code id}, or −1 if the network has no such member. */
  public int positionOf(MemberId id) {
    int slot = hash(id) & mask;
    while (true) {
      int p = table[slot];
      if (p == 0) {
        return -1;
      }
      MemberId candidate = ids[p - 1];
      if (candidate == id || candidate.equals(id)) {
        return p - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * The position of {@code id}.
   *
   * @throws IllegalArgumentException if the network has no such member
   */
  public int require(MemberId id) {
    int p = positionOf(Objects.requireNonNull(id, "member"));
    if (p < 0) {
      throw new IllegalArgumentException("Unknown member: " + id);
    }
    return p;
  }
}
