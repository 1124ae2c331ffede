package org.blendnet.core.io;

import static org.blendnet.core.io.JsonValueReader.abbreviate;
import static org.blendnet.core.io.JsonValueReader.describe;
import static org.blendnet.core.io.JsonValueReader.names;
import static org.blendnet.core.io.JsonValueReader.quote;
import static org.blendnet.core.io.JsonValueReader.set;

import org.blendnet.core.io.JsonValueReader.EnumNames;

import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import org.blendnet.core.NetworkValidationException;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.QuestionStatus;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.ReferralKind;
import org.blendnet.core.ReferralOutcome;
import org.blendnet.core.Section;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.core.Violation;
import org.blendnet.core.internal.BuilderAccess;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;

/**
 * Reads one {@code blendnet/1} document from a parser, streaming: each record is built and added to a
 * {@link Network.Builder} as soon as its closing brace is read, so memory holds the records and not a tree
 * of the document. The values inside records come from a {@link JsonValueReader} (canonical ids and topics,
 * fast instants, located errors). The start of every record is logged (8 bytes) so that rule violations
 * found by {@link Network.Builder#build()} can be reported at their record.
 *
 * <p>The first syntax, type or value error stops reading; rule violations are all reported together.
 * See {@code docs/format.md} for the format and its error model. One use only; not thread-safe.
 */
final class JsonNetworkReader {

  // The format's defaults. They belong to blendnet/1 and do not follow later changes of the model's defaults.
  static final int DEFAULT_CAPACITY = 3;
  static final boolean DEFAULT_CONTACTABLE = true;
  static final boolean DEFAULT_SHARE_CONTACT_DETAILS = false;
  static final boolean DEFAULT_RECOMMENDABLE = true;
  static final double DEFAULT_WEIGHT = 1.0;


  private static final String ROOT_FIELDS = "format, members, events, communities, touchpoints, questions, "
      + "answers, referrals";
  private static final String MEMBER_FIELDS = "id, name, affiliation, expertise, interests, preferredChannels, "
      + "timeZone, capacity, consent, attributes";
  private static final String CONSENT_FIELDS = "contactable, shareContactDetails, recommendable";
  private static final String EVENT_FIELDS = "id, title, medium, start, end, place, link, topics, hosts, attendees";
  private static final String COMMUNITY_FIELDS = "id, name, kind, topics, members";
  private static final String TOUCHPOINT_FIELDS = "id, at, medium, participants, initiator, event, community, "
      + "topics, weight";
  private static final String QUESTION_FIELDS = "id, asker, text, topics, askedAt, medium, community, status";
  private static final String ANSWER_FIELDS = "id, question, responder, answeredAt, text, rating";
  private static final String REFERRAL_FIELDS = "id, kind, referrer, from, to, onBehalfOf, question, parent, at, "
      + "consent, contactDetailsShared, outcome";

  private static final EnumNames<Medium> MEDIA = names(Medium.values());
  private static final EnumNames<Channel> CHANNELS = names(Channel.values());
  private static final EnumNames<ExpertiseLevel> LEVELS = names(ExpertiseLevel.values());
  private static final EnumNames<CommunityKind> COMMUNITY_KINDS = names(CommunityKind.values());
  private static final EnumNames<QuestionStatus> QUESTION_STATUSES = names(QuestionStatus.values());
  private static final EnumNames<Helpfulness> RATINGS = names(Helpfulness.values());
  private static final EnumNames<ReferralKind> REFERRAL_KINDS = names(ReferralKind.values());
  private static final EnumNames<ConsentState> CONSENT_STATES = names(ConsentState.values());
  private static final EnumNames<ReferralOutcome> OUTCOMES = names(ReferralOutcome.values());

  private final JsonParser p;
  private final JsonValueReader v;
  private final String source;
  private final Network.Builder builder = Network.builder();
  private final Map<Section, RecordStarts> starts = new EnumMap<>(Section.class);

