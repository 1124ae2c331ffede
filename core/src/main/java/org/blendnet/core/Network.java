package org.blendnet.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.blendnet.core.internal.BuilderAccess;
import org.jspecify.annotations.Nullable;

/**
 * A blended network: its members and everything that happened between them — touchpoints online and
 * face to face, events, communities, questions, answers and referrals. The aggregate every Blendnet
 * algorithm reads.
 *
 * <p>A network is immutable and always valid: {@link Builder#build()} checks every {@link Rule} across
 * the records (no dangling ids, no duplicate ids, no answer before its question, no referral cycles, no
 * contact details passed on without consent) and reports <em>all</em> violations in one
 * {@link NetworkValidationException}. Changes give a new network ({@link #toBuilder()},
 * {@link #erase(MemberId)}).
 *
 * <pre>{@code
 * Network network = Network.builder()
 *     .member(Member.of(MemberId.of("ana"), "Ana"))
 *     .member(Member.of(MemberId.of("bo"), "Bo"))
 *     .touchpoint(Touchpoint.between(TouchpointId.of("t1"), Instant.parse("2026-03-02T10:15:00Z"),
 *         Medium.CHAT, MemberId.of("ana"), MemberId.of("bo")))
 *     .build();
 * network.touchpointsOf(MemberId.of("ana"));   // [Touchpoint[id=t1, …]]
 * }</pre>
 *
 * <p><b>Look-ups.</b> By id: O(1). By member, pair, question, unit or topic: the indexes are built on the
 * first such call (O(n log n), once, under a lock) and each call is then O(1) plus the size of its
 * result. Lists come back in time order where the records have a time, otherwise in the order the
 * records were added. Asking about a member the network does not hold throws
 * {@link IllegalArgumentException}.
 *
 * <p><b>Equality.</b> Two networks are equal when they hold equal records, whatever the order they were
 * added in.
 *
 * @implNote Thread-safe: all state is final, and the lazily built indexes are published safely.
 * @since 0.1
 */
public final class Network {

  private static final Network EMPTY = builder().build();

  private final Table<MemberId, Member> members;
  private final Table<EventId, Event> events;
  private final Table<CommunityId, Community> communities;
  private final Table<TouchpointId, Touchpoint> touchpoints;
  private final Table<QuestionId, Question> questions;
  private final Table<AnswerId, Answer> answers;
  private final Table<ReferralId, Referral> referrals;
  private final int onlineTouchpoints;

  private final Lazy<NetworkIndex> index;
  private final TouchpointIndex touchpointIndex;

  /** A network of validated tables, indexing them itself on first use. */
  private Network(NetworkValidator.Tables valid) {
    this(valid, countOnline(valid.touchpoints().rows()), indexOf(valid),
        new FullTouchpointIndex(valid.touchpoints().rows(), valid.members().size()));
  }

  /**
   * A network of validated tables and indexes made elsewhere (by a {@link NetworkStore}, shared between
   * its snapshots). O(1).
   */
  Network(NetworkValidator.Tables valid, int onlineTouchpoints, Lazy<NetworkIndex> index,
      TouchpointIndex touchpointIndex) {
    this.members = valid.members();
    this.events = valid.events();
    this.communities = valid.communities();
    this.touchpoints = valid.touchpoints();
    this.questions = valid.questions();
    this.answers = valid.answers();
    this.referrals = valid.referrals();
    this.onlineTouchpoints = onlineTouchpoints;
    this.index = index;
    this.touchpointIndex = touchpointIndex;
  }

  /** The look-up indexes other than the touchpoint ones, built on first use from the tables' rows. */
  static Lazy<NetworkIndex> indexOf(NetworkValidator.Tables t) {
    return new Lazy<>(() -> new NetworkIndex(t.members().rows(), t.events().rows(), t.communities().rows(),
        t.questions().rows(), t.answers().rows(), t.referrals().rows()));
  }

  static int countOnline(List<Touchpoint> touchpoints) {
    int online = 0;
    for (Touchpoint t : touchpoints) {
      if (t.channel() == Channel.ONLINE) {
        online++;
      }
    }
    return online;
  }

