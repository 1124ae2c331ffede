package org.blendnet.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
  /** The entry of the member id {@link #memberId()} read last. */
  private int lastMemberEntry = -1;
  /** Reused by {@link #memberList()}: the ids of the list being read, and their entries in the table. */
  private MemberId[] memberBuffer = new MemberId[16];
  private int[] entryBuffer = new int[16];
  /** Lists up to this long are checked for repeats by search, longer ones by stamps. */
  private static final int SHORT_LIST = 8;

  /** The keys of the objects being read, innermost last; see {@link #startKeys()}. */
  private String[] keys = new String[32];
  private int keyCount;

  JsonValueReader(JsonParser parser, String source, JsonLimits limits) {
    this.p = parser;
    this.source = source;
    this.limits = limits;
  }

  // ---- identifiers --------------------------------------------------------------------------------

  MemberId memberId() {
    CanonicalTable<MemberId> t = memberIds;
    int slot = canonical(t, MemberId::of, next("a member id (a string)"));
    lastMemberEntry = t.entry(slot);
    return t.value(slot);
  }

  EventId eventId() {
    CanonicalTable<EventId> t = eventIds;
    return t.value(canonical(t, EventId::of, next("an event id (a string)")));
  }

  CommunityId communityId() {
    CanonicalTable<CommunityId> t = communityIds;
    return t.value(canonical(t, CommunityId::of, next("a community id (a string)")));
  }

  QuestionId questionId() {
    CanonicalTable<QuestionId> t = questionIds;
    return t.value(canonical(t, QuestionId::of, next("a question id (a string)")));
  }

  ReferralId referralId() {
    CanonicalTable<ReferralId> t = referralIds;
    return t.value(canonical(t, ReferralId::of, next("a referral id (a string)")));
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
      throw fail(abbreviate(Objects.requireNonNullElse(e.getMessage(), e.toString())), e);
    }
  }

  private <T> Optional<T> optional(CanonicalTable<T> cache, Function<String, T> make) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    return cache.optional(canonical(cache, make, "an id (a string)"));
  }

  /** Moves to the next token and returns {@code what}, for the look-ups that read the current token. */
  private String next(String what) {
    p.nextToken();
    return what;
  }

  /**
   * The slot of the canonical value of the id text at the current token (valid until the next id is
   * added), looked up in the parser's own character buffer: a repeated id costs a hash and a comparison, not
   * a new string.
   */
  private <T> int canonical(CanonicalTable<T> cache, Function<String, T> make, String what) {
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
    long key = CanonicalTable.pack(text, offset, length);
    int slot = cache.find(text, offset, length, hash, key);
    if (slot < 0) {
      T value;
      try {
        value = make.apply(new String(text, offset, length));
      } catch (IllegalArgumentException e) {
        throw fail(abbreviate(Objects.requireNonNullElse(e.getMessage(), e.toString())), e);
      }
      slot = cache.add(text, offset, length, hash, key, value);
    }
    return slot;
  }

  // ---- object keys ------------------------------------------------------------------------------

  /**
   * Starts reading the keys of an object the parser has just entered, for {@link #nextKey(int)}: a key
   * may appear once per object. Records have a dozen keys at most and an unknown key ends the read, so the
   * keys of the objects being read are kept in one small stack and compared in turn (names come from the
   * parser's symbol table, so equal names are usually one instance); objects with keys of the caller's
   * choosing (maps) check their own.
   */
  int startKeys() {
    return keyCount;
  }

  /**
   * The next key of the object whose keys started at {@code mark}, or null at its end. A key the object
   * already has is an error located just after it (at the root: a section given twice).
   */
  @Nullable String nextKey(int mark) {
    String name = p.nextName();
    if (name == null) {
      keyCount = mark;
      return null;
    }
    for (int i = mark; i < keyCount; i++) {
      if (keys[i].equals(name)) {
        throw duplicateKey(name, mark == 0);
      }
    }
    if (keyCount == keys.length) {
      keys = Arrays.copyOf(keys, 2 * keyCount);
    }
    keys[keyCount++] = name;
    return name;
  }

  /**
   * An error for a key given twice, located just after the key as written: its start plus the name and
   * its quotes (a key written with escapes is longer in the input than its name; the location is then a
   * few columns early).
   */
  NetworkFormatException duplicateKey(String name, boolean root) {
    TokenStreamLocation start = p.currentTokenLocation();
    InputLocation at = location(start, pointer());
    InputLocation after = new InputLocation(source, at.line(), at.column() + name.length() + 2, at.path());
    return new NetworkFormatException(after, root
        ? "\"" + quote(name) + "\" appears twice at the root (each section at most once)"
        : "duplicate key \"" + quote(name) + "\"");
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
        throw fail(abbreviate(Objects.requireNonNullElse(e.getMessage(), e.toString())), e);
      }
      topics.put(name, topic);
    }
    return topic;
  }

  /** Reads an affiliation; a bad segment is reported at the field's name (the current token). */
  Affiliation affiliation() {
    TokenStreamLocation start = p.currentTokenLocation();
    List<String> path = array(() -> currentString("an affiliation segment (a string)"), false);
    try {
      return path.isEmpty() ? Affiliation.none() : new Affiliation(path);
    } catch (IllegalArgumentException e) {
      // back at the field after the array: the same pointer as at its name
      throw new NetworkFormatException(location(start, pointer()),
          abbreviate(Objects.requireNonNullElse(e.getMessage(), e.toString())), e);
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

  /**
   * Reads an array (or null: empty) of member ids, each at most once. Ids are canonical, so a repeat is
   * found by the id's entry in the table, without comparing strings: O(length).
   */
  List<MemberId> memberList() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return List.of();
    }
    if (t != JsonToken.START_ARRAY) {
      throw wrongType("an array");
    }
    CanonicalTable<MemberId> table = memberIds;
    MemberId[] ids = memberBuffer;
    int[] entries = entryBuffer;
    int list = 0;
    int n = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int slot = canonical(table, MemberId::of, "a member id (a string)");
      int entry = table.entry(slot);
      MemberId id = table.value(slot);
      if (n == ids.length) {
        ids = Arrays.copyOf(ids, 2 * n);
        entries = Arrays.copyOf(entries, 2 * n);
        memberBuffer = ids;
        entryBuffer = entries;
      }
      // a short list is searched (most have two members); a long one stamps each entry with the list
      boolean repeated = false;
      if (n < SHORT_LIST) {
        for (int i = 0; i < n; i++) {
          repeated |= entries[i] == entry;
        }
      } else {
        if (list == 0) {
          list = table.newList();
          for (int i = 0; i < n; i++) {
            table.firstInList(entries[i], list);
          }
        }
        repeated = !table.firstInList(entry, list);
      }
      if (repeated) {
        throw fail("\"" + quote(id.value()) + "\" is listed twice");
      }
      ids[n] = id;
      entries[n++] = entry;
    }
    switch (n) {
      case 0:
        return List.of();
      case 1:
        return List.of(ids[0]);
      case 2:
        return List.of(ids[0], ids[1]);
      default:
        return List.of(Arrays.copyOf(ids, n));
    }
  }

  /** True if every member id read so far was the id of a member record ({@link #memberDefined}). */
  boolean everyMemberIdDefined() {
    return memberIds.everyEntryMarked();
  }

  /** Notes that a member record with this id was read (the id's last canonical look-up). */
  void memberDefined() {
    memberIds.mark(lastMemberEntry);
  }

  /** The elements of a list already checked to be distinct, as a set for a record constructor to copy. */
  static <T> Set<T> set(List<T> distinct) {
    switch (distinct.size()) {
      case 0:
        return Set.of();
      case 1:
        return Set.of(distinct.get(0));
      case 2:
        return Set.of(distinct.get(0), distinct.get(1));
      default:
        return Set.copyOf(distinct);
    }
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
      // the reason only: the index java.net.URI reports differs between JDKs (17 gives where the authority
      // starts, 25 the offending character), and the message must be the same on every JDK
      throw fail("not a URI: \"" + quote(text) + "\" (" + abbreviate(e.getReason()) + ")", e);
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

  <E extends Enum<E>> E enumValue(EnumNames<E> constants, String what) {
    p.nextToken();
    return currentEnum(constants, what);
  }

  <E extends Enum<E>> E enumValue(EnumNames<E> constants, String what, E ifNull) {
    JsonToken t = p.nextToken();
    return t == JsonToken.VALUE_NULL ? ifNull : currentEnum(constants, what);
  }

  /** The constant named by the current token, matched in the parser's buffer (no string is made). */
  <E extends Enum<E>> E currentEnum(EnumNames<E> constants, String what) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a " + what + " (a string)");
    }
    E value = constants.find(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
    if (value == null) {
      throw fail("unknown " + what + " \"" + quote(p.getString()) + "\"; expected one of " + constants);
    }
    return value;
  }

  /** The constants of an enum by name, in declaration order (which the error messages list). */
  static <E extends Enum<E>> EnumNames<E> names(E[] constants) {
    return new EnumNames<>(constants);
  }

  /**
   * An enum's constants and their names as characters, matched against a slice of a buffer: a type has a
   * dozen constants at most, and comparing the length and then the characters of each beats hashing a
   * new string. Immutable.
   */
  static final class EnumNames<E extends Enum<E>> {
    private final E[] constants;
    private final char[][] names;

    EnumNames(E[] constants) {
      this.constants = constants.clone();
      this.names = new char[constants.length][];
      for (int i = 0; i < constants.length; i++) {
        names[i] = constants[i].name().toCharArray();
      }
    }

    @Nullable E find(char[] text, int offset, int length) {
      for (int i = 0; i < names.length; i++) {
        char[] name = names[i];
        if (name.length == length && Arrays.equals(name, 0, length, text, offset, offset + length)) {
          return constants[i];
        }
      }
      return null;
    }

    /** The names, comma-separated. */
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder();
      for (E e : constants) {
        s.append(s.length() == 0 ? "" : ", ").append(e.name());
      }
      return s.toString();
    }
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
    if (e instanceof JacksonIOException io) {
      if (io.getCause() instanceof MalformedUtf8Exception utf8) {
        return utf8.toFormatException(source, pointer());
      }
      return unchecked("could not read " + source, io);
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
    TokenStreamLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    return new NetworkFormatException(location(where, pointer()), "malformed JSON: " + jacksonMessage(e), e);
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

  /** The I/O failure inside Jackson's wrapper, as an {@link UncheckedIOException} saying what failed. */
  static UncheckedIOException unchecked(String what, JacksonIOException e) {
    IOException cause = e.getCause();
    return cause == null
        ? new UncheckedIOException(what + ": " + e.getMessage(), new IOException(e))
        : new UncheckedIOException(what + ": " + cause.getMessage(), cause);
  }

  /** A message from elsewhere (a constructor), cut to {@value #MAX_MESSAGE} characters. */
  static String abbreviate(String message) {
    return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "…";
  }

  /**
   * Canonical values by id text, looked up with a slice of a character buffer: open addressing with linear
   * probing, grown at half full. Laid out for few cache misses per look-up, since a large document repeats
   * each member id dozens of times and in no order: a slot is two longs, the first holding a short id's
   * characters themselves (up to eight, each below U+0100: most ids) or where a longer id's text starts in
   * one shared character pool, the second the text's hash and the id's entry number; the value sits in a
   * parallel array by slot. A look-up of a short id thus reads one slot and one value.
   */
  private static final class CanonicalTable<T> {
    /** Marks, in a slot's second long, a text kept in the pool. */
    private static final long POOLED = 0x8000_0000L;
    private static final long ENTRY = 0x7FFF_FFFFL;

    /** Two longs per slot: the key, then (hash << 32) | POOLED? | (entry + 1); 0 there: empty. */
    private long[] slots = new long[2 * 64];
    private @Nullable Object[] values = new Object[64];
    /** Per slot, the one {@code Optional} of its value; made when the first is asked for (most never are). */
    private @Nullable Object @Nullable [] optionals;
    /** Per entry, the list it was last seen in ({@link #firstInList}). */
    private int[] stamps = new int[32];
    private int lists;
    /** Per entry, whether it was {@linkplain #mark marked}. */
    private boolean[] marks = new boolean[32];
    private int marked;
    /** Each long text as its length (two chars, high then low) followed by its characters. */
    private char[] pool = new char[256];
    private int poolSize;
    /** 32 - log2(number of slots). */
    private int shift = 32 - 6;
    private int size;

    /** The hash of a slice: {@link String#hashCode()}'s. */
    static int hash(char[] text, int offset, int length) {
      int h = 0;
      for (int i = offset, end = offset + length; i < end; i++) {
        h = 31 * h + text[i];
      }
      return h;
    }

    /**
     * A text of at most eight characters, each from U+0001 to U+00FF, as one long (a byte a character,
     * zeros after the last: ids hold no U+0000, so no two texts share a long); -1 for any other text. The
     * one short text that packs to -1 (eight times U+00FF) is kept in the pool like a long one.
     */
    static long pack(char[] text, int offset, int length) {
      if (length > 8) {
        return -1;
      }
      long key = 0;
      for (int i = 0; i < length; i++) {
        char c = text[offset + i];
        if (c == 0 || c > 0xFF) {
          return -1;
        }
        key |= (long) c << (8 * i);
      }
      return key;
    }

    /**
     * The first slot to probe for a hash: Fibonacci hashing (Knuth, TAOCP vol. 3, 6.4) takes the high bits
     * of the hash times 2^32/φ. Ids such as "m000123" have String hash codes that differ by small multiples
     * of 31, and their low bits alone make long runs of occupied slots, which linear probing walks in full.
     */
    private int slot(int hash) {
      return (hash * 0x9E3779B9) >>> shift;
    }

    /** The slot holding this text ({@code key}: its {@link #pack}), or -1. */
    int find(char[] text, int offset, int length, int hash, long key) {
      long[] all = slots;
      int mask = (all.length >>> 1) - 1;
      for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
        long word = all[2 * slot + 1];
        if (word == 0) {
          return -1;
        }
        if ((int) (word >>> 32) == hash) {
          boolean pooled = (word & POOLED) != 0;
          if (key != -1 ? !pooled && all[2 * slot] == key
              : pooled && matches((int) all[2 * slot], text, offset, length)) {
            return slot;
          }
        }
      }
    }

    @SuppressWarnings("unchecked")
    T value(int slot) {
      return (T) Objects.requireNonNull(values[slot]);
    }

    /** The entry number of the id at a slot: 0, 1, 2… in the order ids were first seen. */
    int entry(int slot) {
      return (int) (slots[2 * slot + 1] & ENTRY) - 1;
    }

    /** The one optional holding the value at a slot. */
    @SuppressWarnings("unchecked")
    Optional<T> optional(int slot) {
      @Nullable Object @Nullable [] all = optionals;
      if (all == null) {
        all = new Object[values.length];
        optionals = all;
      }
      Object o = all[slot];
      if (o == null) {
        o = Optional.of(value(slot));
        all[slot] = o;
      }
      return (Optional<T>) o;
    }

    /** Adds a text not in the table with its value; returns its slot (valid until the next add). */
    int add(char[] text, int offset, int length, int hash, long key, T value) {
      if (2 * (size + 1) > values.length) {
        grow();
      }
      int entry = size++;
      if (entry == stamps.length) {
        stamps = Arrays.copyOf(stamps, 2 * entry);
        marks = Arrays.copyOf(marks, 2 * entry);
      }
      long word = ((long) hash << 32) | (entry + 1);
      long stored = key;
      if (key == -1) {
        if (poolSize + 2 + length > pool.length) {
          pool = Arrays.copyOf(pool, Math.max(2 * pool.length, poolSize + 2 + length));
        }
        pool[poolSize] = (char) (length >>> 16);
        pool[poolSize + 1] = (char) length;
        System.arraycopy(text, offset, pool, poolSize + 2, length);
        stored = poolSize;
        poolSize += 2 + length;
        word |= POOLED;
      }
      return insert(slots, values, optionals, stored, word, value, null);
    }

    private void grow() {
      long[] oldSlots = slots;
      @Nullable Object[] oldValues = values;
      @Nullable Object @Nullable [] oldOptionals = optionals;
      long[] newSlots = new long[2 * oldSlots.length];
      @Nullable Object[] newValues = new Object[2 * oldValues.length];
      @Nullable Object @Nullable [] newOptionals = oldOptionals == null ? null : new Object[newValues.length];
      shift--;
      for (int slot = 0; slot < oldValues.length; slot++) {
        long word = oldSlots[2 * slot + 1];
        if (word != 0) {
          insert(newSlots, newValues, newOptionals, oldSlots[2 * slot], word, oldValues[slot],
              oldOptionals == null ? null : oldOptionals[slot]);
        }
      }
      slots = newSlots;
      values = newValues;
      optionals = newOptionals;
    }

    private int insert(long[] into, @Nullable Object[] intoValues, @Nullable Object @Nullable [] intoOptionals,
        long key, long word, @Nullable Object value, @Nullable Object optional) {
      int mask = intoValues.length - 1;
      int slot = slot((int) (word >>> 32));
      while (into[2 * slot + 1] != 0) {
        slot = (slot + 1) & mask;
      }
      into[2 * slot] = key;
      into[2 * slot + 1] = word;
      intoValues[slot] = value;
      if (intoOptionals != null) {
        intoOptionals[slot] = optional;
      }
      return slot;
    }

    private boolean matches(int start, char[] text, int offset, int length) {
      char[] chars = pool;
      if (((chars[start] << 16) | chars[start + 1]) != length) {
        return false;
      }
      return Arrays.equals(chars, start + 2, start + 2 + length, text, offset, offset + length);
    }

    /** A number for a new list of entries, for {@link #firstInList}. */
    int newList() {
      return ++lists;
    }

    /** True if the entry is seen for the first time in this list (and notes it); lists are numbered from 1. */
    boolean firstInList(int entry, int list) {
      if (stamps[entry] == list) {
        return false;
      }
      stamps[entry] = list;
      return true;
    }

    /** Marks an entry; see {@link #everyEntryMarked()}. */
    void mark(int entry) {
      if (!marks[entry]) {
        marks[entry] = true;
        marked++;
      }
    }

    boolean everyEntryMarked() {
      return marked == size;
    }
  }
}
