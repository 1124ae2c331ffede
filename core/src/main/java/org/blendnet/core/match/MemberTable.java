package org.blendnet.core.match;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blendnet.core.Channel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;

/**
 * The members of a network as an array, with an id-to-position look-up (open addressing over the ids'
 * string hashes: about 12 bytes a member, against 50 for a {@code HashMap<MemberId, Integer>}) and the
 * attributes the filters and core signals read for every candidate packed into one {@code int} a member
 * — consent, preferred channel and time zone, which the {@link TopicIndex} copies into each member's card
 * — and each member's rank in the order of ids, for ties.
 * Immutable once built; O(n) to build, O(n log n) when the members are not in id order.
 */
final class MemberTable {

  static final int RECOMMENDABLE = 1;
  static final int CONTACTABLE = 2;
  /** {@link #channel(int)}: no single preferred channel. */
  static final int NO_CHANNEL = 0;

  private final Member[] members;
  /** Bits 0-1 consent, 2-3 channel (0 none, 1 + ordinal), 4-31 zone. */
  private final int[] words;
  private final ZoneId[] zones;
  private final MemberId[] keys;
  private final int[] positions;
  private final int mask;
  /** Each member's place in the order of member ids: ties between equal scores compare two ints. */
  private final int[] idRank;

  MemberTable(List<Member> list) {
    int n = list.size();
    members = list.toArray(new Member[0]);
    words = new int[n];
    Map<ZoneId, Integer> zoneIds = new HashMap<>();
    List<ZoneId> distinct = new ArrayList<>();
    int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1;
    keys = new MemberId[capacity];
    positions = new int[capacity];
    mask = capacity - 1;
    for (int i = 0; i < n; i++) {
      Member m = members[i];
      Integer zone = zoneIds.get(m.timeZone());
      if (zone == null) {
        zone = distinct.size();
        zoneIds.put(m.timeZone(), zone);
        distinct.add(m.timeZone());
      }
      int consent = (m.consent().recommendable() ? RECOMMENDABLE : 0) | (m.consent().contactable() ? CONTACTABLE : 0);
      if (zone >= 1 << 28) {
        throw new IllegalArgumentException("a matchmaker takes at most " + (1 << 28) + " distinct time zones");
      }
      words[i] = consent | channelCode(m.preferredChannels()) << 2 | zone << 4;
      int slot = slot(m.id());
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = m.id();
      positions[slot] = i;
    }
    zones = distinct.toArray(new ZoneId[0]);
    idRank = ranks(members);
  }

  /**
   * The rank of each member's id among all ids: O(n) when the members come in id order (checked first),
   * else O(n log n) comparisons of ids.
   */
  private static int[] ranks(Member[] members) {
    int n = members.length;
    int[] rank = new int[n];
    boolean sorted = true;
    for (int i = 1; i < n && sorted; i++) {
      sorted = members[i - 1].id().compareTo(members[i].id()) < 0;
    }
    if (sorted) {
      for (int i = 0; i < n; i++) {
        rank[i] = i;
      }
      return rank;
    }
    Integer[] byId = new Integer[n];
    for (int i = 0; i < n; i++) {
      byId[i] = i;
    }
    Arrays.sort(byId, (a, b) -> members[a].id().compareTo(members[b].id()));
    for (int r = 0; r < n; r++) {
      rank[byId[r]] = r;
    }
    return rank;
  }

  /** 0 if the member prefers no channel or both, else 1 + the channel's ordinal. */
  static int channelCode(Set<Channel> preferred) {
    return preferred.size() == 1 ? 1 + preferred.iterator().next().ordinal() : NO_CHANNEL;
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

  /** True if the id of the member at {@code a} sorts before that of the member at {@code b}. */
  boolean idBefore(int a, int b) {
    return idRank[a] < idRank[b];
  }

  /** True if the member at {@code index} has every consent bit of {@code required}. */
  boolean consents(int index, int required) {
    return (words[index] & required) == required;
  }

  /** The member's packed word: consent (bits 0-1), channel code (2-3) and time zone (4-31). */
  int word(int index) {
    return words[index];
  }

  /** The member's channel code (see {@link #channelCode(Set)}). */
  int channel(int index) {
    return channelOf(words[index]);
  }

  /** The channel code in a member's {@link #word(int)}. */
  static int channelOf(int word) {
    return word >>> 2 & 3;
  }

  /** The member's time zone, as a position in {@link #zones()}. */
  int zone(int index) {
    return zoneOf(words[index]);
  }

  /** The time zone in a member's {@link #word(int)}, as a position in {@link #zones()}. */
  static int zoneOf(int word) {
    return word >>> 4;
  }

  /** The distinct time zones, in the order first met. */
  ZoneId[] zones() {
    return zones;
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