  /** The tables of this network, to start a {@link NetworkStore} from. */
  NetworkValidator.Tables tables() {
    return new NetworkValidator.Tables(members, events, communities, touchpoints, questions, answers, referrals);
  }

  /** A builder for a new network. */
  public static Builder builder() {
    return new Builder();
  }

  /** The network with nothing in it. */
  public static Network empty() {
    return EMPTY;
  }

  /** A builder holding all of this network's records, to derive a changed network. */
  public Builder toBuilder() {
    return new Builder().addAll(this);
  }

  // ---- records by section ------------------------------------------------------------------------

  /** All members, in the order they were added. */
  public List<Member> members() {
    return members.rows();
  }

  /** The member with this id, if there is one. */
  public Optional<Member> member(MemberId id) {
    return members.get(Objects.requireNonNull(id, "id"));
  }

  /** True if the network holds a member with this id. */
  public boolean hasMember(MemberId id) {
    return members.contains(Objects.requireNonNull(id, "id"));
  }

  /** All events, in the order they were added. */
  public List<Event> events() {
    return events.rows();
  }

  /** The event with this id, if there is one. */
  public Optional<Event> event(EventId id) {
    return events.get(Objects.requireNonNull(id, "id"));
  }

  /** All communities, in the order they were added. */
  public List<Community> communities() {
    return communities.rows();
  }

  /** The community with this id, if there is one. */
  public Optional<Community> community(CommunityId id) {
    return communities.get(Objects.requireNonNull(id, "id"));
  }

  /** All touchpoints, in the order they were added. */
  public List<Touchpoint> touchpoints() {
    return touchpoints.rows();
  }

  /** The touchpoint with this id, if there is one. */
  public Optional<Touchpoint> touchpoint(TouchpointId id) {
    return touchpoints.get(Objects.requireNonNull(id, "id"));
  }

  /** All questions, in the order they were added. */
  public List<Question> questions() {
    return questions.rows();
  }

  /** The question with this id, if there is one. */
  public Optional<Question> question(QuestionId id) {
    return questions.get(Objects.requireNonNull(id, "id"));
  }

  /** All answers, in the order they were added. */
  public List<Answer> answers() {
    return answers.rows();
  }

  /** The answer with this id, if there is one. */
  public Optional<Answer> answer(AnswerId id) {
    return answers.get(Objects.requireNonNull(id, "id"));
  }

  /** All referrals, in the order they were added. */
  public List<Referral> referrals() {
    return referrals.rows();
  }

  /** The referral with this id, if there is one. */
  public Optional<Referral> referral(ReferralId id) {
    return referrals.get(Objects.requireNonNull(id, "id"));
  }

  // ---- indexed look-ups ---------------------------------------------------------------------------

  /**
   * The touchpoints a member took part in, in time order.
   *
   * @throws IllegalArgumentException if the network has no such member
   */
  public List<Touchpoint> touchpointsOf(MemberId member) {
    return touchpointIndex.of(known(member));
  }

  /**
   * The touchpoints both members took part in, in time order. The pair index behind it is built on the
   * first call: one entry per pair of participants of each touchpoint.
   *
   * @throws IllegalArgumentException if the network lacks either member, or they are the same member
   */
  public List<Touchpoint> touchpointsBetween(MemberId a, MemberId b) {
    known(a);
    known(b);
    if (a.equals(b)) {
      throw new IllegalArgumentException("a pair needs two different members but got " + a + " twice");
    }
    return touchpointIndex.between(a, b);
  }

  /**
   * The answers to a question, in time order.
   *
   * @throws IllegalArgumentException if the network has no such question
   */
  public List<Answer> answersTo(QuestionId question) {
    if (!questions.contains(Objects.requireNonNull(question, "question"))) {
      throw new IllegalArgumentException("Unknown question: " + question);
    }
    return index.get().answersByQuestion.getOrDefault(question, List.of());
  }

  /**
   * The answers a member gave, in time order.
   *
   * @throws IllegalArgumentException if the network has no such member
   */
  public List<Answer> answersBy(MemberId member) {
    return index.get().answersByResponder.getOrDefault(known(member), List.of());
  }

