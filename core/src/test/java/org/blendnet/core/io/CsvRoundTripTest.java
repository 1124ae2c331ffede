package org.blendnet.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Channel;
import org.blendnet.core.Consent;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Medium;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties: what the CSV writers write, the readers read back equal. */
class CsvRoundTripTest {

  /** Characters that stress CSV: separators, quotes, spaces, a hash, non-ASCII, a no-break space. */
  private static final List<Character> ID_CHARS = chars("ab1-_,\";# é\u00A0:'|");
  /** The same and line breaks and tabs, for free text. */
  private static final List<Character> TEXT_CHARS = chars("ab1-_,\";# é\u00A0:'|\n\r\t");

  private static List<Character> chars(String s) {
    return s.chars().mapToObj(c -> (char) c).toList();
  }

  private static Gen<String> text(List<Character> alphabet, int maxLength) {
    return lists().of(Generate.pick(alphabet)).ofSizeBetween(1, maxLength)
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /**
   * {@code s} made a valid identifier or path segment: white space and invisible characters stripped from
   * both ends, and "m" if nothing is left.
   */
  private static String valid(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && invisible(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && invisible(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return start == end ? "m" : s.substring(start, end);
  }

  private static boolean invisible(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
        || Character.getType(codePoint) == Character.FORMAT;
  }

  private static Gen<MemberId> memberIds() {
    return text(ID_CHARS, 8).map(s -> MemberId.of(valid(s)));
  }

  private static Gen<Topic> topics(boolean withColon) {
    return text(withColon ? ID_CHARS : chars("ab1-_,\"# é'|"), 10)
        .map(s -> Topic.of(valid(s.replace(";", ""))));
  }

  private static Gen<Double> weights() {
    return Generate.oneOf(integers().between(1, 1000).map(i -> (double) i),
        doubles().between(Double.MIN_VALUE, Double.MAX_VALUE), doubles().between(1e-9, 1e9));
  }

  private static Gen<Instant> instants() {
    return longs().between(-100_000_000_000L, 400_000_000_000L)
        .zip(integers().between(0, 999_999_999), Instant::ofEpochSecond);
  }

  private static Gen<Touchpoint> touchpoints() {
    Gen<List<MemberId>> pair = memberIds().zip(memberIds(), (a, b) ->
        a.equals(b) ? List.of(a, MemberId.of(b.value() + "2")) : List.of(a, b));
    Gen<Integer> direction = integers().between(0, 2);
    Gen<Set<Topic>> topicSets = lists().of(topics(true)).ofSizeBetween(0, 3).map(l -> new LinkedHashSet<>(l));
    return pair.zip(direction, Generate.enumValues(Medium.class), instants(), topicSets,
            (members, d, medium, at, topics) -> new Touchpoint(TouchpointId.of("x"), at, medium, members,
                d == 0 ? Optional.empty() : Optional.of(members.get(d - 1)), Optional.empty(), Optional.empty(),
                topics, 1.0))
        .zip(weights(), text(ID_CHARS, 6).map(CsvRoundTripTest::valid),
            (t, w, id) -> new Touchpoint(TouchpointId.of(id), t.at(), t.medium(), t.participants(), t.initiator(),
                t.event(), t.community(), t.topics(), w));
  }

  /** Distinct ids: each touchpoint's id gets its position appended. */
  private static List<Touchpoint> numbered(List<Touchpoint> touchpoints) {
    List<Touchpoint> out = new ArrayList<>();
    for (int i = 0; i < touchpoints.size(); i++) {
      Touchpoint t = touchpoints.get(i);
      out.add(new Touchpoint(TouchpointId.of(t.id().value() + "#" + i), t.at(), t.medium(), t.participants(),
          t.initiator(), t.event(), t.community(), t.topics(), t.weight()));
    }
    return out;
  }

  @Test
  void should_read_back_equal_touchpoints() {
    qt().withFixedSeed(4180L).withExamples(300)
        .forAll(lists().of(touchpoints()).ofSizeBetween(0, 12).map(CsvRoundTripTest::numbered))
        .checkAssert(touchpoints -> {
          StringWriter out = new StringWriter();
          TouchpointCsv.write(touchpoints, out);
          assertThat(TouchpointCsv.defaults().read(new StringReader(out.toString()), "t.csv"))
              .isEqualTo(touchpoints);
        });
  }

  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("UTC"), ZoneId.of("Z"), ZoneId.of("Europe/Paris"), ZoneId.of("+05:30"));
  private static final List<String> ATTRIBUTE_KEYS = List.of("role", "language", "x y", "Team", "é");

  private static Gen<Affiliation> affiliations() {
    Gen<String> segment = text(ID_CHARS, 6).map(CsvRoundTripTest::valid);
    return lists().of(segment).ofSizeBetween(0, 3).map(Affiliation::new);
  }

  private static Gen<Map<String, String>> attributes() {
    Gen<String> value = text(TEXT_CHARS, 8);
    return lists().of(Generate.pick(ATTRIBUTE_KEYS).zip(value, Map::entry)).ofSizeBetween(0, 3)
        .map(entries -> {
          Map<String, String> map = new LinkedHashMap<>();
          entries.forEach(e -> map.put(e.getKey(), e.getValue()));
          return map;
        });
  }

  private static Gen<Member> members() {
    Gen<Map<Topic, ExpertiseLevel>> expertise = lists().of(topics(true).zip(Generate.enumValues(ExpertiseLevel.class),
        Map::entry)).ofSizeBetween(0, 3).map(entries -> {
          Map<Topic, ExpertiseLevel> map = new LinkedHashMap<>();
          entries.forEach(e -> map.put(e.getKey(), e.getValue()));
          return map;
        });
    Gen<Set<Topic>> interests = lists().of(topics(false)).ofSizeBetween(0, 3).map(l -> new LinkedHashSet<>(l));
    Gen<Set<Channel>> channels = lists().of(Generate.enumValues(Channel.class)).ofSizeBetween(0, 2)
        .map(l -> new LinkedHashSet<>(l));
    Gen<Consent> consents = booleans().all().zip(booleans().all(), booleans().all(), Consent::new);
    Gen<String> names = text(TEXT_CHARS, 10).map(s -> s.isBlank() ? s + "n" : s);
    return memberIds().zip(names, affiliations(), expertise, interests,
            (id, name, affiliation, levels, likes) -> Member.builder(id).name(name).affiliation(affiliation)
                .expertise(levels).interests(likes).build())
        .zip(channels, Generate.pick(ZONES), integers().between(0, 1000), consents,
            (m, cs, zone, capacity, consent) -> {
              Member.Builder b = m.toBuilder().timeZone(zone).capacity(capacity).consent(consent);
              cs.forEach(b::prefers);
              return b.build();
            })
        .zip(attributes(), (m, attributes) -> {
          Member.Builder b = m.toBuilder();
          attributes.forEach(b::attribute);
          return b.build();
        });
  }

  /** Distinct ids: each member's id gets its position appended. */
  private static List<Member> numberedMembers(List<Member> members) {
    List<Member> out = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      out.add(new Member(MemberId.of(m.id().value() + "#" + i), m.name(), m.affiliation(), m.expertise(),
          m.interests(), m.preferredChannels(), m.timeZone(), m.capacity(), m.consent(), m.attributes()));
    }
    return out;
  }

  @Test
  void should_read_back_equal_members() {
    qt().withFixedSeed(2026L).withExamples(300)
        .forAll(lists().of(members()).ofSizeBetween(0, 8).map(CsvRoundTripTest::numberedMembers))
        .checkAssert(members -> {
          StringWriter out = new StringWriter();
          MemberCsv.write(members, out);
          assertThat(MemberCsv.read(new StringReader(out.toString()), "m.csv")).isEqualTo(members);
        });
  }
}
