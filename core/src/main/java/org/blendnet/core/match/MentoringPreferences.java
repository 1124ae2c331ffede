package org.blendnet.core.match;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.blendnet.core.MemberId;

/**
 * Two-sided preferences for {@link StableMentoring}: each mentee's ranking of mentors, each mentor's
 * ranking of mentees (best first), each mentor's capacity, and pairs never to be made.
 *
 * <pre>{@code
 * MentoringPreferences prefs = MentoringPreferences.of(
 *     Map.of(ana, List.of(bo, dee), cy, List.of(bo)),      // mentees rank mentors
 *     Map.of(bo, List.of(cy, ana), dee, List.of(ana)),      // mentors rank mentees
 *     Map.of(bo, 1, dee, 2));                               // mentors' capacities
 * }</pre>
 *
 * <p><b>Incomplete lists.</b> A ranking need not name everyone on the other side: a pair is
 * <em>acceptable</em> only if each of the two ranks the other and the pair is not {@linkplain #blocked()
 * blocked}; unacceptable pairs are never made and never block. The mentors are the keys of
 * {@link #capacities()}; a mentor without a ranking accepts nobody. The mentees are the keys of
 * {@link #menteeRankings()}.
 *
 * <p>Preferences can be written down or derived from a {@link Matchmaker}'s scores with
 * {@link #fromScores}. Maps are kept in id order, lists as given; equality is by value. {@link #toString()}
 * shows sizes only. Immutable and thread-safe.
 *
 * @param menteeRankings each mentee's mentors, best first
 * @param mentorRankings each mentor's mentees, best first (a mentor may be missing: then they accept nobody)
 * @param capacities how many mentees each mentor takes at most (at least 1)
 * @param blocked pairs never made, whatever the rankings say
 * @since 0.1
 */