  /**
   * The questions a member asked, in time order.
   *
   * @throws IllegalArgumentException if the network has no such member
   */
  public List<Question> questionsAskedBy(MemberId member) {
    return index.get().questionsByAsker.getOrDefault(known(member), List.of());
  }

  /**
   * The referrals that passed a question on, in chain order: each chain from its first hop, depth first,
   * so that asker → friend → expert reads in that order; chains and siblings by time.
   *
   * @throws IllegalArgumentException if the network has no such question
   */
  public List<Referral> referralsOf(QuestionId question) {
    if (!questions.contains(Objects.requireNonNull(question, "question"))) {
      throw new IllegalArgumentException("Unknown question: " + question);
    }
    return index.get().referralsByQuestion.getOrDefault(question, List.of());
  }

  /**
   * The chain that leads to a referral: its first hop, …, its parent, the referral itself.
   *
   * @throws IllegalArgumentException if the network has no such referral
   */
  public List<Referral> referralChain(ReferralId referral) {
    Referral current = referrals.get(Objects.requireNonNull(referral, "referral"))
        .orElseThrow(() -> new IllegalArgumentException("Unknown referral: " + referral));
    List<Referral> chain = new ArrayList<>();
    while (true) {
      chain.add(current);
      Optional<ReferralId> parent = current.parent();
      if (parent.isEmpty()) {
        break;
      }
      current = referrals.get(parent.get()).orElseThrow();
    }
    Collections.reverse(chain);
    return Collections.unmodifiableList(chain);
  }

  /**
   * The referrals in which a member plays any role (referrer, from, to, on behalf of), in time order.
   *
   * @throws IllegalArgumentException if the network has no such member
   */
  public List<Referral> referralsNaming(MemberId member) {
    return index.get().referralsByMember.getOrDefault(known(member), List.of());
  }

  /**
   * The events a member hosted or attended, by start time.
   *
   * @throws IllegalArgumentException if the network has no such member
   */
  public List<Event> eventsOf(MemberId member) {
    return index.get().eventsByMember.getOrDefault(known(member), List.of());
  }

  /**
   * The communities a member belongs to, in the order they were added.
   *
   * @throws IllegalArgumentException if the network has no such member
   */
  public List<Community> communitiesOf(MemberId member) {
    return index.get().communitiesByMember.getOrDefault(known(member), List.of());
  }

  /**
   * The members within an organisational unit at any level: {@code membersIn(Affiliation.of("Acme",
   * "Sales"))} gives everyone in Acme / Sales and its teams. {@link Affiliation#none()} gives every member.
   */
  public List<Member> membersIn(Affiliation unit) {
    if (Objects.requireNonNull(unit, "unit").isNone()) {
      return members();
    }
    return index.get().membersByUnit.getOrDefault(unit, List.of());
  }

  /** The members who hold expertise in a topic (at any level), in the order they were added. */
  public List<Member> membersWithExpertise(Topic topic) {
    return index.get().membersByExpertise.getOrDefault(Objects.requireNonNull(topic, "topic"), List.of());
  }

  /** The members who want to learn a topic, in the order they were added. */
  public List<Member> membersInterestedIn(Topic topic) {
    return index.get().membersByInterest.getOrDefault(Objects.requireNonNull(topic, "topic"), List.of());
  }

  private MemberId known(MemberId member) {
    if (!members.contains(Objects.requireNonNull(member, "member"))) {
      throw new IllegalArgumentException("Unknown member: " + member);
    }
    return member;
  }

  // ---- changes ------------------------------------------------------------------------------------

