package org.blendnet.core.io;

import java.util.Objects;

/**
 * Where in an input something went wrong: the source (a file name, or {@code "<stream>"}), the line and
 * column (from 1; 0 when unknown), and a path inside the record — a JSON pointer such as
 * {@code /touchpoints/4/participants/1}, or a CSV column name. Immutable and thread-safe.
 *
 * @param source the file name or a description of the stream
 * @param line the line, from 1; 0 if unknown
 * @param column the column, from 1; 0 if unknown
 * @param path the JSON pointer or CSV column; empty if unknown
 * @since 0.1
 */
public record InputLocation(String source, long line, long column, String path) {

  /**
   * Creates a location. The path may come from the input (a CSV header, a JSON key): its control and
   * bidirectional formatting characters are escaped as <code>&#92;u</code> and four hex digits, as in problem messages, and it is
   * cut to 1,000 characters.
   */
  public InputLocation {
    Objects.requireNonNull(source, "source");
    path = NetworkFormatException.printable(Objects.requireNonNull(path, "path"),
        NetworkFormatException.MAX_PROBLEM_LENGTH);
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0 but were " + line + ", " + column);
    }
  }

  /** {@code network.json line 12, column 5 at /touchpoints/4/participants/1}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(source);
    if (line > 0) {
      s.append(" line ").append(line);
      if (column > 0) {
        s.append(", column ").append(column);
      }
    }
    if (!path.isEmpty()) {
      s.append(" at ").append(path);
    }
    return s.toString();
  }
}
