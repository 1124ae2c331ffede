package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.ZoneId;
import java.util.SplittableRandom;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Channel;
import org.blendnet.core.Consent;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Topic;
import org.junit.jupiter.api.Test;

/**
 * Pairing rounds on hand-made networks whose pair scores are set by a {@link TableSignal}, so that every
 * total is worked out by hand.
 */
class PairingRoundTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final PairingOptions OPTIONS = PairingOptions.defaults().withAsOf(NOW);

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

  private static Network network(String... ids) {
    Network.Builder b = Network.builder();
    for (String v : ids) {
      b.member(Member.of(id(v), "Member " + v));
    }
    return b.build();
  }

  private static Network network(Member... members) {
    Network.Builder b = Network.builder();
    for (Member m : members) {
      b.member(m);
    }
    return b.build();
  }

  private static List<String> pairs(Pairing pairing) {
    List<String> list = new ArrayList<>();
    for (Pairing.Pair p : pairing.pairs()) {
      list.add(p.first().value() + "-" + p.second().value());
    }
    return list;
  }

  /** The path a -3- b -4- c -3- d (scores in tenths). */
  private static final TableSignal PATH = new TableSignal().both("a", "b", 0.3).both("b", "c", 0.4).both("c", "d", 0.3);

  @Test
  void should_pair_the_two_outer_members_of_a_path_where_greedy_takes_the_middle_pair() {
    Matchmaker matchmaker = PATH.matchmaker(network("a", "b", "c", "d"));
    Pairing exact = PairingRound.of(matchmaker).pair(ids("a", "b", "c", "d"), OPTIONS);
    assertThat(pairs(exact)).containsExactly("a-b", "c-d");
    assertThat(exact.totalScore()).isCloseTo(0.6, within(1e-12));
    assertThat(exact.method()).isEqualTo(Pairing.Method.EXACT);
    assertThat(exact.unpaired()).isEmpty();
    // the approximation takes b-c first and then repairs it with an augmentation
    Pairing approximate = PairingRound.of(matchmaker).pair(ids("a", "b", "c", "d"), OPTIONS.withExactLimit(0));
    assertThat(approximate.method()).isEqualTo(Pairing.Method.APPROXIMATE);
    assertThat(pairs(approximate)).containsExactly("a-b", "c-d");
  }

  @Test
  void should_pair_each_corner_of_an_odd_cycle_with_its_own_tail() {
    // triangle a, b, c (0.5 each) with tails a-x, b-y, c-z (0.4 each): greedy takes a triangle pair and
    // one tail (0.9) and leaves two members alone; the optimum takes the three tails (1.2)
    TableSignal table = new TableSignal().both("a", "b", 0.5).both("b", "c", 0.5).both("a", "c", 0.5)
        .both("a", "x", 0.4).both("b", "y", 0.4).both("c", "z", 0.4);
    Matchmaker matchmaker = table.matchmaker(network("a", "b", "c", "x", "y", "z"));
    Pairing round = PairingRound.of(matchmaker).pair(ids("a", "b", "c", "x", "y", "z"),
        OPTIONS.withPairEveryone(false));
    assertThat(pairs(round)).containsExactly("a-x", "b-y", "c-z");
    assertThat(round.totalScore()).isCloseTo(1.2, within(1e-12));
    assertThat(round.candidatePairs()).isEqualTo(6);
  }

  @Test
  void should_give_each_member_the_reasons_of_their_own_view() {
    TableSignal table = new TableSignal().directed("a", "b", 0.8).directed("b", "a", 0.2);
    Pairing round = PairingRound.of(table.matchmaker(network("a", "b"))).pair(ids("b", "a"), OPTIONS);
    Pairing.Pair pair = round.pairs().get(0);
    assertThat(pair.first()).isEqualTo(id("a"));
    assertThat(pair.forFirst().candidate()).isEqualTo(id("b"));
    assertThat(pair.forFirst().score()).isEqualTo(0.8);
    assertThat(pair.forSecond().score()).isEqualTo(0.2);
    assertThat(pair.score()).isCloseTo(0.5, within(1e-12));
    assertThat(pair.explanationFor(id("a"))).containsExactly("scored 0.8 by the table");
    assertThat(pair.explanationFor(id("b"))).containsExactly("scored 0.2 by the table");
    assertThatThrownBy(() -> pair.explanationFor(id("c"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("c is not in the pair {a, b}");
  }

  @Test
  void should_never_pair_members_who_declined_or_have_no_room() {
    Member declined = Member.builder(id("d")).consent(Consent.defaults().withRecommendable(false)).build();
    Member full = Member.builder(id("f")).capacity(0).build();
    Member busy = Member.builder(id("g")).capacity(1).build();
    TableSignal table = new TableSignal().both("a", "d", 0.9).both("a", "f", 0.9).both("a", "g", 0.9)
        .both("a", "b", 0.1);
    LoadTracker load = LoadTracker.over(Duration.ofDays(7));
    load.record(id("g"), NOW.minus(Duration.ofDays(1)));
    Network n = network(Member.of(id("a"), "A"), Member.of(id("b"), "B"), declined, full, busy);
    Matchmaker matchmaker = Matchmaker.builder(n).signal(table, 1).candidateSource(TableSignal.everyone())
        .matchLoad(load).build();
    Pairing round = PairingRound.of(matchmaker).pair(ids("a", "b", "d", "f", "g"), OPTIONS);
    assertThat(pairs(round)).containsExactly("a-b");
    assertThat(round.unpaired()).containsExactly(new Pairing.Unpaired(id("d"), Pairing.Reason.NOT_RECOMMENDABLE),
        new Pairing.Unpaired(id("f"), Pairing.Reason.NO_CAPACITY),
        new Pairing.Unpaired(id("g"), Pairing.Reason.NO_CAPACITY));
  }

  @Test
  void should_not_repeat_a_pair_the_history_remembers_until_it_is_forgotten() {
    TableSignal table = new TableSignal().both("a", "b", 0.9).both("c", "d", 0.9).both("a", "c", 0.5)
        .both("b", "d", 0.5);
    PairingRound rounds = PairingRound.of(table.matchmaker(network("a", "b", "c", "d")));
    List<MemberId> everyone = ids("a", "b", "c", "d");
    PairingHistory history = PairingHistory.keeping(1);
    Pairing first = rounds.pair(everyone, OPTIONS.withHistory(history));
    assertThat(pairs(first)).containsExactly("a-b", "c-d");
    history = history.plus(first);
    Pairing second = rounds.pair(everyone, OPTIONS.withHistory(history));
    assertThat(pairs(second)).containsExactly("a-c", "b-d");
    history = history.plus(second);
    // the history keeps one round: the first is forgotten, so its pairs are allowed again
    assertThat(history.contains(MemberPair.of(id("a"), id("b")))).isFalse();
    assertThat(pairs(rounds.pair(everyone, OPTIONS.withHistory(history)))).containsExactly("a-b", "c-d");
  }

  @Test
  void should_never_make_a_blocked_pair_even_to_pair_everyone() {
    Pairing round = PairingRound.of(PATH.matchmaker(network("a", "b", "c", "d"))).pair(ids("a", "b", "c", "d"),
        OPTIONS.withBlocked(Set.of(MemberPair.of(id("a"), id("b")), MemberPair.of(id("a"), id("c")),
            MemberPair.of(id("a"), id("d")))));
    assertThat(pairs(round)).containsExactly("b-c");
    assertThat(round.unpaired()).containsExactly(new Pairing.Unpaired(id("a"), Pairing.Reason.NO_PARTNER),
        new Pairing.Unpaired(id("d"), Pairing.Reason.NO_PARTNER));
  }

  @Test
  void should_pair_across_units_at_the_depth_asked() {
    Member a = Member.builder(id("a")).affiliation(Affiliation.of("Acme", "Sales", "EMEA")).build();
    Member b = Member.builder(id("b")).affiliation(Affiliation.of("Acme", "Sales", "APAC")).build();
    Member c = Member.builder(id("c")).affiliation(Affiliation.of("Acme", "Legal")).build();
    Member d = Member.builder(id("d")).affiliation(Affiliation.of("Acme")).build();
    TableSignal table = new TableSignal().both("a", "b", 0.9).both("c", "d", 0.3).both("a", "c", 0.2)
        .both("b", "d", 0.2);
    PairingRound rounds = PairingRound.of(table.matchmaker(network(a, b, c, d)));
    List<MemberId> everyone = ids("a", "b", "c", "d");
    // teams differ (depth 3): a-b allowed
    assertThat(pairs(rounds.pair(everyone, OPTIONS.withCrossUnits(3)))).containsExactly("a-b", "c-d");
    // units (depth 2): a and b are both Acme/Sales; d has no unit at depth 2 and pairs with anyone;
    // a-c and b-d (0.4) beat c-d (0.3), which would leave a and b, of one unit, alone
    assertThat(pairs(rounds.pair(everyone, OPTIONS.withCrossUnits(2)))).containsExactly("a-c", "b-d");
    // organisations (depth 1): all Acme — nobody can be paired
    Pairing none = rounds.pair(everyone, OPTIONS.withCrossUnits(1));
    assertThat(none.pairs()).isEmpty();
    assertThat(none.unpaired()).extracting(Pairing.Unpaired::reason).containsOnly(Pairing.Reason.NO_PARTNER);
  }

  @Test
  void should_make_the_required_pairs_whatever_their_score_and_pair_the_rest() {
    Pairing round = PairingRound.of(PATH.matchmaker(network("a", "b", "c", "d"))).pair(ids("a", "b", "c", "d"),
        OPTIONS.withRequired(Set.of(MemberPair.of(id("b"), id("d")))));
    // b-d scores 0 (not in the table) but is required; a-c then pairs through the fill-in
    assertThat(pairs(round)).containsExactly("a-c", "b-d");
    assertThat(round.totalScore()).isZero();
  }

  @Test
  void should_leave_the_odd_one_out_and_only_pair_scoring_pairs_when_not_pairing_everyone() {
    TableSignal table = new TableSignal().both("a", "b", 0.5);
    PairingRound rounds = PairingRound.of(table.matchmaker(network("a", "b", "c", "d", "e")));
    List<MemberId> everyone = ids("a", "b", "c", "d", "e");
    Pairing all = rounds.pair(everyone, OPTIONS);
    assertThat(pairs(all)).containsExactly("a-b", "c-d");
    assertThat(all.unpaired()).containsExactly(new Pairing.Unpaired(id("e"), Pairing.Reason.NO_PARTNER));
    Pairing scoring = rounds.pair(everyone, OPTIONS.withPairEveryone(false));
    assertThat(pairs(scoring)).containsExactly("a-b");
    assertThat(scoring.unpaired()).extracting(Pairing.Unpaired::member).containsExactly(id("c"), id("d"), id("e"));
  }

  @Test
  void should_give_each_mentor_up_to_their_capacity_of_the_best_mentees() {
    // mentors m1 (2 places), m2 (1 place); mentees x, y, z all prefer m1
    TableSignal table = new TableSignal().both("m1", "x", 0.9).both("m1", "y", 0.8).both("m1", "z", 0.7)
        .both("m2", "x", 0.6).both("m2", "y", 0.6).both("m2", "z", 0.1);
    PairingRound rounds = PairingRound.of(table.matchmaker(network("m1", "m2", "x", "y", "z")));
    Pairing round = rounds.mentoring(Map.of(id("m1"), 2, id("m2"), 1), ids("x", "y", "z"), OPTIONS);
    // m1 takes x and z, m2 takes y: 0.9 + 0.7 + 0.6 = 2.2, better than m1 x, y and m2 z (1.8)
    assertThat(pairs(round)).containsExactly("m1-x", "m1-z", "m2-y");
    assertThat(round.totalScore()).isCloseTo(2.2, within(1e-12));
    assertThat(round.partnersOf(id("m1"))).containsExactly(id("x"), id("z"));
    // a mentor never takes more than their own remaining capacity either
    Member small = Member.builder(id("m1")).capacity(1).build();
    Network n = network(small, Member.of(id("m2"), "M2"), Member.of(id("x"), "X"), Member.of(id("y"), "Y"),
        Member.of(id("z"), "Z"));
    Pairing limited = PairingRound.of(table.matchmaker(n)).mentoring(Map.of(id("m1"), 2, id("m2"), 1),
        ids("x", "y", "z"), OPTIONS.withPairEveryone(false));
    assertThat(pairs(limited)).containsExactly("m1-x", "m2-y");
    assertThat(limited.unpaired()).containsExactly(new Pairing.Unpaired(id("z"), Pairing.Reason.NO_PARTNER));
  }

  @Test
  void should_give_an_empty_round_for_an_empty_population() {
    Pairing round = PairingRound.of(PATH.matchmaker(network("a"))).pair(List.of(), OPTIONS);
    assertThat(round.pairs()).isEmpty();
    assertThat(round.unpaired()).isEmpty();
    assertThat(round.totalScore()).isZero();
    assertThat(round.asOf()).isEqualTo(NOW);
    assertThat(PairingRound.of(PATH.matchmaker(network("a"))).mentoring(Map.of(), List.of(), OPTIONS).pairs()).isEmpty();
  }

  @Test
  void should_reject_impossible_requests_naming_the_values() {
    PairingRound rounds = PairingRound.of(PATH.matchmaker(network("a", "b", "c", "d")));
    Set<MemberPair> two = Set.of(MemberPair.of(id("a"), id("b")), MemberPair.of(id("c"), id("d")));
    assertThatThrownBy(() -> rounds.pair(ids("a", "b", "c"), OPTIONS.withRequired(two)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a pairing with 2 required pairs needs 4 members but the population has 3");
    assertThatThrownBy(() -> rounds.pair(ids("a", "b", "zed"), OPTIONS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown member: zed");
    assertThatThrownBy(() -> rounds.pair(ids("a", "b", "a"), OPTIONS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("member a appears twice in the population");
    assertThatThrownBy(() -> rounds.mentoring(Map.of(id("a"), 0), ids("b"), OPTIONS))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("capacity of mentor a must be >= 1 but was 0");
    assertThatThrownBy(() -> rounds.mentoring(Map.of(id("a"), 1), ids("b", "a"), OPTIONS))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("member a appears both as a mentor and as a mentee");
    assertThatThrownBy(() -> rounds.pair(ids("a", "b", "c", "d"),
        OPTIONS.withRequired(Set.of(MemberPair.of(id("a"), id("b")), MemberPair.of(id("b"), id("c"))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("required pair {b, c} cannot be made: b is in another required pair");
    assertThatThrownBy(() -> rounds.pair(ids("a", "b", "c"), OPTIONS.withRequired(Set.of(MemberPair.of(id("a"), id("d"))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("required pair {a, d} is not in the population: d is missing");
    Set<MemberPair> ab = Set.of(MemberPair.of(id("a"), id("b")));
    assertThatThrownBy(() -> rounds.pair(ids("a", "b"), OPTIONS.withRequired(ab).withBlocked(ab)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("required pair {a, b} is also blocked");
    assertThatThrownBy(() -> rounds.mentoring(Map.of(id("a"), 2), ids("b", "c"),
        OPTIONS.withRequired(Set.of(MemberPair.of(id("b"), id("c"))))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("required pair {b, c} must join a mentor and a mentee");
    assertThatThrownBy(() -> PairingOptions.defaults().withCandidates(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidates must be >= 1 but was 0");
    assertThatThrownBy(() -> PairingOptions.defaults().withCrossUnits(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("crossUnits must be >= 1 but was 0");
    assertThatThrownBy(() -> PairingHistory.keeping(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rounds must be >= 0 but was -1");
  }

  @Test
  void should_refuse_a_required_pair_with_a_member_who_declined() {
    Member declined = Member.builder(id("b")).consent(Consent.defaults().withRecommendable(false)).build();
    PairingRound rounds = PairingRound.of(PATH.matchmaker(network(Member.of(id("a"), "A"), declined)));
    assertThatThrownBy(() -> rounds.pair(ids("a", "b"), OPTIONS.withRequired(Set.of(MemberPair.of(id("a"), id("b"))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("required pair {a, b} cannot be made: b is not recommendable");
  }

  @Test
  void should_find_the_same_round_through_the_engine_as_by_scoring_every_pair() {
    TableSignal table = new TableSignal().both("a", "x", 0.4).both("b", "y", 0.4).both("c", "z", 0.4)
        .both("a", "b", 0.5).both("b", "c", 0.5).both("a", "c", 0.5).directed("x", "y", 0.3);
    Matchmaker matchmaker = table.matchmaker(network("a", "b", "c", "x", "y", "z"));
    List<MemberId> everyone = ids("a", "b", "c", "x", "y", "z");
    Pairing scored = PairingRound.of(matchmaker).pair(everyone, OPTIONS);
    Pairing engine = PairingRound.of(matchmaker, 0).pair(everyone, OPTIONS);
    assertThat(engine).isEqualTo(scored);
    assertThat(engine.candidatePairs()).isEqualTo(7);
  }

  @Test
  void should_choose_among_equal_rounds_by_the_seed_and_always_the_same_way() {
    TableSignal table = new TableSignal();
    String[] names = {"a", "b", "c", "d", "e", "f", "g", "h"};
    for (String x : names) {
      for (String y : names) {
        if (x.compareTo(y) < 0) {
          table.both(x, y, 0.5);
        }
      }
    }
    PairingRound rounds = PairingRound.of(table.matchmaker(network(names)));
    List<MemberId> everyone = ids(names);
    assertThat(pairs(rounds.pair(everyone, OPTIONS))).isEqualTo(pairs(rounds.pair(everyone, OPTIONS)));
    Set<List<String>> seen = new java.util.HashSet<>();
    for (long seed = 0; seed < 8; seed++) {
      Pairing round = rounds.pair(everyone, OPTIONS.withSeed(seed));
      assertThat(round).isEqualTo(rounds.pair(everyone, OPTIONS.withSeed(seed)));
      assertThat(round.totalScore()).isCloseTo(2.0, within(1e-12));
      seen.add(pairs(round));
    }
    assertThat(seen).hasSizeGreaterThan(1);
  }

  @Test
  void should_print_ids_and_numbers_capped() {
    TableSignal table = new TableSignal();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      names.add(String.format("m%02d", i));
    }
    for (int i = 0; i < 30; i += 2) {
      table.both(names.get(i), names.get(i + 1), 0.25);
    }
    Network.Builder b = Network.builder();
    for (String name : names) {
      b.member(Member.of(id(name), "Secret " + name));
    }
    names.add("m30");
    b.member(Member.of(id("m30"), "Secret m30"));
    Pairing round = PairingRound.of(table.matchmaker(b.build())).pair(ids(names.toArray(new String[0])),
        OPTIONS.withPairEveryone(false));
    assertThat(round.toString()).isEqualTo("Pairing[15 pairs, 1 unpaired, total 3.750, EXACT over 15 candidate pairs"
        + " as of 2026-03-02T09:00:00Z: {m00, m01} 0.250, {m02, m03} 0.250, {m04, m05} 0.250, {m06, m07} 0.250,"
        + " {m08, m09} 0.250, {m10, m11} 0.250, {m12, m13} 0.250, {m14, m15} 0.250, {m16, m17} 0.250,"
        + " {m18, m19} 0.250, …(+5 more); unpaired: [m30 (NO_PARTNER)]]");
    assertThat(round.toString()).doesNotContain("Secret");
    assertThat(PairingHistory.keeping(3).plus(round).toString()).isEqualTo("PairingHistory[1 of 3 rounds, 15 pairs]");
  }

  /**
   * 1,500 members with 3 random interests and 3 random areas of expertise among 40 topics, channels, two
   * time zones and capacities 1–3: enough for several scoring chunks of the engine path.
   */
  private static Network randomNetwork(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ExpertiseLevel[] levels = ExpertiseLevel.values();
    Network.Builder b = Network.builder();
    for (int i = 0; i < 1_500; i++) {
      Member.Builder m = Member.builder(id("p" + i)).name("P " + i)
          .affiliation(Affiliation.of("org", "unit" + random.nextInt(12)))
          .timeZone(ZoneId.of(random.nextBoolean() ? "Europe/Lisbon" : "Asia/Kolkata"))
          .capacity(1 + random.nextInt(3));
      if (random.nextInt(3) > 0) {
        m.prefers(random.nextBoolean() ? Channel.ONLINE : Channel.OFFLINE);
      }
      for (int t = 0; t < 3; t++) {
        m.interest(Topic.of("t" + random.nextInt(40)));
        m.expertise(Topic.of("t" + random.nextInt(40)), levels[random.nextInt(levels.length)]);
      }
      b.member(m.build());
    }
    return b.build();
  }

  @Test
  void should_make_the_same_round_on_one_thread_and_on_several() {
    Network network = randomNetwork(5);
    Matchmaker matchmaker = Matchmaker.withCoreSignals(network);
    List<MemberId> everyone = new ArrayList<>();
    for (Member m : network.members()) {
      everyone.add(m.id());
    }
    // the engine path (exhaustive limit 0) and the approximation, with cross units, a seed and no fill-in
    PairingOptions options = OPTIONS.withExactLimit(0).withCrossUnits(2).withSeed(3).withPairEveryone(false);
    Pairing one = PairingRound.of(matchmaker, 0).withThreads(1).pair(everyone, options);
    assertThat(one.method()).isEqualTo(Pairing.Method.APPROXIMATE);
    assertThat(one.pairs()).hasSizeGreaterThan(600);
    assertThat(one.candidatePairs()).isGreaterThan(10_000);
    for (int threads : new int[] {2, 3, 8}) {
      assertThat(PairingRound.of(matchmaker, 0).withThreads(threads).pair(everyone, options))
          .as("%d threads", threads).isEqualTo(one);
    }
    Pairing mentoring = PairingRound.of(matchmaker, 0).withThreads(1)
        .mentoring(Map.of(id("p0"), 3, id("p1"), 3, id("p2"), 2), everyone.subList(3, 1_500), options);
    assertThat(PairingRound.of(matchmaker, 0).withThreads(4)
        .mentoring(Map.of(id("p0"), 3, id("p1"), 3, id("p2"), 2), everyone.subList(3, 1_500), options))
        .isEqualTo(mentoring);
  }

  @Test
  void should_assign_mentors_by_auction_above_the_exact_limit_within_its_bound() {
    Network network = randomNetwork(5);
    Matchmaker matchmaker = Matchmaker.withCoreSignals(network);
    List<MemberId> everyone = new ArrayList<>();
    for (Member m : network.members()) {
      everyone.add(m.id());
    }
    Map<MemberId, Integer> mentors = new java.util.HashMap<>();
    for (int i = 0; i < 300; i++) {
      mentors.put(everyone.get(i), 1 + i % 3);
    }
    List<MemberId> mentees = everyone.subList(300, 1_500);
    PairingOptions options = OPTIONS.withPairEveryone(false);
    Pairing exact = PairingRound.of(matchmaker).mentoring(mentors, mentees, options.withExactLimit(Integer.MAX_VALUE));
    Pairing auction = PairingRound.of(matchmaker).mentoring(mentors, mentees, options.withExactLimit(0));
    assertThat(exact.method()).isEqualTo(Pairing.Method.EXACT);
    assertThat(auction.method()).isEqualTo(Pairing.Method.APPROXIMATE);
    // every mentee at most once, every mentor within capacity
    Map<MemberId, Integer> load = new java.util.HashMap<>();
    java.util.Set<MemberId> seen = new java.util.HashSet<>();
    for (Pairing.Pair p : auction.pairs()) {
      assertThat(mentors).containsKey(p.first());
      assertThat(seen.add(p.second())).as("mentee %s once", p.second()).isTrue();
      load.merge(p.first(), 1, Integer::sum);
    }
    load.forEach((m, l) -> assertThat(l).as("load of %s", m).isLessThanOrEqualTo(mentors.get(m)));
    // within mentees · ε of the optimum (ε in score units), and no better than it
    double bound = mentees.size() * (double) PairingRound.AUCTION_EPSILON / PairingRound.SCALE;
    assertThat(auction.totalScore()).isLessThanOrEqualTo(exact.totalScore() + 1e-9)
        .isGreaterThanOrEqualTo(exact.totalScore() - bound);
    assertThat(auction.pairs()).hasSizeGreaterThan(400);
  }

  @Test
  void should_refuse_fewer_than_one_thread() {
    PairingRound rounds = PairingRound.of(PATH.matchmaker(network("a")));
    assertThat(rounds.withThreads(3).threads()).isEqualTo(3);
    assertThatThrownBy(() -> rounds.withThreads(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be >= 1 but was 0");
  }
}
