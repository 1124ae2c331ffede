package org.blendnet.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The look-up indexes of a {@link Network}, other than the touchpoint ones (which are larger and built
 * separately): answers and questions by member, referral chains, events and communities by member,
 * members by unit and by topic. Built in O(n log n) on first use; every look-up is then O(1) plus the
 * size of its result. Immutable once built.
 */
final class NetworkIndex {

  final Map<QuestionId, List<Answer>> answersByQuestion;
  final Map<MemberId, List<Answer>> answersByResponder;
  final Map<MemberId, List<Question>> questionsByAsker;
  final Map<QuestionId, List<Referral>> referralsByQuestion;
  final Map<MemberId, List<Referral>> referralsByMember;
  final Map<MemberId, List<Event>> eventsByMember;
  final Map<MemberId, List<Community>> communitiesByMember;
  final Map<Affiliation, List<Member>> membersByUnit;
  final Map<Topic, List<Member>> membersByExpertise;
  final Map<Topic, List<Member>> membersByInterest;

  NetworkIndex(List<Member> members, List<Event> events, List<Community> communities, List<Question> questions,
      List<Answer> answers, List<Referral> referrals) {
    answersByQuestion = group(answers, Answer::question, Comparator.comparing(Answer::answeredAt));
    answersByResponder = group(answers, Answer::responder, Comparator.comparing(Answer::answeredAt));
    questionsByAsker = group(questions, Question::asker, Comparator.comparing(Question::askedAt));
    referralsByQuestion = chains(referrals);

    Map<MemberId, List<Referral>> byMember = new HashMap<>();
    for (Referral r : referrals) {
      for (MemberId m : new MemberId[] {r.referrer(), r.from(), r.to()}) {
        addOnce(byMember, m, r);
      }
      r.onBehalfOf().ifPresent(m -> addOnce(byMember, m, r));
    }
    referralsByMember = seal(byMember, Comparator.comparing(Referral::at));

    Map<MemberId, List<Event>> byAttendee = new HashMap<>();
    for (Event e : events) {
      for (MemberId m : e.participants()) {
        byAttendee.computeIfAbsent(m, k -> new ArrayList<>()).add(e);
      }
    }
    eventsByMember = seal(byAttendee, Comparator.comparing(Event::start));

    Map<MemberId, List<Community>> inCommunities = new HashMap<>();
    for (Community c : communities) {
      for (MemberId m : c.members()) {
        inCommunities.computeIfAbsent(m, k -> new ArrayList<>()).add(c);
      }
    }
    communitiesByMember = seal(inCommunities, null);

    Map<Affiliation, List<Member>> units = new HashMap<>();
    Map<Topic, List<Member>> expertise = new HashMap<>();
    Map<Topic, List<Member>> interest = new HashMap<>();
    for (Member m : members) {
      Affiliation a = m.affiliation();
      for (int depth = 1; depth <= a.depth(); depth++) {
        units.computeIfAbsent(a.truncate(depth), k -> new ArrayList<>()).add(m);
      }
      for (Topic t : m.expertise().keySet()) {
        expertise.computeIfAbsent(t, k -> new ArrayList<>()).add(m);
      }
      for (Topic t : m.interests()) {
        interest.computeIfAbsent(t, k -> new ArrayList<>()).add(m);
      }
    }
    membersByUnit = seal(units, null);
    membersByExpertise = seal(expertise, null);
    membersByInterest = seal(interest, null);
  }

  private static <K, V> void addOnce(Map<K, List<V>> map, K key, V value) {
    List<V> list = map.computeIfAbsent(key, k -> new ArrayList<>());
    if (list.isEmpty() || list.get(list.size() - 1) != value) {
      list.add(value);
    }
  }

  /** Groups rows by a key, each group stably sorted (insertion order breaks ties). */
  static <K, V> Map<K, List<V>> group(List<V> rows, Function<V, K> key, Comparator<? super V> order) {
    Map<K, List<V>> groups = new HashMap<>();
    for (V row : rows) {
      groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
    }
    return seal(groups, order);
  }

  /** Sorts each list (if an order is given) and makes it unmodifiable, in place. */
  static <K, V> Map<K, List<V>> seal(Map<K, List<V>> groups, @Nullable Comparator<? super V> order) {
    for (Map.Entry<K, List<V>> e : groups.entrySet()) {
      List<V> list = e.getValue();
      if (order != null) {
        list.sort(order);
      }
      if (list instanceof ArrayList<V> array) {
        array.trimToSize();
      }
      e.setValue(Collections.unmodifiableList(list));
    }
    return groups;
  }

  /**
   * Referrals per question in chain order: a depth-first walk from each chain's first hop, children by
   * time, so that a chain reads asker → friend → expert. Iterative, whatever the chain length.
   */
  private static Map<QuestionId, List<Referral>> chains(List<Referral> referrals) {
    Map<ReferralId, List<Referral>> children = new HashMap<>();
    Map<QuestionId, List<Referral>> roots = new HashMap<>();
    Map<ReferralId, Referral> byId = new HashMap<>();
    for (Referral r : referrals) {
      byId.put(r.id(), r);
    }
    for (Referral r : referrals) {
      if (r.question().isEmpty()) {
        continue;
      }
      Referral parent = r.parent().map(byId::get).orElse(null);
      if (parent != null && r.question().equals(parent.question())) {
        children.computeIfAbsent(parent.id(), k -> new ArrayList<>()).add(r);
      } else {
        roots.computeIfAbsent(r.question().get(), k -> new ArrayList<>()).add(r);
      }
    }
    Comparator<Referral> byTime = Comparator.comparing(Referral::at);
    Map<QuestionId, List<Referral>> result = new HashMap<>();
    for (Map.Entry<QuestionId, List<Referral>> e : roots.entrySet()) {
      List<Referral> ordered = new ArrayList<>();
      List<Referral> starts = new ArrayList<>(e.getValue());
      starts.sort(byTime);
      Deque<Referral> stack = new ArrayDeque<>();
      for (int i = starts.size() - 1; i >= 0; i--) {
        stack.push(starts.get(i));
      }
      while (!stack.isEmpty()) {
        Referral r = stack.pop();
        ordered.add(r);
        List<Referral> next = children.getOrDefault(r.id(), List.of());
        List<Referral> sorted = new ArrayList<>(next);
        sorted.sort(byTime);
        for (int i = sorted.size() - 1; i >= 0; i--) {
          stack.push(sorted.get(i));
        }
      }
      result.put(e.getKey(), Collections.unmodifiableList(ordered));
    }
    return result;
  }
}