  private boolean formatSeen;

  JsonNetworkReader(JsonParser parser, String source, JsonLimits limits) {
    this.p = parser;
    this.v = new JsonValueReader(parser, source, limits);
    this.source = source;
    for (Section s : Section.values()) {
      starts.put(s, new RecordStarts());
    }
  }

  /**
   * Reads the document and builds the network.
   *
   * @throws NetworkFormatException if the document is not a valid network
   * @throws UncheckedIOException if the input cannot be read
   */
  Network read() {
    try {
      document();
    } catch (JacksonException e) {
      throw v.translate(e);
    }
    try {
      // every member id was read through one table, which knows whether each names a member record
      return v.everyMemberIdDefined() ? BuilderAccess.get().buildWithMemberReferencesChecked(builder)
          : builder.build();
    } catch (NetworkValidationException e) {
      throw translate(e);
    }
  }

  /** Counts of records read, for logging. */
  int records(Section section) {
    return Objects.requireNonNull(starts.get(section)).size();
  }

  // ---- the document ---------------------------------------------------------------------------

  private void document() {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw new NetworkFormatException(v.location(p.currentLocation(), ""),
          "the document is empty; expected an object with \"format\": \"" + NetworkJson.FORMAT + "\"");
    }
    if (first != JsonToken.START_OBJECT) {
      throw v.wrongType("an object at the root");
    }
    TokenStreamLocation root = p.currentTokenLocation();
    String name;
    int keys = v.startKeys();
    while ((name = v.nextKey(keys)) != null) {
      switch (name) {
        case "format":
          format();
          break;
        case "members":
          section(Section.MEMBERS);
          break;
        case "events":
          section(Section.EVENTS);
          break;
        case "communities":
          section(Section.COMMUNITIES);
          break;
        case "touchpoints":
          section(Section.TOUCHPOINTS);
          break;
        case "questions":
          section(Section.QUESTIONS);
          break;
        case "answers":
          section(Section.ANSWERS);
          break;
        case "referrals":
          section(Section.REFERRALS);
          break;
        default:
          throw v.unknownField(name, "at the root", ROOT_FIELDS);
      }
    }
    if (!formatSeen) {
      throw new NetworkFormatException(v.location(root, ""),
          "missing required field \"format\"; expected \"" + NetworkJson.FORMAT + "\"");
    }
    JsonToken trailing = p.nextToken();
    if (trailing != null) {
      throw v.fail("trailing content after the root object: " + describe(trailing));
    }
  }

  private void format() {
    String format = v.string("the format (a string)");
    if (!NetworkJson.FORMAT.equals(format)) {
      throw v.fail("unsupported format \"" + quote(format) + "\"; this reader supports " + NetworkJson.FORMAT);
    }
    formatSeen = true;
  }

  private void section(Section section) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t != JsonToken.START_ARRAY) {
      throw v.wrongType("an array of " + section.key());
    }
    RecordStarts log = Objects.requireNonNull(starts.get(section));
    int index = 0;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        throw v.wrongType("a " + singular(section) + " (an object)");
      }
      if (p instanceof ParserBase base) {
        // the numbers of currentTokenLocation() without a location object per record (this accessor counts
        // columns one higher; HostileInputTest and NetworkJsonErrorTest check the columns reported)
        log.add(Math.max(0, base.getTokenLineNr()), Math.max(0, base.getTokenColumnNr() - 1));
      } else {
        TokenStreamLocation start = p.currentTokenLocation();
        log.add(Math.max(0, start.getLineNr()), Math.max(0, start.getColumnNr()));
      }
      switch (section) {
        case MEMBERS:
          member(index);
          break;
        case EVENTS:
          event(index);
          break;
        case COMMUNITIES:
          community(index);
          break;
        case TOUCHPOINTS:
          touchpoint(index);
          break;
        case QUESTIONS:
          question(index);
          break;
        case ANSWERS:
          answer(index);
          break;
        case REFERRALS:
          referral(index);
          break;
      }
      index++;
    }
  }

  // ---- records ------------------------------------------------------------------------------------

  private void member(int index) {
    MemberId id = null;
    String name = null;
    Affiliation affiliation = Affiliation.none();
    Map<Topic, ExpertiseLevel> expertise = Map.of();
    List<Topic> interests = List.of();
    List<Channel> channels = List.of();
    ZoneId timeZone = ZoneOffset.UTC;
    int capacity = DEFAULT_CAPACITY;
    Consent consent = null;
    Map<String, String> attributes = Map.of();
    String field;
    int keys = v.startKeys();
    while ((field = v.nextKey(keys)) != null) {
      switch (field) {
        case "id":
          id = v.memberId();
          v.memberDefined();
          break;
        case "name":
          name = v.optionalString();
          break;
        case "affiliation":
          affiliation = v.affiliation();
          break;
        case "expertise":
          expertise = expertise();
          break;
        case "interests":
          interests = v.array(v::topicElement, true);
          break;
        case "preferredChannels":
          channels = v.array(() -> v.currentEnum(CHANNELS, "channel"), true);
          break;
        case "timeZone":
          timeZone = v.timeZone(ZoneOffset.UTC);
          break;
        case "capacity":
          capacity = v.integer(DEFAULT_CAPACITY);
          break;
        case "consent":
          consent = consent();
          break;
        case "attributes":
          attributes = attributes();
          break;
        default:
          throw v.unknownField(field, "in a member", MEMBER_FIELDS);
      }
    }
    Section s = Section.MEMBERS;
    MemberId memberId = require(id, s, index, "id");
    try {
      builder.member(new Member(memberId, name == null ? memberId.value() : name, affiliation, expertise,
          set(interests), set(channels), timeZone, capacity, consent == null ? defaultConsent() : consent,
          attributes));
    } catch (IllegalArgumentException e) {
      throw rejected(s, index, e);
    }
  }

  private void event(int index) {
    EventId id = null;
    String title = null;
    Medium medium = null;
    Instant start = null;
    Instant end = null;
    Optional<String> place = Optional.empty();
    Optional<URI> link = Optional.empty();
    List<Topic> eventTopics = List.of();
    List<MemberId> hosts = List.of();
    List<MemberId> attendees = List.of();
    String field;
    int keys = v.startKeys();
    while ((field = v.nextKey(keys)) != null) {
      switch (field) {
        case "id":
          id = v.eventId();
          break;
        case "title":
          title = v.optionalString();
          break;
        case "medium":
          medium = v.enumValue(MEDIA, "medium");
          break;
        case "start":
          start = v.instant();
          break;
        case "end":
          end = v.instant();
          break;
        case "place":
          place = Optional.ofNullable(v.optionalString());
          break;
        case "link":
          link = v.optionalUri();
          break;
        case "topics":
          eventTopics = v.array(v::topicElement, true);
          break;
        case "hosts":
          hosts = v.memberList();
          break;
        case "attendees":
          attendees = v.memberList();
          break;
        default:
          throw v.unknownField(field, "in an event", EVENT_FIELDS);
      }
    }
    Section s = Section.EVENTS;
    EventId eventId = require(id, s, index, "id");
    try {
      builder.event(new Event(eventId, title == null ? eventId.value() : title, require(medium, s, index, "medium"),
          require(start, s, index, "start"), require(end, s, index, "end"), place, link, set(eventTopics),
          set(hosts), set(attendees)));
    } catch (IllegalArgumentException e) {
      throw rejected(s, index, e);
    }
  }

  private void community(int index) {
    CommunityId id = null;
    String name = null;
    CommunityKind kind = null;
    List<Topic> communityTopics = List.of();
    List<MemberId> members = List.of();
    String field;
    int keys = v.startKeys();
    while ((field = v.nextKey(keys)) != null) {
      switch (field) {
        case "id":
          id = v.communityId();
          break;
        case "name":
          name = v.string("a name (a string)");
          break;
        case "kind":
          kind = v.enumValue(COMMUNITY_KINDS, "community kind");
          break;
        case "topics":
          communityTopics = v.array(v::topicElement, true);
          break;
        case "members":
          members = v.memberList();
          break;
        default:
          throw v.unknownField(field, "in a community", COMMUNITY_FIELDS);
      }
    }
    Section s = Section.COMMUNITIES;
    CommunityId communityId = require(id, s, index, "id");
    try {
      builder.community(new Community(communityId, require(name, s, index, "name"), require(kind, s, index, "kind"),
          set(communityTopics), set(members)));
    } catch (IllegalArgumentException e) {
      throw rejected(s, index, e);
    }
  }

  private void touchpoint(int index) {
    TouchpointId id = null;
    Instant at = null;
    Medium medium = null;
    List<MemberId> participants = null;
    Optional<MemberId> initiator = Optional.empty();
    Optional<EventId> event = Optional.empty();
    Optional<CommunityId> community = Optional.empty();
    List<Topic> touchpointTopics = List.of();
    double weight = DEFAULT_WEIGHT;
    String field;
    int keys = v.startKeys();
    while ((field = v.nextKey(keys)) != null) {
      switch (field) {
        case "id":
          id = v.plainId(TouchpointId::of);
          break;
        case "at":
          at = v.instant();
          break;
        case "medium":
          medium = v.enumValue(MEDIA, "medium");
          break;
        case "participants":
          participants = v.memberList();
          break;
        case "initiator":
          initiator = v.optionalMemberId();
          break;
        case "event":
          event = v.optionalEventId();
          break;
        case "community":
          community = v.optionalCommunityId();
          break;
        case "topics":
          touchpointTopics = v.array(v::topicElement, true);
          break;
        case "weight":
          weight = v.number(DEFAULT_WEIGHT);
          break;
        default:
          throw v.unknownField(field, "in a touchpoint", TOUCHPOINT_FIELDS);
      }
    }
    Section s = Section.TOUCHPOINTS;
    TouchpointId touchpointId = require(id, s, index, "id");
    try {
      builder.touchpoint(new Touchpoint(touchpointId, require(at, s, index, "at"), require(medium, s, index, "medium"),
          List.copyOf(require(participants, s, index, "participants")), initiator, event, community,
          set(touchpointTopics), weight));
    } catch (IllegalArgumentException e) {
      throw rejected(s, index, e);
    }
  }

  private void question(int index) {
    QuestionId id = null;
    MemberId asker = null;
    String text = null;
    List<Topic> questionTopics = List.of();
    Instant askedAt = null;
    Medium medium = null;
    Optional<CommunityId> community = Optional.empty();
    QuestionStatus status = QuestionStatus.OPEN;
    String field;
    int keys = v.startKeys();
    while ((field = v.nextKey(keys)) != null) {
      switch (field) {
        case "id":
          id = v.questionId();
          break;
        case "asker":
          asker = v.memberId();
          break;
        case "text":
          text = v.string("the question's text (a string)");
          break;
        case "topics":
          questionTopics = v.array(v::topicElement, true);
          break;
        case "askedAt":
          askedAt = v.instant();
          break;
        case "medium":
          medium = v.enumValue(MEDIA, "medium");
          break;
        case "community":
          community = v.optionalCommunityId();
          break;
        case "status":
          status = v.enumValue(QUESTION_STATUSES, "question status", QuestionStatus.OPEN);
          break;
        default:
          throw v.unknownField(field, "in a question", QUESTION_FIELDS);
      }
    }
    Section s = Section.QUESTIONS;
    QuestionId questionId = require(id, s, index, "id");
    try {
      builder.question(new Question(questionId, require(asker, s, index, "asker"), require(text, s, index, "text"),
          set(questionTopics), require(askedAt, s, index, "askedAt"), require(medium, s, index, "medium"),
          community, status));
    } catch (IllegalArgumentException e) {
      throw rejected(s, index, e);
    }
  }

  private void answer(int index) {
    AnswerId id = null;
    QuestionId question = null;
    MemberId responder = null;
    Instant answeredAt = null;
    Optional<String> text = Optional.empty();
    Helpfulness rating = Helpfulness.UNRATED;
    String field;
    int keys = v.startKeys();
    while ((field = v.nextKey(keys)) != null) {
      switch (field) {
        case "id":
          id = v.plainId(AnswerId::of);
          break;
        case "question":
          question = v.questionId();
          break;
        case "responder":
          responder = v.memberId();
          break;
        case "answeredAt":
          answeredAt = v.instant();
          break;
        case "text":
          text = Optional.ofNullable(v.optionalString());
          break;
        case "rating":
          rating = v.enumValue(RATINGS, "rating", Helpfulness.UNRATED);
          break;
        default:
          throw v.unknownField(field, "in an answer", ANSWER_FIELDS);
      }
    }
    Section s = Section.ANSWERS;
    AnswerId answerId = require(id, s, index, "id");
    try {
      builder.answer(new Answer(answerId, require(question, s, index, "question"),
          require(responder, s, index, "responder"), require(answeredAt, s, index, "answeredAt"), text, rating));
    } catch (IllegalArgumentException e) {
      throw rejected(s, index, e);
    }
  }

  private void referral(int index) {
    ReferralId id = null;
    ReferralKind kind = null;
    MemberId referrer = null;
    MemberId from = null;
    MemberId to = null;
    Optional<MemberId> onBehalfOf = Optional.empty();
    Optional<QuestionId> question = Optional.empty();
    Optional<ReferralId> parent = Optional.empty();
    Instant at = null;
    ConsentState consent = ConsentState.NOT_REQUESTED;
    boolean contactDetailsShared = false;
    ReferralOutcome outcome = ReferralOutcome.PENDING;
    String field;
    int keys = v.startKeys();
    while ((field = v.nextKey(keys)) != null) {
      switch (field) {
        case "id":
          id = v.referralId();
          break;
        case "kind":
          kind = v.enumValue(REFERRAL_KINDS, "referral kind");
          break;
        case "referrer":
          referrer = v.memberId();
          break;
        case "from":
          from = v.memberId();
          break;
        case "to":
          to = v.memberId();
          break;
        case "onBehalfOf":
          onBehalfOf = v.optionalMemberId();
          break;
        case "question":
          question = v.optionalQuestionId();
          break;
        case "parent":
          parent = v.optionalReferralId();
          break;
        case "at":
          at = v.instant();
          break;
        case "consent":
          consent = v.enumValue(CONSENT_STATES, "consent state", ConsentState.NOT_REQUESTED);
          break;
        case "contactDetailsShared":
          contactDetailsShared = v.bool(false);
          break;
        case "outcome":
          outcome = v.enumValue(OUTCOMES, "referral outcome", ReferralOutcome.PENDING);
          break;
        default:
          throw v.unknownField(field, "in a referral", REFERRAL_FIELDS);
      }
    }
    Section s = Section.REFERRALS;
    ReferralId referralId = require(id, s, index, "id");
    try {
      builder.referral(new Referral(referralId, require(kind, s, index, "kind"),
          require(referrer, s, index, "referrer"), require(from, s, index, "from"), require(to, s, index, "to"),
          onBehalfOf, question, parent, require(at, s, index, "at"), consent, contactDetailsShared, outcome));
    } catch (IllegalArgumentException e) {
      throw rejected(s, index, e);
    }
  }

  // ---- nested objects -----------------------------------------------------------------------------

  private Map<Topic, ExpertiseLevel> expertise() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return Map.of();
    }
    if (t != JsonToken.START_OBJECT) {
      throw v.wrongType("an object of topics and levels");
    }
    Map<Topic, ExpertiseLevel> levels = new LinkedHashMap<>();
    Set<String> keys = new HashSet<>();
    String key;
    while ((key = p.nextName()) != null) {
      if (!keys.add(key)) {
        throw v.duplicateKey(key, false);
      }
      Topic topic = v.topic(key);
      if (levels.containsKey(topic)) {
        throw v.fail("topic \"" + quote(topic.name()) + "\" appears twice");
      }
      levels.put(topic, v.enumValue(LEVELS, "expertise level"));
    }
    return levels;
  }

  private Consent consent() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return defaultConsent();
    }
    if (t != JsonToken.START_OBJECT) {
      throw v.wrongType("a consent (an object)");
    }
    boolean contactable = DEFAULT_CONTACTABLE;
    boolean share = DEFAULT_SHARE_CONTACT_DETAILS;
    boolean recommendable = DEFAULT_RECOMMENDABLE;
    String field;
    int keys = v.startKeys();
    while ((field = v.nextKey(keys)) != null) {
      switch (field) {
        case "contactable":
          contactable = v.bool(DEFAULT_CONTACTABLE);
          break;
        case "shareContactDetails":
          share = v.bool(DEFAULT_SHARE_CONTACT_DETAILS);
          break;
        case "recommendable":
          recommendable = v.bool(DEFAULT_RECOMMENDABLE);
          break;
        default:
          throw v.unknownField(field, "in a consent", CONSENT_FIELDS);
      }
    }
    return new Consent(contactable, share, recommendable);
  }

  private static Consent defaultConsent() {
    return new Consent(DEFAULT_CONTACTABLE, DEFAULT_SHARE_CONTACT_DETAILS, DEFAULT_RECOMMENDABLE);
  }

  private Map<String, String> attributes() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return Map.of();
    }
    if (t != JsonToken.START_OBJECT) {
      throw v.wrongType("an object of attributes");
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    String key;
    while ((key = p.nextName()) != null) {
      if (attributes.containsKey(key)) {
        throw v.duplicateKey(key, false);
      }
      attributes.put(key, v.string("an attribute value (a string)"));
    }
    return attributes;
  }

  // ---- errors -------------------------------------------------------------------------------------

  private <T> T require(@Nullable T value, Section section, int index, String field) {
    if (value == null) {
      throw new NetworkFormatException(recordLocation(section, index, ""),
          "missing required field \"" + field + "\" in " + singular(section) + " " + index);
    }
    return value;
  }

  private NetworkFormatException rejected(Section section, int index, RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName()
        : abbreviate(e.getMessage());
    return new NetworkFormatException(recordLocation(section, index, ""),
        "invalid " + singular(section) + ": " + message, e);
  }

  private NetworkFormatException translate(NetworkValidationException e) {
    List<NetworkFormatException.Problem> problems = new ArrayList<>(e.violations().size());
    for (Violation violation : e.violations()) {
      String field = violation.field().isEmpty() ? "" : "/" + violation.field();
      problems.add(new NetworkFormatException.Problem(recordLocation(violation.section(), violation.index(), field),
          violation.rule() + " in " + singular(violation.section()) + " '"
              + quote(violation.id().value()) + "': " + violation.message()));
    }
    return new NetworkFormatException(problems, e);
  }

  private InputLocation recordLocation(Section section, int index, String field) {
    RecordStarts log = Objects.requireNonNull(starts.get(section));
    return new InputLocation(source, log.line(index), log.column(index), "/" + section.key() + "/" + index + field);
  }

  private static String singular(Section section) {
    String key = section.key();
    return section == Section.COMMUNITIES ? "community" : key.substring(0, key.length() - 1);
  }
}
