package org.blendnet.core.match;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * Pairing rounds — coffee roulette, mentoring: pairs a population for one round so that the pairs' total
 * score is as high as it can be, within the rules of {@link PairingOptions} (no repeats within the
 * remembered rounds, blocked pairs, required pairs, crossing units) and what members agreed to.
 *
 * <pre>{@code
 * PairingRound rounds = PairingRound.of(matchmaker);
 * Pairing coffee = rounds.pair(population, PairingOptions.defaults().withHistory(history).withCrossUnits(2));
 * coffee.pairs().get(0).explanationFor(ana);     // [can teach you negotiation (expert), …]
 * history = history.plus(coffee);
 *
 * Pairing mentoring = rounds.mentoring(Map.of(bo, 3, dee, 2), mentees, PairingOptions.defaults());
 * }</pre>
 *
 * <h2>How a round is made</h2>
 * <ol>
 *   <li><b>Who takes part.</b> A member of the population who declined to be recommended is never paired
 *       ({@link Pairing.Reason#NOT_RECOMMENDABLE}); one with no capacity left in the period (their
 *       {@link Member#capacity()} minus their {@linkplain Matchmaker.Builder#matchLoad match load}) is not
 *       paired either ({@link Pairing.Reason#NO_CAPACITY}). A mentor takes at most the number of mentees
 *       given, and never more than their remaining capacity. Required pairs are made first.
 *   <li><b>Pair scores.</b> The score of a pair {a, b} is the mean of the matchmaker's two peer scores,
 *       a's of b and b's of a — the scores {@link Matchmaker#recommendPeers} ranks by, so the same
 *       signals and weights decide — and lies in [0, 1]. Scoring all n² pairs is not needed: each member's
 *       {@link PairingOptions#candidates()} best admissible partners make the <em>candidate pairs</em>. Up
 *       to {@value #EXHAUSTIVE_LIMIT} members to pair, they are found by scoring every admissible pair;
 *       above, through the engine's topic index (a peer request per member with that many results, as
 *       {@link Matchmaker#recommendPeers} makes it, so members sharing no topic and no candidate source
 *       are not proposed to each other), and the missing direction of each candidate pair is scored after.
 *   <li><b>The heaviest pairing</b> of the candidate pairs: a set of pairs in which no member appears
 *       twice (a mentor at most their capacity) with the largest total score. Scores are rounded to
 *       multiples of 2<sup>−20</sup> so that the algorithms work on exact integers; pairs whose score rounds
 *       to 0 are not candidates. Up to {@link PairingOptions#exactLimit()} members to pair the result is
 *       exact ({@link Pairing.Method#EXACT}): Edmonds' blossom algorithm in O(n³) (see
 *       {@code MaximumWeightMatching}: Galil, ACM Computing Surveys 18(1), 1986, doi:10.1145/6462.6502)
 *       for a round, and the Hungarian algorithm with capacities, by successive shortest paths
 *       (Kuhn 1955, doi:10.1002/nav.3800020109; Jonker &amp; Volgenant 1987, doi:10.1007/BF02278710) for
 *       mentoring. Above it, a round is approximate ({@link Pairing.Method#APPROXIMATE}): greedy by score
 *       (at least half the optimum), then improved by augmentations with at most two new pairs until
 *       (nearly) none gains (at least two thirds of it when none does: Drake &amp; Hougardy, APPROX 2003,
 *       doi:10.1007/978-3-540-45198-3_2; Pettie &amp; Sanders, Information Processing Letters 91(6), 2004,
 *       doi:10.1016/j.ipl.2004.05.007), then by longer augmentations — alternating paths and cycles of up
 *       to six new pairs found by a pruned depth-first search (Maue &amp; Sanders, WEA 2007,
 *       doi:10.1007/978-3-540-72845-0_19). On the benchmark instances (1,000 to 10,000 members, checked
 *       against this blossom algorithm and JGraphT's blossom V) it reaches 98.4–99.2 % of the optimum,
 *       where greedy alone reaches 90–93 % (figures in the benchmarks module's README).
 *       Mentoring above the limit is assigned by auction (Bertsekas, Annals of Operations Research 14,
 *       1988, doi:10.1007/BF02186476, with mentors' places as copies of one object: Bertsekas &amp;
 *       Castañón, Annals of Operations Research 20, 1989, doi:10.1007/BF02216922): mentees bid for
 *       mentors' places with a bid increment of 2<sup>−14</sup>, so the total is within (mentees ×
 *       2<sup>−14</sup>) of the optimum — on the benchmark instances the same total as the exact
 *       assignment to 4 decimals at 10,000 members, and 0.0005 below it (of 25,254) at 100,000, where the
 *       whole round takes 6–9 s instead of 62–72 s.
 *   <li><b>Everyone else.</b> With {@link PairingOptions#pairEveryone()} (the default), members left over
 *       are then paired with each other wherever admissible — the first admissible partner in the round's
 *       order, whatever the score — so that only those with no admissible partner left stay unpaired
 *       ({@link Pairing.Reason#NO_PARTNER}). This adds pairs without taking any score away.
 * </ol>
 *
 * <p><b>Order and seeds.</b> Members are taken in id order, or with a {@linkplain PairingOptions#seed()
 * seed} in the order of a seeded hash of their ids; that order decides between equally good rounds and
 * the fill-in. The same network, options and seed give the same round on any JVM.
 *
 * <p><b>Complexity.</b> For n members to pair and c candidates each: scoring O(n² · m) for m signals up
 * to {@value #EXHAUSTIVE_LIMIT} members, else n engine requests (each bounded by
 * {@link PairingOptions#maxCandidates()}); the exact round O(n³) time, the approximate one O(n·c·log(n·c))
 * for the greedy pass, about O(n · c²) per pass of 2-augmentations and O(n · c) per deep sweep (times a
 * bounded search per member); exact mentoring O(a · (n·c) log n) at worst for a mentees, by auction O(c)
 * per bid; memory O(n · c), plus
 * n² floats when every pair is scored. On the benchmark network a round of 100,000 members is dominated
 * by scoring the candidate pairs — n engine requests, which {@link PairingOptions#maxCandidates()}
 * bounds and which run on {@link #threads()} threads — and by the local search (see the benchmarks
 * module for the figures).
 *
 * @implNote Thread-safe: immutable; each call works on its own state. Above {@value #EXHAUSTIVE_LIMIT}
 *     members a call scores (and from {@value #PARALLEL_MATCHING} members searches its matching) on up to
 *     {@link #threads()} threads of its own (joined before it returns), so
 *     the matchmaker's signals, its {@link MemberLoad} and the options' collections are then read from
 *     those threads — as the {@link Matchmaker} already requires of them. The load is read at least once
 *     per member per call.
 * @since 0.1
 */
public final class PairingRound {

  /** Up to this many members to pair, every admissible pair is scored to find each one's best partners. */
  public static final int EXHAUSTIVE_LIMIT = 2_000;

  /** Scores are rounded to multiples of 2^-20 for the matching algorithms. */
  static final double SCALE = 1 << 20;

  /** How many vertices one scoring task takes: small enough to balance the threads, large enough to batch. */
  private static final int CHUNK = 256;

  /**
   * The bid increment of the approximate mentoring assignment, in units of {@link #SCALE}: its total is
   * within (mentees × 2<sup>−14</sup>) of the optimum, in score units.
   */
  static final long AUCTION_EPSILON = 1 << 6;

  /** The fewest members still to pair for which the approximate matching searches on several threads. */
  static final int PARALLEL_MATCHING = 1_024;

  private final Matchmaker matchmaker;
  private final int exhaustiveLimit;
  private final int threads;

  private PairingRound(Matchmaker matchmaker, int exhaustiveLimit, int threads) {
    this.matchmaker = matchmaker;
    this.exhaustiveLimit = exhaustiveLimit;
    this.threads = threads;
  }

  /**
   * Pairing rounds over {@code matchmaker}'s network, scored by its signals, on as many threads as the
   * JVM has processors ({@link Runtime#availableProcessors()}); see {@link #withThreads(int)}.
   */
  public static PairingRound of(Matchmaker matchmaker) {
    return new PairingRound(Objects.requireNonNull(matchmaker, "matchmaker"), EXHAUSTIVE_LIMIT,
        Runtime.getRuntime().availableProcessors());
  }

  /** For tests: rounds that score every pair only up to {@code exhaustiveLimit} members. */
  static PairingRound of(Matchmaker matchmaker, int exhaustiveLimit) {
    return new PairingRound(Objects.requireNonNull(matchmaker, "matchmaker"), exhaustiveLimit,
        Runtime.getRuntime().availableProcessors());
  }

  /**
   * The same rounds, with the candidate pairs of a large round (above {@value #EXHAUSTIVE_LIMIT} members)
   * scored on up to {@code threads} threads: the calling thread and {@code threads - 1} short-lived
   * helper threads, each scoring its own members' candidates, merged in the round's order; and the
   * approximate matching's searches of a round of {@value #PARALLEL_MATCHING} members or more made ahead
   * on as many threads, up to 8 (each search used only if no move since changed what it read). The round is the
   * same for any number of threads; only the time changes. {@code withThreads(1)} starts no thread.
   *
   * @throws IllegalArgumentException if {@code threads < 1}
   */
  public PairingRound withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1 but was " + threads);
    }
    return new PairingRound(matchmaker, exhaustiveLimit, threads);
  }

  /** How many threads score the candidate pairs of a large round and search its matching. */
  public int threads() {
    return threads;
  }

  /** The matchmaker whose scores the rounds maximise. */
  public Matchmaker matchmaker() {
    return matchmaker;
  }

  /**
   * Pairs {@code population} for one round (coffee roulette): the heaviest set of admissible pairs, then
   * everyone else who can be paired (see above). An empty population gives an empty round.
   *
   * @throws IllegalArgumentException if the network lacks a member of the population, a member appears
   *     twice, there are more required pairs than the population can fill, or a required pair is not in
   *     the population, shares a member with another, is blocked or has a member who cannot be paired
   */
  public Pairing pair(Collection<MemberId> population, PairingOptions options) {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(options, "options");
    int required = options.required().size();
    if (2L * required > population.size()) {
      throw new IllegalArgumentException("a pairing with " + Phrases.count(required, "required pair") + " needs "
          + 2 * required + " members but the population has " + population.size());
    }
    Solver round = new Solver(options);
    for (MemberId id : population) {
      round.add(Objects.requireNonNull(id, "population must not contain null"), Solver.ANYONE, 1, "population");
    }
    return round.run();
  }

  /**
   * Pairs mentees with mentors for one round: each mentee gets at most one mentor and each mentor at
   * most the number of mentees given (and their remaining capacity), with the largest total score, then
   * (with {@link PairingOptions#pairEveryone()}) mentees left over go to mentors with room where
   * admissible. Pairs have the mentor {@code first}. Required pairs join a mentor and a mentee.
   *
   * @throws IllegalArgumentException if the network lacks a member, a mentee appears twice, a member is
   *     both mentor and mentee, a capacity is below 1, there are more required pairs than mentees, or a
   *     required pair does not join a mentor and a mentee, exceeds a mentor's capacity, shares a mentee
   *     with another, is blocked or has a member who cannot be paired
   */
  public Pairing mentoring(Map<MemberId, Integer> mentors, Collection<MemberId> mentees, PairingOptions options) {
    Objects.requireNonNull(mentors, "mentors");
    Objects.requireNonNull(mentees, "mentees");
    Objects.requireNonNull(options, "options");
    int required = options.required().size();
    if (required > mentees.size()) {
      throw new IllegalArgumentException("a mentoring round with " + Phrases.count(required, "required pair")
          + " needs " + required + " mentees but has " + mentees.size());
    }
    Solver round = new Solver(options);
    List<MemberId> sortedMentors = new ArrayList<>(mentors.size());
    for (Map.Entry<MemberId, Integer> e : mentors.entrySet()) {
      sortedMentors.add(Objects.requireNonNull(e.getKey(), "mentors must not contain null"));
    }
    sortedMentors.sort(null);
    for (MemberId mentor : sortedMentors) {
      Integer capacity = Objects.requireNonNull(mentors.get(mentor), () -> "capacity of mentor " + mentor);
      if (capacity < 1) {
        throw new IllegalArgumentException("capacity of mentor " + mentor + " must be >= 1 but was " + capacity);
      }
      round.add(mentor, Solver.MENTOR, capacity, "mentors");
    }
    for (MemberId mentee : mentees) {
      round.add(Objects.requireNonNull(mentee, "mentees must not contain null"), Solver.MENTEE, 1, "mentees");
    }
    return round.run();
  }

  /**
   * The candidate pairs of a round of {@code population} as a weighted graph (vertices 0 .. n − 1 in the
   * round's order, weights the quantised pair scores): what the matching algorithms of {@link #pair} are
   * given. For benchmarks that compare them with other solvers on the same instances.
   */
  CandidateGraph candidateGraph(Collection<MemberId> population, PairingOptions options) {
    Solver round = new Solver(options);
    for (MemberId id : population) {
      round.add(Objects.requireNonNull(id, "population must not contain null"), Solver.ANYONE, 1, "population");
    }
    return round.candidateGraph();
  }

  /** A weighted graph on vertices 0 .. n − 1 with edges {@code from[k] — to[k]} of weight {@code weight[k]}. */
  @SuppressWarnings("ArrayRecordComponent") // package-private carrier: its arrays are read, never changed
  record CandidateGraph(int n, int[] from, int[] to, long[] weight) {}

  /**
   * Works one round out: who takes part, the rules, the candidate pairs, the heaviest pairing, the
   * fill-in and the result. Members are referred to by their index in the order they were added.
   */
  private final class Solver {
    static final int ANYONE = 0;
    static final int MENTOR = 1;
    static final int MENTEE = 2;

    private final PairingOptions options;
    private final Instant asOf;
    private final MemberTable table;
    /** Member position → index. */
    private final Map<Integer, Integer> indexOf = new HashMap<>();
    private int count;
    private int[] position = new int[16];
    private int[] role = new int[16];
    /** How many more pairs each member can take: 1, or a mentor's places; 0 once full. */
    private int[] room = new int[16];
    private boolean twoSided;
    private Pairing.Reason[] reason = new Pairing.Reason[0];
    private PairKeys forbidden = new PairKeys(8);
    private int[] unit = new int[0];
    private final List<int[]> made = new ArrayList<>();

    // the vertices of the candidate graph: members still to pair, in the round's order
    private int[] vertexMember = new int[0];
    private int[] vertexOfPosition = new int[0];

    Solver(PairingOptions options) {
      this.options = options;
      this.asOf = options.asOf().orElseGet(matchmaker::now);
      this.table = matchmaker.table();
    }

    void add(MemberId id, int memberRole, int capacity, String list) {
      int p = table.indexOf(id);
      if (p < 0) {
        throw new IllegalArgumentException("Unknown member: " + id);
      }
      Integer previous = indexOf.putIfAbsent(p, count);
      if (previous != null) {
        String where = role[previous] == memberRole ? "twice in the " + list : "both as a mentor and as a mentee";
        throw new IllegalArgumentException("member " + id + " appears " + where);
      }
      if (count == position.length) {
        position = Arrays.copyOf(position, count * 2);
        role = Arrays.copyOf(role, count * 2);
        room = Arrays.copyOf(room, count * 2);
      }
      position[count] = p;
      role[count] = memberRole;
      room[count] = capacity;
      twoSided |= memberRole != ANYONE;
      count++;
    }

    Pairing run() {
      int[] vertices = prepare();
      Graph graph = candidates(vertices);
      boolean exact = vertices.length <= options.exactLimit();
      int[][] pairs = twoSided ? assign(graph, exact) : match(graph, exact);
      for (int[] p : pairs) {
        made.add(p);
      }
      if (options.pairEveryone()) {
        fillIn(vertices);
      }
      return result(exact ? Pairing.Method.EXACT : Pairing.Method.APPROXIMATE, graph.size());
    }

    /** Who takes part, the rules and the required pairs; the vertices still to pair, in the round's order. */
    private int[] prepare() {
      reason = new Pairing.Reason[count];
      unit = new int[count];
      checkEligibility();
      collectRules();
      makeRequiredPairs();
      return order(stillToPair());
    }

    /** The candidate graph alone, for {@link PairingRound#candidateGraph}. */
    CandidateGraph candidateGraph() {
      int[] vertices = prepare();
      Graph graph = candidates(vertices);
      return new CandidateGraph(vertices.length, graph.from(), graph.to(), graph.weight());
    }

    private Member member(int i) {
      return table.member(position[i]);
    }

    private void checkEligibility() {
      MemberLoad loads = matchmaker.matchLoad();
      for (int i = 0; i < count; i++) {
        if (!table.consents(position[i], MemberTable.RECOMMENDABLE)) {
          reason[i] = Pairing.Reason.NOT_RECOMMENDABLE;
          continue;
        }
        int capacity = matchmaker.capacity(position[i]);
        int load = 0;
        if (loads != MemberLoad.none()) {
          MemberId id = member(i).id();
          load = loads.load(id, asOf);
          if (load < 0) {
            throw new IllegalStateException(
                "the match load of " + id + " was " + load + "; a MemberLoad must return values >= 0");
          }
        }
        int remaining = Math.max(0, capacity - load);
        if (remaining == 0) {
          reason[i] = Pairing.Reason.NO_CAPACITY;
        } else {
          room[i] = Math.min(room[i], remaining);
        }
      }
    }

    /** The index of the member with this id, or -1 if they are not taking part. */
    private int index(MemberId id) {
      int p = table.indexOf(id);
      Integer i = p < 0 ? null : indexOf.get(p);
      return i == null ? -1 : i;
    }

    /** Blocked and remembered pairs (by member position), and each member's unit at the options' depth. */
    private void collectRules() {
      forbidden = new PairKeys(options.blocked().size() + options.history().pairCount());
      for (MemberPair p : options.blocked()) {
        forbid(p);
      }
      for (Set<MemberPair> round : options.history().recent()) {
        for (MemberPair p : round) {
          forbid(p);
        }
      }
      Arrays.fill(unit, -1);
      if (options.crossUnits().isPresent()) {
        int depth = options.crossUnits().getAsInt();
        Map<Affiliation, Integer> ids = new HashMap<>();
        for (int i = 0; i < count; i++) {
          Affiliation a = member(i).affiliation();
          if (a.depth() >= depth) {
            unit[i] = ids.computeIfAbsent(a.truncate(depth), k -> ids.size());
          }
        }
      }
    }

    private void forbid(MemberPair p) {
      int a = table.indexOf(p.first());
      int b = table.indexOf(p.second());
      if (a >= 0 && b >= 0) {
        forbidden.putIfAbsent(a, b, 0);
      }
    }

    /** True if members i and j (indexes) may be paired by the rules: sides, units, blocked and history. */
    private boolean admissible(int i, int j) {
      if (i == j || (twoSided && role[i] == role[j])) {
        return false;
      }
      if (unit[i] >= 0 && unit[i] == unit[j]) {
        return false;
      }
      return !forbidden.contains(position[i], position[j]);
    }

    private void makeRequiredPairs() {
      List<MemberPair> required = new ArrayList<>(options.required());
      required.sort(Comparator.comparing(MemberPair::first).thenComparing(MemberPair::second));
      for (MemberPair p : required) {
        int a = index(p.first());
        int b = index(p.second());
        if (a < 0 || b < 0) {
          throw new IllegalArgumentException("required pair " + p + " is not in the population: "
              + (a < 0 ? p.first() : p.second()) + " is missing");
        }
        if (twoSided && role[a] == role[b]) {
          throw new IllegalArgumentException("required pair " + p + " must join a mentor and a mentee");
        }
        for (int i : new int[] {a, b}) {
          if (reason[i] != null) {
            throw new IllegalArgumentException("required pair " + p + " cannot be made: " + member(i).id() + " is "
                + (reason[i] == Pairing.Reason.NOT_RECOMMENDABLE ? "not recommendable" : "out of capacity"));
          }
          if (room[i] == 0) {
            throw new IllegalArgumentException("required pair " + p + " cannot be made: " + member(i).id()
                + (role[i] == MENTOR ? " has no room for another mentee" : " is in another required pair"));
          }
        }
        if (options.blocked().contains(p)) {
          throw new IllegalArgumentException("required pair " + p + " is also blocked");
        }
        int mentor = role[a] == MENTOR ? a : b;
        int other = mentor == a ? b : a;
        made.add(twoSided ? new int[] {mentor, other} : new int[] {a, b});
        room[a]--;
        room[b]--;
      }
    }

    /** The members still to pair: eligible, with room left. */
    private int[] stillToPair() {
      int[] list = new int[count];
      int n = 0;
      for (int i = 0; i < count; i++) {
        if (reason[i] == null && room[i] > 0) {
          list[n++] = i;
        }
      }
      return Arrays.copyOf(list, n);
    }

    /**
     * The members in the round's order — mentees before mentors, then by id or by the seeded hash of
     * the id — and the vertex look-ups for them.
     */
    private int[] order(int[] members) {
      Integer[] boxed = new Integer[members.length];
      for (int k = 0; k < members.length; k++) {
        boxed[k] = members[k];
      }
      Comparator<Integer> byRole = Comparator.comparingInt(i -> role[i] == MENTOR ? 1 : 0);
      Comparator<Integer> byId = Comparator.comparing(i -> member(i).id());
      Comparator<Integer> order = byRole;
      if (options.seed().isPresent()) {
        long seed = options.seed().getAsLong();
        order = order.thenComparingLong(i -> Hashing.hash(seed, member(i).id().value()));
      }
      Arrays.sort(boxed, order.thenComparing(byId));
      int[] sorted = new int[members.length];
      vertexMember = new int[members.length];
      vertexOfPosition = new int[table.size()];
      Arrays.fill(vertexOfPosition, -1);
      for (int v = 0; v < sorted.length; v++) {
        sorted[v] = boxed[v];
        vertexMember[v] = boxed[v];
        vertexOfPosition[position[boxed[v]]] = v;
      }
      return sorted;
    }

    /** How many best partners vertex v looks for: the candidates, times a mentor's room. */
    private int wanted(int v) {
      int i = vertexMember[v];
      return (int) Math.min(Integer.MAX_VALUE - 8, (long) options.candidates() * room[i]);
    }

    private Graph candidates(int[] vertices) {
      return vertices.length <= exhaustiveLimit ? exhaustive(vertices.length) : fromEngine(vertices.length);
    }

    /** Scores every admissible pair; each vertex's best partners by pair score. */
    private Graph exhaustive(int n) {
      float[] directed = new float[n * n];
      Arrays.fill(directed, -1);
      MatchOptions scoring = MatchOptions.defaults().withAsOf(asOf);
      for (int v = 0; v < n; v++) {
        Matchmaker.PeerScorer scorer = matchmaker.peerScorer(position[vertexMember[v]], scoring, asOf);
        for (int u = 0; u < n; u++) {
          if (admissible(vertexMember[v], vertexMember[u])) {
            directed[v * n + u] = (float) scorer.score(position[vertexMember[u]]);
          }
        }
      }
      Graph graph = new Graph(n);
      long[] keys = new long[n];
      for (int v = 0; v < n; v++) {
        int k = 0;
        for (int u = 0; u < n; u++) {
          float a = directed[v * n + u];
          if (a >= 0) {
            long q = quantise((a + directed[u * n + v]) / 2.0);
            if (q > 0) {
              // best first: larger weight, then the earlier vertex in the round's order
              keys[k++] = ((1L << 22) - q) << 32 | u;
            }
          }
        }
        Arrays.sort(keys, 0, k);
        for (int t = 0; t < Math.min(k, wanted(v)); t++) {
          int u = (int) keys[t];
          graph.add(v, u, (1L << 22) - (keys[t] >>> 32));
        }
      }
      return graph;
    }

    /**
     * Each vertex's best partners from a peer request to the engine; the other direction scored after.
     * The requests run in chunks of vertices on the round's threads; the chunks' findings are merged in
     * vertex order, so the candidate pairs are the same for any number of threads.
     */
    private Graph fromEngine(int n) {
      MatchOptions base = MatchOptions.defaults().withAsOf(asOf).withMaxCandidates(options.maxCandidates());
      if (options.seed().isPresent()) {
        base = base.withSeed(options.seed().getAsLong());
      }
      MatchOptions requests = base;
      // what admissible(i, j) reads of a candidate j, by member position, so that the engine's filter
      // reads one int per candidate: -1 if not a vertex, else (unit + 1) << 2 | role; or, in a round
      // with no sides and no units, one bit per member — a table that stays in the cache
      boolean bitsOnly = !twoSided && options.crossUnits().isEmpty();
      int[] tags = new int[bitsOnly ? 0 : table.size()];
      long[] vertexBits = new long[bitsOnly ? (table.size() + 63) >>> 6 : 0];
      Arrays.fill(tags, -1);
      for (int v = 0; v < n; v++) {
        int j = vertexMember[v];
        int c = position[j];
        if (bitsOnly) {
          vertexBits[c >>> 6] |= 1L << c;
        } else {
          tags[c] = (unit[j] + 1) << 2 | role[j];
        }
      }
      Found[] found = new Found[(n + CHUNK - 1) / CHUNK];
      Parallel.forEach(found.length, threads, chunk -> found[chunk] =
          find(requests, bitsOnly ? null : tags, vertexBits, chunk * CHUNK, Math.min(n, (chunk + 1) * CHUNK)));
      DirectedScores scores = new DirectedScores((int) Math.min(1 << 28, (long) n * options.candidates()));
      for (Found f : found) {
        for (int t = 0; t < f.size; t++) {
          scores.put(f.seeker[t], f.partner[t], f.score[t]);
        }
      }
      scores.completeWith(this::scorerFor, v -> position[vertexMember[v]], threads);
      Graph graph = new Graph(scores.size(), false); // each pair is one entry of scores: no look-up
      for (int e = 0; e < scores.size(); e++) {
        long q = quantise((scores.forward(e) + scores.backward(e)) / 2);
        if (q > 0) {
          graph.add(scores.from(e), scores.to(e), q);
        }
      }
      return graph;
    }

    /**
     * The best partners of the vertices {@code from} .. {@code to} − 1, in vertex order, with the
     * candidates' {@code tags}, or without them (null) the {@code vertexBits}. Reads shared state only.
     */
    private Found find(MatchOptions base, int @Nullable [] tags, long[] vertexBits, int from, int to) {
      Found out = new Found();
      int[] found = new int[0];
      double[] foundScores = new double[0];
      for (int v = from; v < to; v++) {
        int k = wanted(v);
        if (found.length < k) {
          found = new int[k];
          foundScores = new double[k];
        }
        int me = vertexMember[v];
        int myPosition = position[me];
        int myUnit = unit[me];
        int myRole = role[me];
        // admissible(me, j) for the candidate j at position c, from its tag or its bit
        IntPredicate admit = tags == null
            ? c -> (vertexBits[c >>> 6] & 1L << c) != 0 && c != myPosition && !forbidden.contains(myPosition, c)
            : c -> {
              int tag = tags[c];
              return tag >= 0 && c != myPosition && (!twoSided || (tag & 3) != myRole)
                  && (myUnit < 0 || (tag >>> 2) - 1 != myUnit) && !forbidden.contains(myPosition, c);
            };
        int got = matchmaker.rankPeers(myPosition, base.withK(k), asOf, admit, found, foundScores);
        for (int t = 0; t < got; t++) {
          out.add(v, vertexOfPosition[found[t]], foundScores[t]);
        }
      }
      return out;
    }

    private Matchmaker.PeerScorer scorerFor(int vertex) {
      return matchmaker.peerScorer(position[vertexMember[vertex]], MatchOptions.defaults().withAsOf(asOf), asOf);
    }

    /** The heaviest matching of the candidate graph, exactly or approximately; pairs of member indexes. */
    private int[][] match(Graph graph, boolean exact) {
      int n = vertexMember.length;
      int[] partner;
      if (exact) {
        partner = MaximumWeightMatching.solve(n, graph.from(), graph.to(), graph.weight());
      } else {
        int[] order = new int[n];
        for (int v = 0; v < n; v++) {
          order[v] = v;
        }
        partner = LocalSearchMatching.solve(n, graph.from(), graph.to(), graph.weight(), order, true,
            n >= PARALLEL_MATCHING ? threads : 1);
      }
      List<int[]> pairs = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        if (partner[v] > v) {
          int a = vertexMember[v];
          int b = vertexMember[partner[v]];
          pairs.add(new int[] {a, b});
          room[a]--;
          room[b]--;
        }
      }
      return pairs.toArray(new int[0][]);
    }

    /**
     * The heaviest assignment of mentees (the first vertices) to mentors (the rest), exactly or by auction;
     * pairs mentor, mentee.
     */
    private int[][] assign(Graph graph, boolean exact) {
      int n = vertexMember.length;
      int mentees = 0;
      while (mentees < n && role[vertexMember[mentees]] != MENTOR) {
        mentees++;
      }
      int mentors = n - mentees;
      int[] capacity = new int[mentors];
      for (int j = 0; j < mentors; j++) {
        capacity[j] = room[vertexMember[mentees + j]];
      }
      int m = graph.size();
      int[] mentee = new int[m];
      int[] mentor = new int[m];
      int[] ends = graph.from(); // copies: taken once, not per edge
      int[] otherEnds = graph.to();
      for (int e = 0; e < m; e++) {
        int a = ends[e];
        int b = otherEnds[e];
        mentee[e] = Math.min(a, b);
        mentor[e] = Math.max(a, b) - mentees;
      }
      int[] order = new int[mentees];
      for (int i = 0; i < mentees; i++) {
        order[i] = i;
      }
      int[] assigned = exact
          ? CapacitatedAssignment.solve(mentees, mentors, capacity, mentee, mentor, graph.weight(), order)
          : AuctionAssignment.solve(mentees, mentors, capacity, mentee, mentor, graph.weight(), order, AUCTION_EPSILON);
      List<int[]> pairs = new ArrayList<>();
      for (int i = 0; i < mentees; i++) {
        if (assigned[i] >= 0) {
          int a = vertexMember[mentees + mentor[assigned[i]]];
          int b = vertexMember[i];
          pairs.add(new int[] {a, b});
          room[a]--;
          room[b]--;
        }
      }
      return pairs.toArray(new int[0][]);
    }

    /**
     * Pairs the members left with room, in the round's order, each with the first admissible one after
     * them (for mentoring: each mentee with the first admissible mentor with room). Skips a member when
     * every one left shares their unit, so that a crowded unit costs no quadratic scan.
     */
    private void fillIn(int[] vertices) {
      List<Integer> left = new ArrayList<>();
      for (int i : vertices) {
        if (room[i] > 0) {
          left.add(i);
        }
      }
      if (twoSided) {
        List<Integer> open = new ArrayList<>();
        for (int i : left) {
          if (role[i] == MENTOR) {
            open.add(i);
          }
        }
        for (int i : left) {
          if (role[i] != MENTEE) {
            continue;
          }
          for (int t = 0; t < open.size(); t++) {
            int j = open.get(t);
            if (room[j] > 0 && admissible(i, j)) {
              made.add(new int[] {j, i});
              room[i]--;
              if (--room[j] == 0) {
                open.remove(t);
              }
              break;
            }
          }
        }
        return;
      }
      Map<Integer, Integer> inUnit = new HashMap<>();
      for (int i : left) {
        inUnit.merge(unit[i], 1, Integer::sum);
      }
      int remaining = left.size();
      for (int x = 0; x < left.size(); x++) {
        int i = left.get(x);
        if (room[i] == 0) {
          continue;
        }
        remaining--;
        inUnit.merge(unit[i], -1, Integer::sum);
        if (unit[i] >= 0 && remaining - Objects.requireNonNull(inUnit.get(unit[i])) == 0) {
          continue;
        }
        for (int y = x + 1; y < left.size(); y++) {
          int j = left.get(y);
          if (room[j] > 0 && admissible(i, j)) {
            made.add(new int[] {i, j});
            room[i]--;
            room[j]--;
            remaining--;
            inUnit.merge(unit[j], -1, Integer::sum);
            break;
          }
        }
      }
    }

    private Pairing result(Pairing.Method method, int candidatePairs) {
      MatchOptions scoring = MatchOptions.defaults().withAsOf(asOf);
      List<Pairing.Pair> pairs = new ArrayList<>(made.size());
      boolean[] paired = new boolean[count];
      for (int[] p : made) {
        Member a = member(p[0]);
        Member b = member(p[1]);
        if (!twoSided && a.id().compareTo(b.id()) > 0) {
          Member swap = a;
          a = b;
          b = swap;
        }
        Match forA = matchmaker.score(MatchRequest.peers(a), b.id(), scoring);
        Match forB = matchmaker.score(MatchRequest.peers(b), a.id(), scoring);
        pairs.add(new Pairing.Pair(a.id(), b.id(), forA, forB));
        paired[p[0]] = true;
        paired[p[1]] = true;
      }
      pairs.sort(Comparator.comparing(Pairing.Pair::first).thenComparing(Pairing.Pair::second));
      List<Pairing.Unpaired> unpaired = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        if (!paired[i]) {
          unpaired.add(new Pairing.Unpaired(member(i).id(), reason[i] == null ? Pairing.Reason.NO_PARTNER : reason[i]));
        }
      }
      unpaired.sort(Comparator.comparing(Pairing.Unpaired::member));
      return new Pairing(asOf, pairs, unpaired, method, candidatePairs);
    }
  }

  /** Rounds a pair score in [0, 1] to an integer weight in [0, 2^20]. */
  static long quantise(double score) {
    return Math.round(score * SCALE);
  }

  /** The candidate pairs: an edge list without repeats (a pair found from both ends counts once). */
  private static final class Graph {
    /** The pairs added so far, to drop a pair added twice; null when the caller adds each pair once. */
    private final @Nullable PairKeys seen;
    private int[] from;
    private int[] to;
    private long[] weight;
    private int size;

    /** A graph that drops a pair added again, with room for about {@code 4n} pairs to start with. */
    Graph(int n) {
      this(n * 4, true);
    }

    /** A graph of about {@code expected} pairs; {@code distinct}: the caller may add a pair twice. */
    Graph(int expected, boolean distinct) {
      seen = distinct ? new PairKeys(expected) : null;
      from = new int[Math.max(16, expected)];
      to = new int[from.length];
      weight = new long[from.length];
    }

    void add(int a, int b, long w) {
      if (seen != null && seen.putIfAbsent(a, b, size) != size) {
        return;
      }
      if (size == from.length) {
        from = Arrays.copyOf(from, size * 2);
        to = Arrays.copyOf(to, size * 2);
        weight = Arrays.copyOf(weight, size * 2);
      }
      from[size] = a;
      to[size] = b;
      weight[size] = w;
      size++;
    }

    int size() {
      return size;
    }

    int[] from() {
      return Arrays.copyOf(from, size);
    }

    int[] to() {
      return Arrays.copyOf(to, size);
    }

    long[] weight() {
      return Arrays.copyOf(weight, size);
    }
  }

  /** One chunk's findings: seeker vertex, partner vertex and the seeker's score of them, in the order found. */
  private static final class Found {
    private int[] seeker = new int[64];
    private int[] partner = new int[64];
    private double[] score = new double[64];
    private int size;

    void add(int v, int u, double s) {
      if (size == seeker.length) {
        seeker = Arrays.copyOf(seeker, size * 2);
        partner = Arrays.copyOf(partner, size * 2);
        score = Arrays.copyOf(score, size * 2);
      }
      seeker[size] = v;
      partner[size] = u;
      score[size] = s;
      size++;
    }
  }

  /**
   * Directed scores of candidate pairs found by the engine: for each pair {a, b} (a the vertex that found
   * it first), a's score of b and b's of a; the missing ones are scored by {@link #completeWith}.
   */
  private static final class DirectedScores {
    private final PairKeys index;
    private int[] from = new int[16];
    private int[] to = new int[16];
    private double[] forward = new double[16];
    private double[] backward = new double[16];
    private int size;

    /** Room for about {@code expected} pairs to start with. */
    DirectedScores(int expected) {
      index = new PairKeys(expected);
    }

    void put(int seeker, int candidate, double score) {
      int e = index.putIfAbsent(seeker, candidate, size);
      if (e == size) {
        if (size == from.length) {
          from = Arrays.copyOf(from, size * 2);
          to = Arrays.copyOf(to, size * 2);
          forward = Arrays.copyOf(forward, size * 2);
          backward = Arrays.copyOf(backward, size * 2);
        }
        from[size] = seeker;
        to[size] = candidate;
        forward[size] = score;
        backward[size] = Double.NaN;
        size++;
      } else if (from[e] == candidate) {
        backward[e] = score;
      }
    }

    /**
     * Scores the missing directions with one scorer per seeker vertex, on up to {@code threads} threads;
     * {@code positions} gives a vertex's member position. O(missing) scores plus a scorer per seeker.
     */
    void completeWith(IntFunction<Matchmaker.PeerScorer> scorers, IntUnaryOperator positions, int threads) {
      int maxVertex = -1;
      for (int e = 0; e < size; e++) {
        maxVertex = Math.max(maxVertex, to[e]);
      }
      int[] count = new int[maxVertex + 2];
      for (int e = 0; e < size; e++) {
        if (Double.isNaN(backward[e])) {
          count[to[e] + 1]++;
        }
      }
      for (int v = 0; v <= maxVertex; v++) {
        count[v + 1] += count[v];
      }
      int[] byVertex = new int[count[maxVertex + 1]];
      int[] fill = Arrays.copyOf(count, maxVertex + 1);
      for (int e = 0; e < size; e++) {
        if (Double.isNaN(backward[e])) {
          byVertex[fill[to[e]]++] = e;
        }
      }
      // each vertex's scores go to its own edges: the chunks write disjoint slots of backward
      int vertices = maxVertex + 1;
      Parallel.forEach((vertices + CHUNK - 1) / CHUNK, threads, chunk -> {
        for (int v = chunk * CHUNK; v < Math.min(vertices, (chunk + 1) * CHUNK); v++) {
          if (count[v + 1] > count[v]) {
            Matchmaker.PeerScorer scorer = scorers.apply(v);
            for (int t = count[v]; t < count[v + 1]; t++) {
              int e = byVertex[t];
              backward[e] = scorer.score(positions.applyAsInt(from[e]));
            }
          }
        }
      });
    }

    int size() {
      return size;
    }

    int from(int e) {
      return from[e];
    }

    int to(int e) {
      return to[e];
    }

    double forward(int e) {
      return forward[e];
    }

    double backward(int e) {
      return backward[e];
    }
  }
}
