package org.blendnet.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.blendnet.core.Event;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.NetworkValidationException;
import org.blendnet.core.Rule;
import org.blendnet.core.Violation;
import org.junit.jupiter.api.Test;

/**
 * Every way a document can be wrong, each with the exception type, the JSON pointer, the line and column,
 * and the message. Most documents put the record under test alone on line 4, so that its columns can be
 * found in the record's own text.
 */
class NetworkJsonErrorTest {

  private static final String TOUCHPOINT =
      "{\"id\":\"t1\",\"at\":\"2026-03-02T10:15:00Z\",\"medium\":\"CHAT\",\"participants\":[\"ana\",\"bo\"]";

  /** A valid document whose line 4 is the given touchpoint. */
  private static String withTouchpoint(String record) {
    return "{\"format\":\"blendnet/1\",\n\"members\":[{\"id\":\"ana\"},{\"id\":\"bo\"}],\n\"touchpoints\":[\n" + record
        + "\n]}\n";
  }

  /** A valid document whose line 3 is the given member. */
  private static String withMember(String record) {
    return "{\"format\":\"blendnet/1\",\n\"members\":[\n" + record + "\n]}\n";
  }

  /** A valid document whose line 4 is the given event. */
  private static String withEvent(String record) {
    return "{\"format\":\"blendnet/1\",\n\"members\":[{\"id\":\"ana\"},{\"id\":\"bo\"}],\n\"events\":[\n" + record
        + "\n]}\n";
  }

  /** Column (from 1) where {@code snippet} starts in the ASCII text {@code line}. */
  private static int column(String line, String snippet) {
    int i = line.indexOf(snippet);
    assertThat(i).as("snippet %s in %s", snippet, line).isNotNegative();
    return i + 1;
  }

