package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.core.match.ReferenceMatchings.between;
import static org.blendnet.core.testing.Theories.qt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Consent;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The rules of a pairing round as properties over small generated populations whose pair scores come from
 * a {@link TableSignal} (multiples of 1/8, so that pair scores are exact binary fractions): nobody twice,
 * no remembered or blocked pair, units crossed, consent kept, capacities kept, the exact round as heavy as
 * the best pairing found by brute force, and the same round for the same input whatever its order.
 */
class PairingPropertiesTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  /**
   * A generated round: members m0 … m(n−1) with affiliations org0|1 / u0|1, some who declined; directed
   * scores; remembered and blocked pairs; the options; for mentoring, each mentor's places.
   */
  record Case(Network network, TableSignal table, Map<String, Double> scores, List<MemberId> population,
      PairingOptions options, Map<MemberId, Integer> mentors) {

    @Override
    public String toString() {
      return "population=" + population + " options=" + options + " history=" + options.history().recent()
          + " blocked=" + options.blocked() + " mentors=" + mentors + " scores=" + new TreeMap<>(scores)
          + " members=" + describe(network);
    }

    private static String describe(Network network) {
      StringBuilder s = new StringBuilder();
      for (Member m : network.members()) {
        s.append(m.id()).append('@').append(m.affiliation()).append(m.consent().recommendable() ? "" : "(declined)")
            .append(' ');
      }
      return s.toString();
    }

    double score(MemberId a, MemberId b) {
      return (scores.getOrDefault(a.value() + ">" + b.value(), 0.0) + scores.getOrDefault(b.value() + ">" + a.value(), 0.0))
          / 2;
    }

    Member member(MemberId id) {
      return network.member(id).orElseThrow();
    }

    /** Whether the rules allow a and b together: consent, blocked, remembered, units, sides. */
    boolean admissible(MemberId a, MemberId b) {
      if (!member(a).consent().recommendable() || !member(b).consent().recommendable()) {
        return false;
      }
      MemberPair p = MemberPair.of(a, b);
      if (options.blocked().contains(p) || options.history().contains(p)) {
        return false;
      }
      if (!mentors.isEmpty() && mentors.containsKey(a) == mentors.containsKey(b)) {
        return false;
      }
      if (options.crossUnits().isPresent()) {
        int depth = options.crossUnits().getAsInt();
        Affiliation x = member(a).affiliation();
        Affiliation y = member(b).affiliation();
        if (x.depth() >= depth && y.depth() >= depth && x.truncate(depth).equals(y.truncate(depth))) {
          return false;
        }
      }
      return true;
    }
  }

  static Gen<Case> cases(boolean mentoring) {
    return in -> {
      int n = between(in, 0, 9);
      Network.Builder b = Network.builder();
      List<MemberId> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        MemberId id = MemberId.of("m" + i);
        ids.add(id);
        Member.Builder m = Member.builder(id)
            .affiliation(Affiliation.of("org" + between(in, 0, 1), "u" + between(in, 0, 1)));
        if (between(in, 0, 7) == 0) {
          m.consent(Consent.defaults().withRecommendable(false));
        }
        b.member(m.build());
      }
      TableSignal table = new TableSignal();
      Map<String, Double> scores = new HashMap<>();
      for (MemberId x : ids) {
        for (MemberId y : ids) {
          if (!x.equals(y) && between(in, 0, 9) >= 3) {
            double s = between(in, 1, 8) / 8.0;
            table.directed(x.value(), y.value(), s);
            scores.put(x.value() + ">" + y.value(), s);
          }
        }
      }
      PairingHistory history = PairingHistory.keeping(2);
      for (int round = 0; round < between(in, 0, 3); round++) {
        history = history.plus(randomPairs(in, ids, 2));
      }
      PairingOptions options = PairingOptions.defaults().withAsOf(NOW).withHistory(history)
          .withBlocked(randomPairs(in, ids, 2)).withPairEveryone(between(in, 0, 1) == 1)
          .withExactLimit(between(in, 0, 1) == 1 ? Integer.MAX_VALUE : 0);
      int depth = between(in, 0, 2);
      if (depth > 0) {
        options = options.withCrossUnits(depth);
      }
      if (between(in, 0, 1) == 1) {
        options = options.withSeed(between(in, -5, 5));
      }
      Map<MemberId, Integer> mentors = new TreeMap<>();
      if (mentoring) {
        for (MemberId id : ids) {
          if (between(in, 0, 2) == 0) {
            mentors.put(id, between(in, 1, 3));
          }
        }
        if (mentors.isEmpty() && !ids.isEmpty()) {
          mentors.put(ids.get(0), between(in, 1, 3));
        }
      }
      List<MemberId> population = new ArrayList<>(ids);
      population.removeAll(mentors.keySet());
      return new Case(b.build(), table, scores, population, options, mentors);
    };
  }

  private static Set<MemberPair> randomPairs(org.quicktheories.core.RandomnessSource in, List<MemberId> ids, int max) {
    Set<MemberPair> pairs = new HashSet<>();
    if (ids.size() < 2) {
      return pairs;
    }
    for (int k = between(in, 0, max); k > 0; k--) {
      int a = between(in, 0, ids.size() - 1);
      int c = between(in, 0, ids.size() - 1);
      if (a != c) {
        pairs.add(MemberPair.of(ids.get(a), ids.get(c)));
      }
    }
    return pairs;
  }

  private static Pairing run(Case c, List<MemberId> population) {
    PairingRound rounds = PairingRound.of(c.table().matchmaker(c.network()));
    return c.mentors().isEmpty() ? rounds.pair(population, c.options())
        : rounds.mentoring(c.mentors(), population, c.options());
  }

  /** The heaviest total of admissible, positive-scoring pairs within the capacities, by brute force. */
  private static double optimum(Case c) {
    List<MemberId> all = new ArrayList<>(c.population());
    all.addAll(c.mentors().keySet());
    List<MemberId[]> edges = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        if (c.admissible(all.get(i), all.get(j)) && c.score(all.get(i), all.get(j)) > 0) {
          edges.add(new MemberId[] {all.get(i), all.get(j)});
        }
      }
    }
    Map<MemberId, Integer> room = new HashMap<>();
    for (MemberId id : all) {
      room.put(id, c.mentors().getOrDefault(id, 1));
    }
    return best(c, edges, 0, room);
  }

  private static double best(Case c, List<MemberId[]> edges, int k, Map<MemberId, Integer> room) {
    if (k == edges.size()) {
      return 0;
    }
    double skip = best(c, edges, k + 1, room);
    MemberId a = edges.get(k)[0];
    MemberId b = edges.get(k)[1];
    if (room.get(a) > 0 && room.get(b) > 0) {
      room.merge(a, -1, Integer::sum);
      room.merge(b, -1, Integer::sum);
      double take = c.score(a, b) + best(c, edges, k + 1, room);
      room.merge(a, 1, Integer::sum);
      room.merge(b, 1, Integer::sum);
      return Math.max(skip, take);
    }
    return skip;
  }

  private static void checkRules(Case c, Pairing p) {
    Map<MemberId, Integer> times = new HashMap<>();
    for (Pairing.Pair pair : p.pairs()) {
      times.merge(pair.first(), 1, Integer::sum);
      times.merge(pair.second(), 1, Integer::sum);
      assertThat(c.admissible(pair.first(), pair.second())).as("admissible %s", pair).isTrue();
      assertThat(c.options().blocked()).doesNotContain(pair.members());
      assertThat(c.options().history().contains(pair.members())).isFalse();
    }
    times.forEach((member, count) -> assertThat(count).as("pairs of %s", member)
        .isLessThanOrEqualTo(c.mentors().getOrDefault(member, 1)));
    for (Pairing.Unpaired u : p.unpaired()) {
      assertThat(times).doesNotContainKey(u.member());
    }
    Set<MemberId> accounted = new HashSet<>(times.keySet());
    for (Pairing.Unpaired u : p.unpaired()) {
      accounted.add(u.member());
    }
    Set<MemberId> everyone = new HashSet<>(c.population());
    everyone.addAll(c.mentors().keySet());
    assertThat(accounted).isEqualTo(everyone);
  }

  @Test
  void should_pair_nobody_twice_and_never_against_the_rules() {
    qt(300).forAll(cases(false)).checkAssert(c -> checkRules(c, run(c, c.population())));
  }

  @Test
  void should_never_exceed_a_mentors_places_nor_give_a_mentee_two_mentors() {
    qt(300).forAll(cases(true)).checkAssert(c -> {
      Pairing p = run(c, c.population());
      checkRules(c, p);
      assertThat(c.mentors().isEmpty()).isEqualTo(c.network().members().isEmpty());
      for (Pairing.Pair pair : p.pairs()) {
        assertThat(c.mentors()).containsKey(pair.first());
        assertThat(c.population()).contains(pair.second());
      }
    });
  }

  @Test
  void should_reach_the_brute_force_optimum_exactly_and_at_least_half_of_it_approximately() {
    qt(300).forAll(cases(false)).checkAssert(c -> {
      double optimum = optimum(c);
      Pairing p = run(c, c.population());
      if (p.method() == Pairing.Method.EXACT) {
        assertThat(p.totalScore()).isCloseTo(optimum, within(1e-9));
      } else {
        assertThat(p.totalScore()).isLessThanOrEqualTo(optimum + 1e-9).isGreaterThanOrEqualTo(optimum / 2 - 1e-9);
      }
    });
    qt(200).forAll(cases(true)).checkAssert(c -> assertThat(run(c, c.population()).totalScore())
        .isCloseTo(optimum(c), within(1e-9)));
  }

  @Test
  void should_make_the_same_round_for_the_same_input_and_seed_whatever_the_population_order() {
    qt(200).forAll(cases(false)).checkAssert(c -> {
      Pairing first = run(c, c.population());
      List<MemberId> reversed = new ArrayList<>(c.population());
      Collections.reverse(reversed);
      Pairing again = run(c, reversed);
      assertThat(again.pairs()).isEqualTo(first.pairs());
      assertThat(again.unpaired()).isEqualTo(first.unpaired());
      assertThat(again.toString()).isEqualTo(first.toString());
    });
  }

  @Test
  void should_refuse_more_required_pairs_than_the_population_can_fill_naming_the_numbers() {
    qt(100).forAll(cases(false)).checkAssert(c -> {
      List<MemberId> population = c.population();
      Set<MemberPair> required = new HashSet<>();
      // one more pair than the population can hold, made of members outside it where needed
      for (int k = 0; k <= population.size() / 2; k++) {
        required.add(MemberPair.of(MemberId.of("r" + 2 * k), MemberId.of("r" + (2 * k + 1))));
      }
      PairingOptions options = c.options().withRequired(required);
      assertThatThrownBy(() -> PairingRound.of(c.table().matchmaker(c.network())).pair(population, options))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a pairing with " + Phrases.count(required.size(), "required pair") + " needs "
              + 2 * required.size() + " members but the population has " + population.size());
    });
  }

  @Test
  void should_respect_units_at_every_depth_even_with_everyone_paired() {
    qt(200).forAll(cases(false)).checkAssert(c -> {
      PairingOptions options = c.options().withPairEveryone(true);
      OptionalInt depth = options.crossUnits();
      Case everyone = new Case(c.network(), c.table(), c.scores(), c.population(), options, c.mentors());
      Pairing p = run(everyone, c.population());
      checkRules(everyone, p);
      if (depth.isPresent()) {
        for (Pairing.Pair pair : p.pairs()) {
          assertThat(everyone.member(pair.first()).affiliation().truncate(depth.getAsInt()))
              .isNotEqualTo(everyone.member(pair.second()).affiliation().truncate(depth.getAsInt()));
        }
      }
    });
  }
}
