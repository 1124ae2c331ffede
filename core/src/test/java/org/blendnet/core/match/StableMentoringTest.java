package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.match.ReferenceMatchings.between;
import static org.blendnet.core.testing.Theories.qt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.blendnet.core.Consent;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Stable mentoring: hand-worked instances, and properties checked against every assignment of tiny
 * instances found by brute force.
 */
class StableMentoringTest {

  private static MemberId id(String value) {
    return MemberId.of(value);
  }

  private static List<MemberId> ids(String... values) {
    List<MemberId> list = new ArrayList<>();
    for (String v : values) {
      list.add(id(v));
    }
    return list;
  }

  /** The classic crossed preferences: each side's first choices disagree. */
  private static final MentoringPreferences CROSSED = MentoringPreferences.of(
      Map.of(id("a"), ids("x", "y"), id("b"), ids("y", "x")),
      Map.of(id("x"), ids("b", "a"), id("y"), ids("a", "b")),
      Map.of(id("x"), 1, id("y"), 1));

  @Test
  void should_give_each_side_its_first_choices_when_that_side_proposes() {
    StableMentoring.Assignment mentees = StableMentoring.menteeOptimal(CROSSED);
    assertThat(mentees.mentorOf()).containsExactly(Map.entry(id("a"), id("x")), Map.entry(id("b"), id("y")));
    assertThat(mentees.pairs()).extracting(StableMentoring.Assignment.Pair::menteeRank).containsOnly(1);
    assertThat(mentees.pairs()).extracting(StableMentoring.Assignment.Pair::mentorRank).containsOnly(2);
    StableMentoring.Assignment mentors = StableMentoring.mentorOptimal(CROSSED);
    assertThat(mentors.mentorOf()).containsExactly(Map.entry(id("a"), id("y")), Map.entry(id("b"), id("x")));
    assertThat(mentors.pairs()).extracting(StableMentoring.Assignment.Pair::mentorRank).containsOnly(1);
    assertThat(CROSSED.blockingPairs(mentees.mentorOf())).isEmpty();
    assertThat(CROSSED.blockingPairs(mentors.mentorOf())).isEmpty();
    // with b left out, b and x (x ranks b above a) and b and y (y has room) would rather be together
    assertThat(CROSSED.blockingPairs(Map.of(id("a"), id("x"))))
        .containsExactly(MemberPair.of(id("b"), id("x")), MemberPair.of(id("b"), id("y")));
  }

  @Test
  void should_fill_a_mentor_with_the_mentees_they_rank_highest_and_move_the_displaced_on() {
    // x (1 place) ranks c, b, a; y (2 places) ranks a, b. a and b both want x first, c only x.
    MentoringPreferences p = MentoringPreferences.of(
        Map.of(id("a"), ids("x", "y"), id("b"), ids("x", "y"), id("c"), ids("x")),
        Map.of(id("x"), ids("c", "b", "a"), id("y"), ids("a", "b")),
        Map.of(id("x"), 1, id("y"), 2));
    for (StableMentoring.Optimal side : StableMentoring.Optimal.values()) {
      StableMentoring.Assignment a = StableMentoring.solve(p, side);
      assertThat(a.mentorOf()).containsExactly(Map.entry(id("a"), id("y")), Map.entry(id("b"), id("y")),
          Map.entry(id("c"), id("x")));
      assertThat(a.menteesOf(id("y"))).containsExactly(id("a"), id("b"));
      assertThat(a.unassigned()).isEmpty();
    }
  }

  @Test
  void should_only_make_pairs_both_ranked_and_not_blocked() {
    // a ranks x but x does not rank a; b and x rank each other but are blocked; c and y rank each other
    MentoringPreferences p = MentoringPreferences.of(
        Map.of(id("a"), ids("x"), id("b"), ids("x", "y"), id("c"), ids("y")),
        Map.of(id("x"), ids("b"), id("y"), ids("c")),
        Map.of(id("x"), 3, id("y"), 3)).withBlocked(Set.of(MemberPair.of(id("b"), id("x"))));
    StableMentoring.Assignment a = StableMentoring.menteeOptimal(p);
    assertThat(a.mentorOf()).containsExactly(Map.entry(id("c"), id("y")));
    assertThat(a.unassigned()).containsExactly(id("a"), id("b"));
    assertThat(p.acceptable(id("b"), id("x"))).isFalse();
    assertThat(p.acceptable(id("a"), id("x"))).isFalse();
    assertThat(p.blockingPairs(a.mentorOf())).isEmpty();
    assertThat(a.mentorOf(id("a"))).isEmpty();
    assertThat(a.mentorOf(id("c"))).contains(id("y"));
  }

