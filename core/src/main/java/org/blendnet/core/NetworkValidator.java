package org.blendnet.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Rule}s across records, written once and checked record by record against a {@link Lookup}
 * of the records they may refer to. Two callers:
 *
 * <ul>
 *   <li>{@link #validate} checks everything a {@link Network.Builder} collected, against all of it (records
 *       may refer to records added after them), and turns the records into {@link Table}s;
 *   <li>{@link NetworkStore} checks only the records of one append, against the records it already holds
 *       plus those of the append — what was accepted before was checked then and cannot be broken by an
 *       append, since records are never changed or removed by one.
 * </ul>
 *
 * <p>Every violation is collected before anything is thrown; violations are sorted by section and
 * position. O(n + m) time, n = records checked, m = references between them (hash look-ups).
 */
final class NetworkValidator {

  /** How many ids of a referral cycle its violation message lists before it says how many more there are. */
  static final int CYCLE_IDS_SHOWN = 20;

  /** The records the rules may look up by id. */
  interface Lookup {
    @Nullable Member member(MemberId id);

    boolean hasEvent(EventId id);

    boolean hasCommunity(CommunityId id);

    @Nullable Question question(QuestionId id);

    @Nullable Referral referral(ReferralId id);
  }

  /** The tables of a validated network. */
  record Tables(
      Table<MemberId, Member> members,
      Table<EventId, Event> events,
      Table<CommunityId, Community> communities,
      Table<TouchpointId, Touchpoint> touchpoints,
      Table<QuestionId, Question> questions,
      Table<AnswerId, Answer> answers,
      Table<ReferralId, Referral> referrals) {}

  private final List<Violation> violations = new ArrayList<>();
  private final Lookup lookup;
  /** True if every member referred to is known to exist (the caller checked): member look-ups are skipped. */
  private final boolean membersChecked;

  NetworkValidator(Lookup lookup) {
    this(lookup, false);
  }

  private NetworkValidator(Lookup lookup, boolean membersChecked) {
    this.lookup = lookup;
    this.membersChecked = membersChecked;
  }

  /**
   * Validates the records of a builder; throws {@link NetworkValidationException} listing every violation.
   * With {@code membersChecked}, the caller has checked that every member id in the records names one of
   * {@code members}, and rule {@link Rule#UNKNOWN_MEMBER} is not checked again.
   */
  static Tables validate(List<Member> members, List<Event> events, List<Community> communities,
      List<Touchpoint> touchpoints, List<Question> questions, List<Answer> answers, List<Referral> referrals,
      boolean membersChecked) {
    RecordLog<MemberId, Member> memberLog = new RecordLog<>(Member::id, members.size());
    RecordLog<EventId, Event> eventLog = new RecordLog<>(Event::id, events.size());
    RecordLog<CommunityId, Community> communityLog = new RecordLog<>(Community::id, communities.size());
    RecordLog<TouchpointId, Touchpoint> touchpointLog = new RecordLog<>(Touchpoint::id, touchpoints.size());
    RecordLog<QuestionId, Question> questionLog = new RecordLog<>(Question::id, questions.size());
    RecordLog<AnswerId, Answer> answerLog = new RecordLog<>(Answer::id, answers.size());
    RecordLog<ReferralId, Referral> referralLog = new RecordLog<>(Referral::id, referrals.size());
    NetworkValidator v = new NetworkValidator(new Lookup() {
      @Override
      public @Nullable Member member(MemberId id) {
        return memberLog.find(id);
      }

      @Override
      public boolean hasEvent(EventId id) {
        return eventLog.find(id) != null;
      }

      @Override
      public boolean hasCommunity(CommunityId id) {
        return communityLog.find(id) != null;
      }

      @Override
      public @Nullable Question question(QuestionId id) {
        return questionLog.find(id);
      }

      @Override
      public @Nullable Referral referral(ReferralId id) {
        return referralLog.find(id);
      }
    }, membersChecked);
    v.fill(Section.MEMBERS, memberLog, members);
    v.fill(Section.EVENTS, eventLog, events);
    v.fill(Section.COMMUNITIES, communityLog, communities);
    v.fill(Section.TOUCHPOINTS, touchpointLog, touchpoints);
    v.fill(Section.QUESTIONS, questionLog, questions);
    v.fill(Section.ANSWERS, answerLog, answers);
    v.fill(Section.REFERRALS, referralLog, referrals);
    v.checkAll(0, events, 0, communities, 0, touchpoints, 0, questions, 0, answers, 0, referrals);
    v.throwIfAny();
    return new Tables(memberLog.table(), eventLog.table(), communityLog.table(), touchpointLog.table(),
        questionLog.table(), answerLog.table(), referralLog.table());
  }

  /** Adds the rows to a log, reporting each id already taken; the first row with an id is kept. */
  private <K extends Identifier, V> void fill(Section section, RecordLog<K, V> log, List<V> rows) {
    for (int i = 0; i < rows.size(); i++) {
      V row = rows.get(i);
      if (!log.addIfAbsent(row)) {
        duplicate(section, i, log.idOf(row));
      }
    }
  }

