package org.blendnet.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Channel;
import org.blendnet.core.Consent;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemberCsvTest {

  private static List<Member> read(String csv) {
    return MemberCsv.read(new StringReader(csv), "m.csv");
  }

  private static List<String> problems(String csv) {
    NetworkFormatException e = catchThrowableOfType(NetworkFormatException.class, () -> read(csv));
    assertThat(e).as("expected a format error").isNotNull();
    return e.problems().stream().map(NetworkFormatException.Problem::toString).toList();
  }

  @Test
  void should_read_every_column() {
    List<Member> members = read("""
        id,name,organisation,unit,team,expertise,interests,channels,time_zone,capacity,contactable,share_contact_details,recommendable,role,language
        ana,Ana Costa,Acme,Sales,EMEA,negotiation:EXPERT; export finance:beginner;,Pricing;;b2b,online;OFFLINE,Europe/Paris,5,no,YES,0,manager,
        """);
    assertThat(members).containsExactly(Member.builder(MemberId.of("ana"))
        .name("Ana Costa")
        .affiliation(Affiliation.of("Acme", "Sales", "EMEA"))
        .expertise(Topic.of("negotiation"), ExpertiseLevel.EXPERT)
        .expertise(Topic.of("export finance"), ExpertiseLevel.BEGINNER)
        .interest(Topic.of("pricing"))
        .interest(Topic.of("b2b"))
        .prefers(Channel.ONLINE)
        .prefers(Channel.OFFLINE)
        .timeZone(ZoneId.of("Europe/Paris"))
        .capacity(5)
        .consent(new Consent(false, true, false))
        .attribute("role", "manager")
        .build());
  }

  @Test
  void should_give_defaults_to_empty_values_and_absent_columns() {
    assertThat(read("id,name,organisation,unit,team,capacity,contactable\nbo,,,,,,\n"))
        .containsExactly(Member.of(MemberId.of("bo"), "bo"));
    assertThat(read("id\nbo\n")).containsExactly(Member.of(MemberId.of("bo"), "bo"));
    Member bo = read("id\nbo\n").get(0);
    assertThat(bo.affiliation()).isEqualTo(Affiliation.none());
    assertThat(bo.timeZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(bo.capacity()).isEqualTo(Member.DEFAULT_CAPACITY);
    assertThat(bo.consent()).isEqualTo(Consent.defaults());
  }

  @Test
  void should_allow_empty_trailing_affiliation_levels() {
    assertThat(read("id,organisation,unit,team\na,Acme,,\nb,Acme,Sales,\n"))
        .extracting(Member::affiliation)
        .containsExactly(Affiliation.of("Acme"), Affiliation.of("Acme", "Sales"));
  }

  @Test
  void should_read_the_karate_club_nodes_with_their_extra_columns_as_attributes() {
    List<Member> members = read("id,name,faction,club\n1,Mr Hi,1,Mr. Hi\n34,John A,2,Officer\n");
    assertThat(members).extracting(Member::name).containsExactly("Mr Hi", "John A");
    assertThat(members.get(1).attributes()).containsExactly(Map.entry("club", "Officer"), Map.entry("faction", "2"));
  }

  @Test
  void should_read_an_expertise_topic_containing_a_colon() {
    assertThat(read("id,expertise\na,iso 9001:2015:advanced\n").get(0).expertise())
        .containsExactly(Map.entry(Topic.of("iso 9001:2015"), ExpertiseLevel.ADVANCED));
  }

  @Test
  void should_report_every_bad_value_with_its_line_column_and_header() {
    assertThat(problems("""
        id,name,organisation,unit,team,expertise,channels,time_zone,capacity,recommendable
        ,,,,,,,,,
        a,,,Sales,,,,,,
        b,,Acme,,EMEA,,,,,
        c,,,,,negotiation,,,,
        d,,,,,negotiation:guru,,,,
        e,,,,,x:expert;X:beginner,,,,
        f,,,,,,email,,,
        g,,,,,,,Mars/Olympus,,
        h,,,,,,,,-1,
        i,,,,,,,,,maybe
        j,"  ",,,,,,,,
        k,," Acme",,,,,,,
        """)).containsExactly(
        "m.csv line 2, column 1 at id: id is empty",
        "m.csv line 3, column 5 at unit: unit 'Sales' needs an organisation",
        "m.csv line 4, column 10 at team: team 'EMEA' needs a unit",
        "m.csv line 5, column 7 at expertise: expertise 'negotiation' needs a level: topic:LEVEL with LEVEL one of "
            + "beginner, intermediate, advanced, expert",
        "m.csv line 6, column 7 at expertise: unknown expertise level 'guru' in 'negotiation:guru'; expected one of "
            + "beginner, intermediate, advanced, expert",
        "m.csv line 7, column 7 at expertise: topic 'x' has more than one expertise level",
        "m.csv line 8, column 8 at channels: unknown channel 'email'; expected online or offline",
        "m.csv line 9, column 9 at time_zone: unknown time zone 'Mars/Olympus'",
        "m.csv line 10, column 10 at capacity: capacity must be a whole number from 0 to 999999999 but was '-1'",
        "m.csv line 11, column 11 at recommendable: recommendable must be true, false, yes, no, 1 or 0 but was "
            + "'maybe'",
        "m.csv line 12, column 3 at name: name is blank",
        "m.csv line 13, column 4 at organisation: organisation ' Acme' must not be blank or have surrounding white "
            + "space");
  }

  @Test
  void should_reject_duplicate_ids_naming_both_lines() {
    assertThat(problems("id,name\nana,Ana\nbo,Bo\n\"ana\",Ana again\nbo,Bo again\n")).containsExactly(
        "m.csv line 4, column 1 at id: duplicate member id 'ana' (first on line 2)",
        "m.csv line 5, column 1 at id: duplicate member id 'bo' (first on line 3)");
  }

  @Test
  void should_require_an_id_column_with_named_columns() {
    assertThat(problems("name,,role\nAna,x,y\n")).containsExactly(
        "m.csv line 1: header column 2 has no name",
        "m.csv line 1 at id: missing column 'id'");
  }

  @Test
  void should_write_members_as_csv() {
    StringWriter out = new StringWriter();
    MemberCsv.write(List.of(
        Member.builder(MemberId.of("ana")).name("Costa, Ana").affiliation(Affiliation.of("Acme", "Sales"))
            .expertise(Topic.of("pricing"), ExpertiseLevel.EXPERT).expertise(Topic.of("b2b"), ExpertiseLevel.BEGINNER)
            .interest(Topic.of("export finance")).prefers(Channel.OFFLINE).timeZone(ZoneId.of("Europe/Paris"))
            .capacity(2).consent(Consent.all()).attribute("role", " lead ").build(),
        Member.builder(MemberId.of("bo")).attribute("language", "pt").build()), out);
    assertThat(out).hasToString("""
        id,name,organisation,unit,team,expertise,interests,channels,time_zone,capacity,contactable,share_contact_details,recommendable,language,role
        ana,"Costa, Ana",Acme,Sales,,b2b:beginner;pricing:expert,export finance,offline,Europe/Paris,2,true,true,true,," lead "
        bo,bo,,,,,,,Z,3,true,false,true,pt,
        """);
  }

  @Test
  void should_read_back_what_it_wrote(@TempDir Path dir) {
    List<Member> members = List.of(
        Member.builder(MemberId.of("ana")).name("Ana\n\"the boss\"").affiliation(Affiliation.of("A", "B", "C"))
            .expertise(Topic.of("iso 9001:2015"), ExpertiseLevel.INTERMEDIATE).timeZone(ZoneId.of("UTC"))
            .capacity(0).consent(Consent.none()).attribute("note", "a,b;c").build(),
        Member.of(MemberId.of("bo"), " Bo "));
    Path file = dir.resolve("m.csv");
    MemberCsv.write(members, file);
    assertThat(MemberCsv.read(file)).isEqualTo(members);
  }

  @Test
  void should_refuse_members_the_format_cannot_hold_before_writing_anything() {
    Member ok = Member.of(MemberId.of("ok"), "Ok");
    StringWriter out = new StringWriter();
    assertThatThrownBy(() -> MemberCsv.write(List.of(ok,
        Member.builder(MemberId.of("deep")).affiliation(Affiliation.of("A", "B", "C", "D")).build()), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("member deep cannot be written as CSV: its affiliation has 4 levels; the format holds three");
    assertThatThrownBy(() -> MemberCsv.write(List.of(ok,
        Member.builder(MemberId.of("col")).attribute("name", "x").build()), out))
        .hasMessage("member col cannot be written as CSV: its attribute key 'name' is the name of a column");
    assertThatThrownBy(() -> MemberCsv.write(List.of(ok,
        Member.builder(MemberId.of("sp")).attribute(" role", "x").build()), out))
        .hasMessage("member sp cannot be written as CSV: its attribute key ' role' has surrounding white space");
    assertThatThrownBy(() -> MemberCsv.write(List.of(ok,
        Member.builder(MemberId.of("empty")).attribute("role", "").build()), out))
        .hasMessage("member empty cannot be written as CSV: its attribute 'role' is empty, and empty values are "
            + "read as absent");
    assertThatThrownBy(() -> MemberCsv.write(List.of(ok,
        Member.builder(MemberId.of("semi")).interest(Topic.of("a;b")).build()), out))
        .hasMessage("member semi cannot be written as CSV: its interest 'a;b' contains ';', the list separator");
    assertThat(out.toString()).isEmpty();
  }
}
