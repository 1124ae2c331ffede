package org.blendnet.core;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A compact unmodifiable set kept as a sorted array: iteration in natural order, {@code contains} by
 * binary search. Used for the small sets inside model records (topics, member ids), where a
 * {@code TreeSet} would cost several times the memory and {@code Set.copyOf} would iterate in an order
 * that changes from one JVM run to the next.
 */
final class SortedArraySet<E extends Comparable<? super E>> extends AbstractSet<E> {

  private static final SortedArraySet<?> EMPTY = new SortedArraySet<>(new Comparable<?>[0]);

  private final Object[] elements;

  private SortedArraySet(Object[] sortedDistinct) {
    this.elements = sortedDistinct;
  }

  /**
   * Returns an unmodifiable sorted copy of {@code values}, dropping duplicates.
   *
   * @throws NullPointerException naming {@code name} if the collection or an element is null
   */
  @SuppressWarnings("unchecked")
  static <E extends Comparable<? super E>> Set<E> copyOf(Collection<? extends E> values, String name) {
    if (values instanceof SortedArraySet<?>) {
      return (Set<E>) values;
    }
    Objects.requireNonNull(values, name);
    if (values.isEmpty()) {
      return (Set<E>) EMPTY;
    }
    Object[] array = values.toArray();
    for (Object e : array) {
      if (e == null) {
        throw new NullPointerException(name + " must not contain null");
      }
    }
    Arrays.sort(array);
    int distinct = 1;
    for (int i = 1; i < array.length; i++) {
      if (((Comparable<Object>) array[i]).compareTo(array[distinct - 1]) != 0) {
        array[distinct++] = array[i];
      }
    }
    return new SortedArraySet<>(distinct == array.length ? array : Arrays.copyOf(array, distinct));
  }

  @Override
  @SuppressWarnings("unchecked")
  public boolean contains(@Nullable Object o) {
    if (o == null || elements.length == 0 || !elements[0].getClass().isInstance(o)) {
      return false;
    }
    return Arrays.binarySearch(elements, o) >= 0;
  }

  @Override
  public Iterator<E> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < elements.length;
      }

      @Override
      @SuppressWarnings("unchecked")
      public E next() {
        if (next >= elements.length) {
          throw new NoSuchElementException();
        }
        return (E) elements[next++];
      }
    };
  }

  @Override
  public int size() {
    return elements.length;
  }

  @Override
  public Object[] toArray() {
    return elements.clone();
  }
}
