package org.blendnet.core.io;

import java.io.Serial;
import java.nio.charset.CharacterCodingException;

/**
 * Thrown by {@link StrictUtf8InputStream} through the parser reading it: the bytes are not well-formed
 * UTF-8, at this line and column. A {@link CharacterCodingException}, so that code which handles the
 * JDK's decoding failures handles it too; the readers turn it into a {@link NetworkFormatException}.
 */
final class MalformedUtf8Exception extends CharacterCodingException {

  @Serial
  private static final long serialVersionUID = 1L;

  private final long line;
  private final long column;
  private final String problem;

  MalformedUtf8Exception(long line, long column, String problem) {
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** The line of the malformed character, from 1. */
  long line() {
    return line;
  }

  /** The column of the malformed character, from 1. */
  long column() {
    return column;
  }

  /** What is wrong, e.g. {@code the character starting with byte 0xC3 is malformed: …}. */
  String problem() {
    return problem;
  }

  /** This failure as a format problem of {@code source}, at {@code path} (a JSON pointer, a column, or empty). */
  NetworkFormatException toFormatException(String source, String path) {
    return new NetworkFormatException(new InputLocation(source, line, column, path), "not valid UTF-8: " + problem,
        this);
  }

  @Override
  public String getMessage() {
    return "not valid UTF-8 at line " + line + ", column " + column + ": " + problem;
  }
}