  /** Reports a record whose id is already taken; {@code index} is the record's position in its section. */
  void duplicate(Section section, int index, Identifier id) {
    violations.add(new Violation(Rule.DUPLICATE_ID, section, index, id, "id",
        "another " + singular(section) + " already has id '" + id.value() + "'"));
  }

  /**
   * Checks the rules of every record given, each list's records numbered from its offset: their position
   * in their section. Members have no rule of their own (they refer to nothing).
   */
  void checkAll(int eventOffset, List<Event> events, int communityOffset, List<Community> communities,
      int touchpointOffset, List<Touchpoint> touchpoints, int questionOffset, List<Question> questions,
      int answerOffset, List<Answer> answers, int referralOffset, List<Referral> referrals) {
    for (int i = 0; i < events.size(); i++) {
      checkEvent(eventOffset + i, events.get(i));
    }
    for (int i = 0; i < communities.size(); i++) {
      checkCommunity(communityOffset + i, communities.get(i));
    }
    for (int i = 0; i < touchpoints.size(); i++) {
      checkTouchpoint(touchpointOffset + i, touchpoints.get(i));
    }
    for (int i = 0; i < questions.size(); i++) {
      checkQuestion(questionOffset + i, questions.get(i));
    }
    for (int i = 0; i < answers.size(); i++) {
      checkAnswer(answerOffset + i, answers.get(i));
    }
    for (int i = 0; i < referrals.size(); i++) {
      checkReferral(referralOffset + i, referrals.get(i));
    }
    checkReferralCycles(referralOffset, referrals);
  }

  /** Throws {@link NetworkValidationException} with every violation found, if there is any. */
  void throwIfAny() {
    if (!violations.isEmpty()) {
      violations.sort((a, b) -> a.section() != b.section() ? a.section().compareTo(b.section())
          : Integer.compare(a.index(), b.index()));
      throw new NetworkValidationException(violations);
    }
  }

  private static String singular(Section section) {
    String key = section.key();
    return key.equals("communities") ? "community" : key.substring(0, key.length() - 1);
  }

  private void member(Section section, int index, Identifier id, String field, MemberId member) {
    if (!membersChecked && lookup.member(member) == null) {
      violations.add(new Violation(Rule.UNKNOWN_MEMBER, section, index, id, field,
          "no member '" + member.value() + "'"));
    }
  }

  void checkEvent(int i, Event e) {
    for (MemberId m : e.hosts()) {
      member(Section.EVENTS, i, e.id(), "hosts", m);
    }
    for (MemberId m : e.attendees()) {
      member(Section.EVENTS, i, e.id(), "attendees", m);
    }
  }

  void checkCommunity(int i, Community c) {
    for (MemberId m : c.members()) {
      member(Section.COMMUNITIES, i, c.id(), "members", m);
    }
  }

  void checkTouchpoint(int i, Touchpoint t) {
    List<MemberId> participants = t.participants();
    for (int p = 0; !membersChecked && p < participants.size(); p++) {
      MemberId participant = participants.get(p);
      if (lookup.member(participant) == null) {
        // the field path is made only for a violation: this loop runs for every participant of every touchpoint
        violations.add(new Violation(Rule.UNKNOWN_MEMBER, Section.TOUCHPOINTS, i, t.id(), "participants/" + p,
            "no member '" + participant.value() + "'"));
      }
    }
    if (t.event().isPresent() && !lookup.hasEvent(t.event().get())) {
      violations.add(new Violation(Rule.UNKNOWN_EVENT, Section.TOUCHPOINTS, i, t.id(), "event",
          "no event '" + t.event().get().value() + "'"));
    }
    if (t.community().isPresent() && !lookup.hasCommunity(t.community().get())) {
      violations.add(new Violation(Rule.UNKNOWN_COMMUNITY, Section.TOUCHPOINTS, i, t.id(), "community",
          "no community '" + t.community().get().value() + "'"));
    }
  }

  void checkQuestion(int i, Question q) {
    member(Section.QUESTIONS, i, q.id(), "asker", q.asker());
    if (q.community().isPresent() && !lookup.hasCommunity(q.community().get())) {
      violations.add(new Violation(Rule.UNKNOWN_COMMUNITY, Section.QUESTIONS, i, q.id(), "community",
          "no community '" + q.community().get().value() + "'"));
    }
  }

  void checkAnswer(int i, Answer a) {
    member(Section.ANSWERS, i, a.id(), "responder", a.responder());
    Question q = lookup.question(a.question());
    if (q == null) {
      violations.add(new Violation(Rule.UNKNOWN_QUESTION, Section.ANSWERS, i, a.id(), "question",
          "no question '" + a.question().value() + "'"));
    } else if (a.answeredAt().isBefore(q.askedAt())) {
      violations.add(new Violation(Rule.ANSWER_BEFORE_QUESTION, Section.ANSWERS, i, a.id(), "answeredAt",
          "answered at " + a.answeredAt() + ", before question '" + a.question().value() + "' was asked at "
              + q.askedAt()));
    }
  }

