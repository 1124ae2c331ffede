package org.blendnet.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks the rules of {@link Rule} over the records collected by a {@link Network.Builder} and, when
 * they hold, turns them into tables. Every violation is collected before anything is thrown.
 *
 * <p>O(n + m) time and space, n = records, m = references between them (hash look-ups).
 */
final class NetworkValidator {

  /** How many ids of a referral cycle its violation message lists before it says how many more there are. */
  static final int CYCLE_IDS_SHOWN = 20;

  private final List<Violation> violations = new ArrayList<>();

  Table<MemberId, Member> members = Table.empty();
  Table<EventId, Event> events = Table.empty();
  Table<CommunityId, Community> communities = Table.empty();
  Table<TouchpointId, Touchpoint> touchpoints = Table.empty();
  Table<QuestionId, Question> questions = Table.empty();
  Table<AnswerId, Answer> answers = Table.empty();
  Table<ReferralId, Referral> referrals = Table.empty();

  /** Validates the records; throws {@link NetworkValidationException} listing every violation. */
  static NetworkValidator validate(List<Member> members, List<Event> events, List<Community> communities,
      List<Touchpoint> touchpoints, List<Question> questions, List<Answer> answers, List<Referral> referrals) {
    NetworkValidator v = new NetworkValidator();
    v.members = v.table(Section.MEMBERS, members, Member::id);
    v.events = v.table(Section.EVENTS, events, Event::id);
    v.communities = v.table(Section.COMMUNITIES, communities, Community::id);
    v.touchpoints = v.table(Section.TOUCHPOINTS, touchpoints, Touchpoint::id);
    v.questions = v.table(Section.QUESTIONS, questions, Question::id);
    v.answers = v.table(Section.ANSWERS, answers, Answer::id);
    v.referrals = v.table(Section.REFERRALS, referrals, Referral::id);
    v.checkEvents(events);
    v.checkCommunities(communities);
    v.checkTouchpoints(touchpoints);
    v.checkQuestions(questions);
    v.checkAnswers(answers);
    v.checkReferrals(referrals);
    if (!v.violations.isEmpty()) {
      v.violations.sort((a, b) -> a.section() != b.section() ? a.section().compareTo(b.section())
          : Integer.compare(a.index(), b.index()));
      throw new NetworkValidationException(v.violations);
    }
    return v;
  }

