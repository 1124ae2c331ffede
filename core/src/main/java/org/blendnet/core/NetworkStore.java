package org.blendnet.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A live {@link Network} that a host application appends to as things happen — members join, people
 * meet and chat, questions are asked, answered and passed on — and reads consistent snapshots from, each
 * an ordinary immutable {@code Network}.
 *
 * <pre>{@code
 * NetworkStore store = NetworkStore.create();
 * store.append(Member.of(MemberId.of("ana"), "Ana"));
 * store.append(Member.of(MemberId.of("bo"), "Bo"));
 * store.append(Touchpoint.between(TouchpointId.of("t1"), Instant.parse("2026-03-02T10:15:00Z"),
 *     Medium.CHAT, MemberId.of("ana"), MemberId.of("bo")));
 * store.append(NetworkStore.batch()              // all or nothing
 *     .member(Member.of(MemberId.of("cy"), "Cy"))
 *     .touchpoint(Touchpoint.between(TouchpointId.of("t2"), Instant.parse("2026-03-02T11:00:00Z"),
 *         Medium.MEETING, MemberId.of("bo"), MemberId.of("cy"))));
 * Network now = store.snapshot();               // O(1), never changes
 * now.touchpointsOf(MemberId.of("bo"));          // [t1, t2]
 * }</pre>
 *
 * <p><b>Validation.</b> Every append is checked against the same {@link Rule}s as
 * {@link Network.Builder#build()}, by the same code, and a rejected append throws the same
 * {@link NetworkValidationException} listing every {@link Violation}. A violation's index is the position
 * the record would have had in its section of the store (the store's size before the append plus the
 * record's position in the append). The records of a batch may refer to each other, in any order, and
 * to anything the store holds. A rejected append changes nothing: the store, and every snapshot, are
 * as if it had not been tried.
 *
 * <p><b>Append-only.</b> Records are never changed or replaced (a record with an id the store holds is a
 * {@link Rule#DUPLICATE_ID} violation), so what was accepted stays valid. The one removal is
 * {@link #erase(MemberId)}.
 *
 * <p><b>Consistency.</b>
 * <ul>
 *   <li><em>Linearizable appends.</em> Each append (one record or a batch) and each erasure takes effect
 *       atomically at one instant between its call and its return. They are totally ordered by one
 *       writer lock.
 *   <li><em>Snapshots are prefixes.</em> {@link #snapshot()} returns the network after some prefix of that
 *       order: every append that returned before the call is in it, an append still running is wholly in
 *       or wholly out, and a batch is never seen in part. It takes no lock (one volatile read).
 *   <li><em>Monotonic.</em> A snapshot taken after another one (in any thread, as long as the first call
 *       happened before the second) holds everything the first holds, unless an erasure came between.
 *   <li><em>Immutable.</em> A snapshot never changes: later appends do not show in it, and an erasure does
 *       not reach into snapshots taken before it — drop them to complete an erasure.
 * </ul>
 *
 * <p><b>Cost.</b> Appending a record is O(1) amortised plus a hash look-up per id it refers to; a batch of
 * k records is O(k). Taking a snapshot is O(1): snapshots share the store's storage — records in
 * append-only chunks, id indexes that snapshots read up to their own size — so a snapshot costs a few
 * hundred bytes however large the network. On a snapshot, look-ups by id are O(1);
 * {@link Network#touchpointsOf} and {@link Network#touchpointsBetween} read per-member postings that the
 * store keeps up to date, O(d log d) for a member with d touchpoints (O(d) when touchpoints arrive in time
 * order, as live ones do); the other indexed look-ups (answers, questions, referrals, events, communities,
 * members by unit or topic) index the sections other than touchpoints on their first use, and that index
 * is shared by every later snapshot until a record other than a touchpoint is appended.
 * {@link #erase(MemberId)} is O(n): it rebuilds the store. Memory: about the network's own, plus 8 to 16
 * bytes of id index per record and 4 to 8 bytes per member and touchpoint of postings.
 *
 * @implNote Thread-safe: appends and erasures are serialized by one lock held for O(size of the append);
 *     {@link #snapshot()} never blocks. Measured appending touchpoints from four threads: see
 *     {@code benchmarks/README.md}.
 * @since 0.1
 */
public final class NetworkStore {

  private final ReentrantLock lock = new ReentrantLock();

  /** The writer's structures; replaced by an erasure. Guarded by {@link #lock}. */
  private Logs logs;
  /** Set when an append failed while being applied (an {@link Error}); the store then accepts no more. */
  private @Nullable Throwable broken;

  /** The network after the last append; what {@link #snapshot()} returns. */
  private volatile Network current;

  private NetworkStore(Network initial) {
    this.logs = new Logs(initial);
    this.current = logs.publish(true);
  }

  /** An empty store. */
  public static NetworkStore create() {
    return new NetworkStore(Network.empty());
  }

  /** A store holding the records of {@code initial}, to append to. O(n) once. */
  public static NetworkStore of(Network initial) {
    return new NetworkStore(Objects.requireNonNull(initial, "initial"));
  }

  /** A new, empty batch of records to {@linkplain #append(Batch) append} together. */
  public static Batch batch() {
    return new Batch();
  }

  /** The network as it is now: immutable, consistent (a prefix of the appends), O(1). */
  public Network snapshot() {
    return current;
  }

  /**
   * Appends a member.
   *
   * @throws NetworkValidationException if a member with its id is already in the store; nothing changes
   */
  public void append(Member member) {
    apply(new Batch().member(member));
  }

  /**
   * Appends an event.
   *
   * @throws NetworkValidationException if it breaks a {@link Rule}; nothing changes
   */
  public void append(Event event) {
    apply(new Batch().event(event));
  }

  /**
   * Appends a community.
   *
   * @throws NetworkValidationException if it breaks a {@link Rule}; nothing changes
   */
  public void append(Community community) {
    apply(new Batch().community(community));
  }

  /**
   * Appends a touchpoint.
   *
   * @throws NetworkValidationException if it breaks a {@link Rule} (a duplicate id, an unknown member,
   *     event or community); nothing changes
   */
  public void append(Touchpoint touchpoint) {
    apply(new Batch().touchpoint(touchpoint));
  }

  /**
   * Appends a question.
   *
   * @throws NetworkValidationException if it breaks a {@link Rule}; nothing changes
   */
  public void append(Question question) {
    apply(new Batch().question(question));
  }

  /**
   * Appends an answer.
   *
   * @throws NetworkValidationException if it breaks a {@link Rule} (an unknown question, an answer before
   *     its question…); nothing changes
   */
  public void append(Answer answer) {
    apply(new Batch().answer(answer));
  }

  /**
   * Appends a referral.
   *
   * @throws NetworkValidationException if it breaks a {@link Rule} (an unknown parent, contact details
   *     passed on without consent…); nothing changes
   */
  public void append(Referral referral) {
    apply(new Batch().referral(referral));
  }

  /**
   * Appends every record of a batch, atomically: all of them or, if any breaks a rule, none. The batch
   * is read, not kept; it may be reused or changed afterwards.
   *
   * @throws NetworkValidationException listing every violation of the batch; nothing changes
   */
  public void append(Batch batch) {
    apply(new Batch().addAll(Objects.requireNonNull(batch, "batch")));
  }

  /**
   * Erases a member and everything that names them, as {@link Network#erase(MemberId)} does, from the
   * store: every snapshot taken after this returns lacks them. Snapshots taken before keep what they
   * hold. O(n): the store is rebuilt.
   *
   * @return true if the store held the member
   */
  public boolean erase(MemberId member) {
    Objects.requireNonNull(member, "member");
    lock.lock();
    try {
      checkUsable();
      Network before = current;
      if (!before.hasMember(member)) {
        return false;
      }
      Logs rebuilt = new Logs(before.erase(member));
      Network after = rebuilt.publish(true);
      logs = rebuilt;
      current = after;
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** {@code NetworkStore[members=2, touchpoints=1 (…), …]}: the counts of the current snapshot. */
  @Override
  public String toString() {
    String network = current.toString();
    return "NetworkStore" + network.substring(network.indexOf('['));
  }

  // ---- appending ----------------------------------------------------------------------------------

  private void apply(Batch b) {
    lock.lock();
    try {
      checkUsable();
      Logs s = logs;
      NetworkValidator v = s.validate(b);
      v.throwIfAny();
      try {
        s.add(b);
        current = s.publish(b.hasOtherThanTouchpoints());
      } catch (RuntimeException | Error e) {
        // only an Error (out of memory) can get here; the logs may hold part of the batch
        broken = e;
        throw e;
      }
    } finally {
      lock.unlock();
    }
  }

  private void checkUsable() {
    Throwable failure = broken;
    if (failure != null) {
      throw new IllegalStateException(
          "the store failed while applying an append and accepts no more; its last snapshot is intact", failure);
    }
  }

  /** The writer's structures: a log per section, the postings, the counts. Not thread-safe. */
  private static final class Logs {
    final RecordLog<MemberId, Member> members;
    final RecordLog<EventId, Event> events;
    final RecordLog<CommunityId, Community> communities;
    final RecordLog<TouchpointId, Touchpoint> touchpoints;
    final RecordLog<QuestionId, Question> questions;
    final RecordLog<AnswerId, Answer> answers;
    final RecordLog<ReferralId, Referral> referrals;
    final MemberPostings postings;
    int online;
    NetworkValidator.@Nullable Tables published;
    @Nullable Lazy<NetworkIndex> index;

    Logs(Network initial) {
      members = log(Member::id, initial.members());
      events = log(Event::id, initial.events());
      communities = log(Community::id, initial.communities());
      questions = log(Question::id, initial.questions());
      answers = log(Answer::id, initial.answers());
      referrals = log(Referral::id, initial.referrals());
      touchpoints = new RecordLog<>(Touchpoint::id, initial.touchpoints().size());
      postings = new MemberPostings(initial.members().size());
      for (Touchpoint t : initial.touchpoints()) {
        addTouchpoint(t);
      }
    }

    private static <K extends Identifier, V> RecordLog<K, V> log(Function<V, K> idOf,
        List<V> rows) {
      RecordLog<K, V> log = new RecordLog<>(idOf, rows.size());
      for (V row : rows) {
        log.add(row);
      }
      return log;
    }

    private void addTouchpoint(Touchpoint t) {
      int position = touchpoints.size();
      touchpoints.add(t);
      for (MemberId m : t.participants()) {
        postings.add(members.indexOf(m), position);
      }
      if (t.channel() == Channel.ONLINE) {
        online++;
      }
    }

    /** Checks a batch against the rules; the violations found, none if it may be added. */
    NetworkValidator validate(Batch b) {
      Map<MemberId, Member> newMembers = byId(b.members, Member::id);
      Map<EventId, Event> newEvents = byId(b.events, Event::id);
      Map<CommunityId, Community> newCommunities = byId(b.communities, Community::id);
      Map<QuestionId, Question> newQuestions = byId(b.questions, Question::id);
      Map<ReferralId, Referral> newReferrals = byId(b.referrals, Referral::id);
      NetworkValidator v = new NetworkValidator(new NetworkValidator.Lookup() {
        @Override
        public @Nullable Member member(MemberId id) {
          Member m = members.find(id);
          return m != null ? m : newMembers.get(id);
        }

        @Override
        public boolean hasEvent(EventId id) {
          return events.find(id) != null || newEvents.containsKey(id);
        }

        @Override
        public boolean hasCommunity(CommunityId id) {
          return communities.find(id) != null || newCommunities.containsKey(id);
        }

        @Override
        public @Nullable Question question(QuestionId id) {
          Question q = questions.find(id);
          return q != null ? q : newQuestions.get(id);
        }

        @Override
        public @Nullable Referral referral(ReferralId id) {
          Referral r = referrals.find(id);
          return r != null ? r : newReferrals.get(id);
        }
      });
      checkIds(v, Section.MEMBERS, members, b.members);
      checkIds(v, Section.EVENTS, events, b.events);
      checkIds(v, Section.COMMUNITIES, communities, b.communities);
      checkIds(v, Section.TOUCHPOINTS, touchpoints, b.touchpoints);
      checkIds(v, Section.QUESTIONS, questions, b.questions);
      checkIds(v, Section.ANSWERS, answers, b.answers);
      checkIds(v, Section.REFERRALS, referrals, b.referrals);
      v.checkAll(events.size(), b.events, communities.size(), b.communities, touchpoints.size(), b.touchpoints,
          questions.size(), b.questions, answers.size(), b.answers, referrals.size(), b.referrals);
      return v;
    }

    /** The records of a batch by id, the first of each id; an empty map when there are none. */
    private static <K, V> Map<K, V> byId(List<V> rows, Function<V, K> idOf) {
      if (rows.isEmpty()) {
        return Map.of();
      }
      if (rows.size() == 1) {
        return Map.of(idOf.apply(rows.get(0)), rows.get(0));
      }
      Map<K, V> map = new HashMap<>(rows.size() * 2);
      for (V row : rows) {
        map.putIfAbsent(idOf.apply(row), row);
      }
      return map;
    }

    /** Reports each record whose id the store holds or an earlier record of the batch has. */
    private static <K extends Identifier, V> void checkIds(NetworkValidator v, Section section, RecordLog<K, V> log,
        List<V> rows) {
      if (rows.isEmpty()) {
        return;
      }
      Map<K, Boolean> seen = rows.size() > 1 ? new HashMap<>(rows.size() * 2) : Map.of();
      for (int i = 0; i < rows.size(); i++) {
        K id = log.idOf(rows.get(i));
        boolean repeated = rows.size() > 1 && seen.put(id, Boolean.TRUE) != null;
        if (repeated || log.find(id) != null) {
          v.duplicate(section, log.size() + i, id);
        }
      }
    }

    /** Adds a validated batch: members first, so that the postings of its touchpoints find them. */
    void add(Batch b) {
      addAll(members, b.members);
      addAll(events, b.events);
      addAll(communities, b.communities);
      for (int i = 0; i < b.touchpoints.size(); i++) {
        addTouchpoint(b.touchpoints.get(i));
      }
      addAll(questions, b.questions);
      addAll(answers, b.answers);
      addAll(referrals, b.referrals);
    }

    private static <K extends Identifier, V> void addAll(RecordLog<K, V> log, List<V> rows) {
      for (int i = 0; i < rows.size(); i++) {
        log.add(rows.get(i));
      }
    }

    /**
     * The network of everything added so far. O(1): new tables are views of the logs; the index of the
     * sections other than touchpoints is made anew only if one of them changed.
     */
    Network publish(boolean othersChanged) {
      NetworkValidator.Tables last = published;
      Lazy<NetworkIndex> lastIndex = index;
      NetworkValidator.Tables t;
      Lazy<NetworkIndex> idx;
      if (othersChanged || last == null || lastIndex == null) {
        t = new NetworkValidator.Tables(members.table(), events.table(), communities.table(), touchpoints.table(),
            questions.table(), answers.table(), referrals.table());
        idx = Network.indexOf(t);
      } else {
        t = new NetworkValidator.Tables(last.members(), last.events(), last.communities(), touchpoints.table(),
            last.questions(), last.answers(), last.referrals());
        idx = lastIndex;
      }
      published = t;
      index = idx;
      return new Network(t, online, idx, postings.view(t.members(), t.touchpoints()));
    }
  }

  /**
   * Records to {@linkplain NetworkStore#append(Batch) append} together, all or nothing. Records may refer
   * to each other in any order. Not thread-safe: fill it in one thread, then append it.
   *
   * @since 0.1
   */
  public static final class Batch {
    private final List<Member> members = new ArrayList<>(0);
    private final List<Event> events = new ArrayList<>(0);
    private final List<Community> communities = new ArrayList<>(0);
    private final List<Touchpoint> touchpoints = new ArrayList<>(0);
    private final List<Question> questions = new ArrayList<>(0);
    private final List<Answer> answers = new ArrayList<>(0);
    private final List<Referral> referrals = new ArrayList<>(0);

    private Batch() {}

    /** Adds a member. */
    public Batch member(Member member) {
      members.add(Objects.requireNonNull(member, "member"));
      return this;
    }

    /** Adds members. */
    public Batch members(Collection<Member> members) {
      this.members.addAll(Checks.noNulls(members, "members"));
      return this;
    }

    /** Adds an event. */
    public Batch event(Event event) {
      events.add(Objects.requireNonNull(event, "event"));
      return this;
    }

    /** Adds events. */
    public Batch events(Collection<Event> events) {
      this.events.addAll(Checks.noNulls(events, "events"));
      return this;
    }

    /** Adds a community. */
    public Batch community(Community community) {
      communities.add(Objects.requireNonNull(community, "community"));
      return this;
    }

    /** Adds communities. */
    public Batch communities(Collection<Community> communities) {
      this.communities.addAll(Checks.noNulls(communities, "communities"));
      return this;
    }

    /** Adds a touchpoint. */
    public Batch touchpoint(Touchpoint touchpoint) {
      touchpoints.add(Objects.requireNonNull(touchpoint, "touchpoint"));
      return this;
    }

    /** Adds touchpoints. */
    public Batch touchpoints(Collection<Touchpoint> touchpoints) {
      this.touchpoints.addAll(Checks.noNulls(touchpoints, "touchpoints"));
      return this;
    }

    /** Adds a question. */
    public Batch question(Question question) {
      questions.add(Objects.requireNonNull(question, "question"));
      return this;
    }

    /** Adds questions. */
    public Batch questions(Collection<Question> questions) {
      this.questions.addAll(Checks.noNulls(questions, "questions"));
      return this;
    }

    /** Adds an answer. */
    public Batch answer(Answer answer) {
      answers.add(Objects.requireNonNull(answer, "answer"));
      return this;
    }

    /** Adds answers. */
    public Batch answers(Collection<Answer> answers) {
      this.answers.addAll(Checks.noNulls(answers, "answers"));
      return this;
    }

    /** Adds a referral. */
    public Batch referral(Referral referral) {
      referrals.add(Objects.requireNonNull(referral, "referral"));
      return this;
    }

    /** Adds referrals. */
    public Batch referrals(Collection<Referral> referrals) {
      this.referrals.addAll(Checks.noNulls(referrals, "referrals"));
      return this;
    }

    /** How many records the batch holds. */
    public int size() {
      return members.size() + events.size() + communities.size() + touchpoints.size() + questions.size()
          + answers.size() + referrals.size();
    }

    private Batch addAll(Batch other) {
      members.addAll(other.members);
      events.addAll(other.events);
      communities.addAll(other.communities);
      touchpoints.addAll(other.touchpoints);
      questions.addAll(other.questions);
      answers.addAll(other.answers);
      referrals.addAll(other.referrals);
      return this;
    }

    private boolean hasOtherThanTouchpoints() {
      return size() != touchpoints.size();
    }

    /** {@code Batch[members=1, touchpoints=2]}: the counts of the sections it has records in. */
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("Batch[");
      String sep = "";
      int[] counts = {members.size(), events.size(), communities.size(), touchpoints.size(), questions.size(),
          answers.size(), referrals.size()};
      for (Section section : Section.values()) {
        if (counts[section.ordinal()] > 0) {
          s.append(sep).append(section.key()).append('=').append(counts[section.ordinal()]);
          sep = ", ";
        }
      }
      return s.append(']').toString();
    }
  }
}