public record MentoringPreferences(Map<MemberId, List<MemberId>> menteeRankings,
    Map<MemberId, List<MemberId>> mentorRankings, Map<MemberId, Integer> capacities, Set<MemberPair> blocked) {

  /**
   * Creates preferences, checking that they fit together.
   *
   * @throws IllegalArgumentException if a capacity is below 1, a member is both mentor and mentee, a ranking
   *     names someone twice or someone who is not on the other side, or a ranking of mentees belongs to
   *     someone who is not a mentor
   */
  public MentoringPreferences {
    capacities = sortedCopy(Objects.requireNonNull(capacities, "capacities"), "capacities");
    menteeRankings = rankings(Objects.requireNonNull(menteeRankings, "menteeRankings"), "menteeRankings");
    mentorRankings = rankings(Objects.requireNonNull(mentorRankings, "mentorRankings"), "mentorRankings");
    Objects.requireNonNull(blocked, "blocked");
    Set<MemberPair> blockedCopy = new HashSet<>();
    for (MemberPair p : blocked) {
      blockedCopy.add(Objects.requireNonNull(p, "blocked must not contain null"));
    }
    blocked = Set.copyOf(blockedCopy);
    for (Map.Entry<MemberId, Integer> e : capacities.entrySet()) {
      Integer c = Objects.requireNonNull(e.getValue(), () -> "capacity of mentor " + e.getKey());
      if (c < 1) {
        throw new IllegalArgumentException("capacity of mentor " + e.getKey() + " must be >= 1 but was " + c);
      }
      if (menteeRankings.containsKey(e.getKey())) {
        throw new IllegalArgumentException("member " + e.getKey() + " is both a mentor and a mentee");
      }
    }
    for (Map.Entry<MemberId, List<MemberId>> e : menteeRankings.entrySet()) {
      for (MemberId mentor : e.getValue()) {
        if (!capacities.containsKey(mentor)) {
          throw new IllegalArgumentException(
              "mentee " + e.getKey() + " ranks " + mentor + ", who is not a mentor (has no capacity)");
        }
      }
    }
    for (Map.Entry<MemberId, List<MemberId>> e : mentorRankings.entrySet()) {
      if (!capacities.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            "member " + e.getKey() + " ranks mentees but is not a mentor (has no capacity)");
      }
      for (MemberId mentee : e.getValue()) {
        if (!menteeRankings.containsKey(mentee)) {
          throw new IllegalArgumentException("mentor " + e.getKey() + " ranks " + mentee + ", who is not a mentee");
        }
      }
    }
  }

  /** Preferences with nothing blocked. */
  public static MentoringPreferences of(Map<MemberId, List<MemberId>> menteeRankings,
      Map<MemberId, List<MemberId>> mentorRankings, Map<MemberId, Integer> capacities) {
    return new MentoringPreferences(menteeRankings, mentorRankings, capacities, Set.of());
  }

  /** These preferences with these pairs never made (replacing the earlier set). */
  public MentoringPreferences withBlocked(Set<MemberPair> pairs) {
    return new MentoringPreferences(menteeRankings, mentorRankings, capacities, pairs);
  }

  /**
   * Preferences derived from a matchmaker's scores: each mentee ranks the mentors by the score the
   * matchmaker gives the mentor for the mentee (a peer request of the mentee, as
   * {@link Matchmaker#score} gives it), each mentor ranks the mentees by their score for the mentor; each
   * list keeps the {@code listLength} best with a score above 0, ties by id. A member who declined to be
   * recommended ranks nobody and is ranked by nobody. O(a · b · s) time for a mentees, b mentors and s
   * signals, plus O((a + b) · b log b) to sort.
   *
   * @param matchmaker the scores
   * @param mentors each mentor's capacity (at least 1)
   * @param mentees the mentees
   * @param listLength how many of the other side each ranking names at most (at least 1)
   * @param asOf the instant the scores are taken at
   * @throws IllegalArgumentException if {@code listLength < 1}, a member is unknown to the matchmaker's
   *     network or on both sides, or a capacity is below 1
   */
  public static MentoringPreferences fromScores(Matchmaker matchmaker, Map<MemberId, Integer> mentors,
      Collection<MemberId> mentees, int listLength, Instant asOf) {
    Objects.requireNonNull(matchmaker, "matchmaker");
    Objects.requireNonNull(mentors, "mentors");
    Objects.requireNonNull(mentees, "mentees");
    Objects.requireNonNull(asOf, "asOf");
    if (listLength < 1) {
      throw new IllegalArgumentException("listLength must be >= 1 but was " + listLength);
    }
    MemberTable table = matchmaker.table();
    List<MemberId> mentorIds = new ArrayList<>(new TreeMap<>(sortedCopy(mentors, "mentors")).keySet());
    List<MemberId> menteeIds = new ArrayList<>(new java.util.TreeSet<>(nonNullCopy(mentees)));
    int[] mentorPos = positions(table, mentorIds);
    int[] menteePos = positions(table, menteeIds);
    MatchOptions scoring = MatchOptions.defaults().withAsOf(asOf);
    Map<MemberId, List<MemberId>> menteeRankings = new TreeMap<>();
    for (int i = 0; i < menteeIds.size(); i++) {
      menteeRankings.put(menteeIds.get(i), ranking(matchmaker, table, menteePos[i], mentorIds, mentorPos, listLength,
          scoring, asOf));
    }
    Map<MemberId, List<MemberId>> mentorRankings = new TreeMap<>();
    for (int j = 0; j < mentorIds.size(); j++) {
      mentorRankings.put(mentorIds.get(j), ranking(matchmaker, table, mentorPos[j], menteeIds, menteePos, listLength,
          scoring, asOf));
    }
    return of(menteeRankings, mentorRankings, mentors);
  }

  /** The best {@code length} of {@code others} for the member at {@code seeker}, by score, ties by id. */
  private static List<MemberId> ranking(Matchmaker matchmaker, MemberTable table, int seeker, List<MemberId> others,
      int[] otherPos, int length, MatchOptions scoring, Instant asOf) {
    if (!table.consents(seeker, MemberTable.RECOMMENDABLE)) {
      return List.of();
    }
    Matchmaker.PeerScorer scorer = matchmaker.peerScorer(seeker, scoring, asOf);
    List<double[]> scored = new ArrayList<>();
    for (int k = 0; k < others.size(); k++) {
      if (table.consents(otherPos[k], MemberTable.RECOMMENDABLE)) {
        double s = scorer.score(otherPos[k]);
        if (s > 0) {
          scored.add(new double[] {s, k});
        }
      }
    }
    // others are in id order, so the index breaks ties by id
    scored.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(x[1], y[1]));
    List<MemberId> list = new ArrayList<>(Math.min(length, scored.size()));
    for (int k = 0; k < Math.min(length, scored.size()); k++) {
      list.add(others.get((int) scored.get(k)[1]));
    }
    return list;
  }

  private static int[] positions(MemberTable table, List<MemberId> ids) {
    int[] p = new int[ids.size()];
    for (int k = 0; k < p.length; k++) {
      p[k] = table.indexOf(ids.get(k));
      if (p[k] < 0) {
        throw new IllegalArgumentException("Unknown member: " + ids.get(k));
      }
    }
    return p;
  }

  private static List<MemberId> nonNullCopy(Collection<MemberId> ids) {
    List<MemberId> copy = new ArrayList<>(ids.size());
    for (MemberId id : ids) {
      copy.add(Objects.requireNonNull(id, "mentees must not contain null"));
    }
    return copy;
  }

  private static <V> Map<MemberId, V> sortedCopy(Map<MemberId, V> map, String name) {
    TreeMap<MemberId, V> copy = new TreeMap<>();
    for (Map.Entry<MemberId, V> e : map.entrySet()) {
      copy.put(Objects.requireNonNull(e.getKey(), () -> name + " must not contain a null key"),
          Objects.requireNonNull(e.getValue(), () -> name + " must not map " + e.getKey() + " to null"));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static Map<MemberId, List<MemberId>> rankings(Map<MemberId, List<MemberId>> map, String name) {
    TreeMap<MemberId, List<MemberId>> copy = new TreeMap<>();
    for (Map.Entry<MemberId, List<MemberId>> e : sortedCopy(map, name).entrySet()) {
      Set<MemberId> seen = new HashSet<>();
      for (MemberId id : e.getValue()) {
        Objects.requireNonNull(id, () -> "the ranking of " + e.getKey() + " must not contain null");
        if (!seen.add(id)) {
          throw new IllegalArgumentException("the ranking of " + e.getKey() + " names " + id + " twice");
        }
      }
      copy.put(e.getKey(), List.copyOf(e.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  /** The mentors, in id order. */
  public Set<MemberId> mentors() {
    return capacities.keySet();
  }

  /** The mentees, in id order. */
  public Set<MemberId> mentees() {
    return menteeRankings.keySet();
  }

  /** True if {@code mentee} and {@code mentor} rank each other and the pair is not blocked. */
  public boolean acceptable(MemberId mentee, MemberId mentor) {
    Objects.requireNonNull(mentee, "mentee");
    Objects.requireNonNull(mentor, "mentor");
    return menteeRankings.getOrDefault(mentee, List.of()).contains(mentor)
        && mentorRankings.getOrDefault(mentor, List.of()).contains(mentee)
        && !blocked.contains(MemberPair.of(mentee, mentor));
  }

  /**
   * The pairs that would rather be together than as {@code mentorOf} has them — each an acceptable mentee
   * and mentor where the mentee has no mentor or ranks this one higher, and the mentor has room or ranks
   * the mentee above one of their own — in id order of the pair. Empty exactly when the assignment is
   * stable. A check, not a hot path: O(L · c · r) for L the length of all rankings, c the largest capacity
   * and r the longest ranking.
   *
   * @param mentorOf each assigned mentee's mentor
   * @throws IllegalArgumentException if it names a member who is not a mentee or not a mentor, a pair that
   *     is not acceptable, or gives a mentor more mentees than their capacity
   */
  public List<MemberPair> blockingPairs(Map<MemberId, MemberId> mentorOf) {
    Objects.requireNonNull(mentorOf, "mentorOf");
    Map<MemberId, List<MemberId>> menteesOf = new TreeMap<>();
    for (Map.Entry<MemberId, MemberId> e : sortedCopy(mentorOf, "mentorOf").entrySet()) {
      if (!menteeRankings.containsKey(e.getKey())) {
        throw new IllegalArgumentException(e.getKey() + " is not a mentee");
      }
      if (!capacities.containsKey(e.getValue())) {
        throw new IllegalArgumentException(e.getValue() + " is not a mentor");
      }
      if (!acceptable(e.getKey(), e.getValue())) {
        throw new IllegalArgumentException("the pair of mentee " + e.getKey() + " and mentor " + e.getValue()
            + " is not acceptable");
      }
      menteesOf.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
    }
    for (Map.Entry<MemberId, List<MemberId>> e : menteesOf.entrySet()) {
      int capacity = Objects.requireNonNull(capacities.get(e.getKey()));
      if (e.getValue().size() > capacity) {
        throw new IllegalArgumentException("mentor " + e.getKey() + " has " + e.getValue().size()
            + " mentees but a capacity of " + capacity);
      }
    }
    List<MemberPair> blocking = new ArrayList<>();
    for (Map.Entry<MemberId, List<MemberId>> e : menteeRankings.entrySet()) {
      MemberId mentee = e.getKey();
      MemberId current = mentorOf.get(mentee);
      for (MemberId mentor : e.getValue()) {
        if (mentor.equals(current)) {
          break; // the rest are ranked lower
        }
        if (!acceptable(mentee, mentor)) {
          continue;
        }
        List<MemberId> held = menteesOf.getOrDefault(mentor, List.of());
        List<MemberId> ranking = mentorRankings.getOrDefault(mentor, List.of());
        boolean wants = held.size() < Objects.requireNonNull(capacities.get(mentor));
        for (MemberId other : held) {
          wants |= ranking.indexOf(mentee) < ranking.indexOf(other);
        }
        if (wants) {
          blocking.add(MemberPair.of(mentee, mentor));
        }
      }
    }
    MemberPair[] sorted = blocking.toArray(new MemberPair[0]);
    Arrays.sort(sorted, java.util.Comparator.comparing(MemberPair::first).thenComparing(MemberPair::second));
    return List.of(sorted);
  }

  /** {@code MentoringPreferences[12 mentees, 3 mentors, 15 places, 40 ranks, 1 blocked]}. */
  @Override
  public String toString() {
    int places = 0;
    for (int c : capacities.values()) {
      places += c;
    }
    int ranks = 0;
    for (List<MemberId> l : menteeRankings.values()) {
      ranks += l.size();
    }
    for (List<MemberId> l : mentorRankings.values()) {
      ranks += l.size();
    }
    return "MentoringPreferences[" + Phrases.count(menteeRankings.size(), "mentee") + ", "
        + Phrases.count(capacities.size(), "mentor") + ", " + Phrases.count(places, "place") + ", "
        + Phrases.count(ranks, "rank") + ", " + blocked.size() + " blocked]";
  }
}
