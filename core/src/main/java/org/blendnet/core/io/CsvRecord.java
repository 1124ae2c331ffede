package org.blendnet.core.io;

import java.util.List;

/**
 * One CSV record read by {@link CsvReader}: a value for each header column, and where each value
 * starts. Not thread-safe (it shares arrays with nobody, but is not meant to be shared).
 */
final class CsvRecord {

  private final String source;
  private final long line;
  private final List<String> header;
  private final String[] values;
  private final long[] lines;
  private final long[] columns;

  CsvRecord(String source, long line, List<String> header, String[] values, long[] lines, long[] columns) {
    this.source = source;
    this.line = line;
    this.header = header;
    this.values = values;
    this.lines = lines;
    this.columns = columns;
  }

  /** The line the record starts on. */
  long line() {
    return line;
  }

  /** The value in column {@code index} (header order), as read: never null, possibly empty. */
  String value(int index) {
    return values[index];
  }

  /** Where the value in column {@code index} starts, with the column's header name as path. */
  InputLocation location(int index) {
    return new InputLocation(source, lines[index], columns[index], header.get(index));
  }

  /** Where the record starts, with no column. */
  InputLocation location() {
    return new InputLocation(source, line, 0, "");
  }
}
