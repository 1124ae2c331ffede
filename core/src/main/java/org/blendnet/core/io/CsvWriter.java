package org.blendnet.core.io;

import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes CSV that {@link CsvReader} reads back unchanged, on Jackson's CSV generator: a header row, then
 * one row per record, lines ending in LF (also after the last row). A value is quoted only when it must
 * be — it holds a comma, a quote, a line break, or starts or ends with white space (which the reader
 * would otherwise trim); quotes inside are doubled. The writer is flushed, not closed. Not thread-safe:
 * one per write.
 */
final class CsvWriter implements AutoCloseable {

  /** The shared, thread-safe mapper that creates the generators, with every CSV write feature set explicitly. */
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .configure(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING, true)
      .configure(CsvWriteFeature.OMIT_MISSING_TAIL_COLUMNS, false)
      .configure(CsvWriteFeature.ALWAYS_QUOTE_STRINGS, false)
      .configure(CsvWriteFeature.ALWAYS_QUOTE_EMPTY_STRINGS, false)
      .configure(CsvWriteFeature.QUOTE_STRINGS_WITH_LEADING_TRAILING_WHITESPACE, true)
      .configure(CsvWriteFeature.ALWAYS_QUOTE_NUMBERS, false)
      .configure(CsvWriteFeature.ESCAPE_QUOTE_CHAR_WITH_ESCAPE_CHAR, false)
      .configure(CsvWriteFeature.ESCAPE_CONTROL_CHARS_WITH_ESCAPE_CHAR, false)
      .configure(CsvWriteFeature.WRITE_LINEFEED_AFTER_LAST_ROW, true)
      .configure(StreamWriteFeature.AUTO_CLOSE_TARGET, false)
      .configure(StreamWriteFeature.FLUSH_PASSED_TO_STREAM, true)
      .build();

  private final SequenceWriter rows;
  private final int width;

  private CsvWriter(SequenceWriter rows, int width) {
    this.rows = rows;
    this.width = width;
  }

  /**
   * Starts writing: writes the header row.
   *
   * @throws UncheckedIOException if writing fails
   */
  static CsvWriter open(Writer out, List<String> columns) {
    CsvSchema.Builder schema = CsvSchema.builder();
    for (String column : columns) {
      schema.addColumn(column);
    }
    CsvSchema withHeader = schema.build()
        .withHeader()
        .withColumnSeparator(',')
        .withQuoteChar('"')
        .withoutEscapeChar()
        .withLineSeparator("\n")
        .withNullValue("");
    try {
      return new CsvWriter(MAPPER.writer(withHeader).writeValues(out), columns.size());
    } catch (JacksonException e) {
      throw unchecked(e);
    }
  }

  /**
   * Writes one row.
   *
   * @throws IllegalArgumentException if the row does not have one value per column
   * @throws UncheckedIOException if writing fails
   */
  void row(String... values) {
    if (values.length != width) {
      throw new IllegalArgumentException("a row needs " + width + " values but got " + values.length);
    }
    try {
      rows.write(values);
    } catch (JacksonException e) {
      throw unchecked(e);
    }
  }

  /** Flushes what was written; the underlying writer stays open. */
  @Override
  public void close() {
    try {
      rows.close();
    } catch (JacksonException e) {
      throw unchecked(e);
    }
  }

  private static RuntimeException unchecked(JacksonException e) {
    if (e instanceof JacksonIOException io) {
      return new UncheckedIOException(io.getCause());
    }
    return new IllegalStateException("writing CSV failed: " + e.getOriginalMessage(), e);
  }
}
