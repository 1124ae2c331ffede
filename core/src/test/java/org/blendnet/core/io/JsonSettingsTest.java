package org.blendnet.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.io.JsonFixtures.ANA;
import static org.blendnet.core.io.JsonFixtures.BO;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Each read limit and each Jackson setting, tested by its effect where it has one (these tests fail when the
 * setting is removed), and pinned feature by feature (a new Jackson feature, or a changed setting, fails
 * {@code should_pin_…}).
 */
class JsonSettingsTest {

  private static final String VALID = "{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"ana\"}]}";

  private static Network read(JsonLimits limits, String json) {
    return NetworkJson.reader().limits(limits).fromJson(json);
  }

  private static String limitMessage(JsonLimits limits, String json) {
    try {
      read(limits, json);
    } catch (NetworkFormatException e) {
      return e.problems().get(0).message();
    }
    throw new AssertionError("expected a NetworkFormatException");
  }

  private static String member(String fields) {
    return "{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"ana\"," + fields + "}]}";
  }

  // ---- read limits --------------------------------------------------------------------------------

  @Test
  void should_limit_the_document_length_in_bytes() {
    int length = VALID.getBytes(StandardCharsets.UTF_8).length;

    assertThat(read(JsonLimits.defaults().withMaxDocumentLength(length), VALID).members()).hasSize(1);
    assertThat(limitMessage(JsonLimits.defaults().withMaxDocumentLength(length - 1), VALID))
        .isEqualTo("read limit exceeded: the document is longer than maxDocumentLength (" + (length - 1) + " bytes)");
  }

  @Test
  void should_limit_the_token_count() {
    // { "format" "blendnet/1" "members" [ { "id" "ana" } ] } : 11 tokens
    assertThat(read(JsonLimits.defaults().withMaxTokenCount(11), VALID).members()).hasSize(1);
    assertThat(limitMessage(JsonLimits.defaults().withMaxTokenCount(10), VALID))
        .isEqualTo("read limit exceeded: the document has more than maxTokenCount (10) tokens");
  }

  @Test
  void should_limit_the_nesting_depth() {
    String depth4 = member("\"consent\":{\"contactable\":false}"); // root, members, member, consent

    assertThat(read(JsonLimits.defaults().withMaxNestingDepth(4), depth4).members()).hasSize(1);
    assertThat(limitMessage(JsonLimits.defaults().withMaxNestingDepth(3), depth4))
        .isEqualTo("read limit exceeded: objects and arrays are nested deeper than maxNestingDepth (3)");
  }

  @Test
  void should_limit_strings_to_100_000_characters_by_default() {
    String atLimit = "é".repeat(JsonLimits.DEFAULT_MAX_STRING_LENGTH);
    String over = atLimit + "x";

    assertThat(read(JsonLimits.defaults(), member("\"name\":\"" + atLimit + "\"")).members().get(0).name())
        .hasSize(100_000);
    assertThat(limitMessage(JsonLimits.defaults(), member("\"name\":\"" + over + "\"")))
        .isEqualTo("read limit exceeded: a string is longer than maxStringLength (100000 characters)");
  }

  @Test
  void should_limit_keys_to_1_000_bytes_by_default() {
    String atLimit = "é".repeat(500); // 1,000 bytes in UTF-8
    String over = atLimit + "x";

    assertThat(read(JsonLimits.defaults(), member("\"attributes\":{\"" + atLimit + "\":\"v\"}")).members().get(0)
        .attributes()).containsKey(atLimit);
    assertThat(limitMessage(JsonLimits.defaults(), member("\"attributes\":{\"" + over + "\":\"v\"}")))
        .isEqualTo("read limit exceeded: a key is longer than maxNameLength (1000 bytes)");
  }

  @Test
  void should_limit_numbers_to_50_digits_by_default() {
    String fifty = "1" + "0".repeat(49);
    String fiftyOne = fifty + "0";
    String json = "{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"ana\"},{\"id\":\"bo\"}],\"touchpoints\":["
        + "{\"id\":\"t1\",\"at\":\"2026-03-02T10:15:00Z\",\"medium\":\"CHAT\",\"participants\":[\"ana\",\"bo\"],"
        + "\"weight\":%s}]}";

    assertThat(read(JsonLimits.defaults(), String.format(json, fifty)).touchpoints().get(0).weight()).isEqualTo(1e49);
    assertThat(limitMessage(JsonLimits.defaults(), String.format(json, fiftyOne)))
        .isEqualTo("read limit exceeded: a number is longer than maxNumberLength (50 digits)");
  }

  @Test
  void should_set_every_limit_on_the_parser() {
    JsonLimits limits = new JsonLimits(1_001, 1_002, 3, 1_004, 1_005, 6);

    StreamReadConstraints c = JsonSettings.readFactory(limits).streamReadConstraints();

    assertThat(c.getMaxDocumentLength()).isEqualTo(1_001);
    assertThat(c.getMaxTokenCount()).isEqualTo(1_002);
    assertThat(c.getMaxNestingDepth()).isEqualTo(3);
    assertThat(c.getMaxStringLength()).isEqualTo(1_004);
    assertThat(c.getMaxNameLength()).isEqualTo(1_005);
    assertThat(c.getMaxNumberLength()).isEqualTo(6);
  }

