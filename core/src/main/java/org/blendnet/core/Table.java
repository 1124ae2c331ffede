package org.blendnet.core;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The records of one section as a {@link Network} holds them: in the order they were added, and by id.
 * A view of the first {@link #size()} rows of a {@link RecordLog}, sharing its chunks and id index (see
 * there for why reading them is safe while the log grows). Immutable; O(1) to make.
 */
final class Table<K extends Identifier, V> {

  private static final Table<?, ?> EMPTY = new RecordLog<>(Identifier.class::cast).table();

  /** Chunks of {@link RecordLog#CHUNK} rows, each row followed by its id's text. */
  private final Object[][] chunks;
  private final int[] slots;
  private final int slotShift;
  private final int size;
  private final List<V> rows;

  Table(Object[][] chunks, int[] slots, int slotShift, int size) {
    this.chunks = chunks;
    this.slots = slots;
    this.slotShift = slotShift;
    this.size = size;
    this.rows = new Rows();
  }

  @SuppressWarnings("unchecked")
  static <K extends Identifier, V> Table<K, V> empty() {
    return (Table<K, V>) EMPTY;
  }

  /** The rows, in the order they were added: an unmodifiable random-access view, O(1) to get. */
  List<V> rows() {
    return rows;
  }

  /** The row at a position, 0 ≤ index &lt; size. */
  @SuppressWarnings("unchecked")
  V row(int index) {
    return (V) row(chunks, index);
  }

  Optional<V> get(K id) {
    return Optional.ofNullable(find(id));
  }

  /** The row with this id, or null. */
  @Nullable V find(K id) {
    return find(id, chunks, slots, slotShift, size);
  }

  boolean contains(K id) {
    return find(id) != null;
  }

  /** The position of the row with this id, or -1. */
  int indexOf(K id) {
    return indexOf(id, chunks, slots, slotShift, size);
  }

  int size() {
    return size;
  }

  // ---- shared with RecordLog --------------------------------------------------------------------------

  static Object row(Object[][] chunks, int index) {
    return chunks[index >>> RecordLog.SHIFT][(index & RecordLog.MASK) << 1];
  }

  /** The text of the id of the row at a position. */
  static String key(Object[][] chunks, int index) {
    return (String) chunks[index >>> RecordLog.SHIFT][((index & RecordLog.MASK) << 1) + 1];
  }

  /** Fibonacci hashing of an id text's hash code into a table of {@code 2^(32 - shift)} slots. */
  static int hash(String key, int shift) {
    return (key.hashCode() * 0x9E3779B9) >>> shift;
  }

  /**
   * Probes the index for {@code id}, seeing only rows below {@code size}: a slot read as 0 ends the probe,
   * a slot holding a later row (one the writer added after this table was made) is skipped. Returns the
   * row's position, or -1.
   */
  static int indexOf(Identifier id, Object[][] chunks, int[] slots, int shift, int size) {
    return indexOf(id.value(), chunks, slots, shift, size);
  }

  /** The row with this id among the first {@code size}, or null. */
  @SuppressWarnings("unchecked")
  static <V> @Nullable V find(Identifier id, Object[][] chunks, int[] slots, int shift, int size) {
    int index = indexOf(id, chunks, slots, shift, size);
    return index < 0 ? null : (V) row(chunks, index);
  }

  // ---- object methods: a table equals another holding the same rows by id, whatever their order ------

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Table<?, ?> other) || other.size != size) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      int j = indexOf(key(chunks, i), other.chunks, other.slots, other.slotShift, other.size);
      if (j < 0 || !row(chunks, i).equals(row(other.chunks, j))) {
        return false;
      }
    }
    return true;
  }

  /** The position of the row whose id has this text among the first {@code size}, or -1. */
  private static int indexOf(String key, Object[][] chunks, int[] slots, int shift, int size) {
    int mask = slots.length - 1;
    for (int h = hash(key, shift); ; h = (h + 1) & mask) {
      int slot = slots[h];
      if (slot == 0) {
        return -1;
      }
      int index = slot - 1;
      if (index < size && key.equals(key(chunks, index))) {
        return index;
      }
    }
  }

  /** The sum over rows of (id text hash ^ row hash): order-insensitive, like a map's. */
  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < size; i++) {
      h += key(chunks, i).hashCode() ^ row(chunks, i).hashCode();
    }
    return h;
  }

  /** The rows as an unmodifiable list. */
  private final class Rows extends AbstractList<V> implements RandomAccess {

    @Override
    public V get(int index) {
      Objects.checkIndex(index, size);
      return row(index);
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Iterator<V> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < size;
        }

        @Override
        public V next() {
          if (next >= size) {
            throw new NoSuchElementException();
          }
          return row(next++);
        }
      };
    }

    @Override
    public void forEach(Consumer<? super V> action) {
      Objects.requireNonNull(action, "action");
      for (int i = 0; i < size; i++) {
        action.accept(row(i));
      }
    }
  }
}