  /**
   * This network with a person and everything that names them removed — the right to erasure.
   *
   * <ul>
   *   <li>the member record;
   *   <li>touchpoints they took part in — except group touchpoints that still have at least two other
   *       participants, which stay with the member taken out (and without a direction if they started it);
   *   <li>the questions they asked, with every answer to them and every referral that passed them on
   *       (the question text is the erased person's words, so it is removed rather than re-attributed);
   *   <li>the answers they gave;
   *   <li>every referral in which they play a role; a referral whose parent is removed is re-attached to
   *       its nearest surviving ancestor when that ancestor is about the same question (or either is about
   *       none), and otherwise becomes the start of a chain of its own;
   *   <li>their place among event hosts and attendees and community members (the events and communities
   *       stay).
   * </ul>
   *
   * <p>Free text written by <em>other</em> members (their questions and answers) is not searched for the
   * person's name; a host application that stores such text must scrub it itself. Erasing a member the
   * network does not hold returns this network, so that an erasure can safely be repeated. O(n).
   */
  public Network erase(MemberId member) {
    Objects.requireNonNull(member, "member");
    if (!members.contains(member)) {
      return this;
    }
    Builder b = new Builder();
    for (Member m : members.rows()) {
      if (!m.id().equals(member)) {
        b.member(m);
      }
    }
    for (Event e : events.rows()) {
      b.event(e.hosts().contains(member) || e.attendees().contains(member) ? withoutMember(e, member) : e);
    }
    for (Community c : communities.rows()) {
      b.community(c.without(member));
    }
    for (Touchpoint t : touchpoints.rows()) {
      if (!t.involves(member)) {
        b.touchpoint(t);
      } else if (t.participants().size() - 1 >= 2) {
        List<MemberId> rest = new ArrayList<>(t.participants());
        rest.remove(member);
        Optional<MemberId> initiator = t.initiator().filter(i -> !i.equals(member));
        b.touchpoint(new Touchpoint(t.id(), t.at(), t.medium(), rest, initiator, t.event(), t.community(),
            t.topics(), t.weight()));
      }
    }
    Set<QuestionId> removedQuestions = new HashSet<>();
    for (Question q : questions.rows()) {
      if (q.asker().equals(member)) {
        removedQuestions.add(q.id());
      } else {
        b.question(q);
      }
    }
    for (Answer a : answers.rows()) {
      if (!a.responder().equals(member) && !removedQuestions.contains(a.question())) {
        b.answer(a);
      }
    }
    Set<ReferralId> removedReferrals = new HashSet<>();
    for (Referral r : referrals.rows()) {
      if (r.names(member) || (r.question().isPresent() && removedQuestions.contains(r.question().get()))) {
        removedReferrals.add(r.id());
      }
    }
    for (Referral r : referrals.rows()) {
      if (!removedReferrals.contains(r.id())) {
        b.referral(reattach(r, removedReferrals));
      }
    }
    return b.build();
  }

  private static Event withoutMember(Event e, MemberId member) {
    Set<MemberId> hosts = new HashSet<>(e.hosts());
    hosts.remove(member);
    Set<MemberId> attendees = new HashSet<>(e.attendees());
    attendees.remove(member);
    return new Event(e.id(), e.title(), e.medium(), e.start(), e.end(), e.place(), e.link(), e.topics(), hosts,
        attendees);
  }

  /** Re-attaches a surviving referral whose parent was removed to its nearest surviving ancestor. */
  private Referral reattach(Referral r, Set<ReferralId> removed) {
    if (r.parent().isEmpty() || !removed.contains(r.parent().get())) {
      return r;
    }
    Optional<ReferralId> ancestor = r.parent();
    while (ancestor.isPresent() && removed.contains(ancestor.get())) {
      ancestor = referrals.get(ancestor.get()).orElseThrow().parent();
    }
    if (ancestor.isEmpty()) {
      return r.withoutParent();
    }
    Referral a = referrals.get(ancestor.get()).orElseThrow();
    boolean sameQuestion = r.question().isEmpty() || a.question().isEmpty() || r.question().equals(a.question());
    return sameQuestion ? r.withParent(a.id()) : r.withoutParent();
  }

  // ---- object methods -----------------------------------------------------------------------------

  @Override
  public boolean equals(@Nullable Object o) {
    return this == o || (o instanceof Network other
        && members.equals(other.members)
        && events.equals(other.events)
        && communities.equals(other.communities)
        && touchpoints.equals(other.touchpoints)
        && questions.equals(other.questions)
        && answers.equals(other.answers)
        && referrals.equals(other.referrals));
  }

  @Override
  public int hashCode() {
    return Objects.hash(members, events, communities, touchpoints, questions, answers, referrals);
  }