  // ---- read features ------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"format\":\"blendnet/1\" /* comment */}",
      "{\"format\":\"blendnet/1\" // comment\n}",
      "{\"format\":\"blendnet/1\" # comment\n}",
      "{'format':'blendnet/1'}",
      "{format:\"blendnet/1\"}",
      "{\"format\":\"blendnet/1\",}",
      "{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"ana\"},]}",
      "{\"format\":\"blendnet/1\",\"members\":[,{\"id\":\"ana\"}]}",
      "{\"format\":\"blendnet/\\1\"}",
      "{\"format\":\"blendnet/1\u0001\"}",
      "\u001e{\"format\":\"blendnet/1\"}",
      "{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"ana\",\"capacity\":03}]}",
      "{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"ana\",\"capacity\":+3}]}",
      "{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"ana\",\"capacity\":0x3}]}",
      "{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"ana\"},{\"id\":\"bo\"}],\"touchpoints\":[{\"id\":\"t1\","
          + "\"at\":\"2026-03-02T10:15:00Z\",\"medium\":\"CHAT\",\"participants\":[\"ana\",\"bo\"],\"weight\":NaN}]}",
      "{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"ana\"},{\"id\":\"bo\"}],\"touchpoints\":[{\"id\":\"t1\","
          + "\"at\":\"2026-03-02T10:15:00Z\",\"medium\":\"CHAT\",\"participants\":[\"ana\",\"bo\"],\"weight\":.5}]}",
      "{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"ana\"},{\"id\":\"bo\"}],\"touchpoints\":[{\"id\":\"t1\","
          + "\"at\":\"2026-03-02T10:15:00Z\",\"medium\":\"CHAT\",\"participants\":[\"ana\",\"bo\"],\"weight\":5.}]}"})
  void should_read_strict_json_only(String json) {
    assertThatThrownBy(() -> NetworkJson.fromJson(json))
        .isInstanceOf(NetworkFormatException.class)
        .hasMessageContaining(": malformed JSON: ");
  }

  @Test
  void should_read_utf8_only() {
    byte[] utf16 = VALID.getBytes(StandardCharsets.UTF_16);

    assertThatThrownBy(() -> NetworkJson.read(new ByteArrayInputStream(utf16)))
        .isInstanceOf(NetworkFormatException.class)
        .hasMessage("<stream> line 1, column 1: not valid UTF-8: byte 0xFE never appears in UTF-8");
  }

  @Test
  void should_quote_at_most_32_characters_of_a_bad_token() {
    String token = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ";

    assertThatThrownBy(() -> NetworkJson.fromJson("{\"format\":\"blendnet/1\",\"members\":[{\"id\":" + token + "}]}"))
        .isInstanceOf(NetworkFormatException.class)
        .hasMessage("<string> line 1, column 41 at /members/0/id: malformed JSON: Unrecognized token "
            + "'abcdefghijklmnopqrstuvwxyz012345...': was expecting (JSON String, Number, Array, Object or token "
            + "'null', 'true' or 'false')");
  }

  // ---- write features -----------------------------------------------------------------------------

  @Test
  void should_write_doubles_with_the_same_digits_on_every_jdk() {
    // JDK 17's Double.toString(1e23) is "9.999999999999999E22"; the shortest exact form is 1.0E23
    Network network = twoMembers().touchpoint(Touchpoint.builder(TouchpointId.of("t1"))
        .at(Instant.parse("2026-03-02T10:15:00Z")).medium(Medium.CHAT).between(ANA, BO).weight(1e23).build())
        .build();

    String json = NetworkJson.toJson(network);

    assertThat(json).contains("\"weight\":1.0E23}");
    assertThat(NetworkJson.fromJson(json)).isEqualTo(network);
  }

  @Test
  void should_write_utf8_unescaped_except_control_characters() {
    Network network = Network.builder()
        .member(Member.builder(ANA).name("Zoë 🙂 a/b \u001f").attribute("site", "https://example.org/").build())
        .build();

    byte[] json = NetworkJson.toJson(network).getBytes(StandardCharsets.UTF_8);

    assertThat(new String(json, StandardCharsets.UTF_8))
        .contains("\"name\":\"Zoë 🙂 a/b \\u001F\"")
        .contains("\"site\":\"https://example.org/\"")
        .contains("\"capacity\":3,");
    assertThat(indexOf(json, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x99, (byte) 0x82}))
        .as("the emoji as one 4-byte UTF-8 sequence").isPositive();
  }

  @Test
  void should_leave_a_failed_write_visibly_truncated() {
    Network.Builder b = twoMembers();
    for (int i = 0; i < 500; i++) {
      b.touchpoint(Touchpoint.between(TouchpointId.of("t" + i), Instant.parse("2026-03-02T10:15:00Z"),
          Medium.CHAT, ANA, BO));
    }
    Network network = b.build();
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    OutputStream failsOnce = new OutputStream() {
      private int writes;

      @Override
      public void write(int x) {
        written.write(x);
      }

      @Override
      public void write(byte[] bytes, int off, int len) throws IOException {
        if (++writes == 2) {
          throw new IOException("transient failure");
        }
        written.write(bytes, off, len);
      }
    };

    assertThatThrownBy(() -> NetworkJson.write(network, failsOnce)).isInstanceOf(UncheckedIOException.class);
    String complete = NetworkJson.toJson(network);
    String partial = written.toString(StandardCharsets.UTF_8);
    assertThat(partial).isNotEmpty();
    assertThat(complete).as("no closing brackets appended after the failure").startsWith(partial);
    assertThat(partial.length()).isLessThan(complete.length());
  }

  // ---- pins ---------------------------------------------------------------------------------------

  @Test
  void should_pin_every_read_feature() {
    JsonFactory f = JsonSettings.readFactory(JsonLimits.defaults());
    Map<StreamReadFeature, Boolean> stream = new EnumMap<>(StreamReadFeature.class);
    stream.put(StreamReadFeature.AUTO_CLOSE_SOURCE, false);
    stream.put(StreamReadFeature.IGNORE_UNDEFINED, false);
    // off: the reader finds a key given twice itself (JsonValueReader.nextKey; NetworkJsonErrorTest checks it)
    stream.put(StreamReadFeature.STRICT_DUPLICATE_DETECTION, false);
    stream.put(StreamReadFeature.CLEAR_CURRENT_TOKEN_ON_CLOSE, true);
    stream.put(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION, false);
    stream.put(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER, true);
    stream.put(StreamReadFeature.USE_FAST_DOUBLE_PARSER, true);
    Map<TokenStreamFactory.Feature, Boolean> factory = new EnumMap<>(TokenStreamFactory.Feature.class);
    factory.put(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES, false);
    factory.put(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES, true);
    factory.put(TokenStreamFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW, true);
    factory.put(TokenStreamFactory.Feature.CHARSET_DETECTION, false);

    for (StreamReadFeature feature : StreamReadFeature.values()) {
      assertThat(stream).as("a decision on %s", feature).containsKey(feature);
      assertThat(f.isEnabled(feature)).as("%s", feature).isEqualTo(stream.get(feature));
    }
    for (TokenStreamFactory.Feature feature : TokenStreamFactory.Feature.values()) {
      assertThat(factory).as("a decision on %s", feature).containsKey(feature);
      assertThat(f.isEnabled(feature)).as("%s", feature).isEqualTo(factory.get(feature));
    }
    for (JsonReadFeature feature : JsonReadFeature.values()) {
      assertThat(f.isEnabled(feature)).as("%s (strict RFC 8259 JSON only)", feature).isFalse();
    }
    assertThat(f.errorReportConfiguration().getMaxErrorTokenLength()).isEqualTo(32);
    assertThat(f.errorReportConfiguration().getMaxRawContentLength()).isZero();
  }

  @Test
  void should_pin_every_write_feature() {
    JsonFactory f = JsonSettings.WRITE_FACTORY;
    Map<StreamWriteFeature, Boolean> stream = new EnumMap<>(StreamWriteFeature.class);
    stream.put(StreamWriteFeature.AUTO_CLOSE_CONTENT, false);
    stream.put(StreamWriteFeature.AUTO_CLOSE_TARGET, false);
    stream.put(StreamWriteFeature.FLUSH_PASSED_TO_STREAM, true);
    stream.put(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN, false);
    stream.put(StreamWriteFeature.IGNORE_UNKNOWN, false);
    stream.put(StreamWriteFeature.STRICT_DUPLICATE_DETECTION, false);
    stream.put(StreamWriteFeature.USE_FAST_DOUBLE_WRITER, true);
    Map<JsonWriteFeature, Boolean> json = new EnumMap<>(JsonWriteFeature.class);
    json.put(JsonWriteFeature.QUOTE_PROPERTY_NAMES, true);
    json.put(JsonWriteFeature.WRITE_NAN_AS_STRINGS, false);
    json.put(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8, true);
    json.put(JsonWriteFeature.ESCAPE_FORWARD_SLASHES, false);
    json.put(JsonWriteFeature.ESCAPE_NON_ASCII, false);
    json.put(JsonWriteFeature.WRITE_HEX_UPPER_CASE, true);
    json.put(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS, false);

    for (StreamWriteFeature feature : StreamWriteFeature.values()) {
      assertThat(stream).as("a decision on %s", feature).containsKey(feature);
      assertThat(f.isEnabled(feature)).as("%s", feature).isEqualTo(stream.get(feature));
    }
    for (JsonWriteFeature feature : JsonWriteFeature.values()) {
      assertThat(json).as("a decision on %s", feature).containsKey(feature);
      assertThat(f.isEnabled(feature)).as("%s", feature).isEqualTo(json.get(feature));
    }
  }

  private static Network.Builder twoMembers() {
    return Network.builder().member(Member.of(ANA, "Ana")).member(Member.of(BO, "Bo"));
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
