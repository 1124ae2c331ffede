package org.blendnet.core.io;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Reads one {@code blendnet/1} document from a parser, streaming: each record is built and added to a
 * {@link Network.Builder} as soon as its closing brace is read, so memory holds the records and not a tree
 * of the document. Identifiers and topics are canonicalised (one instance per distinct text), instants
 * take a fast path, and the start of every record is logged (8 bytes) so that rule violations found by
 * {@link Network.Builder#build()} can be reported at their record.
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

  /** The most characters of input quoted in a message (input is personal data; keep messages short). */
  static final int MAX_QUOTE = 40;
  /** The most characters of a record constructor's message passed on. */
  private static final int MAX_MESSAGE = 200;

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

  private static final Map<String, Medium> MEDIA = names(Medium.values());
  private static final Map<String, Channel> CHANNELS = names(Channel.values());
  private static final Map<String, ExpertiseLevel> LEVELS = names(ExpertiseLevel.values());
  private static final Map<String, CommunityKind> COMMUNITY_KINDS = names(CommunityKind.values());
  private static final Map<String, QuestionStatus> QUESTION_STATUSES = names(QuestionStatus.values());
  private static final Map<String, Helpfulness> RATINGS = names(Helpfulness.values());
  private static final Map<String, ReferralKind> REFERRAL_KINDS = names(ReferralKind.values());
  private static final Map<String, ConsentState> CONSENT_STATES = names(ConsentState.values());
  private static final Map<String, ReferralOutcome> OUTCOMES = names(ReferralOutcome.values());

  private final JsonParser p;
  private final String source;
  private final JsonLimits limits;
  private final Network.Builder builder = Network.builder();
  private final Map<Section, RecordStarts> starts = new EnumMap<>(Section.class);

  private final Map<String, Canonical<MemberId>> memberIds = new HashMap<>();
  private final Map<String, Canonical<EventId>> eventIds = new HashMap<>();
  private final Map<String, Canonical<CommunityId>> communityIds = new HashMap<>();
  private final Map<String, Canonical<QuestionId>> questionIds = new HashMap<>();
  private final Map<String, Canonical<ReferralId>> referralIds = new HashMap<>();
  private final Map<String, Topic> topics = new HashMap<>();

  private boolean formatSeen;

  JsonNetworkReader(JsonParser parser, String source, JsonLimits limits) {
    this.p = parser;
    this.source = source;
    this.limits = limits;
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
    } catch (JacksonIOException e) {
      throw new UncheckedIOException("could not read " + source + ": " + e.getCause().getMessage(), e.getCause());
    } catch (StreamConstraintsException e) {
      throw new NetworkFormatException(location(p.currentLocation(), pointer()), limitMessage(e), e);
    } catch (UnexpectedEndOfInputException e) {
      throw new NetworkFormatException(location(p.currentLocation(), pointer()),
          "malformed JSON: the input ends before the document does (truncated?)", e);
    } catch (JacksonException e) {
      // for a duplicate key, Jackson's location is just after the key
      TokenStreamLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      String message = isDuplicateKey(e) ? duplicateKeyMessage() : "malformed JSON: " + jacksonMessage(e);
      throw new NetworkFormatException(location(where, pointer()), message, e);
    }
    try {
      return builder.build();
    } catch (NetworkValidationException e) {
      throw translate(e);
    }
  }

  /** Counts of records read, for logging. */
  int records(Section section) {
    return starts.get(section).size();
  }

  // ---- the document ---------------------------------------------------------------------------

  private void document() {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw new NetworkFormatException(location(p.currentLocation(), ""),
          "the document is empty; expected an object with \"format\": \"" + NetworkJson.FORMAT + "\"");
    }
    if (first != JsonToken.START_OBJECT) {
      throw wrongType("an object at the root");
    }
    TokenStreamLocation root = p.currentTokenLocation();
    String name;
    while ((name = p.nextName()) != null) {
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
          throw unknownField(name, "at the root", ROOT_FIELDS);
      }
    }
    if (!formatSeen) {
      throw new NetworkFormatException(location(root, ""),
          "missing required field \"format\"; expected \"" + NetworkJson.FORMAT + "\"");
    }
    JsonToken trailing = p.nextToken();
    if (trailing != null) {
      throw fail("trailing content after the root object: " + describe(trailing));
    }
  }

  private void format() {
    String format = string("the format (a string)");
    if (!NetworkJson.FORMAT.equals(format)) {
      throw fail("unsupported format \"" + quote(format) + "\"; this reader supports " + NetworkJson.FORMAT);
    }
    formatSeen = true;
  }

  private void section(Section section) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t != JsonToken.START_ARRAY) {
      throw wrongType("an array of " + section.key());
    }
    RecordStarts log = starts.get(section);
    int index = 0;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        throw wrongType("a " + singular(section) + " (an object)");
      }
      TokenStreamLocation start = p.currentTokenLocation();
      log.add(Math.max(0, start.getLineNr()), Math.max(0, start.getColumnNr()));
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
    while ((field = p.nextName()) != null) {
      switch (field) {
        case "id":
          id = memberId().value;
          break;
        case "name":
          name = optionalString();
          break;
        case "affiliation":
          affiliation = affiliation();
          break;
        case "expertise":
          expertise = expertise();
          break;
        case "interests":
          interests = array(this::topicElement, true);
          break;
        case "preferredChannels":
          channels = array(() -> currentEnum(CHANNELS, "channel"), true);
          break;
        case "timeZone":
          timeZone = timeZone();
          break;
        case "capacity":
          capacity = capacity();
          break;
        case "consent":
          consent = consent();
          break;
        case "attributes":
          attributes = attributes();
          break;
        default:
          throw unknownField(field, "in a member", MEMBER_FIELDS);
      }
    }
    Section s = Section.MEMBERS;
    MemberId memberId = require(id, s, index, "id");
    try {
      builder.member(new Member(memberId, name == null ? memberId.value() : name, affiliation, expertise, set(interests),
          set(channels), timeZone, capacity, consent == null ? defaultConsent() : consent, attributes));
    } catch (IllegalArgumentException | NullPointerException e) {
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
    while ((field = p.nextName()) != null) {
      switch (field) {
        case "id":
          id = eventId().value;
          break;
        case "title":
          title = optionalString();
          break;
        case "medium":
          medium = enumValue(MEDIA, "medium");
          break;
        case "start":
          start = instant();
          break;
        case "end":
          end = instant();
          break;
        case "place":
          place = Optional.ofNullable(optionalString());
          break;
        case "link":
          link = link();
          break;
        case "topics":
          eventTopics = array(this::topicElement, true);
          break;
        case "hosts":
          hosts = array(this::memberElement, true);
          break;
        case "attendees":
          attendees = array(this::memberElement, true);
          break;
        default:
          throw unknownField(field, "in an event", EVENT_FIELDS);
      }
    }
    Section s = Section.EVENTS;
    EventId eventId = require(id, s, index, "id");
    try {
      builder.event(new Event(eventId, title == null ? eventId.value() : title, require(medium, s, index, "medium"),
          require(start, s, index, "start"), require(end, s, index, "end"), place, link, set(eventTopics),
          set(hosts), set(attendees)));
    } catch (IllegalArgumentException | NullPointerException e) {
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
    while ((field = p.nextName()) != null) {
      switch (field) {
        case "id":
          id = communityId().value;
          break;
        case "name":
          name = string("a name (a string)");
          break;
        case "kind":
          kind = enumValue(COMMUNITY_KINDS, "community kind");
          break;
        case "topics":
          communityTopics = array(this::topicElement, true);
          break;
        case "members":
          members = array(this::memberElement, true);
          break;
        default:
          throw unknownField(field, "in a community", COMMUNITY_FIELDS);
      }
    }
    Section s = Section.COMMUNITIES;
    CommunityId communityId = require(id, s, index, "id");
    try {
      builder.community(new Community(communityId, require(name, s, index, "name"), require(kind, s, index, "kind"),
          set(communityTopics), set(members)));
    } catch (IllegalArgumentException | NullPointerException e) {
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
    while ((field = p.nextName()) != null) {
      switch (field) {
        case "id":
          id = plainId(TouchpointId::of);
          break;
        case "at":
          at = instant();
          break;
        case "medium":
          medium = enumValue(MEDIA, "medium");
          break;
        case "participants":
          participants = array(this::memberElement, true);
          break;
        case "initiator":
          initiator = optional(memberIds, MemberId::of);
          break;
        case "event":
          event = optional(eventIds, EventId::of);
          break;
        case "community":
          community = optional(communityIds, CommunityId::of);
          break;
        case "topics":
          touchpointTopics = array(this::topicElement, true);
          break;
        case "weight":
          weight = weight();
          break;
        default:
          throw unknownField(field, "in a touchpoint", TOUCHPOINT_FIELDS);
      }
    }
    Section s = Section.TOUCHPOINTS;
    TouchpointId touchpointId = require(id, s, index, "id");
    try {
      builder.touchpoint(new Touchpoint(touchpointId, require(at, s, index, "at"), require(medium, s, index, "medium"),
          List.copyOf(require(participants, s, index, "participants")), initiator, event, community,
          set(touchpointTopics), weight));
    } catch (IllegalArgumentException | NullPointerException e) {
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
    while ((field = p.nextName()) != null) {
      switch (field) {
        case "id":
          id = questionId().value;
          break;
        case "asker":
          asker = memberId().value;
          break;
        case "text":
          text = string("the question's text (a string)");
          break;
        case "topics":
          questionTopics = array(this::topicElement, true);
          break;
        case "askedAt":
          askedAt = instant();
          break;
        case "medium":
          medium = enumValue(MEDIA, "medium");
          break;
        case "community":
          community = optional(communityIds, CommunityId::of);
          break;
        case "status":
          status = optionalEnum(QUESTION_STATUSES, "question status", QuestionStatus.OPEN);
          break;
        default:
          throw unknownField(field, "in a question", QUESTION_FIELDS);
      }
    }
    Section s = Section.QUESTIONS;
    QuestionId questionId = require(id, s, index, "id");
    try {
      builder.question(new Question(questionId, require(asker, s, index, "asker"), require(text, s, index, "text"),
          set(questionTopics), require(askedAt, s, index, "askedAt"), require(medium, s, index, "medium"),
          community, status));
    } catch (IllegalArgumentException | NullPointerException e) {
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
    while ((field = p.nextName()) != null) {
      switch (field) {
        case "id":
          id = plainId(AnswerId::of);
          break;
        case "question":
          question = questionId().value;
          break;
        case "responder":
          responder = memberId().value;
          break;
        case "answeredAt":
          answeredAt = instant();
          break;
        case "text":
          text = Optional.ofNullable(optionalString());
          break;
        case "rating":
          rating = optionalEnum(RATINGS, "rating", Helpfulness.UNRATED);
          break;
        default:
          throw unknownField(field, "in an answer", ANSWER_FIELDS);
      }
    }
    Section s = Section.ANSWERS;
    AnswerId answerId = require(id, s, index, "id");
    try {
      builder.answer(new Answer(answerId, require(question, s, index, "question"),
          require(responder, s, index, "responder"), require(answeredAt, s, index, "answeredAt"), text, rating));
    } catch (IllegalArgumentException | NullPointerException e) {
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
    while ((field = p.nextName()) != null) {
      switch (field) {
        case "id":
          id = referralId().value;
          break;
        case "kind":
          kind = enumValue(REFERRAL_KINDS, "referral kind");
          break;
        case "referrer":
          referrer = memberId().value;
          break;
        case "from":
          from = memberId().value;
          break;
        case "to":
          to = memberId().value;
          break;
        case "onBehalfOf":
          onBehalfOf = optional(memberIds, MemberId::of);
          break;
        case "question":
          question = optional(questionIds, QuestionId::of);
          break;
        case "parent":
          parent = optional(referralIds, ReferralId::of);
          break;
        case "at":
          at = instant();
          break;
        case "consent":
          consent = optionalEnum(CONSENT_STATES, "consent state", ConsentState.NOT_REQUESTED);
          break;
        case "contactDetailsShared":
          contactDetailsShared = bool(false);
          break;
        case "outcome":
          outcome = optionalEnum(OUTCOMES, "referral outcome", ReferralOutcome.PENDING);
          break;
        default:
          throw unknownField(field, "in a referral", REFERRAL_FIELDS);
      }
    }
    Section s = Section.REFERRALS;
    ReferralId referralId = require(id, s, index, "id");
    try {
      builder.referral(new Referral(referralId, require(kind, s, index, "kind"), require(referrer, s, index, "referrer"),
          require(from, s, index, "from"), require(to, s, index, "to"), onBehalfOf, question, parent,
          require(at, s, index, "at"), consent, contactDetailsShared, outcome));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw rejected(s, index, e);
    }
  }

  // ---- nested values ------------------------------------------------------------------------------

  private Map<Topic, ExpertiseLevel> expertise() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return Map.of();
    }
    if (t != JsonToken.START_OBJECT) {
      throw wrongType("an object of topics and levels");
    }
    Map<Topic, ExpertiseLevel> levels = new LinkedHashMap<>();
    String key;
    while ((key = p.nextName()) != null) {
      Topic topic = topic(key);
      if (levels.containsKey(topic)) {
        throw fail("topic \"" + quote(topic.name()) + "\" appears twice");
      }
      levels.put(topic, enumValue(LEVELS, "expertise level"));
    }
    return levels;
  }

  /** Reads the affiliation; a bad segment is reported at the field's name. */
  private Affiliation affiliation() {
    TokenStreamLocation start = p.currentTokenLocation();
    String pointer = pointer();
    List<String> path = array(this::segment, false);
    try {
      return path.isEmpty() ? Affiliation.none() : new Affiliation(path);
    } catch (IllegalArgumentException e) {
      throw new NetworkFormatException(location(start, pointer), abbreviate(e.getMessage()), e);
    }
  }

  private Consent consent() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return defaultConsent();
    }
    if (t != JsonToken.START_OBJECT) {
      throw wrongType("a consent (an object)");
    }
    boolean contactable = DEFAULT_CONTACTABLE;
    boolean share = DEFAULT_SHARE_CONTACT_DETAILS;
    boolean recommendable = DEFAULT_RECOMMENDABLE;
    String field;
    while ((field = p.nextName()) != null) {
      switch (field) {
        case "contactable":
          contactable = bool(DEFAULT_CONTACTABLE);
          break;
        case "shareContactDetails":
          share = bool(DEFAULT_SHARE_CONTACT_DETAILS);
          break;
        case "recommendable":
          recommendable = bool(DEFAULT_RECOMMENDABLE);
          break;
        default:
          throw unknownField(field, "in a consent", CONSENT_FIELDS);
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
      throw wrongType("an object of attributes");
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    String key;
    while ((key = p.nextName()) != null) {
      attributes.put(key, string("an attribute value (a string)"));
    }
    return attributes;
  }

  /** Reads the next value, an array (or null: empty), with {@code element} reading each current element. */
  private <T> List<T> array(Element<T> element, boolean distinct) {
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

  /** The elements of a list already checked to be distinct, as a set for a record constructor to copy. */
  private static <T> Set<T> set(List<T> distinct) {
    return distinct.isEmpty() ? Set.of() : Set.copyOf(distinct);
  }

  /** Reads the current token as one element of an array. */
  @FunctionalInterface
  private interface Element<T> {
    T read();
  }

  private String segment() {
    return currentString("an affiliation segment (a string)");
  }

  private Topic topicElement() {
    return topic(currentString("a topic (a string)"));
  }

  private MemberId memberElement() {
    return canonical(memberIds, MemberId::of, currentString("a member id (a string)")).value;
  }

  private Topic topic(String name) {
    Topic topic = topics.get(name);
    if (topic == null) {
      try {
        topic = Topic.of(name);
      } catch (IllegalArgumentException e) {
        throw fail(abbreviate(e.getMessage()), e);
      }
      topics.put(name, topic);
    }
    return topic;
  }

  // ---- scalars ------------------------------------------------------------------------------------

  private Canonical<MemberId> memberId() {
    return canonical(memberIds, MemberId::of, string("a member id (a string)"));
  }

  private Canonical<EventId> eventId() {
    return canonical(eventIds, EventId::of, string("an event id (a string)"));
  }

  private Canonical<CommunityId> communityId() {
    return canonical(communityIds, CommunityId::of, string("a community id (a string)"));
  }

  private Canonical<QuestionId> questionId() {
    return canonical(questionIds, QuestionId::of, string("a question id (a string)"));
  }

  private Canonical<ReferralId> referralId() {
    return canonical(referralIds, ReferralId::of, string("a referral id (a string)"));
  }

  /** An id nothing refers to (touchpoints, answers): not worth canonicalising. */
  private <T> T plainId(Function<String, T> make) {
    String text = string("an id (a string)");
    try {
      return make.apply(text);
    } catch (IllegalArgumentException e) {
      throw fail(abbreviate(e.getMessage()), e);
    }
  }

  /** Reads the next value, an id or null, as an optional shared by every record naming the same id. */
  private <T> Optional<T> optional(Map<String, Canonical<T>> cache, Function<String, T> make) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    return canonical(cache, make, currentString("an id (a string)")).optional();
  }

  private <T> Canonical<T> canonical(Map<String, Canonical<T>> cache, Function<String, T> make, String text) {
    Canonical<T> known = cache.get(text);
    if (known == null) {
      try {
        known = new Canonical<>(make.apply(text));
      } catch (IllegalArgumentException e) {
        throw fail(abbreviate(e.getMessage()), e);
      }
      cache.put(text, known);
    }
    return known;
  }

  private String string(String what) {
    p.nextToken();
    return currentString(what);
  }

  private String currentString(String what) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(what);
    }
    return p.getString();
  }

  private @Nullable String optionalString() {
    JsonToken t = p.nextToken();
    return t == JsonToken.VALUE_NULL ? null : currentString("a string");
  }

  private Instant instant() {
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

  private ZoneId timeZone() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return ZoneOffset.UTC;
    }
    String id = currentString("a time zone id (a string such as \"Europe/Berlin\")");
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw fail("not a time zone id: \"" + quote(id) + "\"; expected e.g. \"Europe/Berlin\", \"UTC\" or \"+01:00\"", e);
    }
  }

  private Optional<URI> link() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    String text = currentString("a link (a URI string)");
    try {
      return Optional.of(new URI(text));
    } catch (URISyntaxException e) {
      throw fail("not a URI: \"" + quote(text) + "\" (" + abbreviate(e.getReason()) + " at index " + e.getIndex()
          + ")", e);
    }
  }

  private int capacity() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return DEFAULT_CAPACITY;
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

  private double weight() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return DEFAULT_WEIGHT;
    }
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType("a number");
    }
    return p.getDoubleValue();
  }

  private boolean bool(boolean ifNull) {
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

  private <E extends Enum<E>> E enumValue(Map<String, E> constants, String what) {
    p.nextToken();
    return currentEnum(constants, what);
  }

  private <E extends Enum<E>> E optionalEnum(Map<String, E> constants, String what, E ifNull) {
    JsonToken t = p.nextToken();
    return t == JsonToken.VALUE_NULL ? ifNull : currentEnum(constants, what);
  }

  private <E extends Enum<E>> E currentEnum(Map<String, E> constants, String what) {
    String name = currentString("a " + what + " (a string)");
    E value = constants.get(name);
    if (value == null) {
      throw fail("unknown " + what + " \"" + quote(name) + "\"; expected one of " + String.join(", ",
          constants.keySet()));
    }
    return value;
  }

  private static <E extends Enum<E>> Map<String, E> names(E[] constants) {
    Map<String, E> byName = new LinkedHashMap<>();
    for (E e : constants) {
      byName.put(e.name(), e);
    }
    return byName;
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
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : abbreviate(e.getMessage());
    return new NetworkFormatException(recordLocation(section, index, ""),
        "invalid " + singular(section) + ": " + message, e);
  }

  private NetworkFormatException unknownField(String name, String where, String expected) {
    return fail("unknown field \"" + quote(name) + "\" " + where + "; expected one of " + expected);
  }

  private NetworkFormatException wrongType(String expected) {
    return fail("expected " + expected + " but found " + describe(p.currentToken()));
  }

  private NetworkFormatException fail(String message) {
    return new NetworkFormatException(location(p.currentTokenLocation(), pointer()), message);
  }

  private NetworkFormatException fail(String message, Throwable cause) {
    return new NetworkFormatException(location(p.currentTokenLocation(), pointer()), message, cause);
  }

  private NetworkFormatException translate(NetworkValidationException e) {
    List<NetworkFormatException.Problem> problems = new ArrayList<>(e.violations().size());
    for (Violation v : e.violations()) {
      String field = v.field().isEmpty() ? "" : "/" + v.field();
      problems.add(new NetworkFormatException.Problem(recordLocation(v.section(), v.index(), field),
          v.rule() + " in " + singular(v.section()) + " '" + quote(v.id().value()) + "': " + v.message()));
    }
    return new NetworkFormatException(problems, e);
  }

  private InputLocation recordLocation(Section section, int index, String field) {
    RecordStarts log = starts.get(section);
    return new InputLocation(source, log.line(index), log.column(index), "/" + section.key() + "/" + index + field);
  }

  private InputLocation location(@Nullable TokenStreamLocation where, String path) {
    long line = where == null ? 0 : Math.max(0, where.getLineNr());
    long column = where == null ? 0 : Math.max(0, where.getColumnNr());
    return new InputLocation(source, line, column, path);
  }

  private String pointer() {
    return p.streamReadContext().pathAsPointer().toString();
  }

  private static boolean isDuplicateKey(JacksonException e) {
    return String.valueOf(e.getOriginalMessage()).startsWith("Duplicate Object property");
  }

  /** The message for a key that appears twice in one object; the parser's context holds the key. */
  private String duplicateKeyMessage() {
    TokenStreamContext context = p.streamReadContext();
    String name = String.valueOf(context.currentName());
    TokenStreamContext parent = context.getParent();
    return parent != null && parent.inRoot()
        ? "\"" + quote(name) + "\" appears twice at the root (each section at most once)"
        : "duplicate key \"" + quote(name) + "\"";
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

  private String limitMessage(StreamConstraintsException e) {
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
      return "read limit exceeded: a string is longer than maxStringLength (" + limits.maxStringLength()
          + " characters)";
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

  private static String describe(@Nullable JsonToken t) {
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

  private static String singular(Section section) {
    String key = section.key();
    return section == Section.COMMUNITIES ? "community" : key.substring(0, key.length() - 1);
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

  private static String abbreviate(String message) {
    return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "…";
  }

  /** The one instance of an id, and lazily the one optional holding it. */
  private static final class Canonical<T> {
    final T value;
    private @Nullable Optional<T> optional;

    Canonical(T value) {
      this.value = value;
    }

    Optional<T> optional() {
      Optional<T> o = optional;
      if (o == null) {
        o = Optional.of(value);
        optional = o;
      }
      return o;
    }
  }
}