  private static NetworkFormatException failure(String json) {
    return failure(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Network read(String json) {
    return NetworkJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static NetworkFormatException failure(byte[] json) {
    try {
      NetworkJson.read(new ByteArrayInputStream(json));
    } catch (NetworkFormatException e) {
      return e;
    }
    throw new AssertionError("expected a NetworkFormatException");
  }

  /** Asserts that reading {@code json} fails with exactly one problem. */
  private static NetworkFormatException assertProblem(String json, long line, long column, String path,
      String message) {
    NetworkFormatException e = failure(json);
    assertThat(e.problems()).hasSize(1);
    assertThat(e.location()).isEqualTo(new InputLocation("<stream>", line, column, path));
    assertThat(e.problems().get(0).message()).isEqualTo(message);
    assertThat(e).hasMessage(e.location() + ": " + message);
    return e;
  }

  // ---- unknown fields -----------------------------------------------------------------------------

  @Test
  void should_reject_an_unknown_field_in_a_record() {
    String record = TOUCHPOINT + ",\"colour\":\"red\"}";

    assertProblem(withTouchpoint(record), 4, column(record, "\"colour\""), "/touchpoints/0/colour",
        "unknown field \"colour\" in a touchpoint; expected one of id, at, medium, participants, initiator, event, "
            + "community, topics, weight");
  }

  @Test
  void should_reject_an_unknown_field_at_the_root() {
    assertProblem("{\"format\":\"blendnet/1\",\"people\":[]}", 1, 24, "/people",
        "unknown field \"people\" at the root; expected one of format, members, events, communities, touchpoints, "
            + "questions, answers, referrals");
  }

  @Test
  void should_reject_an_unknown_field_in_a_consent() {
    String record = "{\"id\":\"ana\",\"consent\":{\"contactable\":false,\"email\":true}}";

    assertProblem(withMember(record), 3, column(record, "\"email\""), "/members/0/consent/email",
        "unknown field \"email\" in a consent; expected one of contactable, shareContactDetails, recommendable");
  }

  @Test
  void should_quote_at_most_40_characters_of_the_input() {
    String name = "x".repeat(500);

    NetworkFormatException e = failure("{\"format\":\"blendnet/1\",\"" + name + "\":1}");

    assertThat(e.problems().get(0).message())
        .isEqualTo("unknown field \"" + "x".repeat(40) + "…\" at the root; expected one of format, members, events, "
            + "communities, touchpoints, questions, answers, referrals");
  }

  // ---- wrong types --------------------------------------------------------------------------------

  @Test
  void should_reject_a_string_where_a_number_belongs() {
    String record = TOUCHPOINT + ",\"weight\":\"2\"}";

    assertProblem(withTouchpoint(record), 4, column(record, "\"2\""), "/touchpoints/0/weight",
        "expected a number but found a string");
  }

  @Test
  void should_reject_a_number_where_an_id_belongs() {
    String record = "{\"id\":7}";

    assertProblem(withMember(record), 3, 7, "/members/0/id", "expected a member id (a string) but found a number");
  }

  @Test
  void should_reject_an_object_where_an_array_belongs() {
    String record = "{\"id\":\"t1\",\"at\":\"2026-03-02T10:15:00Z\",\"medium\":\"CHAT\",\"participants\":{\"ana\":1}}";

    assertProblem(withTouchpoint(record), 4, column(record, "{\"ana\""), "/touchpoints/0/participants",
        "expected an array but found an object");
  }

  @Test
  void should_reject_a_section_that_is_not_an_array_of_objects() {
    assertProblem("{\"format\":\"blendnet/1\",\"members\":{}}", 1, 34, "/members",
        "expected an array of members but found an object");
    assertProblem("{\"format\":\"blendnet/1\",\"members\":[\"ana\"]}", 1, 35, "/members/0",
        "expected a member (an object) but found a string");
  }

  @Test
  void should_reject_a_root_that_is_not_an_object() {
    assertProblem("[{\"format\":\"blendnet/1\"}]", 1, 1, "", "expected an object at the root but found an array");
  }

  @Test
  void should_reject_an_empty_document() {
    assertProblem("  \n", 2, 1, "",
        "the document is empty; expected an object with \"format\": \"blendnet/1\"");
  }

  @Test
  void should_reject_a_capacity_that_is_not_an_int() {
    String fraction = "{\"id\":\"ana\",\"capacity\":2.5}";
    String huge = "{\"id\":\"ana\",\"capacity\":3000000000}";

    assertProblem(withMember(fraction), 3, column(fraction, "2.5"), "/members/0/capacity",
        "expected an integer but found a number");
    assertProblem(withMember(huge), 3, column(huge, "3000000000"), "/members/0/capacity",
        "expected an integer from -2147483648 to 2147483647 but found a larger number");
  }

  @Test
  void should_reject_a_string_where_a_boolean_belongs() {
    String record = "{\"id\":\"ana\",\"consent\":{\"recommendable\":\"yes\"}}";

    assertProblem(withMember(record), 3, column(record, "\"yes\""), "/members/0/consent/recommendable",
        "expected true or false but found a string");
  }

  @Test
  void should_reject_null_where_a_value_is_required() {
    String at = "{\"id\":\"t1\",\"at\":null,\"medium\":\"CHAT\",\"participants\":[\"ana\",\"bo\"]}";
    String element = TOUCHPOINT.replace("\"bo\"", "null") + "}";

    assertProblem(withTouchpoint(at), 4, column(at, "null"), "/touchpoints/0/at",
        "expected an instant (a string such as \"2026-03-02T10:15:00Z\") but found null");
    assertProblem(withTouchpoint(element), 4, column(element, "null"), "/touchpoints/0/participants/1",
        "expected a member id (a string) but found null");
  }

  // ---- missing fields -----------------------------------------------------------------------------

  @Test
  void should_reject_a_record_without_a_required_field() {
    String record = "{\"id\":\"t1\",\"medium\":\"CHAT\",\"participants\":[\"ana\",\"bo\"]}";

    assertProblem(withTouchpoint(record), 4, 1, "/touchpoints/0", "missing required field \"at\" in touchpoint 0");
  }

  @Test
  void should_reject_a_document_without_a_format() {
    assertProblem("\n  {\"members\":[]}", 2, 3, "", "missing required field \"format\"; expected \"blendnet/1\"");
  }

  // ---- duplicates ---------------------------------------------------------------------------------

  @Test
  void should_reject_a_duplicate_key_in_a_record() {
    String record = "{\"id\":\"t1\",\"id\":\"t2\",\"at\":\"2026-03-02T10:15:00Z\"}";

    // the location of a duplicate key is just after the key
    assertProblem(withTouchpoint(record), 4, column(record, ":\"t2\""), "/touchpoints/0/id",
        "duplicate key \"id\"");
  }

  @Test
  void should_reject_a_duplicate_key_in_a_map() {
    String record = "{\"id\":\"ana\",\"attributes\":{\"role\":\"a\",\"role\":\"b\"}}";

    assertProblem(withMember(record), 3, column(record, ":\"b\""), "/members/0/attributes/role",
        "duplicate key \"role\"");
  }

  @Test
  void should_reject_a_section_that_appears_twice() {
    String json = "{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"ana\"}],\n\"members\":[]}";

    assertProblem(json, 2, 10, "/members", "\"members\" appears twice at the root (each section at most once)");
  }

  @Test
  void should_reject_two_keys_for_one_topic() {
    String record = "{\"id\":\"ana\",\"expertise\":{\"negotiation\":\"EXPERT\",\"Negotiation\":\"BEGINNER\"}}";

    assertProblem(withMember(record), 3, column(record, "\"Negotiation\""), "/members/0/expertise/Negotiation",
        "topic \"negotiation\" appears twice");
  }

  @Test
  void should_reject_a_repeated_element_of_a_set_or_a_participant_list() {
    String topics = TOUCHPOINT + ",\"topics\":[\"trade\",\"Trade \"]}";
    String participants = "{\"id\":\"t1\",\"at\":\"2026-03-02T10:15:00Z\",\"medium\":\"CHAT\","
        + "\"participants\":[\"ana\",\"bo\",\"ana\"]}";

    assertProblem(withTouchpoint(topics), 4, column(topics, "\"Trade \""), "/touchpoints/0/topics/1",
        "\"trade\" is listed twice");
    assertProblem(withTouchpoint(participants), 4, column(participants, "\"ana\"]"),
        "/touchpoints/0/participants/2", "\"ana\" is listed twice");
  }

  @Test
  void should_reject_a_member_listed_twice_far_apart_in_a_long_list() {
    StringBuilder members = new StringBuilder();
    StringBuilder attendees = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      members.append(i == 0 ? "" : ",").append("{\"id\":\"m").append(i).append("\"}");
      attendees.append(i == 0 ? "" : ",").append("\"m").append(i).append('"');
    }
    String event = "{\"id\":\"e1\",\"medium\":\"EVENT\",\"start\":\"2026-03-02T10:00:00Z\","
        + "\"end\":\"2026-03-02T12:00:00Z\",\"attendees\":[" + attendees + ",\"m7\"]}";
    String json = "{\"format\":\"blendnet/1\",\n\"members\":[" + members + "],\n\"events\":[\n" + event + "\n]}\n";

    assertProblem(json, 4, column(event, "\"m7\"]"), "/events/0/attendees/40", "\"m7\" is listed twice");
  }

  @Test
  void should_accept_one_member_in_several_lists_and_records() {
    String event = "{\"id\":\"e1\",\"medium\":\"EVENT\",\"start\":\"2026-03-02T10:00:00Z\","
        + "\"end\":\"2026-03-02T12:00:00Z\",\"hosts\":[\"ana\"],\"attendees\":[\"ana\",\"bo\"]}";

    Network network = read(withEvent(event));

    Event read = network.events().get(0);
    assertThat(read.hosts()).containsExactly(MemberId.of("ana"));
    assertThat(read.attendees()).containsExactly(MemberId.of("ana"), MemberId.of("bo"));
  }

  @Test
  void should_reject_a_duplicate_key_in_a_nested_object_and_in_expertise() {
    String consent = "{\"id\":\"ana\",\"consent\":{\"contactable\":true,\"contactable\":false}}";
    String expertise = "{\"id\":\"ana\",\"expertise\":{\"trade\":\"EXPERT\",\"trade\":\"EXPERT\"}}";

    assertProblem(withMember(consent), 3, column(consent, ":false"), "/members/0/consent/contactable",
        "duplicate key \"contactable\"");
    assertProblem(withMember(expertise), 3, column(expertise, ":\"EXPERT\"}"), "/members/0/expertise/trade",
        "duplicate key \"trade\"");
  }

  @Test
  void should_allow_the_same_key_in_sibling_and_nested_objects() {
    String member = "{\"id\":\"ana\",\"consent\":{\"contactable\":true},\"attributes\":{\"id\":\"x\"}}";
    String json = "{\"format\":\"blendnet/1\",\n\"members\":[\n" + member + ",{\"id\":\"bo\",\"consent\":"
        + "{\"contactable\":false}}\n]}\n";

    Network network = read(json);

    assertThat(network.members()).hasSize(2);
    assertThat(network.members().get(0).attributes()).containsEntry("id", "x");
    assertThat(network.members().get(1).consent().contactable()).isFalse();
  }

  // ---- bad values ---------------------------------------------------------------------------------

  @Test
  void should_reject_an_unknown_enum_constant() {
    String record = TOUCHPOINT.replace("CHAT", "chat") + "}";

    assertProblem(withTouchpoint(record), 4, column(record, "\"chat\""), "/touchpoints/0/medium",
        "unknown medium \"chat\"; expected one of FACE_TO_FACE, MEETING, EVENT, WORKSHOP, MEAL, LEISURE, "
            + "WORKING_TOGETHER, CO_AUTHORING, PHONE, VIDEO_CALL, WEBINAR, EMAIL, FORUM_POST, QA_BOARD, CHAT, "
            + "SOCIAL_MEDIA, MICROBLOG, BLOG_COMMENT");
  }

  @Test
  void should_reject_a_malformed_or_impossible_instant() {
    String malformed = TOUCHPOINT.replace("2026-03-02T10:15:00Z", "2026-03-02 10:15") + "}";
    String impossible = TOUCHPOINT.replace("2026-03-02T10:15:00Z", "2026-02-30T10:15:00Z") + "}";

    NetworkFormatException e = assertProblem(withTouchpoint(malformed), 4, column(malformed, "\"2026"),
        "/touchpoints/0/at",
        "not an ISO-8601 instant: \"2026-03-02 10:15\"; expected e.g. \"2026-03-02T10:15:00Z\"");
    assertThat(e).hasCauseInstanceOf(DateTimeParseException.class);
    assertProblem(withTouchpoint(impossible), 4, column(impossible, "\"2026"), "/touchpoints/0/at",
        "not an ISO-8601 instant: \"2026-02-30T10:15:00Z\"; expected e.g. \"2026-03-02T10:15:00Z\"");
  }

  @Test
  void should_reject_an_unknown_time_zone() {
    String record = "{\"id\":\"ana\",\"timeZone\":\"Mars/Olympus_Mons\"}";

    assertProblem(withMember(record), 3, column(record, "\"Mars"), "/members/0/timeZone",
        "not a time zone id: \"Mars/Olympus_Mons\"; expected e.g. \"Europe/Berlin\", \"UTC\" or \"+01:00\"");
  }

  @Test
  void should_reject_a_malformed_uri() {
    String record = "{\"id\":\"e1\",\"medium\":\"EVENT\",\"start\":\"2026-03-02T09:00:00Z\","
        + "\"end\":\"2026-03-02T10:00:00Z\",\"link\":\"https://exa mple.org/\"}";

    assertProblem(withEvent(record), 4, column(record, "\"https"), "/events/0/link",
        "not a URI: \"https://exa mple.org/\" (Illegal character in authority)");
  }

  @Test
  void should_reject_a_record_its_constructor_rejects() {
    String weight = TOUCHPOINT + ",\"weight\":-1}";
    String alone = "{\"id\":\"t1\",\"at\":\"2026-03-02T10:15:00Z\",\"medium\":\"CHAT\",\"participants\":[\"ana\"]}";
    String backwards = "{\"id\":\"e1\",\"medium\":\"EVENT\",\"start\":\"2026-03-02T10:00:00Z\","
        + "\"end\":\"2026-03-02T09:00:00Z\"}";

    NetworkFormatException e = assertProblem(withTouchpoint(weight), 4, 1, "/touchpoints/0",
        "invalid touchpoint: weight must be positive and finite but was -1.0");
    assertThat(e).hasCauseInstanceOf(IllegalArgumentException.class);
    assertProblem(withTouchpoint(alone), 4, 1, "/touchpoints/0", "invalid touchpoint: a touchpoint needs at least "
        + "two participants, or one participant and an event; got 1");
    assertProblem(withEvent(backwards), 4, 1, "/events/0",
        "invalid event: event e1 ends (2026-03-02T09:00:00Z) before it starts (2026-03-02T10:00:00Z)");
  }

  @Test
  void should_reject_a_value_its_constructor_rejects_at_the_value() {
    String blankId = TOUCHPOINT.replace("\"bo\"", "\" \"") + "}";
    String longTopic = TOUCHPOINT + ",\"topics\":[\"" + "t".repeat(129) + "\"]}";
    String segment = "{\"id\":\"ana\",\"affiliation\":[\"Acme\",\" Sales\"]}";

    NetworkFormatException e = assertProblem(withTouchpoint(blankId), 4, column(blankId, "\" \""),
        "/touchpoints/0/participants/1", "MemberId must not be blank");
    assertThat(e).hasCauseInstanceOf(IllegalArgumentException.class);
    assertProblem(withTouchpoint(longTopic), 4, column(longTopic, "\"ttt"), "/touchpoints/0/topics/0",
        "topic name must be at most 128 characters but was 129");
    assertProblem(withMember(segment), 3, column(segment, "\"affiliation\""), "/members/0/affiliation",
        "affiliation segment 1 must be non-blank trimmed text but was ' Sales'");
  }

  // ---- format -------------------------------------------------------------------------------------

  @Test
  void should_reject_an_unsupported_format_naming_the_supported_one() {
    assertProblem("{\"format\":\"blendnet/2\",\"members\":[]}", 1, 11, "/format",
        "unsupported format \"blendnet/2\"; this reader supports blendnet/1");
    assertProblem("{\"format\":1}", 1, 11, "/format", "expected the format (a string) but found a number");
  }

  // ---- structure ----------------------------------------------------------------------------------

  @Test
  void should_reject_content_after_the_root_object() {
    assertProblem("{\"format\":\"blendnet/1\"}\n{}", 2, 1, "", "trailing content after the root object: an object");
    assertProblem("{\"format\":\"blendnet/1\"} x", 1, 25, "", "malformed JSON: Unrecognized token 'x': was "
        + "expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
  }

  @Test
  void should_reject_a_truncated_document() {
    NetworkFormatException e = assertProblem("{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"ana\"", 1, 46,
        "/members/0/id", "malformed JSON: the input ends before the document does (truncated?)");
    assertThat(e.getCause()).isNotNull();
  }

  @Test
  void should_reject_invalid_utf8() {
    byte[] head = "{\"format\":\"blendnet/1\",\"members\":[{\"id\":\"a".getBytes(StandardCharsets.US_ASCII);
    byte[] json = new byte[head.length + 5];
    System.arraycopy(head, 0, json, 0, head.length);
    json[head.length] = (byte) 0xC3; // a two-byte sequence whose second byte is not a continuation byte
    json[head.length + 1] = (byte) 0x28;
    json[head.length + 2] = '"';
    json[head.length + 3] = '}';
    json[head.length + 4] = ']';

    NetworkFormatException e = failure(json);

    // the column of the malformed character's first byte, inside the value being read
    assertThat(e.location()).isEqualTo(new InputLocation("<stream>", 1, 43, "/members/0/id"));
    assertThat(e.problems().get(0).message()).isEqualTo(
        "not valid UTF-8: the character starting with byte 0xC3 is malformed: byte 0x28 where a continuation byte "
            + "was expected");
  }

  // ---- rule violations ----------------------------------------------------------------------------

  @Test
  void should_report_every_rule_violation_at_its_record() {
    StringBuilder json = new StringBuilder("{\"format\":\"blendnet/1\",\n\"members\":[\n")
        .append("{\"id\":\"ana\"},\n{\"id\":\"bo\"},\n  {\"id\":\"ana\"}\n],\n") // lines 3-5
        .append("\"touchpoints\":[\n"); // line 7
    for (int i = 0; i < 19; i++) { // lines 8-26
      json.append("{\"id\":\"t").append(i).append("\",\"at\":\"2026-03-02T10:15:00Z\",\"medium\":\"CHAT\",")
          .append("\"participants\":[\"ana\",\"").append(i == 18 ? "zed" : "bo").append("\"]},\n");
    }
    json.append("{\"id\":\"t19\",\"at\":\"2026-03-02T10:15:00Z\",\"medium\":\"CHAT\",")
        .append("\"participants\":[\"ana\",\"bo\"]}\n")
        .append("],\n\"questions\":[\n") // lines 28-29
        .append("{\"id\":\"q1\",\"asker\":\"bo\",\"text\":\"?\",\"askedAt\":\"2026-03-04T12:00:00Z\",")
        .append("\"medium\":\"QA_BOARD\"}\n],\n\"answers\":[\n") // lines 30-32
        .append("{\"id\":\"a1\",\"question\":\"q1\",\"responder\":\"ana\",\"answeredAt\":\"2026-03-04T11:00:00Z\"}\n")
        .append("],\n\"referrals\":[\n") // lines 34-35
        .append("{\"id\":\"r1\",\"kind\":\"INTRODUCTION\",\"referrer\":\"ana\",\"from\":\"ana\",\"to\":\"bo\",")
        .append("\"parent\":\"r2\",\"at\":\"2026-03-05T09:00:00Z\"},\n") // line 36
        .append("{\"id\":\"r2\",\"kind\":\"INTRODUCTION\",\"referrer\":\"ana\",\"from\":\"ana\",\"to\":\"bo\",")
        .append("\"parent\":\"r1\",\"at\":\"2026-03-05T09:00:00Z\"},\n") // line 37
        .append(" {\"id\":\"r3\",\"kind\":\"INTRODUCTION\",\"referrer\":\"ana\",\"from\":\"ana\",\"to\":\"bo\",")
        .append("\"at\":\"2026-03-05T09:00:00Z\",\"consent\":\"GRANTED\",\"contactDetailsShared\":true}\n") // line 38
        .append("]}\n");

    NetworkFormatException e = failure(json.toString());

    assertThat(e.problems()).extracting(NetworkFormatException.Problem::location).containsExactly(
        new InputLocation("<stream>", 5, 3, "/members/2/id"),
        new InputLocation("<stream>", 26, 1, "/touchpoints/18/participants/1"),
        new InputLocation("<stream>", 33, 1, "/answers/0/answeredAt"),
        new InputLocation("<stream>", 36, 1, "/referrals/0/parent"),
        new InputLocation("<stream>", 38, 2, "/referrals/2/to"),
        new InputLocation("<stream>", 38, 2, "/referrals/2/from"));
    assertThat(e.problems()).extracting(NetworkFormatException.Problem::message).containsExactly(
        "DUPLICATE_ID in member 'ana': another member already has id 'ana'",
        "UNKNOWN_MEMBER in touchpoint 't18': no member 'zed'",
        "ANSWER_BEFORE_QUESTION in answer 'a1': answered at 2026-03-04T11:00:00Z, before question 'q1' was asked "
            + "at 2026-03-04T12:00:00Z",
        "REFERRAL_CYCLE in referral 'r1': parents form a cycle: r1 -> r2 -> r1",
        "CONTACT_DETAILS_WITHOUT_CONSENT in referral 'r3': contact details of member 'bo' were passed on, but "
            + "their consent does not allow it",
        "CONTACT_DETAILS_WITHOUT_CONSENT in referral 'r3': contact details of member 'ana' were passed on, but "
            + "their consent does not allow it");
    assertThat(e).hasMessageStartingWith("6 problems:\n  <stream> line 5, column 3 at /members/2/id: DUPLICATE_ID");
    assertThat(e.getCause()).isInstanceOf(NetworkValidationException.class);
    assertThat(((NetworkValidationException) e.getCause()).violations()).extracting(Violation::rule)
        .containsExactly(Rule.DUPLICATE_ID, Rule.UNKNOWN_MEMBER, Rule.ANSWER_BEFORE_QUESTION, Rule.REFERRAL_CYCLE,
            Rule.CONTACT_DETAILS_WITHOUT_CONSENT, Rule.CONTACT_DETAILS_WITHOUT_CONSENT);
  }

  @Test
  void should_report_a_violation_of_a_record_before_its_section_was_complete_at_the_record() {
    List<NetworkFormatException.Problem> problems = failure(
        "{\"format\":\"blendnet/1\",\"answers\":[{\"id\":\"a1\",\"question\":\"q9\",\"responder\":\"ana\","
            + "\"answeredAt\":\"2026-03-04T11:00:00Z\"}]}").problems();

    assertThat(problems).extracting(NetworkFormatException.Problem::toString).containsExactly(
        "<stream> line 1, column 35 at /answers/0/responder: UNKNOWN_MEMBER in answer 'a1': no member 'ana'",
        "<stream> line 1, column 35 at /answers/0/question: UNKNOWN_QUESTION in answer 'a1': no question 'q9'");
  }
}
