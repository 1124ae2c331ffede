package org.blendnet.core.io;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.blendnet.core.Affiliation;
import org.blendnet.core.CommunityId;
import org.blendnet.core.EventId;
import org.blendnet.core.MemberId;
import org.blendnet.core.QuestionId;
import org.blendnet.core.ReferralId;
import org.blendnet.core.Topic;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Typed values from a JSON token stream, and errors located where they were found: the layer below
 * {@link JsonNetworkReader}, which knows the document's structure.
 *
 * <p>A method named for a value reads the <em>next</em> token as that value; one named {@code current…}
 * or {@code …Element} reads the token the parser is on. Where a method takes a fallback, JSON {@code null}
 * gives the fallback. Identifiers and topics come canonicalised: one instance per distinct text for the
 * whole document, and one shared {@link Optional} per referenced id. Every error is a
 * {@link NetworkFormatException} at the current token, with its JSON pointer, quoting at most
 * {@value #MAX_QUOTE} characters of the input. One use only; not thread-safe.
 */
final class JsonValueReader {

  /** The most characters of input quoted in a message (input is personal data; keep messages short). */
  static final int MAX_QUOTE = 40;
  /** The most characters of a constructor's message passed on. */
  private static final int MAX_MESSAGE = 200;

  private final JsonParser p;
  private final String source;
  private final JsonLimits limits;

  private final CanonicalTable<MemberId> memberIds = new CanonicalTable<>();
  private final CanonicalTable<EventId> eventIds = new CanonicalTable<>();
  private final CanonicalTable<CommunityId> communityIds = new CanonicalTable<>();
  private final CanonicalTable<QuestionId> questionIds = new CanonicalTable<>();
  private final CanonicalTable<ReferralId> referralIds = new CanonicalTable<>();
  private final Map<String, Topic> topics = new HashMap<>();

  JsonValueReader(JsonParser parser, String source, JsonLimits limits) {
    this.p = parser;
    this.source = source;
    this.limits = limits;
  }

  // ---- identifiers --------------------------------------------------------------------------------

  MemberId memberId() {
    return canonical(memberIds, MemberId::of, next("a member id (a string)")).value;
  }

  MemberId memberElement() {
    return canonical(memberIds, MemberId::of, "a member id (a string)").value;
  }

  EventId eventId() {
    return canonical(eventIds, EventId::of, next("an event id (a string)")).value;
  }

  CommunityId communityId() {
    return canonical(communityIds, CommunityId::of, next("a community id (a string)")).value;
  }

  QuestionId questionId() {
    return canonical(questionIds, QuestionId::of, next("a question id (a string)")).value;
  }

  ReferralId referralId() {
    return canonical(referralIds, ReferralId::of, next("a referral id (a string)")).value;
  }

  Optional<MemberId> optionalMemberId() {
    return optional(memberIds, MemberId::of);
  }

  Optional<EventId> optionalEventId() {
    return optional(eventIds, EventId::of);
  }

  Optional<CommunityId> optionalCommunityId() {
    return optional(communityIds, CommunityId::of);
  }

  Optional<QuestionId> optionalQuestionId() {
    return optional(questionIds, QuestionId::of);
  }

  Optional<ReferralId> optionalReferralId() {
    return optional(referralIds, ReferralId::of);
  }

  /** An id nothing refers to (touchpoints, answers): not worth canonicalising. */
  <T> T plainId(Function<String, T> make) {
    String text = string("an id (a string)");
    try {
      return make.apply(text);
    } catch (IllegalArgumentException e) {
      throw fail(abbreviate(e.getMessage()), e);
    }
  }

  private <T> Optional<T> optional(CanonicalTable<T> cache, Function<String, T> make) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    return canonical(cache, make, "an id (a string)").optional();
  }

  /** Moves to the next token and returns {@code what}, for the look-ups that read the current token. */
  private String next(String what) {
    p.nextToken();
    return what;
  }

  /**
   * The canonical value of the id text at the current token, looked up in the parser's own character
   * buffer: a repeated id costs a hash and a comparison, not a new string.
   */
  private <T> Canonical<T> canonical(CanonicalTable<T> cache, Function<String, T> make, String what) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(what);
    }
    char[] text = p.getStringCharacters();
    int offset = p.getStringOffset();
    int length = p.getStringLength();
    if (length > limits.maxStringLength()) {
      // the parser checks the limit when it makes a string; this reads its buffer instead
      throw fail(stringLimitMessage());
    }
    int hash = CanonicalTable.hash(text, offset, length);
    Canonical<T> known = cache.get(text, offset, length, hash);
    if (known == null) {
      String id = new String(text, offset, length);
      try {
        known = new Canonical<>(make.apply(id));
      } catch (IllegalArgumentException e) {
        throw fail(abbreviate(e.getMessage()), e);
      }
      cache.put(id, hash, known);
    }
    return known;
  }

  // ---- topics and affiliations --------------------------------------------------------------------

  Topic topicElement() {
    return topic(currentString("a topic (a string)"));
  }

  /** The topic named {@code name} (normalised), an error at the current token if it is not a valid topic. */
  Topic topic(String name) {
    Topic topic = topics.get(name);
    if (topic == null) {
      try {
        topic = Topic.of(name);
      } catch (IllegalArgumentException e) {
        throw fail(abbreviate(e.getMessage()), e);
      }
      topics.put(name, topic);
    }
    return topic;
  }

  /** Reads an affiliation; a bad segment is reported at the field's name (the current token). */
  Affiliation affiliation() {
    TokenStreamLocation start = p.currentTokenLocation();
    String pointer = pointer();
    List<String> path = array(() -> currentString("an affiliation segment (a string)"), false);
    try {
      return path.isEmpty() ? Affiliation.none() : new Affiliation(path);
    } catch (IllegalArgumentException e) {
      throw new NetworkFormatException(location(start, pointer), abbreviate(e.getMessage()), e);
    }
  }

  // ---- arrays -------------------------------------------------------------------------------------

  /** Reads the current token as one element of an array. */
  @FunctionalInterface
  interface Element<T> {
    T read();
  }

  /**
   * Reads an array (or null: empty), with {@code element} reading each element; if {@code distinct}, an
   * element equal to an earlier one is an error.
   */
  <T> List<T> array(Element<T> element, boolean distinct) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return List.of();
    }
    if (t != JsonToken.START_ARRAY) {
      throw wrongType("an array");
    }
    List<T> values = new ArrayList<>();
    Set<T> seen = null;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      T value = element.read();
      if (distinct) {
        boolean repeated;
        if (seen != null) {
          repeated = !seen.add(value);
        } else {
          repeated = values.contains(value);
          if (values.size() >= 8) {
            seen = new HashSet<>(values);
            seen.add(value);
          }
        }
        if (repeated) {
          throw fail("\"" + quote(value.toString()) + "\" is listed twice");
        }
      }
      values.add(value);
    }
    return values;
  }

  /** The elements of a list already checked to be distinct, as a set for a record constructor to copy. */
  static <T> Set<T> set(List<T> distinct) {
    return distinct.isEmpty() ? Set.of() : Set.copyOf(distinct);
  }

  // ---- scalars ------------------------------------------------------------------------------------

  String string(String what) {
    p.nextToken();
    return currentString(what);
  }

  String currentString(String what) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(what);
    }
    return p.getString();
  }

  @Nullable String optionalString() {
    JsonToken t = p.nextToken();
    return t == JsonToken.VALUE_NULL ? null : currentString("a string");
  }

  Instant instant() {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw wrongType("an instant (a string such as \"2026-03-02T10:15:00Z\")");
    }
    char[] text = p.getStringCharacters();
    int offset = p.getStringOffset();
    int length = p.getStringLength();
    try {
      return InstantText.parse(text, offset, length);
    } catch (DateTimeParseException e) {
      throw fail("not an ISO-8601 instant: \"" + quote(new String(text, offset, Math.min(length, MAX_QUOTE + 1)))
          + "\"; expected e.g. \"2026-03-02T10:15:00Z\"", e);
    }
  }

  ZoneId timeZone(ZoneId ifNull) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return ifNull;
    }
    String id = currentString("a time zone id (a string such as \"Europe/Berlin\")");
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw fail("not a time zone id: \"" + quote(id) + "\"; expected e.g. \"Europe/Berlin\", \"UTC\" or "
          + "\"+01:00\"", e);
    }
  }

  Optional<URI> optionalUri() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    String text = currentString("a link (a URI string)");
    try {
      return Optional.of(new URI(text));
    } catch (URISyntaxException e) {
      throw fail("not a URI: \"" + quote(text) + "\" (" + abbreviate(e.getReason()) + " at index " + e.getIndex()
          + ")", e);
    }
  }

  int integer(int ifNull) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return ifNull;
    }
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("an integer");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw fail("expected an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
          + " but found a larger number");
    }
    return p.getIntValue();
  }

  double number(double ifNull) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return ifNull;
    }
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType("a number");
    }
    return p.getDoubleValue();
  }

  boolean bool(boolean ifNull) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    if (t == JsonToken.VALUE_NULL) {
      return ifNull;
    }
    throw wrongType("true or false");
  }

  <E extends Enum<E>> E enumValue(Map<String, E> constants, String what) {
    p.nextToken();
    return currentEnum(constants, what);
  }

  <E extends Enum<E>> E enumValue(Map<String, E> constants, String what, E ifNull) {
    JsonToken t = p.nextToken();
    return t == JsonToken.VALUE_NULL ? ifNull : currentEnum(constants, what);
  }

  <E extends Enum<E>> E currentEnum(Map<String, E> constants, String what) {
    String name = currentString("a " + what + " (a string)");
    E value = constants.get(name);
    if (value == null) {
      throw fail("unknown " + what + " \"" + quote(name) + "\"; expected one of " + String.join(", ",
          constants.keySet()));
    }
    return value;
  }

  /** The constants by name, in declaration order (which the error messages list). */
  static <E extends Enum<E>> Map<String, E> names(E[] constants) {
    Map<String, E> byName = new LinkedHashMap<>();
    for (E e : constants) {
      byName.put(e.name(), e);
    }
    return byName;
  }

  // ---- errors -------------------------------------------------------------------------------------

  NetworkFormatException unknownField(String name, String where, String expected) {
    return fail("unknown field \"" + quote(name) + "\" " + where + "; expected one of " + expected);
  }

  NetworkFormatException wrongType(String expected) {
    return fail("expected " + expected + " but found " + describe(p.currentToken()));
  }

  /** An error at the current token. */
  NetworkFormatException fail(String message) {
    return new NetworkFormatException(location(p.currentTokenLocation(), pointer()), message);
  }

  /** An error at the current token, with its cause. */
  NetworkFormatException fail(String message, Throwable cause) {
    return new NetworkFormatException(location(p.currentTokenLocation(), pointer()), message, cause);
  }

  InputLocation location(@Nullable TokenStreamLocation where, String path) {
    long line = where == null ? 0 : Math.max(0, where.getLineNr());
    long column = where == null ? 0 : Math.max(0, where.getColumnNr());
    return new InputLocation(source, line, column, path);
  }

  /** The JSON pointer of the current token. */
  String pointer() {
    return p.streamReadContext().pathAsPointer().toString();
  }

  /**
   * What to throw for an exception of the parser: {@link UncheckedIOException} for an I/O failure,
   * otherwise a {@link NetworkFormatException} at the parser's position.
   */
  RuntimeException translate(JacksonException e) {
    if (e instanceof JacksonIOException) {
      JacksonIOException io = (JacksonIOException) e;
      if (io.getCause() instanceof MalformedUtf8Exception utf8) {
        return utf8.toFormatException(source, pointer());
      }
      return new UncheckedIOException("could not read " + source + ": " + io.getCause().getMessage(), io.getCause());
    }
    if (e instanceof StreamConstraintsException) {
      // a string too long is located at its start: where the parser noticed depends on its buffering; the
      // other limits are checked where they are reached
      boolean string = String.valueOf(e.getOriginalMessage()).contains("getMaxStringLength");
      return new NetworkFormatException(
          location(string ? p.currentTokenLocation() : p.currentLocation(), pointer()), limitMessage(e), e);
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return new NetworkFormatException(location(p.currentLocation(), pointer()),
          "malformed JSON: the input ends before the document does (truncated?)", e);
    }
    // for a duplicate key, Jackson's location is just after the key
    TokenStreamLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    String message = isDuplicateKey(e) ? duplicateKeyMessage() : "malformed JSON: " + jacksonMessage(e);
    return new NetworkFormatException(location(where, pointer()), message, e);
  }

  private static boolean isDuplicateKey(JacksonException e) {
    return String.valueOf(e.getOriginalMessage()).startsWith("Duplicate Object property");
  }

  /** The message for a key that appears twice in one object; the parser's context holds the key. */
  private String duplicateKeyMessage() {
    TokenStreamContext context = p.streamReadContext();
    String name = String.valueOf(context.currentName());
    TokenStreamContext parent = context.getParent();
    return parent != null && parent.inRoot()
        ? "\"" + quote(name) + "\" appears twice at the root (each section at most once)"
        : "duplicate key \"" + quote(name) + "\"";
  }

  /** Jackson's message without the location it may append (ours is in the {@link InputLocation}). */
  private static String jacksonMessage(JacksonException e) {
    String message = String.valueOf(e.getOriginalMessage());
    int source = message.indexOf("[Source:");
    if (source < 0) {
      return message;
    }
    int open = message.lastIndexOf('(', source);
    return message.substring(0, open >= 0 ? open : source).strip();
  }

  private String stringLimitMessage() {
    return "read limit exceeded: a string is longer than maxStringLength (" + limits.maxStringLength()
        + " characters)";
  }

  /** Our message for an exceeded limit, naming the {@link JsonLimits} component. */
  private String limitMessage(JacksonException e) {
    String original = String.valueOf(e.getOriginalMessage());
    if (original.contains("getMaxDocumentLength")) {
      return "read limit exceeded: the document is longer than maxDocumentLength (" + limits.maxDocumentLength()
          + " bytes)";
    }
    if (original.contains("getMaxTokenCount")) {
      return "read limit exceeded: the document has more than maxTokenCount (" + limits.maxTokenCount()
          + ") tokens";
    }
    if (original.contains("getMaxNestingDepth")) {
      return "read limit exceeded: objects and arrays are nested deeper than maxNestingDepth ("
          + limits.maxNestingDepth() + ")";
    }
    if (original.contains("getMaxStringLength")) {
      return stringLimitMessage();
    }
    if (original.contains("getMaxNameLength")) {
      return "read limit exceeded: a key is longer than maxNameLength (" + limits.maxNameLength() + " bytes)";
    }
    if (original.contains("getMaxNumberLength")) {
      return "read limit exceeded: a number is longer than maxNumberLength (" + limits.maxNumberLength()
          + " digits)";
    }
    return "read limit exceeded: " + original;
  }

  /** A token in words: "an object", "a string", "null"… */
  static String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.name().toLowerCase(Locale.ROOT);
    }
  }

  /** Input text for a message: at most {@link #MAX_QUOTE} characters, control characters escaped. */
  static String quote(String text) {
    StringBuilder s = new StringBuilder(Math.min(text.length(), MAX_QUOTE) + 8);
    for (int i = 0; i < text.length() && i < MAX_QUOTE; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || c == 0x7f) {
        s.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        s.append(c);
      }
    }
    if (text.length() > MAX_QUOTE) {
      s.append('…');
    }
    return s.toString();
  }

  /** A message from elsewhere (a constructor), cut to {@value #MAX_MESSAGE} characters. */
  static String abbreviate(String message) {
    return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "…";
  }

  /** The one instance of an id, and lazily the one optional holding it. */
  /**
   * Canonical values by id text: open addressing with linear probing over parallel arrays, looked up with
   * a slice of a character buffer. Grows at half full.
   */
  private static final class CanonicalTable<T> {
    private @Nullable String[] keys = new String[64];
    private int[] hashes = new int[64];
    private @Nullable Object[] values = new Object[64];
    private int size;

    /** The hash of a slice: {@link String#hashCode()}'s, spread. */
    static int hash(char[] text, int offset, int length) {
      int h = 0;
      for (int i = offset, end = offset + length; i < end; i++) {
        h = 31 * h + text[i];
      }
      return h ^ (h >>> 16);
    }

    @SuppressWarnings("unchecked")
    @Nullable Canonical<T> get(char[] text, int offset, int length, int hash) {
      int mask = keys.length - 1;
      for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
        String key = keys[slot];
        if (key == null) {
          return null;
        }
        if (hashes[slot] == hash && matches(key, text, offset, length)) {
          return (Canonical<T>) values[slot];
        }
      }
    }

    void put(String key, int hash, Canonical<T> value) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      insert(keys, hashes, values, key, hash, value);
      size++;
    }

    private void grow() {
      @Nullable String[] oldKeys = keys;
      int[] oldHashes = hashes;
      @Nullable Object[] oldValues = values;
      keys = new String[oldKeys.length * 2];
      hashes = new int[keys.length];
      values = new Object[keys.length];
      for (int i = 0; i < oldKeys.length; i++) {
        String key = oldKeys[i];
        if (key != null) {
          insert(keys, hashes, values, key, oldHashes[i], oldValues[i]);
        }
      }
    }

    private static void insert(@Nullable String[] keys, int[] hashes, @Nullable Object[] values, String key, int hash,
        @Nullable Object value) {
      int mask = keys.length - 1;
      int slot = hash & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      hashes[slot] = hash;
      values[slot] = value;
    }

    private static boolean matches(String key, char[] text, int offset, int length) {
      if (key.length() != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (key.charAt(i) != text[offset + i]) {
          return false;
        }
      }
      return true;
    }
  }

  private static final class Canonical<T> {
    final T value;
    private @Nullable Optional<T> optional;

    Canonical(T value) {
      this.value = value;
    }

    Optional<T> optional() {
      Optional<T> o = optional;
      if (o == null) {
        o = Optional.of(value);
        optional = o;
      }
      return o;
    }
  }
}