  private <K extends Identifier, V> Table<K, V> table(Section section, List<V> rows, Function<V, K> idOf) {
    Map<K, V> byId = new HashMap<>(Math.max(16, (int) (rows.size() / 0.75f) + 1));
    List<V> unique = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      V row = rows.get(i);
      K id = idOf.apply(row);
      if (byId.putIfAbsent(id, row) == null) {
        unique.add(row);
      } else {
        violations.add(new Violation(Rule.DUPLICATE_ID, section, i, id, "id",
            "another " + singular(section) + " already has id '" + id.value() + "'"));
      }
    }
    return new Table<>(unique, byId);
  }

  private static String singular(Section section) {
    String key = section.key();
    return key.equals("communities") ? "community" : key.substring(0, key.length() - 1);
  }

  private void member(Section section, int index, Identifier id, String field, MemberId member) {
    if (!members.contains(member)) {
      violations.add(new Violation(Rule.UNKNOWN_MEMBER, section, index, id, field,
          "no member '" + member.value() + "'"));
    }
  }

  private void checkEvents(List<Event> rows) {
    for (int i = 0; i < rows.size(); i++) {
      Event e = rows.get(i);
      for (MemberId m : e.hosts()) {
        member(Section.EVENTS, i, e.id(), "hosts", m);
      }
      for (MemberId m : e.attendees()) {
        member(Section.EVENTS, i, e.id(), "attendees", m);
      }
    }
  }

  private void checkCommunities(List<Community> rows) {
    for (int i = 0; i < rows.size(); i++) {
      Community c = rows.get(i);
      for (MemberId m : c.members()) {
        member(Section.COMMUNITIES, i, c.id(), "members", m);
      }
    }
  }

  private void checkTouchpoints(List<Touchpoint> rows) {
    for (int i = 0; i < rows.size(); i++) {
      Touchpoint t = rows.get(i);
      List<MemberId> participants = t.participants();
      for (int p = 0; p < participants.size(); p++) {
        member(Section.TOUCHPOINTS, i, t.id(), "participants/" + p, participants.get(p));
      }
      if (t.event().isPresent() && !events.contains(t.event().get())) {
        violations.add(new Violation(Rule.UNKNOWN_EVENT, Section.TOUCHPOINTS, i, t.id(), "event",
            "no event '" + t.event().get().value() + "'"));
      }
      if (t.community().isPresent() && !communities.contains(t.community().get())) {
        violations.add(new Violation(Rule.UNKNOWN_COMMUNITY, Section.TOUCHPOINTS, i, t.id(), "community",
            "no community '" + t.community().get().value() + "'"));
      }
    }
  }

  private void checkQuestions(List<Question> rows) {
    for (int i = 0; i < rows.size(); i++) {
      Question q = rows.get(i);
      member(Section.QUESTIONS, i, q.id(), "asker", q.asker());
      if (q.community().isPresent() && !communities.contains(q.community().get())) {
        violations.add(new Violation(Rule.UNKNOWN_COMMUNITY, Section.QUESTIONS, i, q.id(), "community",
            "no community '" + q.community().get().value() + "'"));
      }
    }
  }

  private void checkAnswers(List<Answer> rows) {
    for (int i = 0; i < rows.size(); i++) {
      Answer a = rows.get(i);
      member(Section.ANSWERS, i, a.id(), "responder", a.responder());
      Optional<Question> q = questions.get(a.question());
      if (q.isEmpty()) {
        violations.add(new Violation(Rule.UNKNOWN_QUESTION, Section.ANSWERS, i, a.id(), "question",
            "no question '" + a.question().value() + "'"));
      } else if (a.answeredAt().isBefore(q.get().askedAt())) {
        violations.add(new Violation(Rule.ANSWER_BEFORE_QUESTION, Section.ANSWERS, i, a.id(), "answeredAt",
            "answered at " + a.answeredAt() + ", before question '" + a.question().value() + "' was asked at "
                + q.get().askedAt()));
      }
    }
  }

  private void checkReferrals(List<Referral> rows) {
    for (int i = 0; i < rows.size(); i++) {
      Referral r = rows.get(i);
      member(Section.REFERRALS, i, r.id(), "referrer", r.referrer());
      member(Section.REFERRALS, i, r.id(), "from", r.from());
      member(Section.REFERRALS, i, r.id(), "to", r.to());
      if (r.onBehalfOf().isPresent()) {
        member(Section.REFERRALS, i, r.id(), "onBehalfOf", r.onBehalfOf().get());
      }
      if (r.question().isPresent()) {
        Optional<Question> q = questions.get(r.question().get());
        if (q.isEmpty()) {
          violations.add(new Violation(Rule.UNKNOWN_QUESTION, Section.REFERRALS, i, r.id(), "question",
              "no question '" + r.question().get().value() + "'"));
        } else if (r.at().isBefore(q.get().askedAt())) {
          violations.add(new Violation(Rule.REFERRAL_BEFORE_QUESTION, Section.REFERRALS, i, r.id(), "at",
              "made at " + r.at() + ", before question '" + q.get().id().value() + "' was asked at "
                  + q.get().askedAt()));
        }
      }
      if (r.parent().isPresent()) {
        Optional<Referral> parent = referrals.get(r.parent().get());
        if (parent.isEmpty()) {
          violations.add(new Violation(Rule.UNKNOWN_REFERRAL, Section.REFERRALS, i, r.id(), "parent",
              "no referral '" + r.parent().get().value() + "'"));
        } else {
          Referral p = parent.get();
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
    checkReferralCycles(rows);
  }

  private void checkSharingConsent(int index, Referral r, String field, MemberId member) {
    Optional<Member> m = members.get(member);
    if (m.isPresent() && !m.get().consent().shareContactDetails()) {
      violations.add(new Violation(Rule.CONTACT_DETAILS_WITHOUT_CONSENT, Section.REFERRALS, index, r.id(), field,
          "contact details of member '" + member.value() + "' were passed on, but their consent does not allow it"));
    }
  }

  /**
   * Finds parent cycles. Each referral has at most one parent, so following parents from any referral
   * either ends or enters a cycle; colouring walks each path once (iteratively: no recursion, whatever
   * the chain length). Each cycle is reported once, at the member of the cycle added first.
   */
  private void checkReferralCycles(List<Referral> rows) {
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
          reportCycle(rows, path.subList(path.indexOf(current), path.size()));
          break;
        }
        if (state[current] == 2) {
          break;
        }
        state[current] = 1;
        path.add(current);
        Optional<ReferralId> parent = rows.get(current).parent();
        Integer next = parent.isPresent() ? position.get(parent.get()) : null;
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

  private void reportCycle(List<Referral> rows, List<Integer> cycle) {
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
    violations.add(new Violation(Rule.REFERRAL_CYCLE, Section.REFERRALS, first, rows.get(first).id(), "parent",
        "parents form a cycle: " + ids));
  }
}
