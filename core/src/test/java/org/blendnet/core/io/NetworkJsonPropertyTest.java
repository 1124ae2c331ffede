package org.blendnet.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Answer;
import org.blendnet.core.AnswerId;
import org.blendnet.core.Channel;
import org.blendnet.core.Community;
import org.blendnet.core.CommunityId;
import org.blendnet.core.CommunityKind;
import org.blendnet.core.Consent;
import org.blendnet.core.ConsentState;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Helpfulness;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.QuestionStatus;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.ReferralKind;
import org.blendnet.core.ReferralOutcome;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Round-trip properties of {@link NetworkJson} over random valid networks. The generator is private to this
 * test for now (the shared generators of {@code org.blendnet.core.testing} will replace it): QuickTheories
 * draws the sizes, which shrink towards the empty network, and a seed, from which the records are drawn with
 * a {@link SplittableRandom}; the same seed always gives the same network.
 */
class NetworkJsonPropertyTest {

  @Test
  void should_read_back_every_network_it_writes() {
    qt().withFixedSeed(20260302L).withExamples(400).forAll(networks()).checkAssert(network -> {
      String json = NetworkJson.toJson(network);
      Network read = NetworkJson.fromJson(json);

      assertThat(read).isEqualTo(network);
      assertThat(read.members()).containsExactlyElementsOf(network.members());
      assertThat(read.touchpoints()).containsExactlyElementsOf(network.touchpoints());
      assertThat(read.referrals()).containsExactlyElementsOf(network.referrals());
    });
  }

  @Test
  void should_write_again_exactly_what_it_read() {
    qt().withFixedSeed(20260303L).withExamples(400).forAll(networks()).checkAssert(network -> {
      String json = NetworkJson.toJson(network);

      assertThat(NetworkJson.toJson(NetworkJson.fromJson(json))).isEqualTo(json);
    });
  }

  // ---- the generator ------------------------------------------------------------------------------

  /** Valid networks of up to 8 members and 30 records of each other kind. */
  private static Gen<Network> networks() {
    return Generate.intArrays(Generate.constant(7), Generate.range(0, 30))
        .zip(Generate.range(0, 8), Generate.longRange(0, Long.MAX_VALUE),
            (sizes, members, seed) -> network(new SplittableRandom(seed), members, sizes))
        .describedAs(n -> n + "\n" + NetworkJson.toJson(n));
  }

  private static final String[] TEXT = {"a", "Ana", "Zoë Ødegård", "🙂", "quote \" and \\ backslash",
      "tab\tand\nnewline", "ctrl \u0001 \u001f \u007f", "a/b~c", "  spaced  ", "日本語", "x".repeat(300),
      "half \uD800 pair", "<script>", "null"};
  /** Keys must be valid Unicode (the writer refuses unpaired surrogates in keys). */
  private static final String[] KEYS = {"a", "Zoë", "🙂", "quote \" and \\", "ctrl \u0001", "a/b~c", " k ",
      "x".repeat(300)};
  private static final String[] IDS = {"ana", "bo", "m/1", "~0", "Ω", "a b", "🙂", "x".repeat(240), "0", "null"};
  private static final String[] TOPICS = {"negotiation", "Export  Finance", "ml", "日本", "a/b", "t".repeat(128)};
  private static final String[] ZONES = {"Z", "UTC", "Europe/Berlin", "+05:30", "America/New_York", "GMT", "-12:00"};
  private static final String[] LINKS = {"https://example.org/e?x=1&y=%20", "mailto:ana@example.org", "urn:isbn:1",
      "relative/path", "https://例え.jp/"};

