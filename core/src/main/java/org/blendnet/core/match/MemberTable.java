package org.blendnet.core.match;

import java.util.List;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;

/**
 * The members of a network as an array, with an id-to-position look-up (open addressing over the ids'
 * string hashes: about 12 bytes a member, against 50 for a {@code HashMap<MemberId, Integer>}) and each
 * member's consent as bits. Immutable once built; O(n) to build.
 */
final class MemberTable {

  static final byte RECOMMENDABLE = 1;
  static final byte CONTACTABLE = 2;

  private final Member[] members;
  private final byte[] consent;
  private final MemberId[] keys;
  private final int[] positions;
  private final int mask;

  MemberTable(List<Member> list) {
    int n = list.size();
    members = list.toArray(new Member[0]);
    consent = new byte[n];
    int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1;
    keys = new MemberId[capacity];
    positions = new int[capacity];
    mask = capacity - 1;
    for (int i = 0; i < n; i++) {
      Member m = members[i];
      consent[i] = (byte) ((m.consent().recommendable() ? RECOMMENDABLE : 0)
          | (m.consent().contactable() ? CONTACTABLE : 0));
      int slot = slot(m.id());
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = m.id();
      positions[slot] = i;
    }
  }

  private int slot(MemberId id) {
    return Hashing.spread(id.value().hashCode()) & mask;
  }

  int size() {
    return members.length;
  }

  Member member(int index) {
    return members[index];
  }

  /** True if the member at {@code index} has every consent bit of {@code required}. */
  boolean consents(int index, byte required) {
    return (consent[index] & required) == required;
  }

  /** The position of the member, or -1 if the network does not hold them. */
  int indexOf(MemberId id) {
    for (int slot = slot(id); ; slot = (slot + 1) & mask) {
      MemberId k = keys[slot];
      if (k == null) {
        return -1;
      }
      if (k.equals(id)) {
        return positions[slot];
      }
    }
  }
}
