package org.blendnet.core.io;

import java.util.Arrays;

/**
 * Where each record of one section started in the input (line and column of its opening brace), kept in
 * two growable int arrays: 8 bytes a record, so that rule violations found after the whole document was
 * read can still point at their record. Not thread-safe.
 */
final class RecordStarts {

  private int[] lines = new int[16];
  private int[] columns = new int[16];
  private int size;

  void add(int line, int column) {
    if (size == lines.length) {
      int capacity = size + (size >> 1);
      lines = Arrays.copyOf(lines, capacity);
      columns = Arrays.copyOf(columns, capacity);
    }
    lines[size] = line;
    columns[size] = column;
    size++;
  }

  /** The line of record {@code index}; 0 if there is no such record. */
  int line(int index) {
    return index < size ? lines[index] : 0;
  }

  /** The column of record {@code index}; 0 if there is no such record. */
  int column(int index) {
    return index < size ? columns[index] : 0;
  }

  int size() {
    return size;
  }
}
