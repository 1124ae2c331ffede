package org.blendnet.core;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A compact unmodifiable map kept as a key-sorted array: iteration in key order, look-up by binary
 * search. The map counterpart of {@link SortedArraySet}.
 */
final class SortedArrayMap<K extends Comparable<? super K>, V> extends AbstractMap<K, V> {

  private static final SortedArrayMap<?, ?> EMPTY = new SortedArrayMap<>(new Comparable<?>[0], new Object[0]);

  private final Object[] keys;
  private final Object[] values;

  private SortedArrayMap(Object[] keys, Object[] values) {
    this.keys = keys;
    this.values = values;
  }

  /**
   * Returns an unmodifiable key-sorted copy of {@code map}.
   *
   * @throws NullPointerException naming {@code name} if the map, a key or a value is null
   */
  @SuppressWarnings("unchecked")
  static <K extends Comparable<? super K>, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map, String name) {
    if (map instanceof SortedArrayMap<?, ?>) {
      return (Map<K, V>) map;
    }
    if (map == null) {
      throw new NullPointerException(name);
    }
    if (map.isEmpty()) {
      return (Map<K, V>) EMPTY;
    }
    Object[] entries = map.entrySet().toArray();
    for (Object e : entries) {
      Map.Entry<?, ?> entry = (Map.Entry<?, ?>) e;
      if (entry.getKey() == null || entry.getValue() == null) {
        throw new NullPointerException(name + " must not contain null keys or values");
      }
    }
    Arrays.sort(entries, (a, b) -> ((Comparable<Object>) ((Map.Entry<?, ?>) a).getKey())
        .compareTo(((Map.Entry<?, ?>) b).getKey()));
    Object[] k = new Object[entries.length];
    Object[] v = new Object[entries.length];
    for (int i = 0; i < entries.length; i++) {
      Map.Entry<?, ?> entry = (Map.Entry<?, ?>) entries[i];
      k[i] = entry.getKey();
      v[i] = entry.getValue();
    }
    return new SortedArrayMap<>(k, v);
  }

  private int indexOf(@Nullable Object key) {
    if (key == null || keys.length == 0 || !keys[0].getClass().isInstance(key)) {
      return -1;
    }
    return Arrays.binarySearch(keys, key);
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public @Nullable V get(@Nullable Object key) {
    int i = indexOf(key);
    return i >= 0 ? (V) values[i] : null;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<K, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<K, V> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>((K) keys[i], (V) values[i]);
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }
}
