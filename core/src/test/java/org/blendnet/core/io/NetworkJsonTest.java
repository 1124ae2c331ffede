package org.blendnet.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.io.JsonFixtures.ANA;
import static org.blendnet.core.io.JsonFixtures.BO;
import static org.blendnet.core.io.JsonFixtures.HAND_WRITTEN;
import static org.blendnet.core.io.JsonFixtures.everyRecordType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkJsonTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/json");

  @Test
  void should_read_a_hand_written_document_of_every_record_type() {
    Network read = NetworkJson.fromJson(HAND_WRITTEN);

    Network expected = everyRecordType();
    assertThat(read).isEqualTo(expected);
    // equality ignores order; the reader also keeps the document's order
    assertThat(read.members()).containsExactlyElementsOf(expected.members());
    assertThat(read.touchpoints()).containsExactlyElementsOf(expected.touchpoints());
    assertThat(read.referrals()).containsExactlyElementsOf(expected.referrals());
    assertThat(read.member(MemberId.of("cy")).orElseThrow().name()).isEqualTo("Zoë Ødegård");
  }

  @Test
  void should_read_what_it_writes() {
    Network network = everyRecordType();

    Network read = NetworkJson.fromJson(NetworkJson.toJson(network));

    assertThat(read).isEqualTo(network);
    assertThat(read.events()).containsExactlyElementsOf(network.events());
    assertThat(read.answers()).containsExactlyElementsOf(network.answers());
  }

  @Test
  void should_write_the_same_bytes_every_time() {
    Network network = everyRecordType();
    Network sameRecordsRebuilt = NetworkJson.fromJson(HAND_WRITTEN);

    String first = NetworkJson.toJson(network);

    assertThat(NetworkJson.toJson(network)).isEqualTo(first);
    assertThat(NetworkJson.toJson(sameRecordsRebuilt)).isEqualTo(first);
    assertThat(NetworkJson.toJson(NetworkJson.fromJson(first))).isEqualTo(first);
  }

  @Test
  void should_match_the_golden_file() throws IOException {
    byte[] actual = NetworkJson.toJson(everyRecordType()).getBytes(StandardCharsets.UTF_8);
    Path golden = GOLDEN.resolve("every-record-type.json");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.write(golden, actual);
    }

    assertThat(golden).as("golden file; regenerate with -Dgolden.update=true and review the diff").exists();
    assertThat(actual).isEqualTo(Files.readAllBytes(golden));
  }

  @Test
  void should_read_the_examples_of_the_format_documentation() throws IOException {
    String doc = Files.readString(Path.of("../docs/format.md"));
    String[] blocks = doc.split("```json\n");
    assertThat(blocks).hasSize(3);
    String written = blocks[1].substring(0, blocks[1].indexOf("```"));
    String loose = blocks[2].substring(0, blocks[2].indexOf("```"));

    assertThat(NetworkJson.toJson(NetworkJson.fromJson(written))).as("the writer's example").isEqualTo(written);
    assertThat(NetworkJson.fromJson(loose).touchpointsBetween(ANA, BO)).hasSize(1);
  }

  @Test
  void should_write_one_record_per_line_and_leave_out_defaults() {
    Network network = Network.builder()
        .member(Member.of(ANA, "Ana"))
        .member(Member.of(BO, "Bo"))
        .touchpoint(Touchpoint.between(TouchpointId.of("t1"), Instant.parse("2026-03-02T10:15:00Z"), Medium.CHAT,
            ANA, BO))
        .build();

    assertThat(NetworkJson.toJson(network)).isEqualTo("""
        {
        "format":"blendnet/1",
        "members":[
        {"id":"ana","name":"Ana","timeZone":"Z","capacity":3,\
        "consent":{"contactable":true,"shareContactDetails":false,"recommendable":true}},
        {"id":"bo","name":"Bo","timeZone":"Z","capacity":3,\
        "consent":{"contactable":true,"shareContactDetails":false,"recommendable":true}}
        ],
        "events":[],
        "communities":[],
        "touchpoints":[
        {"id":"t1","at":"2026-03-02T10:15:00Z","medium":"CHAT","participants":["ana","bo"]}
        ],
        "questions":[],
        "answers":[],
        "referrals":[]
        }
        """);
  }

  @Test
  void should_write_and_read_the_empty_network() {
    String json = NetworkJson.toJson(Network.empty());

    assertThat(json).isEqualTo("{\n\"format\":\"blendnet/1\",\n\"members\":[],\n\"events\":[],\n\"communities\":[],\n"
        + "\"touchpoints\":[],\n\"questions\":[],\n\"answers\":[],\n\"referrals\":[]\n}\n");
    assertThat(NetworkJson.fromJson(json)).isEqualTo(Network.empty());
    assertThat(NetworkJson.fromJson("{\"format\":\"blendnet/1\"}")).isEqualTo(Network.empty());
  }

  @Test
  void should_accept_the_format_field_anywhere_and_sections_in_any_order() {
    String json = """
        {"touchpoints":[{"id":"t1","at":"2026-03-02T10:15:00Z","medium":"CHAT","participants":["ana","bo"]}],
         "members":[{"id":"bo"},{"id":"ana"}],
         "format":"blendnet/1",
         "events":null}
        """;

    Network network = NetworkJson.fromJson(json);

    assertThat(network.touchpointsBetween(ANA, BO)).hasSize(1);
    assertThat(network.member(BO).orElseThrow().name()).as("name defaults to the id").isEqualTo("bo");
  }

  @Test
  void should_share_one_id_instance_per_distinct_value() {
    Network network = NetworkJson.fromJson(HAND_WRITTEN);

    MemberId ana = network.member(ANA).orElseThrow().id();
    for (Touchpoint t : network.touchpoints()) {
      for (MemberId m : t.participants()) {
        if (m.equals(ana)) {
          assertThat(m).isSameAs(ana);
        }
      }
    }
    assertThat(network.touchpoint(TouchpointId.of("t1")).orElseThrow().initiator().orElseThrow()).isSameAs(ana);
    assertThat(network.referrals().get(0).question())
        .isSameAs(network.referrals().get(1).question()); // one Optional per distinct id, too
  }

  @Test
  void should_read_50_000_generated_touchpoints() {
    int members = 500;
    int touchpoints = 50_000;
    StringBuilder json = new StringBuilder(touchpoints * 120).append("{\"format\":\"blendnet/1\",\"members\":[");
    for (int m = 0; m < members; m++) {
      json.append(m == 0 ? "" : ",").append("{\"id\":\"m").append(m).append("\"}");
    }
    json.append("],\n\"touchpoints\":[\n");
    long start = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    for (int t = 0; t < touchpoints; t++) {
      int a = t % members;
      int b = (t * 7 + 1) % members == a ? (a + 1) % members : (t * 7 + 1) % members;
      json.append(t == 0 ? "" : ",\n").append("{\"id\":\"t").append(t).append("\",\"at\":\"")
          .append(Instant.ofEpochSecond(start + 37L * t, t % 3 == 0 ? 0 : 1_000_000L * (t % 1000)))
          .append("\",\"medium\":\"").append(Medium.values()[t % Medium.values().length].name())
          .append("\",\"participants\":[\"m").append(a).append("\",\"m").append(b).append("\"]");
      if (t % 2 == 0) {
        json.append(",\"initiator\":\"m").append(a).append('"');
      }
      if (t % 5 == 0) {
        json.append(",\"weight\":").append(1 + t % 4).append(".5");
      }
      json.append('}');
    }
    json.append("\n]}\n");

    Network network = NetworkJson.fromJson(json.toString());

    assertThat(network.members()).hasSize(members);
    assertThat(network.touchpoints()).hasSize(touchpoints);
    Touchpoint t12345 = network.touchpoints().get(12345);
    assertThat(t12345.id()).isEqualTo(TouchpointId.of("t12345"));
    assertThat(t12345.at()).isEqualTo(Instant.ofEpochSecond(start + 456_765L));
    assertThat(t12345.medium()).isEqualTo(Medium.values()[12345 % Medium.values().length]);
    assertThat(t12345.participants()).containsExactly(MemberId.of("m345"), MemberId.of("m416"));
    assertThat(t12345.initiator()).isEmpty();
    assertThat(t12345.weight()).isEqualTo(2.5);
    Touchpoint t12346 = network.touchpoints().get(12346);
    assertThat(t12346.at()).isEqualTo(Instant.ofEpochSecond(start + 456_802L, 346_000_000L));
    assertThat(t12346.participants()).containsExactly(MemberId.of("m346"), MemberId.of("m423"));
    assertThat(t12346.initiator()).contains(MemberId.of("m346"));
    assertThat(t12346.weight()).isEqualTo(1.0);
    Touchpoint t40000 = network.touchpoints().get(40000);
    assertThat(t40000.at()).isEqualTo(Instant.ofEpochSecond(start + 1_480_000L));
    assertThat(t40000.participants()).containsExactly(MemberId.of("m0"), MemberId.of("m1"));
    assertThat(t40000.initiator()).contains(MemberId.of("m0"));
    assertThat(t40000.weight()).isEqualTo(1.5);
    assertThat(network.touchpointsOf(MemberId.of("m0"))).hasSize(touchpoints / members * 2);
  }

  @Test
  void should_read_and_write_files() throws IOException {
    Path dir = Files.createTempDirectory("blendnet-json");
    Path file = dir.resolve("network.json");
    try {
      NetworkJson.write(everyRecordType(), file);

      assertThat(Files.readString(file)).isEqualTo(NetworkJson.toJson(everyRecordType()));
      assertThat(NetworkJson.read(file)).isEqualTo(everyRecordType());
    } finally {
      Files.deleteIfExists(file);
      Files.delete(dir);
    }
  }

  @Test
  void should_name_the_file_in_errors(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"format\":\"blendnet/1\",\n\"members\":[{\"id\":\"ana\",\"age\":3}]}");

    assertThatThrownBy(() -> NetworkJson.read(file))
        .isInstanceOf(NetworkFormatException.class)
        .hasMessage(file + " line 2, column 24 at /members/0/age: unknown field \"age\" in a member; expected one of "
            + "id, name, affiliation, expertise, interests, preferredChannels, timeZone, capacity, consent, "
            + "attributes");
  }

  @Test
  void should_read_and_write_streams_without_closing_them() {
    CloseTracking in = new CloseTracking(new ByteArrayInputStream(HAND_WRITTEN.getBytes(StandardCharsets.UTF_8)));
    Network network = NetworkJson.read(in);
    CloseTrackingOut out = new CloseTrackingOut(new ByteArrayOutputStream());
    NetworkJson.write(network, out);

    assertThat(network).isEqualTo(everyRecordType());
    assertThat(in.closed).as("input stream closed").isFalse();
    assertThat(out.closed).as("output stream closed").isFalse();
    assertThat(out.flushed).as("output stream flushed").isTrue();
    assertThat(((ByteArrayOutputStream) out.target()).toString(StandardCharsets.UTF_8))
        .isEqualTo(NetworkJson.toJson(network));
  }

  @Test
  void should_name_a_stream_as_the_caller_says() {
    byte[] bytes = "{\"format\":\"blendnet/2\"}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> NetworkJson.reader().read(new ByteArrayInputStream(bytes), "upload-42.json"))
        .isInstanceOf(NetworkFormatException.class)
        .hasMessageStartingWith("upload-42.json line 1, column 11 at /format: unsupported format");
    assertThatThrownBy(() -> NetworkJson.read(new ByteArrayInputStream(bytes)))
        .hasMessageStartingWith("<stream> line 1, column 11 at /format: unsupported format");
  }

  @Test
  void should_skip_a_utf8_byte_order_mark() {
    byte[] json = "{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"ana\"}]}".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withBom, 3, json.length);

    Network network = NetworkJson.read(new ByteArrayInputStream(withBom));

    assertThat(network.members()).extracting(Member::id).containsExactly(ANA);
  }

  @Test
  void should_wrap_io_failures_in_unchecked_io_exceptions(@TempDir Path dir) {
    byte[] head = "{\"format\":\"blendnet/1\",".getBytes(StandardCharsets.UTF_8);
    InputStream failing = new SequenceInputStream(new ByteArrayInputStream(head), new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    });
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };

    assertThatThrownBy(() -> NetworkJson.read(failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("could not read <stream>: disk on fire")
        .hasCauseInstanceOf(IOException.class);
    assertThatThrownBy(() -> NetworkJson.read(dir.resolve("missing.json")))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> NetworkJson.write(everyRecordType(), full))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("could not write <stream>: disk full");
    assertThatThrownBy(() -> NetworkJson.write(everyRecordType(), dir.resolve("no/such/dir/x.json")))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(NoSuchFileException.class);
  }

  @Test
  void should_reject_an_escaped_unpaired_surrogate_as_the_model_does() {
    String json = "{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"ana\",\"name\":\"Ana \\uD800 half\"}]}";

    assertThatThrownBy(() -> NetworkJson.fromJson(json)).isInstanceOf(NetworkFormatException.class)
        .hasMessageContaining("/members/0")
        .hasMessageContaining("name has an unpaired surrogate character at index 4");
  }

  @Test
  void should_write_keys_outside_the_basic_plane() {
    assertThat(NetworkJson.toJson(Network.builder().member(Member.builder(ANA).attribute("🙂", "v").build()).build()))
        .contains("\"attributes\":{\"🙂\":\"v\"}");
  }

  @Test
  void should_reject_null_arguments_naming_them() {
    assertThatThrownBy(() -> NetworkJson.toJson(null)).isInstanceOf(NullPointerException.class).hasMessage("network");
    assertThatThrownBy(() -> NetworkJson.fromJson(null)).isInstanceOf(NullPointerException.class).hasMessage("json");
    assertThatThrownBy(() -> NetworkJson.read((Path) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("path");
    assertThatThrownBy(() -> NetworkJson.read((InputStream) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("in");
    assertThatThrownBy(() -> NetworkJson.write(Network.empty(), (OutputStream) null))
        .isInstanceOf(NullPointerException.class).hasMessage("out");
    assertThatThrownBy(() -> NetworkJson.reader().limits(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("limits");
  }

  @Test
  void should_configure_a_reader_with_limits() {
    JsonLimits small = JsonLimits.defaults().withMaxStringLength(10);

    NetworkJson.Reader reader = NetworkJson.reader().limits(small);

    assertThat(NetworkJson.reader().limits()).isEqualTo(JsonLimits.defaults());
    assertThat(reader.limits()).isEqualTo(small);
    assertThat(reader.limits(small)).isSameAs(reader);
    assertThat(reader.toString()).isEqualTo("NetworkJson.Reader[limits=" + small + "]");
    assertThat(reader.fromJson("{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"0123456789\"}]}").members())
        .hasSize(1);
    assertThatThrownBy(() -> reader.fromJson("{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"01234567890\"}]}"))
        .isInstanceOf(NetworkFormatException.class)
        .hasMessageContaining("read limit exceeded: a string is longer than maxStringLength (10 characters)");
  }

  @Test
  void should_keep_the_format_defaults_of_version_1() {
    String json = "{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"ana\"},{\"id\":\"bo\"}],\"touchpoints\":["
        + "{\"id\":\"t1\",\"at\":\"2026-03-02T10:15:00Z\",\"medium\":\"CHAT\",\"participants\":[\"ana\",\"bo\"]}]}";

    Network network = NetworkJson.fromJson(json);

    Member ana = network.member(ANA).orElseThrow();
    assertThat(ana.capacity()).isEqualTo(3);
    assertThat(ana.consent().contactable()).isTrue();
    assertThat(ana.consent().shareContactDetails()).isFalse();
    assertThat(ana.consent().recommendable()).isTrue();
    assertThat(ana.timeZone().getId()).isEqualTo("Z");
    assertThat(ana.name()).isEqualTo("ana");
    assertThat(network.touchpoints()).extracting(Touchpoint::weight).containsExactly(1.0);
    assertThat(List.of(ana.affiliation().isNone(), ana.expertise().isEmpty(), ana.attributes().isEmpty()))
        .containsOnly(true);
  }

  /** An input stream that remembers whether it was closed. */
  private static final class CloseTracking extends FilterInputStream {
    boolean closed;

    CloseTracking(InputStream in) {
      super(in);
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  /** An output stream that remembers whether it was flushed and closed. */
  private static final class CloseTrackingOut extends FilterOutputStream {
    boolean closed;
    boolean flushed;

    CloseTrackingOut(OutputStream out) {
      super(out);
    }

    OutputStream target() {
      return out;
    }

    @Override
    public void flush() throws IOException {
      flushed = true;
      super.flush();
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  @Test
  void should_read_member_ids_of_every_length_and_alphabet_and_tell_them_apart() {
    // the reader keeps ids of up to eight characters below U+0100 inside its table and others in a pool;
    // eight times U+00FF is the one short id it pools (its packed form is the "no key" value)
    List<String> texts = List.of("a", "m1", "m10", "abcdefg", "abcdefgh", "abcdefghi", "abcdefgi", "\u00e9t\u00e9",
        "\u00ff".repeat(8), "\u00ff".repeat(7), "\u65e5\u672c", "\u65e5\u672c\u8a9e", "x".repeat(255), "x".repeat(256));
    Network.Builder builder = Network.builder();
    for (String text : texts) {
      builder.member(Member.of(MemberId.of(text), "someone"));
    }
    for (int i = 0; i < texts.size(); i++) {
      for (int j = 0; j < texts.size(); j++) {
        if (i != j) {
          builder.touchpoint(Touchpoint.between(TouchpointId.of("t" + i + "-" + j),
              Instant.parse("2026-03-02T10:15:00Z"), Medium.CHAT, MemberId.of(texts.get(i)), MemberId.of(texts.get(j))));
        }
      }
    }
    Network network = builder.build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NetworkJson.write(network, out);

    Network read = NetworkJson.read(new ByteArrayInputStream(out.toByteArray()));

    assertThat(read).isEqualTo(network);
    for (Touchpoint t : read.touchpoints()) {
      // one instance per id text: the participants are the members' own id objects
      assertThat(t.participants().get(0)).isSameAs(read.member(t.participants().get(0)).orElseThrow().id());
    }
  }

  @Test
  void should_find_a_repeated_long_or_pooled_id_in_a_participant_list() {
    String pooled = "\u00ff".repeat(8);
    String json = "{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"" + pooled + "\"},{\"id\":\"b\"}],"
        + "\"touchpoints\":[{\"id\":\"t1\",\"at\":\"2026-03-02T10:15:00Z\",\"medium\":\"CHAT\","
        + "\"participants\":[\"" + pooled + "\",\"b\",\"" + pooled + "\"]}]}";

    assertThatThrownBy(() -> NetworkJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(NetworkFormatException.class)
        .hasMessageContaining("/touchpoints/0/participants/2")
        .hasMessageContaining("is listed twice");
  }
}