  /**
   * {@code Network[members=61, touchpoints=620 (online=124, offline=496), events=0, communities=0,
   * questions=0, answers=0, referrals=0]}.
   */
  @Override
  public String toString() {
    return "Network[members=" + members.size()
        + ", touchpoints=" + touchpoints.size()
        + " (online=" + onlineTouchpoints + ", offline=" + (touchpoints.size() - onlineTouchpoints) + ")"
        + ", events=" + events.size()
        + ", communities=" + communities.size()
        + ", questions=" + questions.size()
        + ", answers=" + answers.size()
        + ", referrals=" + referrals.size() + "]";
  }

  /**
   * Collects records for a {@link Network}. Records may be added in any order — an answer before its
   * question, a touchpoint before its members; {@link #build()} checks everything at the end. Not
   * thread-safe; {@code build()} may be called more than once.
   *
   * @since 0.1
   */
  public static final class Builder {

    static {
      // for the JSON reader, which checks member references itself (see BuilderAccess)
      BuilderAccess.set(b -> new Network(NetworkValidator.validate(b.members, b.events, b.communities,
          b.touchpoints, b.questions, b.answers, b.referrals, true)));
    }
    private final List<Member> members = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Community> communities = new ArrayList<>();
    private final List<Touchpoint> touchpoints = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();
    private final List<Answer> answers = new ArrayList<>();
    private final List<Referral> referrals = new ArrayList<>();

    private Builder() {}

    /** Adds a member. */
    public Builder member(Member member) {
      members.add(Objects.requireNonNull(member, "member"));
      return this;
    }

    /** Adds members. */
    public Builder members(Collection<Member> members) {
      this.members.addAll(Checks.noNulls(members, "members"));
      return this;
    }

    /** Adds an event. */
    public Builder event(Event event) {
      events.add(Objects.requireNonNull(event, "event"));
      return this;
    }

    /** Adds events. */
    public Builder events(Collection<Event> events) {
      this.events.addAll(Checks.noNulls(events, "events"));
      return this;
    }

    /** Adds a community. */
    public Builder community(Community community) {
      communities.add(Objects.requireNonNull(community, "community"));
      return this;
    }

    /** Adds communities. */
    public Builder communities(Collection<Community> communities) {
      this.communities.addAll(Checks.noNulls(communities, "communities"));
      return this;
    }

    /** Adds a touchpoint. */
    public Builder touchpoint(Touchpoint touchpoint) {
      touchpoints.add(Objects.requireNonNull(touchpoint, "touchpoint"));
      return this;
    }

    /** Adds touchpoints. */
    public Builder touchpoints(Collection<Touchpoint> touchpoints) {
      this.touchpoints.addAll(Checks.noNulls(touchpoints, "touchpoints"));
      return this;
    }

    /** Adds a question. */
    public Builder question(Question question) {
      questions.add(Objects.requireNonNull(question, "question"));
      return this;
    }

    /** Adds questions. */
    public Builder questions(Collection<Question> questions) {
      this.questions.addAll(Checks.noNulls(questions, "questions"));
      return this;
    }

    /** Adds an answer. */
    public Builder answer(Answer answer) {
      answers.add(Objects.requireNonNull(answer, "answer"));
      return this;
    }

    /** Adds answers. */
    public Builder answers(Collection<Answer> answers) {
      this.answers.addAll(Checks.noNulls(answers, "answers"));
      return this;
    }

    /** Adds a referral. */
    public Builder referral(Referral referral) {
      referrals.add(Objects.requireNonNull(referral, "referral"));
      return this;
    }

    /** Adds referrals. */
    public Builder referrals(Collection<Referral> referrals) {
      this.referrals.addAll(Checks.noNulls(referrals, "referrals"));
      return this;
    }

    /** Adds every record of {@code network}. */
    public Builder addAll(Network network) {
      Objects.requireNonNull(network, "network");
      members.addAll(network.members());
      events.addAll(network.events());
      communities.addAll(network.communities());
      touchpoints.addAll(network.touchpoints());
      questions.addAll(network.questions());
      answers.addAll(network.answers());
      referrals.addAll(network.referrals());
      return this;
    }

    /**
     * Checks every {@link Rule} and builds the network.
     *
     * @throws NetworkValidationException listing every violation found; nothing is built
     */
    public Network build() {
      return new Network(NetworkValidator.validate(members, events, communities, touchpoints, questions,
          answers, referrals, false));
    }
  }
}
