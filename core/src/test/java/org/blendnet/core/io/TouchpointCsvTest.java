package org.blendnet.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.blendnet.core.CommunityId;
import org.blendnet.core.EventId;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Medium;
import org.blendnet.core.Network;
import org.blendnet.core.NetworkValidationException;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TouchpointCsvTest {

  private static final MemberId ANA = MemberId.of("ana");
  private static final MemberId BO = MemberId.of("bo");
  private static final MemberId CY = MemberId.of("cy");
  private static final Instant MARCH_2 = Instant.parse("2026-03-02T10:15:00Z");

  private static List<Touchpoint> read(String csv) {
    return TouchpointCsv.defaults().read(new StringReader(csv), "t.csv");
  }

  private static List<String> problems(ThrowingCallable read) {
    NetworkFormatException e = catchThrowableOfType(NetworkFormatException.class, read);
    assertThat(e).as("expected a format error").isNotNull();
    return e.problems().stream().map(NetworkFormatException.Problem::toString).toList();
  }

  private static List<String> problems(String csv) {
    return problems(() -> read(csv));
  }

  private static Touchpoint touchpoint(String id, Instant at, Medium medium, MemberId a, MemberId b,
      Optional<MemberId> initiator, Set<Topic> topics, double weight) {
    return new Touchpoint(TouchpointId.of(id), at, medium, List.of(a, b), initiator, Optional.empty(),
        Optional.empty(), topics, weight);
  }

  // ---- reading values ----

  @Test
  void should_read_every_column() {
    List<Touchpoint> read = read("""
        id,member_a,member_b,medium,timestamp,topics,weight
        t1,ana,bo,chat,2026-03-02T10:15:00Z,negotiation; Export  Finance ,2.5
        t2,bo,cy,face-to-face,2026-03-03,,
        """);
    assertThat(read).containsExactly(
        touchpoint("t1", MARCH_2, Medium.CHAT, ANA, BO, Optional.of(ANA),
            Set.of(Topic.of("negotiation"), Topic.of("export finance")), 2.5),
        touchpoint("t2", Instant.parse("2026-03-03T00:00:00Z"), Medium.FACE_TO_FACE, BO, CY, Optional.of(BO),
            Set.of(), 1.0));
  }

  @Test
  void should_find_columns_by_header_in_any_order_and_generate_ids_from_the_line() {
    List<Touchpoint> read = read("""
        timestamp,member_b,medium,member_a,topics
        2026-03-02T10:15:00Z,bo,Video call,ana,

        2026-03-02T10:15:00Z,cy,meeting,bo,"a;
        b"
        2026-03-02T10:15:00Z,ana,QA board,cy,
        """);
    assertThat(read).extracting(t -> t.id().value()).containsExactly("t-2", "t-4", "t-6");
    assertThat(read).extracting(Touchpoint::medium).containsExactly(Medium.VIDEO_CALL, Medium.MEETING, Medium.QA_BOARD);
    assertThat(read.get(1).participants()).containsExactly(BO, CY);
    assertThat(read.get(1).topics()).containsExactly(Topic.of("a"), Topic.of("b"));
  }

  @Test
  void should_read_an_undirected_list_without_initiators() {
    List<Touchpoint> read = TouchpointCsv.defaults().undirected().read(new StringReader("""
        member_a,member_b,medium,timestamp
        ana,bo,chat,2026-03-02T10:15:00Z
        """), "t.csv");
    assertThat(read).containsExactly(touchpoint("t-2", MARCH_2, Medium.CHAT, ANA, BO, Optional.empty(), Set.of(), 1));
  }

  @Test
  void should_take_initiators_from_an_initiator_column() {
    List<Touchpoint> read = read("""
        member_a,member_b,initiator,medium,timestamp
        ana,bo,ana,chat,2026-03-02T10:15:00Z
        ana,bo,bo,chat,2026-03-02T10:15:00Z
        ana,bo,,chat,2026-03-02T10:15:00Z
        """);
    assertThat(read).extracting(Touchpoint::initiator)
        .containsExactly(Optional.of(ANA), Optional.of(BO), Optional.empty());
    assertThat(read.get(1).participants()).containsExactly(ANA, BO);
  }

  @Test
  void should_read_local_times_in_the_given_zone() {
    List<Touchpoint> read = TouchpointCsv.defaults().zone(ZoneId.of("Europe/Paris")).read(new StringReader("""
        member_a,member_b,medium,timestamp
        ana,bo,chat,2026-03-02 11:15
        ana,bo,chat,2026-03-02T11:15:00Z
        """), "t.csv");
    assertThat(read).extracting(Touchpoint::at).containsExactly(MARCH_2, Instant.parse("2026-03-02T11:15:00Z"));
  }

  @Test
  void should_give_the_default_instant_and_medium_to_empty_values_and_missing_columns() {
    Instant at = Instant.parse("2020-01-01T00:00:00Z");
    TouchpointCsv csv = TouchpointCsv.defaults().defaultInstant(at).defaultMedium(Medium.EMAIL);
    assertThat(csv.read(new StringReader("member_a,member_b,medium,timestamp\nana,bo,,\nana,bo,chat,1772446500\n"),
        "t.csv")).extracting(Touchpoint::at, Touchpoint::medium)
        .containsExactly(tuple(at, Medium.EMAIL),
            tuple(MARCH_2, Medium.CHAT));
    assertThat(csv.read(new StringReader("member_a,member_b\nana,bo\n"), "t.csv"))
        .containsExactly(touchpoint("t-2", at, Medium.EMAIL, ANA, BO, Optional.of(ANA), Set.of(), 1));
  }

  @Test
  void should_read_renamed_columns() {
    TouchpointCsv csv = TouchpointCsv.defaults().undirected().column("member_a", "source").column("member_b", "target")
        .defaultMedium(Medium.FACE_TO_FACE).defaultInstant(Instant.EPOCH);
    assertThat(csv.read(new StringReader("source,target,weight\n1,2,4\n"), "k.csv"))
        .containsExactly(touchpoint("t-2", Instant.EPOCH, Medium.FACE_TO_FACE, MemberId.of("1"), MemberId.of("2"),
            Optional.empty(), Set.of(), 4));
    assertThat(problems(() -> csv.read(new StringReader("source,member_b\n1,2\n"), "k.csv"))).containsExactly(
        "k.csv line 1 at member_b: unknown column 'member_b'; expected id, source, target, initiator, medium, "
            + "timestamp, topics, weight",
        "k.csv line 1 at target: missing column 'target'");
  }

  @Test
  void should_use_the_id_prefix_for_generated_ids() {
    assertThat(TouchpointCsv.defaults().idPrefix("march").read(new StringReader(
        "member_a,member_b,medium,timestamp\nana,bo,chat,1772446500\n"), "t.csv"))
        .extracting(t -> t.id().value()).containsExactly("march-2");
  }

  @Test
  void should_read_weights_in_decimal_and_scientific_notation() {
    assertThat(read("""
        member_a,member_b,medium,timestamp,weight
        ana,bo,chat,0,1e-3
        ana,bo,chat,0,+2
        ana,bo,chat,0,.5
        ana,bo,chat,0,7.
        ana,bo,chat,0,1E3
        """)).extracting(Touchpoint::weight).containsExactly(0.001, 2.0, 0.5, 7.0, 1000.0);
  }

  // ---- errors ----

  @Test
  void should_reject_unknown_missing_and_unnamed_columns_naming_them() {
    assertThat(problems("member_a,medum,,extra,timestamp\nana,chat,x,y,0\n")).containsExactly(
        "t.csv line 1 at medum: unknown column 'medum'; expected id, member_a, member_b, initiator, medium, "
            + "timestamp, topics, weight",
        "t.csv line 1: header column 3 has no name",
        "t.csv line 1 at extra: unknown column 'extra'; expected id, member_a, member_b, initiator, medium, "
            + "timestamp, topics, weight",
        "t.csv line 1 at member_b: missing column 'member_b'",
        "t.csv line 1 at medium: missing column 'medium' (or give a default medium)");
  }

  @Test
  void should_reject_an_initiator_column_in_an_undirected_list() {
    assertThat(problems(() -> TouchpointCsv.defaults().undirected().read(new StringReader(
        "member_a,member_b,initiator,medium,timestamp\nana,bo,ana,chat,0\n"), "t.csv")))
        .containsExactly("t.csv line 1 at initiator: column 'initiator' names initiators, but the list was "
            + "declared undirected");
  }

  @Test
  void should_report_every_bad_value_with_its_line_column_and_header() {
    assertThat(problems("""
        id,member_a,member_b,medium,timestamp,topics,weight
        t1,ana,bo,fax,2026-03-02T10:15:00Z,,1
        t2,ana,bo,chat,yesterday,,1
        t3,ana,bo,chat,0,,-1
        t4,ana,bo,chat,0,,heavy
        t5,ana,ana,chat,0,,
        t1,bo,cy,chat,0,,
        ,bo,cy,chat,0,,
        t8,,cy,chat,,,
        t9,ana,bo,chat,0,a;%s,
        t10,ana,bo,,0,,
        """.formatted("x".repeat(129)))).containsExactly(
        "t.csv line 2, column 11 at medium: unknown medium 'fax'; expected one of [face_to_face, meeting, event, "
            + "workshop, meal, leisure, working_together, co_authoring, phone, video_call, webinar, email, "
            + "forum_post, qa_board, chat, social_media, microblog, blog_comment]",
        "t.csv line 3, column 16 at timestamp: timestamp 'yesterday' is not a timestamp: " + CsvTimestamps.ACCEPTED,
        "t.csv line 4, column 19 at weight: weight must be a positive finite number but was '-1'",
        "t.csv line 5, column 19 at weight: weight 'heavy' is not a number",
        "t.csv line 6, column 8 at member_b: member_a and member_b are the same member 'ana'; a touchpoint needs "
            + "two different members",
        "t.csv line 7, column 1 at id: duplicate touchpoint id 't1' (first on line 2)",
        "t.csv line 8, column 1 at id: id is empty",
        "t.csv line 9, column 4 at member_a: member_a is empty",
        "t.csv line 9, column 13 at timestamp: timestamp is empty and no default instant was given",
        "t.csv line 10, column 18 at topics: topic '" + "x".repeat(129) + "': topic name must be at most 128 "
            + "characters but was 129",
        "t.csv line 11, column 12 at medium: medium is empty and no default medium was given");
  }

  @Test
  void should_reject_weights_that_are_not_positive_finite_decimals() {
    for (String w : List.of("0", "-0", "NaN", "Infinity", "1e400", "0x10", "1d", "1,5")) {
      String csv = "member_a,member_b,medium,timestamp,weight\nana,bo,chat,0,\"" + w + "\"\n";
      assertThat(problems(csv)).as(w).hasSize(1).first().asString().contains("at weight: weight");
    }
  }

  @Test
  void should_reject_an_initiator_who_is_neither_member() {
    assertThat(problems("member_a,member_b,initiator,medium,timestamp\nana,bo,cy,chat,0\n")).containsExactly(
        "t.csv line 2, column 8 at initiator: initiator 'cy' is neither member_a ('ana') nor member_b ('bo')");
  }

  @Test
  void should_reject_ids_the_model_rejects() {
    assertThat(problems("id,member_a,member_b,medium,timestamp\nt1,\"a\u0001\",\" bo\",chat,0\n")).containsExactly(
        "t.csv line 2, column 4 at member_a: MemberId must not contain control characters (at index 1)",
        "t.csv line 2, column 9 at member_b: MemberId must not start or end with white space or an invisible character: ' bo'");
  }

  @Test
  void should_stop_collecting_at_100_problems() {
    StringBuilder csv = new StringBuilder("member_a,member_b,medium,timestamp\n");
    for (int i = 0; i < 150; i++) {
      csv.append("ana,bo,fax,0\n");
    }
    List<String> problems = problems(csv.toString());
    assertThat(problems).hasSize(CsvProblems.LIMIT);
    assertThat(problems.get(99)).startsWith("t.csv line 101, column 8 at medium: unknown medium 'fax'");
  }

  @Test
  void should_report_bad_values_before_the_syntax_error_that_stops_reading() {
    assertThat(problems("member_a,member_b,medium,timestamp\nana,bo,fax,0\nana,bo\nana,bo,fax,0\n")).containsExactly(
        "t.csv line 2, column 8 at medium: unknown medium 'fax'; expected one of [face_to_face, meeting, event, "
            + "workshop, meal, leisure, working_together, co_authoring, phone, video_call, webinar, email, "
            + "forum_post, qa_board, chat, social_media, microblog, blog_comment]",
        "t.csv line 3: the record has 2 values but the header has 4 columns");
  }

  // ---- networks ----

  @Test
  void should_imply_members_in_order_of_first_appearance() {
    Network network = TouchpointCsv.defaults().readNetwork(new StringReader("""
        member_a,member_b,medium,timestamp
        cy,ana,chat,0
        ana,bo,chat,0
        bo,cy,chat,0
        """), "t.csv");
    assertThat(network.members()).containsExactly(Member.of(CY, "cy"), Member.of(ANA, "ana"), Member.of(BO, "bo"));
    assertThat(network.touchpoints()).hasSize(3);
  }

  @Test
  void should_read_a_network_with_a_member_list() {
    Network network = TouchpointCsv.defaults().readNetwork(
        new StringReader("member_a,member_b,medium,timestamp\nbo,ana,chat,0\n"), "t.csv",
        new StringReader("id,name,role\nana,Ana Costa,manager\nbo,,\ncy,Cy,\n"), "m.csv");
    assertThat(network.members()).extracting(Member::name).containsExactly("Ana Costa", "bo", "Cy");
    assertThat(network.member(ANA).orElseThrow().attributes()).containsExactly(Map.entry("role", "manager"));
    assertThat(network.touchpointsBetween(ANA, BO)).hasSize(1);
  }

  @Test
  void should_reject_a_touchpoint_naming_a_member_the_member_list_lacks() {
    assertThat(problems(() -> TouchpointCsv.defaults().readNetwork(
        new StringReader("member_a,member_b,medium,timestamp\nbo,ana,chat,0\nana,zed,chat,0\n"), "t.csv",
        new StringReader("id\nana\nbo\n"), "m.csv")))
        .containsExactly("t.csv line 3, column 5 at member_b: no member 'zed' in the member list");
  }

  @Test
  void should_reject_duplicate_member_ids_naming_both_lines() {
    assertThat(problems(() -> TouchpointCsv.defaults().readNetwork(
        new StringReader("member_a,member_b,medium,timestamp\nbo,ana,chat,0\n"), "t.csv",
        new StringReader("id,name\nana,Ana\nbo,Bo\nana,Ana again\n"), "m.csv")))
        .containsExactly("m.csv line 4, column 1 at id: duplicate member id 'ana' (first on line 2)");
  }

  @Test
  void should_translate_rule_violations_to_the_lines_of_the_records_that_break_them() {
    Touchpoint t = touchpoint("t1", MARCH_2, Medium.CHAT, ANA, BO, Optional.empty(), Set.of(), 1);
    Touchpoint u = touchpoint("t1", MARCH_2, Medium.CHAT, ANA, CY, Optional.empty(), Set.of(), 1);
    NetworkValidationException violations = catchThrowableOfType(NetworkValidationException.class,
        () -> Network.builder().member(Member.of(ANA, "a")).member(Member.of(ANA, "b")).touchpoint(t).touchpoint(u)
            .build());
    NetworkFormatException e = TouchpointCsv.defaults().column("member_b", "target").translate(violations,
        new CsvRows<>(List.of(), new long[] {2, 5}, "m.csv"), new CsvRows<>(List.of(), new long[] {3, 7}, "t.csv"));
    assertThat(e.problems()).extracting(NetworkFormatException.Problem::toString).containsExactly(
        "m.csv line 5 at id: DUPLICATE_ID: another member already has id 'ana'",
        "t.csv line 3 at target: UNKNOWN_MEMBER: no member 'bo'",
        "t.csv line 7 at id: DUPLICATE_ID: another touchpoint already has id 't1'",
        "t.csv line 7 at target: UNKNOWN_MEMBER: no member 'cy'");
    assertThat(e.getCause()).isSameAs(violations);
  }

  // ---- writing ----

  @Test
  void should_write_touchpoints_as_csv() {
    StringWriter out = new StringWriter();
    TouchpointCsv.write(List.of(
        touchpoint("t1", MARCH_2, Medium.FACE_TO_FACE, ANA, MemberId.of("Costa, \"Cy\""), Optional.of(ANA),
            Set.of(Topic.of("pricing"), Topic.of("export finance")), 2.5),
        touchpoint("t2", Instant.parse("2026-03-02T10:15:00.5Z"), Medium.CHAT, BO, ANA, Optional.empty(), Set.of(),
            3)), out);
    assertThat(out).hasToString("""
        id,member_a,member_b,initiator,medium,timestamp,topics,weight
        t1,ana,"Costa, ""Cy\""",ana,face_to_face,2026-03-02T10:15:00Z,export finance;pricing,2.5
        t2,bo,ana,,chat,2026-03-02T10:15:00.500Z,,3
        """);
  }

  @Test
  void should_read_back_what_it_wrote(@TempDir Path dir) {
    List<Touchpoint> touchpoints = List.of(
        touchpoint("t1", MARCH_2, Medium.FACE_TO_FACE, ANA, BO, Optional.of(BO), Set.of(Topic.of("a:b")), 1e-7),
        touchpoint("#t2", MARCH_2, Medium.BLOG_COMMENT, MemberId.of("#x"), MemberId.of("y z"), Optional.empty(),
            Set.of(), Double.MAX_VALUE));
    Path file = dir.resolve("t.csv");
    TouchpointCsv.write(touchpoints, file);
    assertThat(TouchpointCsv.defaults().read(file)).isEqualTo(touchpoints);
  }

  @Test
  void should_refuse_touchpoints_the_format_cannot_hold_before_writing_anything() {
    Touchpoint ok = touchpoint("t1", MARCH_2, Medium.CHAT, ANA, BO, Optional.empty(), Set.of(), 1);
    Touchpoint group = new Touchpoint(TouchpointId.of("g"), MARCH_2, Medium.MEETING, List.of(ANA, BO, CY),
        Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), 1);
    Touchpoint atEvent = new Touchpoint(TouchpointId.of("e"), MARCH_2, Medium.EVENT, List.of(ANA, BO),
        Optional.empty(), Optional.of(EventId.of("camp")), Optional.empty(), Set.of(), 1);
    Touchpoint inCommunity = new Touchpoint(TouchpointId.of("c"), MARCH_2, Medium.FORUM_POST, List.of(ANA, BO),
        Optional.empty(), Optional.empty(), Optional.of(CommunityId.of("guild")), Set.of(), 1);
    Touchpoint semicolon = touchpoint("s", MARCH_2, Medium.CHAT, ANA, BO, Optional.empty(), Set.of(Topic.of("a;b")), 1);
    StringWriter out = new StringWriter();
    assertThatThrownBy(() -> TouchpointCsv.write(List.of(ok, group), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("touchpoint g cannot be written as CSV: it has 3 participants; the format holds exactly two");
    assertThatThrownBy(() -> TouchpointCsv.write(List.of(ok, atEvent), out))
        .hasMessage("touchpoint e cannot be written as CSV: it belongs to event camp; the format has no event column");
    assertThatThrownBy(() -> TouchpointCsv.write(List.of(ok, inCommunity), out))
        .hasMessage("touchpoint c cannot be written as CSV: it belongs to community guild; the format has no "
            + "community column");
    assertThatThrownBy(() -> TouchpointCsv.write(List.of(ok, semicolon), out))
        .hasMessage("touchpoint s cannot be written as CSV: its topic 'a;b' contains ';', the separator of the "
            + "topics column");
    assertThat(out.toString()).isEmpty();
  }

  // ---- files and I/O ----

  @Test
  void should_read_a_utf8_file_with_a_byte_order_mark(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bom.csv");
    Files.write(file, "\uFEFFmember_a,member_b,medium,timestamp\nJosé,Zoë,chat,0\n".getBytes(StandardCharsets.UTF_8));
    assertThat(TouchpointCsv.defaults().read(file)).extracting(Touchpoint::participants)
        .containsExactly(List.of(MemberId.of("José"), MemberId.of("Zoë")));
  }

  @Test
  void should_reject_a_file_that_is_not_utf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, "member_a,member_b,medium,timestamp\nJos\u00e9,bo,chat,0\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(problems(() -> TouchpointCsv.defaults().read(file))).hasSize(1).first().asString()
        .isEqualTo(file + " line 2, column 4: not valid UTF-8: the character starting with byte 0xE9 is malformed: "
            + "byte 0x2C where a continuation byte was expected");
  }

  @Test
  void should_wrap_io_failures_in_UncheckedIOException(@TempDir Path dir) {
    assertThatThrownBy(() -> TouchpointCsv.defaults().read(dir.resolve("missing.csv")))
        .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(NoSuchFileException.class);
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk on fire");
      }

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> TouchpointCsv.defaults().read(failing, "t.csv"))
        .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk on fire");
  }

  // ---- options ----

  @Test
  void should_reject_impossible_options() {
    TouchpointCsv csv = TouchpointCsv.defaults();
    assertThatThrownBy(() -> csv.column("member_c", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown column 'member_c'; expected one of id, member_a, member_b, initiator, medium, "
            + "timestamp, topics, weight");
    assertThatThrownBy(() -> csv.column("member_a", " x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("header must be non-blank trimmed text but was ' x'");
    assertThatThrownBy(() -> csv.column("member_a", "member_b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("header 'member_b' already names column 'member_b'; rename that column first");
    assertThatThrownBy(() -> csv.idPrefix("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("idPrefix must be non-blank trimmed text but was ''");
    assertThatThrownBy(() -> csv.idPrefix("a\u0007")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("idPrefix 'a\u0007' does not make valid ids: TouchpointId must not contain control characters "
            + "(at index 1)");
    assertThatThrownBy(() -> csv.zone(null)).isInstanceOf(NullPointerException.class).hasMessage("zone");
  }

  @Test
  void should_show_its_options() {
    assertThat(TouchpointCsv.defaults()).hasToString("TouchpointCsv[directed, zone=Z, idPrefix=t]");
    assertThat(TouchpointCsv.defaults().undirected().defaultMedium(Medium.CHAT).defaultInstant(Instant.EPOCH)
        .column("member_b", "target").column("member_a", "source"))
        .hasToString("TouchpointCsv[undirected, zone=Z, idPrefix=t, defaultMedium=CHAT, "
            + "defaultInstant=1970-01-01T00:00:00Z, columns={member_a=source, member_b=target}]");
  }
}
