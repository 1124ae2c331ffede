package org.blendnet.metrics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.blendnet.core.Identifier;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;

/**
 * The position of each record of a section of a network (its index in {@link Network#members()},
 * {@link Network#questions()}, …), so that per-record figures can live in primitive arrays, and a
 * <em>key</em> per record: an {@code int} unique within the section that, for nearly every record, is the
 * hash of its id's text (cached by {@link String}) and so costs no table look-up at all.
 *
 * <p>The table is open-addressing over {@code long}s holding hash and position together, so that a
 * look-up reads one slot. Records whose id hashes collide with another's (rare: about n²/2³³ pairs for n
 * records) get spare keys — ints that are no record's hash — and are always verified by equality.
 *
 * <p>{@link #positionOf} and {@link #require} accept any id. {@link #positionOfKnown} and {@link #keyOf}
 * are for ids taken from the network's own records, which its builder has checked refer to records that
 * exist: for them a matching unshared hash identifies the record without comparing ids. O(n log n) to build
 * (sorting the hashes to find shared ones and spare keys), O(1) expected per look-up.
 *
 * @implNote Thread-safe: immutable after construction.
 * @param <I> the type of id
 */
public final class IdIndex<I extends Identifier> {

  private final String noun;
  private final List<I> ids;
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

  private IdIndex(String noun, List<I> ids) {
    this.noun = noun;
    this.ids = ids;
    int n = ids.size();
    int capacity = Integer.highestOneBit(Math.max(4, n * 2 + 1) - 1) << 1;
    this.table = new long[capacity];
    this.mask = capacity - 1;
    int[] hashes = new int[n];
    for (int p = 0; p < n; p++) {
      hashes[p] = ids.get(p).value().hashCode();
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
  public static IdIndex<MemberId> members(Network network) {
    return new IdIndex<>("member", ids(network.members(), Member::id));
  }

  /** The index of {@code network}'s questions. */
  public static IdIndex<QuestionId> questions(Network network) {
    return new IdIndex<>("question", ids(network.questions(), Question::id));
  }

  private static <R, T extends Identifier> List<T> ids(List<R> records, Function<R, T> id) {
    List<T> ids = new ArrayList<>(records.size());
    for (R r : records) {
      ids.add(id.apply(r));
    }
    return ids;
  }

  private int slot(int hash) {
    int h = hash * 0x9E3779B1;
    return (h ^ (h >>> 16)) & mask;
  }

  /** The number of records. */
  public int size() {
    return ids.size();
  }

  /** The id at {@code position}. */
  public I id(int position) {
    return ids.get(position);
  }

  /** The position of {@code id}, or −1 if the section has no record with it. */
  public int positionOf(I id) {
    int hash = id.value().hashCode();
    int slot = slot(hash);
    while (true) {
      long entry = table[slot];
      if (entry == 0) {
        return -1;
      }
      if ((int) (entry >>> 32) == hash) {
        int p = (int) entry - 1;
        I candidate = ids.get(p);
        if (candidate == id || candidate.equals(id)) {
          return p;
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * The position of {@code id}.
   *
   * @throws NullPointerException naming the kind of record ("member") if {@code id} is null
   * @throws IllegalArgumentException if the section has no record with it ("Unknown member: zed")
   */
  public int require(I id) {
    int p = positionOf(Objects.requireNonNull(id, noun));
    if (p < 0) {
      throw unknown(id);
    }
    return p;
  }

  private IllegalArgumentException unknown(I id) {
    return new IllegalArgumentException("Unknown " + noun + ": " + id);
  }

  private boolean shared(int hash) {
    return sharedHashes.length > 0 && Arrays.binarySearch(sharedHashes, hash) >= 0;
  }

  /**
   * The position of a record named in the network's own records (so known to exist): one table slot read,
   * no id comparison unless its hash is shared.
   */
  public int positionOfKnown(I id) {
    int hash = id.value().hashCode();
    if (shared(hash)) {
      return positionOf(id);
    }
    int slot = slot(hash);
    while (true) {
      long entry = table[slot];
      if (entry == 0) {
        throw unknown(id);
      }
      if ((int) (entry >>> 32) == hash) {
        return (int) entry - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * The key of a record named in the network's own records: an int unique within the section, the hash of
   * its id unless another record's id shares it. No table read unless the hash is shared.
   */
  public int keyOf(I id) {
    int hash = id.value().hashCode();
    return shared(hash) ? keys[positionOf(id)] : hash;
  }

  /** The position of the record with {@code key} (a key returned by {@link #keyOf}). */
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
        throw new IllegalArgumentException("no record has key " + key);
      }
      if ((int) (entry >>> 32) == key) {
        return (int) entry - 1;
      }
      slot = (slot + 1) & mask;
    }
  }
}
