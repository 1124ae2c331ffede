package org.blendnet.core.io;

import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * How {@link NetworkJson} configures Jackson. Every feature that bears on reading or writing the format is
 * set here explicitly, default or not, so that a change of Jackson's defaults (3.0 changed several) cannot
 * change what we accept or write. The tests pin each setting.
 *
 * @implNote Thread-safe: the factories are immutable once built.
 */
final class JsonSettings {

  /** The most characters of an offending token Jackson may quote in an error message (personal data). */
  static final int MAX_ERROR_TOKEN_LENGTH = 32;

  private static final ErrorReportConfiguration ERROR_REPORTS = ErrorReportConfiguration.builder()
      .maxErrorTokenLength(MAX_ERROR_TOKEN_LENGTH)
      .maxRawContentLength(0)
      .build();

  /** The factory every writer uses. */
  static final JsonFactory WRITE_FACTORY = JsonFactory.builder()
      // the caller's stream stays open; we close the streams we open ourselves
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      // a failed write must leave a visibly truncated document, not one that closes its brackets
      .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
      .enable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
      // keys are fixed names and the keys of sorted maps: unique by construction
      .disable(StreamWriteFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(StreamWriteFeature.IGNORE_UNKNOWN)
      // Jackson's own double-to-text (Schubfach): the same digits on every JDK; the JDK's own
      // Double.toString changed in JDK 19, so it would not be byte-identical across JVMs
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .enable(JsonWriteFeature.QUOTE_PROPERTY_NAMES)
      .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
      .disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
      .build();

  /** Supplies {@link RecordPerLinePrinter} to the generators. */
  static final ObjectWriteContext WRITE_CONTEXT = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return RecordPerLinePrinter.INSTANCE;
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private JsonSettings() {}

  /** A factory for parsers that enforce {@code limits} and read strict RFC 8259 JSON in UTF-8. */
  static JsonFactory readFactory(JsonLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentLength())
            .maxTokenCount(limits.maxTokenCount())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .maxNumberLength(limits.maxNumberLength())
            .build())
        .errorReportConfiguration(ERROR_REPORTS)
        // UTF-8 only (RFC 8259 section 8.1); the reader skips a UTF-8 byte order mark itself
        .disable(TokenStreamFactory.Feature.CHARSET_DETECTION)
        .enable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
        .disable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
        .enable(TokenStreamFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
        // the caller's stream stays open; we close the streams we open ourselves
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        // a key given twice is found by the reader itself, without a set per object (JsonValueReader.nextKey)
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // locations carry line and column only, never a copy of the input (personal data)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.IGNORE_UNDEFINED)
        .enable(StreamReadFeature.CLEAR_CURRENT_TOKEN_ON_CLOSE)
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
        .disable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
        .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .disable(JsonReadFeature.ALLOW_RS_CONTROL_CHAR)
        .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
        .disable(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES)
        .disable(JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_MISSING_VALUES)
        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .build();
  }
}
