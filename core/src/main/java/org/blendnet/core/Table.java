package org.blendnet.core;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The records of one section: in the order they were added, and by id. Immutable once made. */
final class Table<K extends Identifier, V> {

  private static final Table<?, ?> EMPTY = new Table<>(List.of(), Map.of());

  private final List<V> rows;
  private final Map<K, V> byId;

  /** Wraps a list and a map the caller has finished with (no copies are made). */
  Table(List<V> rows, Map<K, V> byId) {
    this.rows = Collections.unmodifiableList(rows);
    this.byId = byId;
  }

  @SuppressWarnings("unchecked")
  static <K extends Identifier, V> Table<K, V> empty() {
    return (Table<K, V>) EMPTY;
  }

  List<V> rows() {
    return rows;
  }

  Optional<V> get(K id) {
    return Optional.ofNullable(byId.get(id));
  }

  boolean contains(K id) {
    return byId.containsKey(id);
  }

  int size() {
    return rows.size();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Table<?, ?> other && byId.equals(other.byId);
  }

  @Override
  public int hashCode() {
    return byId.hashCode();
  }
}