  @Test
  void should_reject_preferences_that_do_not_fit_together_naming_the_value() {
    assertThatThrownBy(() -> MentoringPreferences.of(Map.of(), Map.of(), Map.of(id("x"), 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("capacity of mentor x must be >= 1 but was 0");
    assertThatThrownBy(() -> MentoringPreferences.of(Map.of(id("a"), ids("z")), Map.of(), Map.of(id("x"), 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mentee a ranks z, who is not a mentor");
    assertThatThrownBy(() -> MentoringPreferences.of(Map.of(id("a"), ids("x", "x")), Map.of(), Map.of(id("x"), 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the ranking of a names x twice");
    assertThatThrownBy(() -> MentoringPreferences.of(Map.of(id("a"), ids()), Map.of(id("x"), ids("q")),
        Map.of(id("x"), 1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mentor x ranks q, who is not a mentee");
    assertThatThrownBy(() -> MentoringPreferences.of(Map.of(id("x"), ids()), Map.of(), Map.of(id("x"), 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("member x is both a mentor and a mentee");
    assertThatThrownBy(() -> CROSSED.blockingPairs(Map.of(id("a"), id("x"), id("b"), id("x"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("mentor x has 2 mentees but a capacity of 1");
    assertThatThrownBy(() -> StableMentoring.menteeOptimal(null))
        .isInstanceOf(NullPointerException.class).hasMessage("preferences");
  }

  @Test
  void should_derive_rankings_from_the_matchmakers_scores_and_leave_out_who_declined() {
    TableSignal table = new TableSignal()
        .directed("a", "x", 0.9).directed("a", "y", 0.5).directed("a", "z", 0.5)
        .directed("x", "a", 0.2).directed("x", "b", 0.8)
        .directed("b", "y", 0.4)
        .directed("y", "a", 0.3).directed("y", "b", 0.3);
    Network network = Network.builder()
        .member(Member.of(id("a"), "A")).member(Member.of(id("b"), "B")).member(Member.of(id("x"), "X"))
        .member(Member.of(id("y"), "Y"))
        .member(Member.builder(id("z")).consent(Consent.defaults().withRecommendable(false)).build())
        .build();
    Matchmaker matchmaker = table.matchmaker(network);
    MentoringPreferences p = MentoringPreferences.fromScores(matchmaker, Map.of(id("x"), 1, id("y"), 1, id("z"), 1),
        ids("b", "a"), 5, Instant.parse("2026-03-02T09:00:00Z"));
    // a: x 0.9, then y and z tie at 0.5 — but z declined; b: y only (x scores 0 for b)
    assertThat(p.menteeRankings()).containsExactly(Map.entry(id("a"), ids("x", "y")), Map.entry(id("b"), ids("y")));
    // y: a and b tie at 0.3, by id; z ranks nobody
    assertThat(p.mentorRankings()).containsExactly(Map.entry(id("x"), ids("b", "a")),
        Map.entry(id("y"), ids("a", "b")), Map.entry(id("z"), ids()));
    assertThat(StableMentoring.menteeOptimal(p).mentorOf())
        .containsExactly(Map.entry(id("a"), id("x")), Map.entry(id("b"), id("y")));
    MentoringPreferences one = MentoringPreferences.fromScores(matchmaker, Map.of(id("x"), 1, id("y"), 1),
        ids("a", "b"), 1, Instant.parse("2026-03-02T09:00:00Z"));
    assertThat(one.menteeRankings().get(id("a"))).containsExactly(id("x"));
    assertThatThrownBy(() -> MentoringPreferences.fromScores(matchmaker, Map.of(id("x"), 1), ids("a"), 0,
        Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class).hasMessage("listLength must be >= 1 but was 0");
    assertThatThrownBy(() -> MentoringPreferences.fromScores(matchmaker, Map.of(id("x"), 1), ids("nobody"), 3,
        Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown member: nobody");
  }

  @Test
  void should_print_ids_and_ranks() {
    assertThat(StableMentoring.menteeOptimal(CROSSED).toString())
        .isEqualTo("Assignment[MENTEES-optimal, 2 pairs, 0 unassigned: x ← a (1st/2nd), y ← b (1st/2nd)]");
    assertThat(CROSSED.toString()).isEqualTo("MentoringPreferences[2 mentees, 2 mentors, 2 places, 8 ranks, 0 blocked]");
  }

  // ---- properties against brute force ---------------------------------------------------------------

  /** Tiny instances: up to 5 mentees and 3 mentors with capacities 1 to 2, incomplete lists, some blocked. */
  static Gen<MentoringPreferences> tiny() {
    return in -> {
      int mentees = between(in, 0, 5);
      int mentors = between(in, 0, 3);
      Map<MemberId, List<MemberId>> menteeRankings = new TreeMap<>();
      Map<MemberId, List<MemberId>> mentorRankings = new TreeMap<>();
      Map<MemberId, Integer> capacities = new TreeMap<>();
      List<MemberId> mentorIds = new ArrayList<>();
      List<MemberId> menteeIds = new ArrayList<>();
      for (int t = 0; t < mentors; t++) {
        mentorIds.add(id("t" + t));
        capacities.put(id("t" + t), between(in, 1, 2));
      }
      for (int m = 0; m < mentees; m++) {
        menteeIds.add(id("m" + m));
      }
      for (MemberId m : menteeIds) {
        menteeRankings.put(m, randomList(in, mentorIds));
      }
      for (MemberId t : mentorIds) {
        mentorRankings.put(t, randomList(in, menteeIds));
      }
      Set<MemberPair> blocked = new java.util.HashSet<>();
      for (MemberId m : menteeIds) {
        for (MemberId t : mentorIds) {
          if (between(in, 0, 9) == 0) {
            blocked.add(MemberPair.of(m, t));
          }
        }
      }
      return new MentoringPreferences(menteeRankings, mentorRankings, capacities, blocked);
    };
  }

  /** A random ordering of a random subset (each kept with probability 4/5). */
  private static List<MemberId> randomList(org.quicktheories.core.RandomnessSource in, List<MemberId> all) {
    List<MemberId> pool = new ArrayList<>(all);
    List<MemberId> list = new ArrayList<>();
    while (!pool.isEmpty()) {
      MemberId next = pool.remove(between(in, 0, pool.size() - 1));
      if (between(in, 0, 4) > 0) {
        list.add(next);
      }
    }
    return list;
  }

  /** Every assignment respecting capacities and acceptability, as mentee → mentor maps. */
  static List<Map<MemberId, MemberId>> allAssignments(MentoringPreferences p) {
    List<MemberId> mentees = new ArrayList<>(p.mentees());
    List<Map<MemberId, MemberId>> all = new ArrayList<>();
    enumerate(p, mentees, 0, new TreeMap<>(), new TreeMap<>(), all);
    return all;
  }

  private static void enumerate(MentoringPreferences p, List<MemberId> mentees, int k, Map<MemberId, MemberId> current,
      Map<MemberId, Integer> used, List<Map<MemberId, MemberId>> all) {
    if (k == mentees.size()) {
      all.add(new TreeMap<>(current));
      return;
    }
    MemberId m = mentees.get(k);
    enumerate(p, mentees, k + 1, current, used, all);
    for (MemberId t : p.mentors()) {
      if (p.acceptable(m, t) && used.getOrDefault(t, 0) < p.capacities().get(t)) {
        current.put(m, t);
        used.merge(t, 1, Integer::sum);
        enumerate(p, mentees, k + 1, current, used, all);
        used.merge(t, -1, Integer::sum);
        current.remove(m);
      }
    }
  }

  /** True if no acceptable pair would rather be together — checked pair by pair from the definition. */
  static boolean stable(MentoringPreferences p, Map<MemberId, MemberId> mentorOf) {
    for (MemberId m : p.mentees()) {
      for (MemberId t : p.mentors()) {
        if (!p.acceptable(m, t) || t.equals(mentorOf.get(m))) {
          continue;
        }
        List<MemberId> mine = p.menteeRankings().get(m);
        boolean menteeWants = !mentorOf.containsKey(m) || mine.indexOf(t) < mine.indexOf(mentorOf.get(m));
        List<MemberId> theirs = p.mentorRankings().get(t);
        List<MemberId> held = new ArrayList<>();
        mentorOf.forEach((mentee, mentor) -> {
          if (mentor.equals(t)) {
            held.add(mentee);
          }
        });
        boolean mentorWants = held.size() < p.capacities().get(t);
        for (MemberId other : held) {
          mentorWants |= theirs.indexOf(m) < theirs.indexOf(other);
        }
        if (menteeWants && mentorWants) {
          return false;
        }
      }
    }
    return true;
  }

  /** The mentee's rank of their mentor (0 best), or the length of their list if they have none. */
  private static int rank(MentoringPreferences p, Map<MemberId, MemberId> mentorOf, MemberId mentee) {
    List<MemberId> list = p.menteeRankings().get(mentee);
    MemberId t = mentorOf.get(mentee);
    return t == null ? list.size() : list.indexOf(t);
  }

  @Test
  void should_find_a_stable_assignment_within_capacities_that_brute_force_confirms() {
    qt(400).forAll(tiny()).checkAssert(p -> {
      for (StableMentoring.Optimal side : StableMentoring.Optimal.values()) {
        StableMentoring.Assignment a = StableMentoring.solve(p, side);
        Map<MemberId, MemberId> mentorOf = a.mentorOf();
        assertThat(stable(p, mentorOf)).as("stable: %s", a).isTrue();
        assertThat(p.blockingPairs(mentorOf)).isEmpty();
        for (MemberId t : p.mentors()) {
          assertThat(a.menteesOf(t).size()).isLessThanOrEqualTo(p.capacities().get(t));
        }
        mentorOf.forEach((m, t) -> assertThat(p.acceptable(m, t)).isTrue());
        assertThat(a.pairs().size() + a.unassigned().size()).isEqualTo(p.mentees().size());
        assertThat(allAssignments(p)).contains(mentorOf);
      }
    });
  }

  @Test
  void should_give_every_mentee_their_best_stable_mentor_and_mentors_proposing_their_worst() {
    qt(400).forAll(tiny()).checkAssert(p -> {
      Map<MemberId, MemberId> best = StableMentoring.menteeOptimal(p).mentorOf();
      Map<MemberId, MemberId> worst = StableMentoring.mentorOptimal(p).mentorOf();
      int stableCount = 0;
      for (Map<MemberId, MemberId> s : allAssignments(p)) {
        if (!stable(p, s)) {
          continue;
        }
        stableCount++;
        for (MemberId m : p.mentees()) {
          assertThat(rank(p, best, m)).as("mentee %s in %s", m, s).isLessThanOrEqualTo(rank(p, s, m));
          assertThat(rank(p, worst, m)).as("mentee %s in %s", m, s).isGreaterThanOrEqualTo(rank(p, s, m));
        }
        // the same mentees are assigned in every stable assignment (the rural hospitals theorem)
        assertThat(s.keySet()).isEqualTo(best.keySet());
      }
      assertThat(stableCount).isGreaterThanOrEqualTo(1);
    });
  }

  @Test
  void should_give_the_same_assignment_whatever_the_order_of_the_input_maps() {
    qt(200).forAll(tiny()).checkAssert(p -> {
      Map<MemberId, List<MemberId>> menteeRankings = reversed(p.menteeRankings());
      Map<MemberId, List<MemberId>> mentorRankings = reversed(p.mentorRankings());
      Map<MemberId, Integer> capacities = reversed(p.capacities());
      MentoringPreferences again = new MentoringPreferences(menteeRankings, mentorRankings, capacities, p.blocked());
      assertThat(again).isEqualTo(p);
      for (StableMentoring.Optimal side : StableMentoring.Optimal.values()) {
        assertThat(StableMentoring.solve(again, side)).isEqualTo(StableMentoring.solve(p, side));
      }
    });
  }

  private static <V> Map<MemberId, V> reversed(Map<MemberId, V> map) {
    List<MemberId> keys = new ArrayList<>(map.keySet());
    Collections.reverse(keys);
    Map<MemberId, V> copy = new LinkedHashMap<>();
    for (MemberId k : keys) {
      copy.put(k, map.get(k));
    }
    return copy;
  }
}