  private static Network network(SplittableRandom r, int memberCount, int[] sizes) {
    Network.Builder b = Network.builder();
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < memberCount; i++) {
      members.add(member(r, MemberId.of(id(r, "m", i))));
    }
    b.members(members);
    List<MemberId> ids = members.stream().map(Member::id).toList();
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < sizes[0]; i++) {
      events.add(event(r, EventId.of(id(r, "e", i)), ids));
    }
    b.events(events);
    List<CommunityId> communities = new ArrayList<>();
    for (int i = 0; i < sizes[1]; i++) {
      CommunityId id = CommunityId.of(id(r, "c", i));
      communities.add(id);
      b.community(new Community(id, text(r), pick(r, CommunityKind.values()),
          topics(r), subset(r, ids)));
    }
    if (ids.size() >= 2 || !events.isEmpty() && !ids.isEmpty()) {
      for (int i = 0; i < sizes[2]; i++) {
        b.touchpoint(touchpoint(r, TouchpointId.of(id(r, "t", i)), ids, events, communities));
      }
    }
    List<Question> questions = new ArrayList<>();
    if (!ids.isEmpty()) {
      for (int i = 0; i < sizes[3]; i++) {
        questions.add(new Question(QuestionId.of(id(r, "q", i)), pick(r, ids), text(r), topics(r), instant(r),
            pick(r, Medium.values()), r.nextBoolean() || communities.isEmpty() ? Optional.empty()
                : Optional.of(pick(r, communities)), pick(r, QuestionStatus.values())));
      }
      b.questions(questions);
      for (int i = 0; i < sizes[4] && !questions.isEmpty(); i++) {
        Question q = pick(r, questions);
        b.answer(new Answer(AnswerId.of(id(r, "a", i)), q.id(), pick(r, ids), later(r, q.askedAt()),
            r.nextBoolean() ? Optional.empty() : Optional.of(text(r)), pick(r, Helpfulness.values())));
      }
    }
    if (ids.size() >= 2) {
      List<Referral> referrals = new ArrayList<>();
      for (int i = 0; i < sizes[5]; i++) {
        referrals.add(referral(r, ReferralId.of(id(r, "r", i)), members, questions, referrals));
      }
      b.referrals(referrals);
    }
    return b.build();
  }

  private static Member member(SplittableRandom r, MemberId id) {
    Member.Builder m = Member.builder(id);
    if (r.nextBoolean()) {
      m.name(text(r));
    }
    if (r.nextBoolean()) {
      List<String> path = new ArrayList<>();
      for (int i = r.nextInt(1, 4); i > 0; i--) {
        path.add(pick(r, new String[] {"Acme", "Sales", "R&D", "Ünit / 7", "🙂"}));
      }
      m.affiliation(new Affiliation(path));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      m.expertise(Topic.of(pick(r, TOPICS)), pick(r, ExpertiseLevel.values()));
    }
    m.interests(topics(r));
    for (Channel c : Channel.values()) {
      if (r.nextInt(3) == 0) {
        m.prefers(c);
      }
    }
    if (r.nextBoolean()) {
      m.timeZone(ZoneId.of(pick(r, ZONES)));
    }
    if (r.nextBoolean()) {
      m.capacity(r.nextInt(0, 1 + (r.nextBoolean() ? 10 : Integer.MAX_VALUE - 1)));
    }
    m.consent(new Consent(r.nextBoolean(), r.nextBoolean(), r.nextBoolean()));
    for (int i = r.nextInt(3); i > 0; i--) {
      m.attribute(pick(r, KEYS), pick(r, TEXT));
    }
    return m.build();
  }

  private static Event event(SplittableRandom r, EventId id, List<MemberId> members) {
    Instant start = instant(r);
    Event.Builder e = Event.builder(id).medium(pick(r, Medium.values())).time(start, later(r, start));
    if (r.nextBoolean()) {
      e.title(text(r));
    }
    if (r.nextBoolean()) {
      e.place(text(r));
    }
    if (r.nextBoolean()) {
      e.link(URI.create(pick(r, LINKS)));
    }
    topics(r).forEach(e::topic);
    subset(r, members).forEach(e::host);
    e.attendees(subset(r, members));
    return e.build();
  }

  private static Touchpoint touchpoint(SplittableRandom r, TouchpointId id, List<MemberId> members,
      List<Event> events, List<CommunityId> communities) {
    Touchpoint.Builder t = Touchpoint.builder(id).at(instant(r)).medium(pick(r, Medium.values()));
    List<MemberId> shuffled = new ArrayList<>(members);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      MemberId swap = shuffled.set(r.nextInt(i + 1), shuffled.get(i));
      shuffled.set(i, swap);
    }
    boolean attendance = members.size() < 2 || !events.isEmpty() && r.nextInt(4) == 0;
    int count = attendance ? 1 : r.nextInt(2, Math.min(5, members.size()) + 1);
    t.participants(shuffled.subList(0, count));
    if (attendance || !events.isEmpty() && r.nextBoolean()) {
      t.event(pick(r, events).id());
    }
    if (r.nextBoolean()) {
      t.initiatedBy(shuffled.get(r.nextInt(count)));
    }
    if (!communities.isEmpty() && r.nextBoolean()) {
      t.community(pick(r, communities));
    }
    t.topics(topics(r));
    switch (r.nextInt(5)) {
      case 0:
        t.weight(r.nextDouble(1e-9, 1e9));
        break;
      case 1:
        t.weight(pick(r, new Double[] {Double.MIN_VALUE, Double.MAX_VALUE, 1e23, 0.1, 2.0, 1.0000000000000002}));
        break;
      case 2:
        double bits;
        do {
          bits = Math.abs(Double.longBitsToDouble(r.nextLong()));
        } while (!(bits > 0) || Double.isInfinite(bits));
        t.weight(bits);
        break;
      default:
        break;
    }
    return t.build();
  }

  private static Referral referral(SplittableRandom r, ReferralId id, List<Member> members, List<Question> questions,
      List<Referral> earlier) {
    ReferralKind kind = questions.isEmpty() || r.nextBoolean() ? ReferralKind.INTRODUCTION
        : ReferralKind.QUESTION_FORWARD;
    Optional<QuestionId> question = Optional.empty();
    Instant at = instant(r);
    Optional<ReferralId> parent = Optional.empty();
    if (kind == ReferralKind.QUESTION_FORWARD) {
      Question q = pick(r, questions);
      question = Optional.of(q.id());
      List<Referral> sameQuestion = earlier.stream().filter(e -> e.question().equals(Optional.of(q.id()))).toList();
      if (!sameQuestion.isEmpty() && r.nextBoolean()) {
        Referral p = pick(r, sameQuestion);
        parent = Optional.of(p.id());
        at = later(r, p.at());
      } else {
        at = later(r, q.askedAt());
      }
    } else if (!earlier.isEmpty() && r.nextInt(4) == 0) {
      Referral p = pick(r, earlier);
      if (p.question().isEmpty()) {
        parent = Optional.of(p.id());
        at = later(r, p.at());
      }
    }
    Member to = pick(r, members);
    List<Member> others = members.stream().filter(m -> !m.equals(to)).toList();
    Member from = pick(r, others);
    Member referrer = pick(r, others);
    Optional<MemberId> onBehalfOf = r.nextBoolean() ? Optional.empty() : Optional.of(pick(r, others).id());
    ConsentState consent = pick(r, ConsentState.values());
    boolean share = consent == ConsentState.GRANTED && to.consent().shareContactDetails()
        && (kind == ReferralKind.QUESTION_FORWARD || from.consent().shareContactDetails()) && r.nextBoolean();
    List<ReferralOutcome> outcomes = new ArrayList<>(List.of(ReferralOutcome.values()));
    outcomes.remove(kind == ReferralKind.QUESTION_FORWARD ? ReferralOutcome.INTRODUCED : ReferralOutcome.ANSWERED);
    return new Referral(id, kind, referrer.id(), from.id(), to.id(), onBehalfOf, question, parent, at, consent,
        share, pick(r, outcomes));
  }

  private static String id(SplittableRandom r, String prefix, int index) {
    return r.nextInt(4) == 0 ? pick(r, IDS) + "#" + prefix + index : prefix + index;
  }

  private static String text(SplittableRandom r) {
    return pick(r, TEXT);
  }

  private static Set<Topic> topics(SplittableRandom r) {
    Set<Topic> topics = new HashSet<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      topics.add(Topic.of(pick(r, TOPICS)));
    }
    return topics;
  }

  private static <T> Set<T> subset(SplittableRandom r, List<T> values) {
    Set<T> subset = new HashSet<>();
    for (T v : values) {
      if (r.nextInt(3) == 0) {
        subset.add(v);
      }
    }
    return subset;
  }

  /** Instants from year 0000 to 9999, now and then beyond; whole seconds, millis, micros or nanos. */
  private static Instant instant(SplittableRandom r) {
    long seconds = r.nextInt(20) == 0 ? r.nextLong(-31_557_014_167_219_200L, 31_556_889_864_403_199L)
        : r.nextLong(-62_167_219_200L, 253_402_300_800L);
    int nanos;
    switch (r.nextInt(4)) {
      case 0:
        nanos = 0;
        break;
      case 1:
        nanos = r.nextInt(1000) * 1_000_000;
        break;
      case 2:
        nanos = r.nextInt(1_000_000) * 1_000;
        break;
      default:
        nanos = r.nextInt(1_000_000_000);
        break;
    }
    return Instant.ofEpochSecond(seconds, nanos);
  }

  private static Instant later(SplittableRandom r, Instant t) {
    long room = Instant.MAX.getEpochSecond() - t.getEpochSecond();
    return r.nextBoolean() ? t : t.plusSeconds(r.nextLong(0, Math.min(room, 10_000_000L) + 1));
  }

  private static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static <T> T pick(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
