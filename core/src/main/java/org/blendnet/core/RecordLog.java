package org.blendnet.core;

import java.util.Arrays;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The records of one section, append-only: the rows in the order they were added, kept in fixed-size
 * chunks, and an id index from each id to its row. {@link #table()} gives an immutable {@link Table} of
 * the rows added so far in O(1), without copying: the table shares the chunks and the index with the log
 * and simply never looks past its own size. This is what lets a {@link NetworkStore} hand out snapshots
 * as cheaply as it takes appends.
 *
 * <p><b>Chunks.</b> Rows live in chunks of {@value #CHUNK} slots under a spine (an array of chunks), each
 * row beside the text of its id (so that a look-up compares strings, with no call through the id
 * function and no record {@code equals}). A row once written is never moved or changed, so a table made
 * earlier reads the same rows for ever. When the
 * spine is full it is copied into one twice as long (O(rows / chunk), amortised O(1) per row); earlier
 * tables keep the old spine, whose chunks are the same objects.
 *
 * <p><b>Id index.</b> Open addressing with linear probing over an {@code int[]} of row positions plus one
 * (0 is an empty slot), at most half full, Fibonacci-hashed on the id text's hash code (which a
 * {@link String} caches). A table holds the ids of one type, so the id text identifies the row. A slot goes from 0 to a position once and
 * never changes again; growing the index builds a new array and leaves the old one, complete up to its
 * last row, to the tables that hold it. A table reading its index may race with the writer filling
 * another slot of the same array: the racy read gives either 0 or a position at or beyond the table's
 * size (an {@code int} read is atomic), and the table treats both as "not mine" — every slot it needs was
 * written before the table was published. Look-up is O(1) expected.
 *
 * <p>Not thread-safe: a single writer (a {@link Network.Builder} during validation, or a
 * {@link NetworkStore} under its lock); the tables it makes are immutable and thread-safe once safely
 * published (a final field, a volatile write).
 */
final class RecordLog<K extends Identifier, V> {

  /** log2 of the rows per chunk. */
  static final int SHIFT = 10;
  /** Rows per chunk. */
  static final int CHUNK = 1 << SHIFT;
  static final int MASK = CHUNK - 1;

  private static final int MIN_SLOTS = 16;

  private final Function<? super V, K> idOf;
  private Object[][] chunks = new Object[4][];
  private int size;
  private int[] slots = new int[MIN_SLOTS];
  private int slotShift = Integer.SIZE - Integer.numberOfTrailingZeros(MIN_SLOTS);

  RecordLog(Function<? super V, K> idOf) {
    this.idOf = idOf;
  }

  /** A log presized for {@code expected} rows. */
  RecordLog(Function<? super V, K> idOf, int expected) {
    this(idOf);
    if (expected > 0) {
      chunks = new Object[Math.max(4, ((expected - 1) >>> SHIFT) + 1)][];
      int capacity = Math.max(MIN_SLOTS, Integer.highestOneBit(Math.max(1, expected) * 2 - 1) << 1);
      slots = new int[capacity];
      slotShift = Integer.SIZE - Integer.numberOfTrailingZeros(capacity);
    }
  }

  /** How many rows were added. */
  int size() {
    return size;
  }

  /** The id of a row. */
  K idOf(V row) {
    return idOf.apply(row);
  }

  /** The row with this id among all rows added, or null. O(1) expected. */
  @SuppressWarnings("unchecked") // rows are Vs: only Vs are appended
  @Nullable V find(K id) {
    return (V) Table.find(id, chunks, slots, slotShift, size);
  }

  /** The position of the row with this id, or -1. O(1) expected. */
  int indexOf(K id) {
    return Table.indexOf(id, chunks, slots, slotShift, size);
  }

  /**
   * Appends a row. The caller has checked that no row with its id was added ({@link #find}); a second
   * row with the same id would be unreachable by id.
   */
  void add(V row) {
    String key = idOf.apply(row).value();
    if ((size + 1) * 2L > slots.length) {
      grow();
    }
    int index = size;
    append(row, key);
    insert(slots, slotShift, key, index);
  }

  /** Stores a row and its id text at position {@code size} and counts it; the index is the caller's. */
  private void append(V row, String key) {
    int index = size;
    int chunk = index >>> SHIFT;
    Object[][] spine = chunks;
    if (chunk == spine.length) {
      spine = Arrays.copyOf(spine, spine.length * 2);
      chunks = spine;
    }
    Object[] rows = spine[chunk];
    if (rows == null) {
      rows = new Object[2 * CHUNK];
      spine[chunk] = rows;
    }
    rows[(index & MASK) << 1] = row;
    rows[((index & MASK) << 1) + 1] = key;
    size = index + 1;
  }

  /**
   * Appends a row unless a row with its id was added; true if it was appended. One probe of the index
   * for both the check and the insertion. O(1) expected.
   */
  boolean addIfAbsent(V row) {
    String key = idOf.apply(row).value();
    if ((size + 1) * 2L > slots.length) {
      grow();
    }
    int[] index = slots;
    int mask = index.length - 1;
    int h = Table.hash(key, slotShift);
    for (int slot = index[h]; slot != 0; slot = index[h]) {
      if (key.equals(Table.key(chunks, slot - 1))) {
        return false;
      }
      h = (h + 1) & mask;
    }
    append(row, key);
    index[h] = size;
    return true;
  }

  /** An immutable table of the rows added so far, sharing this log's storage. O(1). */
  Table<K, V> table() {
    return new Table<>(chunks, slots, slotShift, size);
  }

  private void grow() {
    int[] bigger = new int[slots.length * 2];
    int shift = slotShift - 1;
    for (int i = 0; i < size; i++) {
      insert(bigger, shift, Table.key(chunks, i), i);
    }
    slots = bigger;
    slotShift = shift;
  }

  private static void insert(int[] slots, int shift, String key, int index) {
    int mask = slots.length - 1;
    int h = Table.hash(key, shift);
    while (slots[h] != 0) {
      h = (h + 1) & mask;
    }
    slots[h] = index + 1;
  }
}
