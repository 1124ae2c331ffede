package org.blendnet.core.io;

/**
 * The read limits of {@link NetworkJson}: how large a document, and how large each of its parts, a reader
 * accepts before it gives up with a {@link NetworkFormatException}. They protect a host application from
 * hostile or broken input (a gigabyte string, a million nested arrays) without reading it all first.
 *
 * <p>{@link #defaults()} accepts any realistic network: a document of up to 1 GiB (about eight million
 * touchpoints), strings up to 100,000 characters (a long question), keys up to 1,000 bytes. Change one limit
 * with a wither:
 *
 * <pre>{@code
 * Network network = NetworkJson.reader()
 *     .limits(JsonLimits.defaults().withMaxDocumentLength(4L << 30))
 *     .read(Path.of("huge.json"));
 * }</pre>
 *
 * <p>Every limit is at least 1; there is no "unlimited". Immutable and thread-safe.
 *
 * @param maxDocumentLength the longest document, in bytes (a UTF-8 byte order mark not counted)
 * @param maxTokenCount the most JSON tokens (each brace, bracket, key and value is one)
 * @param maxNestingDepth the deepest nesting of objects and arrays (a valid network needs 4)
 * @param maxStringLength the longest string value, in characters (UTF-16 code units)
 * @param maxNameLength the longest object key, in bytes of its UTF-8 encoding
 * @param maxNumberLength the longest number, in digits
 * @since 0.1
 */
public record JsonLimits(
    long maxDocumentLength,
    long maxTokenCount,
    int maxNestingDepth,
    int maxStringLength,
    int maxNameLength,
    int maxNumberLength) {

  /** Default {@link #maxDocumentLength()}: 1 GiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 1L << 30;
  /** Default {@link #maxTokenCount()}: 250 million, about one token per 4 bytes of a 1 GiB document. */
  public static final long DEFAULT_MAX_TOKEN_COUNT = 250_000_000L;
  /** Default {@link #maxNestingDepth()}: 32. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
  /** Default {@link #maxStringLength()}: 100,000 characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
  /** Default {@link #maxNameLength()}: 1,000 bytes. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;
  /** Default {@link #maxNumberLength()}: 50 digits. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 50;

  private static final JsonLimits DEFAULTS = new JsonLimits(DEFAULT_MAX_DOCUMENT_LENGTH, DEFAULT_MAX_TOKEN_COUNT,
      DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NAME_LENGTH, DEFAULT_MAX_NUMBER_LENGTH);

  /**
   * Creates limits.
   *
   * @throws IllegalArgumentException naming the limit if one is less than 1
   */
  public JsonLimits {
    atLeastOne("maxDocumentLength", maxDocumentLength);
    atLeastOne("maxTokenCount", maxTokenCount);
    atLeastOne("maxNestingDepth", maxNestingDepth);
    atLeastOne("maxStringLength", maxStringLength);
    atLeastOne("maxNameLength", maxNameLength);
    atLeastOne("maxNumberLength", maxNumberLength);
  }

  /** The default limits (see the constants of this class). */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * These limits with another {@link #maxDocumentLength()}.
   *
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  public JsonLimits withMaxDocumentLength(long bytes) {
    return new JsonLimits(bytes, maxTokenCount, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength);
  }

  /**
   * These limits with another {@link #maxTokenCount()}.
   *
   * @throws IllegalArgumentException if {@code tokens} is less than 1
   */
  public JsonLimits withMaxTokenCount(long tokens) {
    return new JsonLimits(maxDocumentLength, tokens, maxNestingDepth, maxStringLength, maxNameLength,
        maxNumberLength);
  }

  /**
   * These limits with another {@link #maxNestingDepth()}.
   *
   * @throws IllegalArgumentException if {@code depth} is less than 1
   */
  public JsonLimits withMaxNestingDepth(int depth) {
    return new JsonLimits(maxDocumentLength, maxTokenCount, depth, maxStringLength, maxNameLength, maxNumberLength);
  }

  /**
   * These limits with another {@link #maxStringLength()}.
   *
   * @throws IllegalArgumentException if {@code chars} is less than 1
   */
  public JsonLimits withMaxStringLength(int chars) {
    return new JsonLimits(maxDocumentLength, maxTokenCount, maxNestingDepth, chars, maxNameLength, maxNumberLength);
  }

  /**
   * These limits with another {@link #maxNameLength()}.
   *
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  public JsonLimits withMaxNameLength(int bytes) {
    return new JsonLimits(maxDocumentLength, maxTokenCount, maxNestingDepth, maxStringLength, bytes, maxNumberLength);
  }

  /**
   * These limits with another {@link #maxNumberLength()}.
   *
   * @throws IllegalArgumentException if {@code digits} is less than 1
   */
  public JsonLimits withMaxNumberLength(int digits) {
    return new JsonLimits(maxDocumentLength, maxTokenCount, maxNestingDepth, maxStringLength, maxNameLength, digits);
  }

  private static void atLeastOne(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be >= 1 but was " + value);
    }
  }
}
