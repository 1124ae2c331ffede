package org.blendnet.core.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
import org.blendnet.core.Identifier;
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
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the Blendnet model: valid values of every record type and whole valid
 * {@link Network}s, composed from each other like a domain of generators.
 *
 * <pre>{@code
 * Theories.qt(200).forAll(Networks.networks())
 *     .checkAssert(network -> assertThat(network.toBuilder().build()).isEqualTo(network));
 *
 * Gen<Network> bigger = Networks.networks(Networks.Sizes.small().withMembers(20, 60).withTouchpoints(300));
 * }</pre>
 *
 * <p>Everything generated is valid: every record passes its constructor, every network passes
 * {@link Network.Builder#build()}. The values go out of their way to be awkward while staying valid:
 * identifiers and names with accents, emoji, right-to-left marks, quotes and separators; identifiers at
 * the 256-character limit; topics in mixed case with runs of white space; group touchpoints (three or more
 * participants) and attendance touchpoints (one participant and an event); empty sets; optionals present
 * and absent; instants with and without fractions of a second, from {@link Instant#MIN} to
 * {@link Instant#MAX}; referral chains; contact details shared where (and only where) consent allows.
 * Most values are plain, and failures shrink towards plain values and small networks.
 *
 * <p>Generation is deterministic: the same random draws give the same value (no hash-ordered collection
 * is iterated). Each generator may be shared; none holds state.
 *
 * @implNote Thread-safe: the class holds no state.
 */
public final class Networks {

  private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Lisbon"),
      ZoneId.of("Asia/Kolkata"), ZoneId.of("America/St_Johns"), ZoneOffset.ofHoursMinutes(5, 45),
      ZoneOffset.ofHours(-12), ZoneId.of("Pacific/Kiritimati"));

  private static final List<Double> WEIGHTS = List.of(0.5, 2.0, 0.1, 7.25, 60.0, Double.MIN_VALUE,
      Double.MIN_NORMAL, 1e-300, 1e300, Double.MAX_VALUE);

  private static final List<Instant> SPECIAL_INSTANTS = List.of(Instant.EPOCH, Instant.MIN, Instant.MAX,
      Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("-9999-12-31T23:59:59.999999999Z"),
      Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
      Instant.parse("1969-12-31T23:59:59.999Z"), Instant.parse("2024-02-29T12:00:00.000000001Z"));

  /** From 2000-01-01 to 2030-01-01, where nearly all real records lie. */
  private static final long ORDINARY_FROM = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
  private static final long ORDINARY_TO = Instant.parse("2030-01-01T00:00:00Z").getEpochSecond();

  private static final List<Duration> STEPS = List.of(Duration.ZERO, Duration.ofSeconds(1), Duration.ofMinutes(5),
      Duration.ofHours(3), Duration.ofDays(2), Duration.ofNanos(1), Duration.ofMillis(250), Duration.ofDays(400),
      Duration.ofSeconds(0, 999_999_999), Duration.ofDays(365L * 3000));

  private static final List<URI> LINKS = List.of(URI.create("https://events.example.org/kent-camp"),
      URI.create("https://meet.example.com/j/123?pwd=a%20b&x=1#top"), URI.create("urn:blendnet:event:7"),
      URI.create("https://xn--bcher-kva.example/%F0%9F%98%80"));

  private static final List<String> PLACES = List.of("Canterbury", "Room 2.14, Kent Hub", "Zoë's café",
      "東京", "  Online  or  not ", "Main hall\nsecond floor");

  private static final List<Medium> GATHERINGS = List.of(Medium.EVENT, Medium.WORKSHOP, Medium.WEBINAR,
      Medium.MEETING, Medium.MEAL);

  private Networks() {}

  // ---- sizes ---------------------------------------------------------------------------------------

  /**
   * How many records of each kind {@link #networks(Sizes)} draws: members between {@code minMembers}
   * and {@code maxMembers}, every other section between 0 and its maximum (fewer when the members or
   * questions to hang them on are missing). Immutable.
   *
   * @param minMembers the fewest members
   * @param maxMembers the most members
   * @param maxEvents the most events
   * @param maxCommunities the most communities
   * @param maxTouchpoints the most touchpoints
   * @param maxQuestions the most questions
   * @param maxAnswers the most answers
   * @param maxReferrals the most referrals
   */
  public record Sizes(int minMembers, int maxMembers, int maxEvents, int maxCommunities, int maxTouchpoints,
      int maxQuestions, int maxAnswers, int maxReferrals) {

    /**
     * Creates sizes.
     *
     * @throws IllegalArgumentException if a size is negative or {@code minMembers > maxMembers}
     */
    public Sizes {
      nonNegative("minMembers", minMembers);
      nonNegative("maxMembers", maxMembers);
      nonNegative("maxEvents", maxEvents);
      nonNegative("maxCommunities", maxCommunities);
      nonNegative("maxTouchpoints", maxTouchpoints);
      nonNegative("maxQuestions", maxQuestions);
      nonNegative("maxAnswers", maxAnswers);
      nonNegative("maxReferrals", maxReferrals);
      if (minMembers > maxMembers) {
        throw new IllegalArgumentException(
            "minMembers must be <= maxMembers but was " + minMembers + " > " + maxMembers);
      }
    }

    private static void nonNegative(String name, int value) {
      if (value < 0) {
        throw new IllegalArgumentException(name + " must be >= 0 but was " + value);
      }
    }

    /**
     * The default: up to 6 members, 2 events, 2 communities, 8 touchpoints, 3 questions, 4 answers and
     * 5 referrals — small enough for hundreds of examples a second, big enough for every kind of record.
     */
    public static Sizes small() {
      return new Sizes(0, 6, 2, 2, 8, 3, 4, 5);
    }

    /** Up to 40 members, 6 events, 4 communities, 150 touchpoints, 20 questions, 40 answers, 30 referrals. */
    public static Sizes medium() {
      return new Sizes(2, 40, 6, 4, 150, 20, 40, 30);
    }

    /** These sizes with members between {@code min} and {@code max}. */
    public Sizes withMembers(int min, int max) {
      return new Sizes(min, max, maxEvents, maxCommunities, maxTouchpoints, maxQuestions, maxAnswers, maxReferrals);
    }

    /** These sizes with at most {@code max} events. */
    public Sizes withEvents(int max) {
      return new Sizes(minMembers, maxMembers, max, maxCommunities, maxTouchpoints, maxQuestions, maxAnswers,
          maxReferrals);
    }

    /** These sizes with at most {@code max} communities. */
    public Sizes withCommunities(int max) {
      return new Sizes(minMembers, maxMembers, maxEvents, max, maxTouchpoints, maxQuestions, maxAnswers,
          maxReferrals);
    }

    /** These sizes with at most {@code max} touchpoints. */
    public Sizes withTouchpoints(int max) {
      return new Sizes(minMembers, maxMembers, maxEvents, maxCommunities, max, maxQuestions, maxAnswers,
          maxReferrals);
    }

    /** These sizes with at most {@code max} questions. */
    public Sizes withQuestions(int max) {
      return new Sizes(minMembers, maxMembers, maxEvents, maxCommunities, maxTouchpoints, max, maxAnswers,
          maxReferrals);
    }

    /** These sizes with at most {@code max} answers. */
    public Sizes withAnswers(int max) {
      return new Sizes(minMembers, maxMembers, maxEvents, maxCommunities, maxTouchpoints, maxQuestions, max,
          maxReferrals);
    }

    /** These sizes with at most {@code max} referrals. */
    public Sizes withReferrals(int max) {
      return new Sizes(minMembers, maxMembers, maxEvents, maxCommunities, maxTouchpoints, maxQuestions,
          maxAnswers, max);
    }
  }

  // ---- networks ------------------------------------------------------------------------------------

  /** Valid networks of {@link Sizes#small()} sizes. */
  public static Gen<Network> networks() {
    return networks(Sizes.small());
  }

  /**
   * Valid networks of the given sizes. Members first, then events and communities among them, then
   * touchpoints (pairs, groups and attendances), questions, answers after their questions, and referrals
   * in chains. A failing example is shown record by record ({@link #describe(Network)}).
   */
  public static Gen<Network> networks(Sizes sizes) {
    Objects.requireNonNull(sizes, "sizes");
    Gen<Network> gen = in -> {
      List<MemberId> memberIds = uniqueIds(in, Draw.between(in, sizes.minMembers(), sizes.maxMembers()),
          MemberId::of);
      List<Member> members = new ArrayList<>();
      for (MemberId id : memberIds) {
        members.add(members(Generate.constant(id)).generate(in));
      }
      List<EventId> eventIds = uniqueIds(in, Draw.between(in, 0, sizes.maxEvents()), EventId::of);
      List<Event> events = new ArrayList<>();
      for (EventId id : eventIds) {
        events.add(events(Generate.constant(id), memberIds).generate(in));
      }
      List<CommunityId> communityIds = uniqueIds(in, Draw.between(in, 0, sizes.maxCommunities()), CommunityId::of);
      List<Community> communities = new ArrayList<>();
      for (CommunityId id : communityIds) {
        communities.add(communities(Generate.constant(id), memberIds).generate(in));
      }
      List<Touchpoint> touchpoints = new ArrayList<>();
      if (memberIds.size() >= 2 || !memberIds.isEmpty() && !eventIds.isEmpty()) {
        for (TouchpointId id : uniqueIds(in, Draw.between(in, 0, sizes.maxTouchpoints()), TouchpointId::of)) {
          touchpoints.add(touchpoints(Generate.constant(id), memberIds, eventIds, communityIds).generate(in));
        }
      }
      List<Question> questions = new ArrayList<>();
      if (!memberIds.isEmpty()) {
        for (QuestionId id : uniqueIds(in, Draw.between(in, 0, sizes.maxQuestions()), QuestionId::of)) {
          questions.add(questions(Generate.constant(id), memberIds, communityIds).generate(in));
        }
      }
      List<Answer> answers = new ArrayList<>();
      if (!questions.isEmpty()) {
        for (AnswerId id : uniqueIds(in, Draw.between(in, 0, sizes.maxAnswers()), AnswerId::of)) {
          answers.add(answers(Generate.constant(id), questions, memberIds).generate(in));
        }
      }
      List<Referral> referrals = memberIds.size() >= 2
          ? referrals(sizes.maxReferrals(), members, questions).generate(in)
          : List.of();
      return Network.builder().members(members).events(events).communities(communities)
          .touchpoints(touchpoints).questions(questions).answers(answers).referrals(referrals).build();
    };
    return gen.describedAs(Networks::describe);
  }

  /**
   * {@code n} distinct identifiers drawn from {@link #ids()}, turned into typed ids by {@code of}
   * ({@code MemberId::of}). A drawn value that is already taken gets a {@code #i} suffix.
   */
  public static <T extends Identifier> List<T> uniqueIds(RandomnessSource in, int n, Function<String, T> of) {
    Set<String> taken = new HashSet<>();
    List<T> ids = new ArrayList<>(n);
    Gen<String> values = ids();
    for (int i = 0; i < n; i++) {
      String value = values.generate(in);
      for (int suffix = i; !taken.add(value); suffix++) {
        value = (value.length() > 240 ? "id" : value) + "#" + suffix;
      }
      ids.add(of.apply(value));
    }
    return ids;
  }

  /** {@code count} distinct typed identifiers, as a generator (see {@link #uniqueIds(RandomnessSource, int, Function)}). */
  public static <T extends Identifier> Gen<List<T>> uniqueIds(int count, Function<String, T> of) {
    return in -> uniqueIds(in, count, of);
  }

  // ---- values --------------------------------------------------------------------------------------

  /**
   * Valid identifier values: mostly short ASCII ({@code "k42"}); also accents, emoji, surrogate pairs,
   * combining marks, inner spaces (plain, non-breaking, ideographic), zero-width and bidi marks, a byte
   * order mark, quotes, slashes and separators, words that look like JSON literals or numbers, CSV
   * formulas, and 256-character values.
   */
  public static Gen<String> ids() {
    return Texts.ids();
  }

  /** Valid member ids (see {@link #ids()}). */
  public static Gen<MemberId> memberIds() {
    return ids().map(MemberId::of);
  }

  /** Valid event ids (see {@link #ids()}). */
  public static Gen<EventId> eventIds() {
    return ids().map(EventId::of);
  }

  /** Valid community ids (see {@link #ids()}). */
  public static Gen<CommunityId> communityIds() {
    return ids().map(CommunityId::of);
  }

  /** Valid touchpoint ids (see {@link #ids()}). */
  public static Gen<TouchpointId> touchpointIds() {
    return ids().map(TouchpointId::of);
  }

  /** Valid question ids (see {@link #ids()}). */
  public static Gen<QuestionId> questionIds() {
    return ids().map(QuestionId::of);
  }

  /** Valid answer ids (see {@link #ids()}). */
  public static Gen<AnswerId> answerIds() {
    return ids().map(AnswerId::of);
  }

  /** Valid referral ids (see {@link #ids()}). */
  public static Gen<ReferralId> referralIds() {
    return ids().map(ReferralId::of);
  }

  /**
   * Display names (never blank): plain most of the time, otherwise with accents, CJK, emoji, quotes,
   * commas, tabs, line breaks and surrounding white space.
   */
  public static Gen<String> names() {
    return Texts.names();
  }

  /** Question and answer texts (never blank): one word to a thousand characters, over several lines. */
  public static Gen<String> texts() {
    return Texts.texts();
  }

  /**
   * Raw topic names as people type them — mixed case, surrounding white space, runs of spaces, tabs and
   * line breaks between words, punctuation, letters whose lower case is longer ({@code "İ"}) or outside
   * the Basic Multilingual Plane — each valid for {@link Topic#of(String)}, including names that reach
   * {@link Topic#MAX_LENGTH} after normalisation.
   */
  public static Gen<String> topicNames() {
    return Texts.topicNames();
  }

  /** Topics made from {@link #topicNames()}. */
  public static Gen<Topic> topics() {
    return topicNames().map(Topic::of);
  }

  /** Up to {@code max} topics (as a set; fewer when two names normalise to the same topic). */
  public static Gen<Set<Topic>> topicSets(int max) {
    return in -> {
      Set<Topic> topics = new LinkedHashSet<>();
      int n = Draw.between(in, 0, max);
      Gen<Topic> gen = topics();
      for (int i = 0; i < n; i++) {
        topics.add(gen.generate(in));
      }
      return topics;
    };
  }

  /** Affiliations from {@link Affiliation#none()} to organisation / unit / team / sub-team. */
  public static Gen<Affiliation> affiliations() {
    return in -> {
      int depth = Draw.between(in, 0, 4);
      List<String> path = new ArrayList<>();
      for (int i = 0; i < depth; i++) {
        path.add(Texts.segments().generate(in));
      }
      return new Affiliation(path);
    };
  }

  /**
   * Instants: mostly between 2000 and 2030 (whole seconds, milliseconds or nanoseconds), sometimes the
   * epoch, leap days, year 0, years beyond 9999, {@link Instant#MIN} and {@link Instant#MAX}.
   */
  public static Gen<Instant> instants() {
    return in -> {
      int kind = Draw.between(in, 0, 9);
      if (kind == 9) {
        return Draw.pick(in, SPECIAL_INSTANTS);
      }
      long seconds = Generate.longRange(ORDINARY_FROM, ORDINARY_TO).generate(in);
      if (kind <= 5) {
        return Instant.ofEpochSecond(seconds);
      }
      if (kind <= 7) {
        return Instant.ofEpochSecond(seconds, Draw.between(in, 0, 999) * 1_000_000L);
      }
      return Instant.ofEpochSecond(seconds, Draw.between(in, 0, 999_999_999));
    };
  }

  /**
   * Instants at or after {@code earliest}: the same instant, a nanosecond, a second, … or thousands of
   * years later, never beyond {@link Instant#MAX}.
   */
  public static Gen<Instant> instantsFrom(Instant earliest) {
    Objects.requireNonNull(earliest, "earliest");
    return in -> {
      Duration step = Draw.pick(in, STEPS);
      Duration room = Duration.between(earliest, Instant.MAX);
      return step.compareTo(room) >= 0 ? Instant.MAX : earliest.plus(step);
    };
  }

  /** Consents: the defaults most of the time, otherwise any combination. */
  public static Gen<Consent> consents() {
    return in -> Draw.chance(in, 50) ? Consent.defaults()
        : new Consent(Draw.chance(in, 50), Draw.chance(in, 50), Draw.chance(in, 50));
  }

  /** Time zones: UTC, region zones with daylight saving, half- and quarter-hour offsets, ±12 to +14 hours. */
  public static Gen<ZoneId> timeZones() {
    return in -> Draw.pick(in, ZONES);
  }

  /** Touchpoint weights: 1 most of the time, otherwise from the smallest positive double to the largest. */
  public static Gen<Double> weights() {
    return in -> Draw.chance(in, 70) ? 1.0 : Draw.pick(in, WEIGHTS);
  }

  // ---- records -------------------------------------------------------------------------------------

  /** Members with ids from {@link #memberIds()}. */
  public static Gen<Member> members() {
    return members(memberIds());
  }

  /**
   * Members with ids from {@code ids}: name (or the id as name), affiliation, up to three expertise
   * topics and interests, preferred channels, time zone, capacity (0 to {@link Integer#MAX_VALUE}),
   * consent and up to two free-form attributes.
   */
  public static Gen<Member> members(Gen<MemberId> ids) {
    Objects.requireNonNull(ids, "ids");
    return in -> {
      Member.Builder b = Member.builder(ids.generate(in));
      if (Draw.chance(in, 80)) {
        b.name(names().generate(in));
      }
      b.affiliation(affiliations().generate(in));
      int expertise = Draw.between(in, 0, 3);
      for (int i = 0; i < expertise; i++) {
        b.expertise(topics().generate(in), Draw.pick(in, List.of(ExpertiseLevel.values())));
      }
      b.interests(topicSets(3).generate(in));
      for (Channel c : Draw.distinct(in, List.of(Channel.values()), 0, 2)) {
        b.prefers(c);
      }
      b.timeZone(timeZones().generate(in));
      b.capacity(Draw.chance(in, 70) ? Member.DEFAULT_CAPACITY
          : Draw.pick(in, List.of(0, 1, 10, Integer.MAX_VALUE)));
      b.consent(consents().generate(in));
      int attributes = Draw.between(in, 0, 2);
      for (int i = 0; i < attributes; i++) {
        String key = Draw.pick(in, List.of("role", "language", "Rôle", "年", "a,b", " padded "));
        b.attribute(key, Draw.chance(in, 20) ? "" : names().generate(in));
      }
      return b.build();
    };
  }

  /**
   * Events with ids from {@code ids}: title, medium (mostly a kind of gathering), start and an end at or
   * after it, optional place and link, topics, up to two hosts and five attendees from {@code members}.
   */
  public static Gen<Event> events(Gen<EventId> ids, List<MemberId> members) {
    Objects.requireNonNull(ids, "ids");
    List<MemberId> pool = List.copyOf(members);
    return in -> {
      Event.Builder b = Event.builder(ids.generate(in));
      if (Draw.chance(in, 70)) {
        b.title(names().generate(in));
      }
      b.medium(Draw.chance(in, 80) ? Draw.pick(in, GATHERINGS) : Draw.pick(in, List.of(Medium.values())));
      Instant start = instants().generate(in);
      b.time(start, instantsFrom(start).generate(in));
      if (Draw.chance(in, 50)) {
        b.place(Draw.pick(in, PLACES));
      }
      if (Draw.chance(in, 40)) {
        b.link(Draw.pick(in, LINKS));
      }
      topicSets(2).generate(in).forEach(b::topic);
      Draw.distinct(in, pool, 0, 2).forEach(b::host);
      b.attendees(Draw.distinct(in, pool, 0, 5));
      return b.build();
    };
  }

  /** Communities with ids from {@code ids}: name, kind, topics and up to five members from {@code members}. */
  public static Gen<Community> communities(Gen<CommunityId> ids, List<MemberId> members) {
    Objects.requireNonNull(ids, "ids");
    List<MemberId> pool = List.copyOf(members);
    return in -> new Community(ids.generate(in), names().generate(in),
        Draw.pick(in, List.of(CommunityKind.values())), topicSets(2).generate(in),
        new LinkedHashSet<>(Draw.distinct(in, pool, 0, 5)));
  }

  /**
   * Touchpoints with ids from {@code ids} among {@code members}: between two members, among a group of
   * three to six, or one member's attendance at one of {@code events}; possibly directed, at an event,
   * in one of {@code communities}, with topics and a weight.
   *
   * @throws IllegalArgumentException if there are fewer than two members and not one member and one event
   */
  public static Gen<Touchpoint> touchpoints(Gen<TouchpointId> ids, List<MemberId> members, List<EventId> events,
      List<CommunityId> communities) {
    Objects.requireNonNull(ids, "ids");
    List<MemberId> pool = List.copyOf(members);
    List<EventId> eventPool = List.copyOf(events);
    List<CommunityId> communityPool = List.copyOf(communities);
    List<Integer> kinds = new ArrayList<>();
    if (pool.size() >= 2) {
      kinds.add(2);
    }
    if (pool.size() >= 3) {
      kinds.add(3);
    }
    if (!pool.isEmpty() && !eventPool.isEmpty()) {
      kinds.add(1);
    }
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("touchpoints need two members, or a member and an event; got "
          + pool.size() + " members and " + eventPool.size() + " events");
    }
    return in -> {
      TouchpointId id = ids.generate(in);
      int kind = Draw.pick(in, kinds);
      List<MemberId> participants = kind == 2 ? Draw.distinct(in, pool, 2, 2)
          : kind == 3 ? Draw.distinct(in, pool, 3, 6) : Draw.distinct(in, pool, 1, 1);
      Optional<EventId> event = kind == 1 || !eventPool.isEmpty() && Draw.chance(in, 25)
          ? Optional.of(Draw.pick(in, eventPool)) : Optional.empty();
      Optional<MemberId> initiator = Draw.chance(in, 40)
          ? Optional.of(Draw.pick(in, participants)) : Optional.empty();
      Optional<CommunityId> community = !communityPool.isEmpty() && Draw.chance(in, 25)
          ? Optional.of(Draw.pick(in, communityPool)) : Optional.empty();
      Medium medium = Draw.pick(in, List.of(Medium.values()));
      return new Touchpoint(id, instants().generate(in), medium, participants, initiator, event, community,
          topicSets(2).generate(in), weights().generate(in));
    };
  }

  /**
   * Questions with ids from {@code ids}, asked by one of {@code askers}, possibly in one of
   * {@code communities}.
   *
   * @throws IllegalArgumentException if {@code askers} is empty
   */
  public static Gen<Question> questions(Gen<QuestionId> ids, List<MemberId> askers, List<CommunityId> communities) {
    Objects.requireNonNull(ids, "ids");
    List<MemberId> pool = nonEmpty(askers, "askers");
    List<CommunityId> communityPool = List.copyOf(communities);
    return in -> new Question(ids.generate(in), Draw.pick(in, pool), texts().generate(in),
        topicSets(3).generate(in), instants().generate(in),
        Draw.chance(in, 60) ? Medium.QA_BOARD : Draw.pick(in, List.of(Medium.values())),
        !communityPool.isEmpty() && Draw.chance(in, 40) ? Optional.of(Draw.pick(in, communityPool))
            : Optional.empty(),
        Draw.pick(in, List.of(QuestionStatus.values())));
  }

  /**
   * Answers with ids from {@code ids} to one of {@code questions}, at or after it was asked, by one of
   * {@code responders} (the asker too), with or without text, rated or not.
   *
   * @throws IllegalArgumentException if {@code questions} or {@code responders} is empty
   */
  public static Gen<Answer> answers(Gen<AnswerId> ids, List<Question> questions, List<MemberId> responders) {
    Objects.requireNonNull(ids, "ids");
    List<Question> questionPool = nonEmpty(questions, "questions");
    List<MemberId> pool = nonEmpty(responders, "responders");
    return in -> {
      AnswerId id = ids.generate(in);
      Question q = Draw.pick(in, questionPool);
      return new Answer(id, q.id(), Draw.pick(in, pool), instantsFrom(q.askedAt()).generate(in),
          Draw.chance(in, 60) ? Optional.of(texts().generate(in)) : Optional.empty(),
          Draw.pick(in, List.of(Helpfulness.values())));
    };
  }

  /**
   * Up to {@code max} referrals among {@code members}, valid together: question forwards (about one of
   * {@code questions}, made at or after it was asked) and introductions; about half continue an earlier
   * referral as its child (the next hop usually made by the previous hop's target, on behalf of the
   * asker), at or after their parent and about the same question; consent in every state, and contact
   * details shared only when consent was granted and the members whose details were passed on allow it.
   * Parents come before their children in the list.
   *
   * @throws IllegalArgumentException if there are fewer than two members
   */
  public static Gen<List<Referral>> referrals(int max, List<Member> members, List<Question> questions) {
    if (max < 0) {
      throw new IllegalArgumentException("max must be >= 0 but was " + max);
    }
    List<Member> memberPool = List.copyOf(members);
    if (memberPool.size() < 2) {
      throw new IllegalArgumentException("referrals need at least two members but got " + memberPool.size());
    }
    List<Question> questionPool = List.copyOf(questions);
    List<MemberId> ids = memberPool.stream().map(Member::id).toList();
    return in -> {
      List<ReferralId> referralIds = uniqueIds(in, Draw.between(in, 0, max), ReferralId::of);
      List<Referral> made = new ArrayList<>();
      for (ReferralId id : referralIds) {
        made.add(referral(in, id, made, memberPool, ids, questionPool));
      }
      return made;
    };
  }

  private static Referral referral(RandomnessSource in, ReferralId id, List<Referral> earlier, List<Member> members,
      List<MemberId> ids, List<Question> questions) {
    Optional<Referral> parent = !earlier.isEmpty() && Draw.chance(in, 50)
        ? Optional.of(Draw.pick(in, earlier)) : Optional.empty();
    Optional<QuestionId> inherited = parent.flatMap(Referral::question);
    boolean forward = inherited.isPresent() ? Draw.chance(in, 80) : !questions.isEmpty() && Draw.chance(in, 60);
    Optional<Question> question = !forward ? Optional.empty()
        : inherited.isPresent() ? questions.stream().filter(q -> q.id().equals(inherited.get())).findFirst()
        : Optional.of(Draw.pick(in, questions));
    Instant earliest = Instant.MIN;
    if (parent.isPresent()) {
      earliest = parent.get().at();
    }
    if (question.isPresent() && question.get().askedAt().isAfter(earliest)) {
      earliest = question.get().askedAt();
    }
    Instant at = parent.isEmpty() && question.isEmpty() ? instants().generate(in) : instantsFrom(earliest).generate(in);

    MemberId referrer;
    MemberId from;
    Optional<MemberId> onBehalfOf = Optional.empty();
    if (parent.isPresent() && Draw.chance(in, 70)) {
      // the next hop: the member just asked passes it on, on behalf of whoever it serves
      referrer = parent.get().to();
      from = parent.get().to();
      onBehalfOf = Optional.of(parent.get().onBehalfOf().orElse(parent.get().from()));
    } else {
      from = question.isPresent() && Draw.chance(in, 60) ? question.get().asker() : Draw.pick(in, ids);
      referrer = Draw.chance(in, 40) ? from : Draw.pick(in, ids);
      if (Draw.chance(in, 20)) {
        onBehalfOf = Optional.of(Draw.pick(in, ids));
      }
    }
    List<MemberId> targets = new ArrayList<>(ids);
    targets.remove(from);
    targets.remove(referrer);
    onBehalfOf.ifPresent(targets::remove);
    if (targets.isEmpty()) {
      onBehalfOf = Optional.empty();
      referrer = from;
      targets = new ArrayList<>(ids);
      targets.remove(from);
    }
    MemberId to = Draw.pick(in, targets);

    ReferralKind kind = forward ? ReferralKind.QUESTION_FORWARD : ReferralKind.INTRODUCTION;
    ConsentState consent = Draw.pick(in, List.of(ConsentState.values()));
    boolean shareable = consent == ConsentState.GRANTED && consentOf(members, to).shareContactDetails()
        && (kind == ReferralKind.QUESTION_FORWARD || consentOf(members, from).shareContactDetails());
    boolean shared = shareable && Draw.chance(in, 70);
    List<ReferralOutcome> outcomes = new ArrayList<>(List.of(ReferralOutcome.values()));
    outcomes.remove(kind == ReferralKind.QUESTION_FORWARD ? ReferralOutcome.INTRODUCED : ReferralOutcome.ANSWERED);
    return new Referral(id, kind, referrer, from, to, onBehalfOf, question.map(Question::id), parent.map(Referral::id),
        at, consent, shared, Draw.pick(in, outcomes));
  }

  private static Consent consentOf(List<Member> members, MemberId id) {
    for (Member m : members) {
      if (m.id().equals(id)) {
        return m.consent();
      }
    }
    throw new IllegalArgumentException("no member " + id);
  }

  private static <T> List<T> nonEmpty(List<T> values, String name) {
    List<T> copy = List.copyOf(Objects.requireNonNull(values, name));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return copy;
  }

  // ---- looking at networks -------------------------------------------------------------------------

  /** Every record of a network, section by section in {@link org.blendnet.core.Section} order. */
  public static List<Record> records(Network network) {
    List<Record> all = new ArrayList<>();
    all.addAll(network.members());
    all.addAll(network.events());
    all.addAll(network.communities());
    all.addAll(network.touchpoints());
    all.addAll(network.questions());
    all.addAll(network.answers());
    all.addAll(network.referrals());
    return all;
  }

  /**
   * Every identifier a value holds, in any field, found by walking its record components (and the
   * contents of optionals, collections, map keys and values, and nested records). Walks by reflection,
   * so a field added to a record later is covered without changing this method.
   */
  public static Set<Identifier> identifiersIn(Object value) {
    Set<Identifier> found = new LinkedHashSet<>();
    collect(Objects.requireNonNull(value, "value"), found);
    return found;
  }

  /** True if any field of any record of {@code network} holds {@code member}. */
  public static boolean mentions(Network network, MemberId member) {
    for (Record r : records(network)) {
      if (identifiersIn(r).contains(member)) {
        return true;
      }
    }
    return false;
  }

  private static void collect(Object value, Set<Identifier> found) {
    if (value instanceof Identifier id) {
      found.add(id);
    } else if (value instanceof Optional<?> o) {
      o.ifPresent(v -> collect(v, found));
    } else if (value instanceof Collection<?> c) {
      c.forEach(v -> collect(v, found));
    } else if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        collect(k, found);
        collect(v, found);
      });
    } else if (value instanceof Record r) {
      for (RecordComponent component : r.getClass().getRecordComponents()) {
        try {
          collect(component.getAccessor().invoke(r), found);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + component.getName() + " of " + r.getClass(), e);
        }
      }
    }
  }

  /**
   * A network record by record, for the report of a failing property: the summary line, then each
   * section's records (their {@code toString}, which shows ids, not personal data).
   */
  public static String describe(Network network) {
    StringBuilder s = new StringBuilder(network.toString());
    describe(s, "members", network.members());
    describe(s, "events", network.events());
    describe(s, "communities", network.communities());
    describe(s, "touchpoints", network.touchpoints());
    describe(s, "questions", network.questions());
    describe(s, "answers", network.answers());
    describe(s, "referrals", network.referrals());
    return s.toString();
  }

  private static void describe(StringBuilder s, String section, List<?> records) {
    if (!records.isEmpty()) {
      s.append('\n').append(section).append(':');
      for (Object r : records) {
        s.append("\n  ").append(r);
      }
    }
  }
}
