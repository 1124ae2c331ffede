package org.blendnet.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadException;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a CSV file with a header row, record by record, on Jackson's streaming CSV parser: the dialect
 * every Blendnet CSV reader shares. Each {@link CsvRecord} holds one value per header column and where
 * each value starts, so that readers can name the line, column and header of a bad value.
 *
 * <p>The dialect, with the Jackson setting behind each rule:
 * <ul>
 *   <li>RFC 4180: comma-separated, values in double quotes may hold commas, line breaks and doubled
 *       quotes ({@code ""}); no escape character. Lines end in LF, CRLF or CR.
 *   <li>The first line is the header; names are trimmed ({@code TRIM_HEADER_SPACES}); a name given twice
 *       is an error ({@code FAIL_ON_DUPLICATE_HEADER_COLUMNS}); names are matched exactly, case
 *       included ({@code CASE_INSENSITIVE_HEADERS} off).
 *   <li>A record must have exactly as many values as the header has names: fewer is an error
 *       ({@code FAIL_ON_MISSING_COLUMNS} on, {@code INSERT_NULLS_FOR_MISSING_COLUMNS} off), more is an
 *       error ({@code IGNORE_TRAILING_UNMAPPABLE} off), and so is one trailing comma
 *       ({@code ALLOW_TRAILING_COMMA} off). {@code FAIL_ON_MISSING_HEADER_COLUMNS} is on but has nothing to
 *       check: the schema's columns are the header's own. Records are objects, not arrays
 *       ({@code WRAP_AS_ARRAY} off), so that each value comes with its column.
 *   <li>Spaces around unquoted values are trimmed ({@code TRIM_SPACES}); a quoted value is kept as
 *       written. White space between a closing quote and the next comma is ignored.
 *   <li>Lines that are empty or hold only spaces are skipped ({@code SKIP_EMPTY_LINES}); a line of
 *       commas is a record of empty values ({@code SKIP_EMPTY_ROWS} off).
 *   <li>There are no comment lines ({@code ALLOW_COMMENTS} off): a line starting with {@code #} is data.
 *   <li>Empty values, quoted or not, are read as the empty string, never as null
 *       ({@code EMPTY_STRING_AS_NULL}, {@code EMPTY_UNQUOTED_STRING_AS_NULL},
 *       {@code EMPTY_UNQUOTED_STRING_AS_MISSING} and {@code ONLY_UNQUOTED_NULL_VALUES_AS_NULL} off, no
 *       null value string); the readers decide what an empty value means.
 *   <li>A quote inside an unquoted value is kept as a literal character (Jackson has no strict mode for
 *       it); text after a closing quote is an error.
 *   <li>A UTF-8 byte order mark at the start is skipped.
 * </ul>
 *
 * <p>Lines are physical lines from 1; a record that spans lines (a quoted line break) is at the line it
 * starts on. Columns count characters from 1. Blank lines before the header are skipped too. The reader
 * is not closed. Not thread-safe: one per read.
 */
final class CsvReader implements AutoCloseable {

  /** The longest value (and header name) read, in characters; longer ones are hostile or broken input. */
  static final int MAX_VALUE_LENGTH = 100_000;

  /**
   * The read limits, set explicitly so that a change of Jackson's defaults cannot change what we accept:
   * values up to {@value #MAX_VALUE_LENGTH} characters; no limit on the length of the file or its number
   * of values, since the readers stream row by row and real lists run to millions of rows. Numbers and
   * nesting do not occur in CSV (every value is text), their limits are those of the JSON reader.
   */
  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxStringLength(MAX_VALUE_LENGTH)
      .maxNameLength(MAX_VALUE_LENGTH)
      .maxNumberLength(JsonLimits.DEFAULT_MAX_NUMBER_LENGTH)
      .maxNestingDepth(JsonLimits.DEFAULT_MAX_NESTING_DEPTH)
      .maxDocumentLength(0)
      .maxTokenCount(0)
      .build();

  /** Error messages quote at most this much of the input (it may hold personal data), and never a copy of it. */
  private static final ErrorReportConfiguration ERROR_REPORTS = ErrorReportConfiguration.builder()
      .maxErrorTokenLength(JsonSettings.MAX_ERROR_TOKEN_LENGTH)
      .maxRawContentLength(0)
      .build();

  /** The shared, thread-safe mapper that creates the parsers, with every CSV read feature set explicitly. */
  private static final CsvMapper MAPPER = CsvMapper.builder(CsvFactory.builder()
          .streamReadConstraints(LIMITS)
          .errorReportConfiguration(ERROR_REPORTS)
          .build())
      .configure(CsvReadFeature.TRIM_SPACES, true)
      .configure(CsvReadFeature.TRIM_HEADER_SPACES, true)
      .configure(CsvReadFeature.WRAP_AS_ARRAY, false)
      .configure(CsvReadFeature.IGNORE_TRAILING_UNMAPPABLE, false)
      .configure(CsvReadFeature.SKIP_EMPTY_LINES, true)
      .configure(CsvReadFeature.ALLOW_TRAILING_COMMA, false)
      .configure(CsvReadFeature.ALLOW_COMMENTS, false)
      .configure(CsvReadFeature.FAIL_ON_MISSING_COLUMNS, true)
      .configure(CsvReadFeature.FAIL_ON_MISSING_HEADER_COLUMNS, true)
      .configure(CsvReadFeature.INSERT_NULLS_FOR_MISSING_COLUMNS, false)
      .configure(CsvReadFeature.EMPTY_STRING_AS_NULL, false)
      .configure(CsvReadFeature.EMPTY_UNQUOTED_STRING_AS_NULL, false)
      .configure(CsvReadFeature.EMPTY_UNQUOTED_STRING_AS_MISSING, false)
      .configure(CsvReadFeature.ONLY_UNQUOTED_NULL_VALUES_AS_NULL, false)
      .configure(CsvReadFeature.SKIP_EMPTY_ROWS, false)
      .configure(CsvReadFeature.FAIL_ON_DUPLICATE_HEADER_COLUMNS, true)
      .configure(CsvReadFeature.CASE_INSENSITIVE_HEADERS, false)
      .configure(StreamReadFeature.AUTO_CLOSE_SOURCE, false)
      .build();

  /** A header-first schema: the column names come from the file. */
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema()
      .withHeader()
      .withColumnSeparator(',')
      .withQuoteChar('"')
      .withoutEscapeChar()
      .withoutComments()
      .withNullValue(null);

  private static final char BOM = '\uFEFF';

  static final String NOT_UTF8 = "the input is not valid text in its character encoding (files are read as UTF-8)";

  /** How far ahead the reader looks for the header past leading blank lines. */
  private static final int HEADER_SCAN = 8192;

  private final JsonParser parser;
  private final String source;
  private final CsvProblems problems;
  private final long headerLine;
  private final List<String> header;
  private @Nullable JsonToken pending;
  /** The line the record being read starts on; 0 until its first value is seen. */
  private long recordLine;

  private CsvReader(JsonParser parser, String source, CsvProblems problems, long headerLine, List<String> header,
      @Nullable JsonToken pending) {
    this.parser = parser;
    this.source = source;
    this.problems = problems;
    this.headerLine = headerLine;
    this.header = header;
    this.pending = pending;
  }

  /**
   * Opens a file as text for the line-oriented readers: UTF-8 (a byte order mark is left for the
   * reader to skip, as it does for text from any source), every byte checked ({@link StrictUtf8InputStream}, columns in characters) so that malformed text is reported at
   * its line and column.
   *
   * @throws IOException if the file cannot be opened
   */
  static BufferedReader openFile(Path file) throws IOException {
    InputStream checked = new StrictUtf8InputStream(Files.newInputStream(file), true);
    return new BufferedReader(new InputStreamReader(checked, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /** The problem to throw for text that is not UTF-8: at the malformed character if it is known. */
  static NetworkFormatException notUtf8(String source, CharacterCodingException e, CsvProblems problems) {
    if (e instanceof MalformedUtf8Exception utf8) {
      return problems.fatal(new InputLocation(source, utf8.line(), utf8.column(), ""),
          "not valid UTF-8: " + utf8.problem(), e);
    }
    return problems.fatal(new InputLocation(source, 0, 0, ""), NOT_UTF8, e);
  }

  /**
   * Starts reading: skips a byte order mark and reads the header.
   *
   * @throws NetworkFormatException if the input is empty or the header is malformed
   * @throws UncheckedIOException if reading fails
   */
  static CsvReader open(Reader in, String source, CsvProblems problems) {
    BufferedReader buffered = in instanceof BufferedReader b ? b : new BufferedReader(in);
    long headerLine;
    try {
      buffered.mark(1);
      if (buffered.read() != BOM) {
        buffered.reset();
      }
      headerLine = headerLine(buffered);
    } catch (CharacterCodingException e) {
      throw notUtf8(source, e, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (headerLine < 0) {
      throw problems.fatal(new InputLocation(source, 1, 0, ""), "the input is empty; expected a header row", null);
    }
    JsonParser parser;
    try {
      parser = MAPPER.reader(SCHEMA).createParser(buffered);
    } catch (JacksonException e) {
      throw translate(e, source, problems, null);
    }
    CsvReader reader = null;
    try {
      JsonToken first = parser.nextToken();
      CsvSchema schema = (CsvSchema) parser.getSchema();
      List<String> names = new ArrayList<>(schema.size());
      for (int i = 0; i < schema.size(); i++) {
        names.add(schema.columnName(i));
      }
      reader = new CsvReader(parser, source, problems, headerLine, Collections.unmodifiableList(names), first);
      return reader;
    } catch (JacksonException e) {
      throw translate(e, source, problems, parser);
    } finally {
      if (reader == null) {
        parser.close();
      }
    }
  }

  /**
   * The line of the header: the first line that is not blank (the parser skips lines of spaces before
   * it). -1 if the input holds nothing else; 0 if the header is too far ahead to tell. Leaves the reader
   * where it was.
   */
  private static long headerLine(BufferedReader in) throws IOException {
    in.mark(HEADER_SCAN);
    try {
      long line = 1;
      int previous = -1;
      for (int i = 0; i < HEADER_SCAN - 1; i++) {
        int c = in.read();
        if (c == -1) {
          return -1;
        }
        if (c == '\r' || c == '\n' && previous != '\r') {
          line++;
        } else if (c != ' ' && c != '\n') {
          return line;
        }
        previous = c;
      }
      return 0;
    } finally {
      in.reset();
    }
  }

  /** The header's column names, in file order. */
  List<String> header() {
    return header;
  }

  /** The source named in locations. */
  String source() {
    return source;
  }

  /** The location of a header column: the header's line, no column number. */
  InputLocation headerLocation(String column) {
    return new InputLocation(source, headerLine, 0, column);
  }

  /**
   * The next record, or null at the end of the input.
   *
   * @throws NetworkFormatException at a syntax error or a record with the wrong number of values
   * @throws UncheckedIOException if reading fails
   */
  @Nullable CsvRecord next() {
    recordLine = 0;
    JsonToken token = pending != null ? pending : advance(0);
    pending = null;
    if (token == null) {
      return null;
    }
    int n = header.size();
    String[] values = new String[n];
    long[] lines = new long[n];
    long[] columns = new long[n];
    int count = 0;
    while (true) {
      token = advance(count);
      if (token == null || token == JsonToken.END_OBJECT) {
        break;
      }
      if (token == JsonToken.PROPERTY_NAME) {
        TokenStreamLocation at = parser.currentTokenLocation();
        lines[count] = at.getLineNr();
        columns[count] = at.getColumnNr();
        if (count == 0) {
          recordLine = at.getLineNr();
        }
      } else {
        // VALUE_STRING; VALUE_NULL cannot occur (no null value, empty strings stay strings)
        values[count++] = token == JsonToken.VALUE_NULL ? "" : parser.getString();
      }
    }
    return new CsvRecord(source, recordLine, header, values, lines, columns);
  }

  private @Nullable JsonToken advance(int valuesSeen) {
    try {
      return parser.nextToken();
    } catch (CsvReadException e) {
      if (recordLine > 0) {
        // inside a record, the CSV-specific failures are about the number of values
        String message = valuesSeen < header.size()
            ? "the record has " + valuesSeen + (valuesSeen == 1 ? " value" : " values") + " but the header has "
                + header.size() + " columns"
            : "the record has more values than the header has columns (" + header.size() + ")";
        throw problems.fatal(new InputLocation(source, recordLine, 0, ""), message, e);
      }
      throw translate(e, source, problems, parser);
    } catch (JacksonException e) {
      throw translate(e, source, problems, parser);
    }
  }

  /**
   * Turns a Jackson failure into a located format problem, or an I/O failure into UncheckedIOException. A
   * read limit failure carries no location of its own: it is placed at the start of the value that is too
   * long (where the parser noticed depends on its buffering).
   */
  private static RuntimeException translate(JacksonException e, String source, CsvProblems problems,
      @Nullable JsonParser parser) {
    if (e instanceof JacksonIOException io) {
      IOException cause = io.getCause();
      if (cause instanceof CharacterCodingException coding) {
        // the text is decoded ahead of the parser, in blocks: where the parser is says nothing about the
        // bad byte, but a file's bytes were checked on the way in, with their own count of lines and columns
        return notUtf8(source, coding, problems);
      }
      return new UncheckedIOException(cause);
    }
    TokenStreamLocation at = e.getLocation();
    if (e instanceof StreamConstraintsException) {
      TokenStreamLocation here = parser == null ? null : parser.currentTokenLocation();
      long line = here == null ? 0 : Math.max(here.getLineNr(), 0);
      long column = here == null ? 0 : Math.max(here.getColumnNr(), 0);
      return problems.fatal(new InputLocation(source, line, column, ""),
          "read limit exceeded: a value or header name is longer than " + MAX_VALUE_LENGTH + " characters", e);
    }
    long line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    long column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    return problems.fatal(new InputLocation(source, line, column, ""), "malformed CSV: " + e.getOriginalMessage(),
        e);
  }

  @Override
  public void close() {
    parser.close();
  }
}