  void checkReferral(int i, Referral r) {
    member(Section.REFERRALS, i, r.id(), "referrer", r.referrer());
    member(Section.REFERRALS, i, r.id(), "from", r.from());
    member(Section.REFERRALS, i, r.id(), "to", r.to());
    if (r.onBehalfOf().isPresent()) {
      member(Section.REFERRALS, i, r.id(), "onBehalfOf", r.onBehalfOf().get());
    }
    if (r.question().isPresent()) {
      Question q = lookup.question(r.question().get());
      if (q == null) {
        violations.add(new Violation(Rule.UNKNOWN_QUESTION, Section.REFERRALS, i, r.id(), "question",
            "no question '" + r.question().get().value() + "'"));
      } else if (r.at().isBefore(q.askedAt())) {
        violations.add(new Violation(Rule.REFERRAL_BEFORE_QUESTION, Section.REFERRALS, i, r.id(), "at",
            "made at " + r.at() + ", before question '" + q.id().value() + "' was asked at " + q.askedAt()));
      }
    }
    if (r.parent().isPresent()) {
      Referral p = lookup.referral(r.parent().get());
      if (p == null) {
        violations.add(new Violation(Rule.UNKNOWN_REFERRAL, Section.REFERRALS, i, r.id(), "parent",
            "no referral '" + r.parent().get().value() + "'"));
      } else {
        if (r.at().isBefore(p.at())) {
          violations.add(new Violation(Rule.REFERRAL_BEFORE_PARENT, Section.REFERRALS, i, r.id(), "at",
              "made at " + r.at() + ", before its parent '" + p.id().value() + "' at " + p.at()));
        }
        if (r.question().isPresent() && p.question().isPresent() && !r.question().equals(p.question())) {
          violations.add(new Violation(Rule.REFERRAL_QUESTION_MISMATCH, Section.REFERRALS, i, r.id(),
              "question", "passes on question '" + r.question().get().value() + "' but its parent '"
                  + p.id().value() + "' passes on '" + p.question().get().value() + "'"));
        }
      }
    }
    if (r.contactDetailsShared()) {
      checkSharingConsent(i, r, "to", r.to());
      if (r.kind() == ReferralKind.INTRODUCTION) {
        checkSharingConsent(i, r, "from", r.from());
      }
    }
  }

  private void checkSharingConsent(int index, Referral r, String field, MemberId member) {
    Member m = lookup.member(member);
    if (m != null && !m.consent().shareContactDetails()) {
      violations.add(new Violation(Rule.CONTACT_DETAILS_WITHOUT_CONSENT, Section.REFERRALS, index, r.id(), field,
          "contact details of member '" + member.value() + "' were passed on, but their consent does not allow it"));
    }
  }

  /**
   * Finds parent cycles among {@code rows}, numbered from {@code offset}. Each referral has at most one
   * parent, so following parents from any referral either ends or enters a cycle; colouring walks each
   * path once (iteratively: no recursion, whatever the chain length). A parent outside {@code rows} ends
   * a walk: the records accepted before were acyclic and cannot name a referral added after them. Each
   * cycle is reported once, at the member of the cycle added first.
   */
  void checkReferralCycles(int offset, List<Referral> rows) {
    Map<ReferralId, Integer> position = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      position.putIfAbsent(rows.get(i).id(), i);
    }
    int[] state = new int[rows.size()]; // 0 unvisited, 1 on current path, 2 done
    List<Integer> path = new ArrayList<>();
    for (int start = 0; start < rows.size(); start++) {
      if (state[start] != 0 || Objects.requireNonNull(position.get(rows.get(start).id())) != start) {
        continue;
      }
      path.clear();
      int current = start;
      while (true) {
        if (state[current] == 1) {
          reportCycle(offset, rows, path.subList(path.indexOf(current), path.size()));
          break;
        }
        if (state[current] == 2) {
          break;
        }
        state[current] = 1;
        path.add(current);
        Integer next = rows.get(current).parent().map(position::get).orElse(null);
        if (next == null) {
          break;
        }
        current = next;
      }
      for (int p : path) {
        state[p] = 2;
      }
    }
  }

  private void reportCycle(int offset, List<Referral> rows, List<Integer> cycle) {
    int first = cycle.stream().mapToInt(Integer::intValue).min().orElseThrow();
    StringBuilder ids = new StringBuilder();
    int shown = Math.min(cycle.size(), CYCLE_IDS_SHOWN);
    for (int c : cycle.subList(0, shown)) {
      ids.append(rows.get(c).id().value()).append(" -> ");
    }
    if (cycle.size() > shown) {
      ids.append("…(+").append(cycle.size() - shown).append(" more) -> ");
    }
    ids.append(rows.get(cycle.get(0)).id().value());
    violations.add(new Violation(Rule.REFERRAL_CYCLE, Section.REFERRALS, offset + first, rows.get(first).id(),
        "parent", "parents form a cycle: " + ids));
  }
}
