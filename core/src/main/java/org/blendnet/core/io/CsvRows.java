package org.blendnet.core.io;

import java.util.List;

/**
 * Records read from a CSV file, with the line each one starts on — kept so that a rule violation found
 * later, when the records are put together into a network, can still be reported at its line.
 *
 * @param rows the records, in file order
 * @param lines {@code lines[i]} is the line record {@code i} starts on
 * @param source the source named in locations
 */
@SuppressWarnings("ArrayRecordComponent") // an internal carrier, never compared or hashed
record CsvRows<T>(List<T> rows, long[] lines, String source) {

  /** The line record {@code index} starts on, or 0 if there is no such record. */
  long line(int index) {
    return index >= 0 && index < lines.length ? lines[index] : 0;
  }
}
