package org.blendnet.metrics.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;

/**
 * The position of each member of a network (its index in {@link Network#members()}), so that per-member
 * figures can live in primitive arrays, and a <em>key</em> per member: an {@code int} unique among the
 * network's members that, for nearly every member, is the hash of its id's text (cached by
 * {@link String}) and so costs no table look-up at all.
 *
 * <p>The table is open-addressing over {@code long}s holding hash and position together, so that a
 * look-up reads one slot. Members whose id hashes collide with another member's (rare: about n²/2³³ pairs
 * for n members) get spare keys — ints that are no member's hash — and are always verified by equality.
 *
 * <p>{@link #positionOf} and {@link #require} accept any id. {@link #positionOfMember} and {@link #keyOf}
 * are for ids taken from the network's own records, which its builder has checked are members: for them
 * a matching unshared hash identifies the member without comparing ids. O(n log n) to build (sorting the
 * hashes to find shared ones and spare keys), O(1) expected per look-up.
 *
 * @implNote Thread-safe: immutable after construction.
 */
public final class MemberIndex {

  private final MemberId[] ids;
  /** (hash &lt;&lt; 32) | (position + 1) per slot; 0 = empty. */
  private final long[] table;
  private final int mask;
  /** Hashes shared by two or more members, as a sorted array (usually empty). */
  private final int[] sharedHashes;
  /** Spare keys, sorted, and the position of the member holding each. */
  private final int[] spareKeys;
  private final int[] spareOwners;
  /** key of each position. */
  private final int[] keys;

  private MemberIndex(MemberId[] ids) {
    this.ids = ids;
    int n = ids.length;
    int capacity = Integer.highestOneBit(Math.max(4, n * 2 + 1) - 1) << 1;
    this.table = new long[capacity];
    this.mask = capacity - 1;
    int[] hashes = new int[n];
    for (int p = 0; p < n; p++) {
      hashes[p] = ids[p].value().hashCode();
      int slot = slot(hashes[p]);
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = (long) hashes[p] << 32 | (p + 1);
    }
    int[] sorted = hashes.clone();
    Arrays.sort(sorted);
    int[] sharedBuffer = new int[n];
    int shared = 0;
    for (int i = 1; i < n; i++) {
      if (sorted[i] == sorted[i - 1] && (shared == 0 || sharedBuffer[shared - 1] != sorted[i])) {
        sharedBuffer[shared++] = sorted[i];
      }
    }
    this.sharedHashes = Arrays.copyOf(sharedBuffer, shared);
    this.keys = hashes.clone();
    int[] spareKeys = new int[0];
    int[] spareOwners = new int[0];
    int spares = 0;
    if (shared > 0) {
      spareKeys = new int[n];
      spareOwners = new int[n];
      long candidate = Integer.MIN_VALUE;
      for (int p = 0; p < n; p++) {
        if (Arrays.binarySearch(sharedHashes, hashes[p]) >= 0) {
          while (Arrays.binarySearch(sorted, (int) candidate) >= 0) {
            candidate++;
          }
          spareKeys[spares] = (int) candidate;
          spareOwners[spares] = p;
          keys[p] = (int) candidate;
          spares++;
          candidate++;
        }
      }
    }
    this.spareKeys = Arrays.copyOf(spareKeys, spares);
    this.spareOwners = Arrays.copyOf(spareOwners, spares);
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

  private int slot(int hash) {
    int h = hash * 0x9E3779B1;
    return (h ^ (h >>> 16)) & mask;
  }

  /** The number of members. */
  public int size() {
    return ids.length;
  }

  /** The member at {@code position}. */
  public MemberId id(int position) {
    return ids[position];
  }

  /** The position of {@code id}, or −1 if the network has no such member. */
  public int positionOf(MemberId id) {
    int hash = id.value().hashCode();
    int slot = slot(hash);
    while (true) {
      long entry = table[slot];
      if (entry == 0) {
        return -1;
      }
      if ((int) (entry >>> 32) == hash) {
        int p = (int) entry - 1;
        if (ids[p] == id || ids[p].equals(id)) {
          return p;
        }
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

  private boolean shared(int hash) {
    return sharedHashes.length > 0 && Arrays.binarySearch(sharedHashes, hash) >= 0;
  }

  /**
   * The position of a member named in the network's own records (so known to be a member): one table
   * slot read, no id comparison unless its hash is shared.
   */
  public int positionOfMember(MemberId member) {
    int hash = member.value().hashCode();
    if (shared(hash)) {
      return positionOf(member);
    }
    int slot = slot(hash);
    while (true) {
      long entry = table[slot];
      if (entry == 0) {
        throw new IllegalArgumentException("Unknown member: " + member);
      }
      if ((int) (entry >>> 32) == hash) {
        return (int) entry - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * The key of a member named in the network's own records: an int unique among the members, their id's
   * hash unless another member shares it. No table read unless the hash is shared.
   */
  public int keyOf(MemberId member) {
    int hash = member.value().hashCode();
    return shared(hash) ? keys[positionOf(member)] : hash;
  }

  /** The position of the member with {@code key} (a key returned by {@link #keyOf}). */
  public int positionOfKey(int key) {
    if (spareKeys.length > 0) {
      int i = Arrays.binarySearch(spareKeys, key);
      if (i >= 0) {
        return spareOwners[i];
      }
    }
    int slot = slot(key);
    while (true) {
      long entry = table[slot];
      if (entry == 0) {
        throw new IllegalArgumentException("no member has key " + key);
      }
      if ((int) (entry >>> 32) == key) {
        return (int) entry - 1;
      }
      slot = (slot + 1) & mask;
    }
  }
}
