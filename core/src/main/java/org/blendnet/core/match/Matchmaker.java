package org.blendnet.core.match;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.blendnet.core.Answer;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.ReferralKind;
import org.blendnet.core.Topic;
import org.jspecify.annotations.Nullable;

/**
 * The matchmaking engine: built once from a network snapshot and a set of weighted signals, it answers
 * "whom should this member meet?" and "whom should this question go to?" in milliseconds, with reasons.
 *
 * <pre>{@code
 * Matchmaker matchmaker = Matchmaker.builder(network)
 *     .coreSignals()                                    // topic fit 3, complementarity 2, channel,
 *                                                       // time zone and availability 1 each
 *     .matchLoad(matchesThisWeek)                       // a LoadTracker the host updates
 *     .requestBudget(RequestBudget.perDay(1))           // Aardvark's "about once a day"
 *     .build();
 * Matches peers = matchmaker.recommendPeers(MemberId.of("ana"), MatchOptions.defaults().withK(5));
 * peers.matches().get(0).explanation();   // [can teach you negotiation (expert), prefers face to face, as you do, …]
 * Routing routing = matchmaker.routeQuestion(question, MatchOptions.defaults().withK(3));
 * }</pre>
 *
 * <h2>How a request is answered</h2>
 * <ol>
 *   <li><b>Candidate generation.</b> An inverted index built at construction maps each topic to the
 *       members who know it, in tiers by level (impact-ordered postings, after Anh &amp; Moffat, "Pruned
 *       query evaluation using pre-computed impacts", SIGIR 2006, doi:10.1145/1148170.1148235), and to
 *       those who want to learn it. A request's candidates
 *       are the members who know one of its sought topics or want to learn one of its offered topics,
 *       plus whatever the {@link CandidateSource}s propose. No other member is looked at.
 *       <p><b>Guarantee:</b> when the index postings of the request's topics hold at most
 *       {@link MatchOptions#maxCandidates()} entries, <em>every</em> member who knows a sought topic or
 *       wants to learn an offered topic is a candidate — so no member with a positive
 *       {@linkplain CoreSignals#topicFit() topic fit} or {@linkplain CoreSignals#complementarity()
 *       complementarity} is missed — and the result is exactly the best k of those members and the
 *       sources' under the score below. Beyond the cap ({@link Matches#capped()}) the index is sampled:
 *       the cap is shared between the topics by water-filling and each topic's share is taken from its
 *       experts down, the last tier sampled with a seeded stride; the result is then the best k of the
 *       sample.
 *   <li><b>Hard filters</b> (a filtered member is never returned, whatever their score): the seeker;
 *       members whose {@link org.blendnet.core.Consent#recommendable()} is false; for
 *       {@linkplain MatchRequest.Purpose#ANSWERERS answerer} requests, also members whose
 *       {@link org.blendnet.core.Consent#contactable()} is false and members whose
 *       {@link RequestBudget} is used up; for {@linkplain MatchRequest.Purpose#PEERS peer} requests,
 *       members with no capacity left ({@code capacity - load <= 0}); the options' exclusions, blocked
 *       pairs and filter. The filters that read the host's loads and budgets, and the options' filter,
 *       run only for candidates that would otherwise enter the top k.
 *   <li><b>Scoring.</b> The score of a candidate c is the weighted arithmetic mean of its signals,
 *       <pre>
 *   score(c) = Σ_j w_j · s_j(c) / Σ_j w_j        (signals with weight w_j &gt; 0; each s_j in [0, 1])
 *       </pre>
 *       so it lies in [0, 1], and each signal's contribution {@code w_j · s_j / Σ w} is shown in the
 *       {@link Match#breakdown()}. Candidates scoring 0 are never returned. A bounded min-heap keeps the
 *       best k (no sort of the candidates); once it is full, a candidate is abandoned as soon as its
 *       partial sum plus the weights of the signals not yet computed cannot reach the k-th score — the
 *       max-score strategy of Turtle &amp; Flood ("Query evaluation: strategies and optimizations",
 *       Information Processing &amp; Management 31(6), 1995, doi:10.1016/0306-4573(95)00020-H), signals
 *       taken in decreasing weight. This never changes the result.
 * </ol>
 *
 * <p><b>Why a weighted arithmetic mean</b> and not a weighted geometric mean ({@code Π s_j^(w_j/Σw)}):
 * the geometric mean lets any one signal at 0 veto a match, so an expert in another time zone, or a
 * member who never stated a channel preference, could never be recommended, and a candidate proposed by
 * a graph neighbourhood with no topic in common would always score 0. Vetoes are what the hard filters are
 * for, stated as rules rather than hidden in arithmetic. The arithmetic mean is compensatory (a strong
 * reason can outweigh a weak one), linear (its breakdown adds up, so "topic fit gave 0.38 of 0.62" is an
 * exact statement) and monotone in every signal.
 *
 * <p><b>Ties and determinism.</b> Equal scores are ordered by member id, or with a seed
 * ({@link MatchOptions#withSeed(long)}) by a seeded hash of the id. The result depends only on the
 * network, the signals, the request, the options, the as-of instant and the loads and budgets at that
 * instant — never on hash iteration order or on the thread.
 *
 * <p><b>Complexity.</b> Building: O(n + e + i) for n members with e expertise entries and i interests, plus
 * each signal's and source's preparation; about 56 bytes a member (32 of them the member's card, which
 * holds up to five topic entries) and 4 per expertise entry or interest (a posting; 4 more for each entry
 * of a member with more than five) — some 80 MB for a million members with five topics each. A request:
 * O(t log t + c · (m + log k)) for t topics in the request, c candidates (at most
 * {@code maxCandidates} from the index, plus the sources') and m signals, plus O(k · m) for the
 * explanations of the k results.
 *
 * <p><b>Question routing</b> follows the Aardvark model (Horowitz &amp; Kamvar, "The anatomy of a
 * large-scale social search engine", WWW 2010, doi:10.1145/1772690.1772735): answerers are ranked by their
 * expertise on the question's topics and their availability, and nobody is asked more often than the
 * request budget allows. Aardvark also weighs social proximity to the asker; a graph signal adds it
 * through {@link MatchSignal}, and {@link ReferralChains} say who could pass a question on to an answerer
 * the asker does not know.
 *
 * @implNote Thread-safe: immutable once built. Any number of threads may send requests at once; each
 *     request allocates its own scratch space (no thread-locals, no locks). The {@link MemberLoad} and
 *     {@link RequestBudget} it was given are read at request time and must be thread-safe.
 * @since 0.1
 */
public final class Matchmaker {

  /** A safety margin on the pruning bound, so that rounding can never prune a candidate that would rank. */
  private static final double PRUNING_MARGIN = 1 + 1e-9;

  private final Network network;
  private final MemberTable table;
  private final TopicIndex index;
  private final String[] names;
  private final double[] weights;
  private final MatchSignal.Prepared[] prepared;
  /** Signal positions in evaluation order: decreasing weight, then the order they were added. */
  private final int[] order;
  /** {@code suffix[p]}: the sum of the weights of the signals from evaluation position p on. */
  private final double[] suffix;
  private final double totalWeight;
  private final Map<String, Double> weightsByName;
  private final List<String> sourceNames;
  private final CandidateSource.Prepared[] sources;
  private final MemberLoad matchLoad;
  private final RequestBudget requestBudget;
  private final Clock clock;
  private final @Nullable String chainsName;
  private final ReferralChains.@Nullable Prepared chains;

  private Matchmaker(Builder b) {
    network = b.network;
    table = new MemberTable(network.members());
    index = new TopicIndex(table);
    List<Integer> active = new ArrayList<>();
    Map<String, Double> byName = new LinkedHashMap<>();
    for (int i = 0; i < b.signals.size(); i++) {
      byName.put(b.signals.get(i).name(), b.weights.get(i));
      if (b.weights.get(i) > 0) {
        active.add(i);
      }
    }
    weightsByName = Collections.unmodifiableMap(byName);
    int m = active.size();
    names = new String[m];
    weights = new double[m];
    prepared = new MatchSignal.Prepared[m];
    for (int j = 0; j < m; j++) {
      MatchSignal signal = b.signals.get(active.get(j));
      names[j] = signal.name();
      weights[j] = b.weights.get(active.get(j));
      prepared[j] = Objects.requireNonNull(signal.prepare(network),
          () -> "signal '" + signal.name() + "' prepared to null");
    }
    Integer[] byWeight = new Integer[m];
    for (int j = 0; j < m; j++) {
      byWeight[j] = j;
    }
    Arrays.sort(byWeight, (x, y) -> Double.compare(weights[y], weights[x]));
    order = new int[m];
    for (int p = 0; p < m; p++) {
      order[p] = byWeight[p];
    }
    suffix = new double[m + 1];
    for (int p = m - 1; p >= 0; p--) {
      suffix[p] = suffix[p + 1] + weights[order[p]];
    }
    totalWeight = suffix[0];
    sourceNames = List.copyOf(b.sourceNames);
    sources = new CandidateSource.Prepared[b.sources.size()];
    for (int s = 0; s < sources.length; s++) {
      CandidateSource source = b.sources.get(s);
      sources[s] = Objects.requireNonNull(source.prepare(network),
          () -> "candidate source '" + source.name() + "' prepared to null");
    }
    matchLoad = b.matchLoad;
    requestBudget = b.requestBudget;
    clock = b.clock;
    ReferralChains given = b.chains;
    chainsName = given == null ? null : given.name();
    chains = given == null ? null : Objects.requireNonNull(given.prepare(network),
        () -> "referral chains '" + given.name() + "' prepared to null");
  }

  /** A builder for a matchmaker over {@code network}. */
  public static Builder builder(Network network) {
    return new Builder(network);
  }

  /** A matchmaker over {@code network} with the {@linkplain Builder#coreSignals() core signals} and nothing else. */
  public static Matchmaker withCoreSignals(Network network) {
    return builder(network).coreSignals().build();
  }

  // ---- planners ----------------------------------------------------------------------------------

  /**
   * Peer recommendations: the people {@code seeker} should meet, best first, each with the reasons.
   * Candidates know what the seeker wants to learn or want to learn what the seeker knows; they must have
   * agreed to be recommended and have capacity left. As of {@link MatchOptions#asOf()}, or the
   * matchmaker's clock.
   *
   * @throws IllegalArgumentException if the network has no such member
   */
  public Matches recommendPeers(MemberId seeker, MatchOptions options) {
    Objects.requireNonNull(options, "options");
    int s = known(seeker, "seeker");
    return run(MatchRequest.peers(table.member(s)), s, options, options.asOf().orElseGet(clock::instant));
  }

  /**
   * Question routing: who should be asked {@code question}, best first, and a {@link Referral} suggestion
   * for each — a question forward from the asker ({@code referrer = from = asker}), consent
   * {@link org.blendnet.core.ConsentState#NOT_REQUESTED}, pending, made at the later of the as-of instant
   * and the question's time, with the id {@code "fwd:" + questionId.length() + ":" + questionId + ":" +
   * memberId} (or a 128-bit hash of the two when that would exceed the id length limit), so that routing
   * the same question twice suggests the same referrals.
   *
   * <p>Answerers know one of the question's topics, agreed to be recommended and contacted, and have
   * request budget left. If the network holds the question, members who already answered it or were
   * already forwarded it are left out. As of {@link MatchOptions#asOf()}, or the question's time.
   *
   * <p><b>Passing the question on.</b> If the matchmaker has {@linkplain Builder#referralChains(ReferralChains)
   * referral chains}, an answerer the asker is not in direct contact with is reached through the best
   * chain of contacts whose every intermediary agreed to be recommended and contacted, is not excluded by
   * the options, and has request budget left at the as-of instant: the referral then goes to the chain's
   * first hop (the asker asks them to pass the question on), and the later hops are in
   * {@link Routing#onward()}, each the child of the one before, on behalf of the asker. Their ids are
   * {@code "fwd:"} and a 128-bit hash of the question, the answerer and the hop number. An answerer in
   * direct contact, or with no such chain, is asked directly, as above. This costs one chain search per
   * answerer not in direct contact.
   *
   * @throws IllegalArgumentException if the network does not hold the asker
   */
  public Routing routeQuestion(Question question, MatchOptions options) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(options, "options");
    int asker = known(question.asker(), "asker");
    MatchOptions effective = options;
    if (network.question(question.id()).isPresent()) {
      Set<MemberId> excluded = new HashSet<>(options.excluded());
      for (Answer a : network.answersTo(question.id())) {
        excluded.add(a.responder());
      }
      for (Referral r : network.referralsOf(question.id())) {
        if (r.kind() == ReferralKind.QUESTION_FORWARD) {
          excluded.add(r.to());
        }
      }
      if (excluded.size() > options.excluded().size()) {
        effective = options.withExcluded(excluded);
      }
    }
    Instant asOf = options.asOf().orElse(question.askedAt());
    Matches answerers = run(MatchRequest.answerers(question), asker, effective, asOf);
    Instant at = asOf.isBefore(question.askedAt()) ? question.askedAt() : asOf;
    List<Referral> referrals = new ArrayList<>(answerers.matches().size());
    List<Referral> onward = new ArrayList<>();
    for (Match m : answerers.matches()) {
      List<MemberId> chain = chainTo(question.asker(), m.candidate(), effective, asOf);
      if (chain.isEmpty()) {
        referrals.add(Referral.forward(referralId(question.id(), m.candidate()), question.id(), question.asker(),
            question.asker(), m.candidate(), at));
        continue;
      }
      @Nullable ReferralId parent = null;
      for (int hop = 0; hop + 1 < chain.size(); hop++) {
        MemberId holder = chain.get(hop);
        Referral r = Referral.forward(chainReferralId(question.id(), m.candidate(), hop), question.id(), holder,
            holder, chain.get(hop + 1), at);
        if (parent == null) {
          referrals.add(r);
        } else {
          onward.add(r.onBehalfOf(question.asker()).withParent(parent));
        }
        parent = r.id();
      }
    }
    return new Routing(answerers, referrals, onward);
  }

  /**
   * The chain through which {@code asker} should reach {@code answerer}: the best one the referral chains
   * give whose intermediaries are known, consenting, not excluded and within their budgets; empty to ask
   * the answerer directly (no chains configured, a direct contact, or no admissible chain).
   */
  private List<MemberId> chainTo(MemberId asker, MemberId answerer, MatchOptions options, Instant asOf) {
    if (chains == null) {
      return List.of();
    }
    List<List<MemberId>> found = Objects.requireNonNull(chains.find(asker, answerer),
        () -> "referral chains '" + chainsName + "' found null");
    for (List<MemberId> chain : found) {
      if (chain.size() == 2) {
        return List.of();
      }
    }
    for (List<MemberId> chain : found) {
      if (admissible(chain, asker, answerer, options, asOf)) {
        return chain;
      }
    }
    return List.of();
  }

  private boolean admissible(List<MemberId> chain, MemberId asker, MemberId answerer, MatchOptions options,
      Instant asOf) {
    if (chain.size() < 3 || !chain.get(0).equals(asker) || !chain.get(chain.size() - 1).equals(answerer)) {
      return false;
    }
    for (int i = 1; i + 1 < chain.size(); i++) {
      MemberId via = chain.get(i);
      int v = table.indexOf(via);
      if (v < 0 || !table.consents(v, MemberTable.RECOMMENDABLE | MemberTable.CONTACTABLE)
          || options.excluded().contains(via) || via.equals(asker) || via.equals(answerer)
          || !requestBudget.allows(via, asOf)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Question routing for a question not recorded (yet): who knows {@code topics}, best first, with the
   * same filters as {@link #routeQuestion(Question, MatchOptions)}. Without a question id there are no
   * referral suggestions. As of {@link MatchOptions#asOf()}, or the matchmaker's clock.
   *
   * @throws IllegalArgumentException if the network has no such member
   */
  public Routing routeQuestion(MemberId asker, Set<Topic> topics, MatchOptions options) {
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(options, "options");
    int a = known(asker, "asker");
    Matches answerers = run(MatchRequest.answerers(asker, topics), a, options,
        options.asOf().orElseGet(clock::instant));
    return new Routing(answerers, List.of());
  }

  // ---- engine ------------------------------------------------------------------------------------

  /**
   * Answers any request: candidates, hard filters (by the request's purpose) and scores, as described
   * above. The planners are built on this. As of {@link MatchOptions#asOf()}, or the matchmaker's clock.
   *
   * @throws IllegalArgumentException if the network does not hold the request's seeker
   */
  public Matches match(MatchRequest request, MatchOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    int s = known(request.seeker(), "seeker");
    return run(request, s, options, options.asOf().orElseGet(clock::instant));
  }

  /**
   * Scores one candidate for a request as the matchmaker would rank them, with the full breakdown —
   * without candidate generation or hard filters, so that a host can show why someone was (or was not)
   * suggested. Never use it to recommend: it does not check consent. As of {@link MatchOptions#asOf()},
   * or the matchmaker's clock.
   *
   * @throws IllegalArgumentException if the network lacks the seeker or the candidate, or they are the same
   */
  public Match score(MatchRequest request, MemberId candidate, MatchOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    int s = known(request.seeker(), "seeker");
    int c = known(candidate, "candidate");
    if (s == c) {
      throw new IllegalArgumentException("candidate must not be the seeker but both were " + candidate);
    }
    MatchContext context = context(request, s, options, options.asOf().orElseGet(clock::instant));
    Scorers scorers = begin(context);
    double[] perSignal = new double[names.length];
    double score = evaluate(scorers, c, perSignal, 0);
    return match(scorers, c, score, perSignal);
  }

  private Matches run(MatchRequest request, int seekerIndex, MatchOptions options, Instant asOf) {
    Ranking ranking = rank(request, seekerIndex, options, asOf, null);
    List<Match> matches = new ArrayList<>(ranking.top().size());
    for (TopK.Entry e : ranking.top().drain()) {
      matches.add(match(ranking.scorers(), e.index(), e.score(), e.signalScores()));
    }
    return new Matches(request, asOf, matches, ranking.candidates(), ranking.capped());
  }

  /** The best k of a request, before explanations: the scorers, the heap, the candidates and whether capped. */
  @SuppressWarnings("ArrayRecordComponent") // a private carrier, never compared or hashed
  private record Ranking(Scorers scorers, TopK top, int candidates, boolean capped) {}

  /** The scorers of one request, by signal position, and those of its core signals together (if any). */
  @SuppressWarnings("ArrayRecordComponent") // a private carrier, never compared or hashed
  private record Scorers(MatchSignal.Scorer[] each, @Nullable CoreScores core) {}

  /**
   * Candidates, hard filters and scores of one request; {@code admit}, if given, is one more hard filter
   * on member positions, applied with the array-only filters before scoring.
   */
  private Ranking rank(MatchRequest request, int seekerIndex, MatchOptions options, Instant asOf,
      @Nullable IntPredicate admit) {
    MatchContext context = context(request, seekerIndex, options, asOf);
    long rotation = options.seed().isPresent() ? options.seed().getAsLong()
        : Hashing.hash(0, request.seeker().value());
    int expected = (int) Math.min(options.maxCandidates(), IndexCandidates.postings(index, request)) + 64;
    CandidateCollector candidates = new CandidateCollector(table, expected);
    boolean capped = IndexCandidates.gather(index, request, options.maxCandidates(), rotation, candidates);
    for (CandidateSource.Prepared source : sources) {
      source.propose(context, candidates);
    }
    Filter filter = new Filter(context);
    Scorers scorers = begin(context);
    TopK top = new TopK(table, Math.max(1, Math.min(options.k(), candidates.size())), names.length,
        options.seed().isPresent(), options.seed().orElse(0));
    // first the array-only filters, in a tight loop whose independent reads (each candidate's card, at a
    // place known without a look-up) overlap in memory, which also brings the cards into the cache for
    // the scoring loop that follows
    int[] survivors = new int[candidates.size()];
    int n = 0;
    for (int i = 0; i < candidates.size(); i++) {
      int c = candidates.get(i);
      if (filter.accepts(c) && (admit == null || admit.test(c))) {
        survivors[n++] = c;
      }
    }
    double[] perSignal = new double[names.length];
    for (int i = 0; i < n; i++) {
      int c = survivors[i];
      double score = evaluate(scorers, c, perSignal, top.full() ? top.worstScore() : 0);
      // the filters that read member objects run only for candidates that would enter the heap
      if (score > 0 && top.admits(c, score) && filter.acceptsRanked(c)) {
        top.offer(c, score, perSignal);
      }
    }
    return new Ranking(scorers, top, candidates.size(), capped);
  }

  private MatchContext context(MatchRequest request, int seekerIndex, MatchOptions options, Instant asOf) {
    return new MatchContext(network, table, index, request, seekerIndex, asOf, options, matchLoad);
  }

  private Scorers begin(MatchContext context) {
    MatchSignal.Scorer[] scorers = new MatchSignal.Scorer[prepared.length];
    for (int j = 0; j < scorers.length; j++) {
      scorers[j] = Objects.requireNonNull(prepared[j].begin(context),
          "signal '" + names[j] + "' began a request with a null scorer");
    }
    return new Scorers(scorers, CoreScores.of(scorers));
  }

  /**
   * The candidate's score, filling {@code perSignal}; or -1 once it is certain the score is below
   * {@code threshold} (0: no threshold).
   */
  private double evaluate(Scorers scorers, int c, double[] perSignal, double threshold) {
    CoreScores core = scorers.core();
    // the pruning test (partial + what is left) / totalWeight · margin < threshold, with the division
    // done once per candidate rather than once per signal
    double bound = threshold * totalWeight / PRUNING_MARGIN;
    double partial = 0;
    for (int p = 0; p < order.length; p++) {
      int j = order[p];
      double s = core != null && core.covers(j) ? core.score(j, c) : scorers.each()[j].score(c);
      if (!(s >= 0 && s <= 1)) {
        throw new IllegalStateException("signal '" + names[j] + "' scored " + s + " for "
            + table.member(c).id() + "; scores must be in [0, 1]");
      }
      perSignal[j] = s;
      partial += weights[j] * s;
      if (threshold > 0 && partial + suffix[p + 1] < bound) {
        return -1;
      }
    }
    return Math.min(1, partial / totalWeight);
  }

  private Match match(Scorers scorers, int c, double score, double[] perSignal) {
    Member candidate = table.member(c);
    List<SignalScore> breakdown = new ArrayList<>(names.length);
    for (int j = 0; j < names.length; j++) {
      Optional<String> why = Objects.requireNonNull(scorers.each()[j].explain(c), "signal explained with null");
      breakdown.add(new SignalScore(names[j], weights[j], perSignal[j],
          Math.min(1, weights[j] * perSignal[j] / totalWeight), why));
    }
    List<SignalScore> reasons = new ArrayList<>();
    for (SignalScore s : breakdown) {
      if (s.score() > 0 && s.explanation().isPresent()) {
        reasons.add(s);
      }
    }
    reasons.sort((x, y) -> Double.compare(y.contribution(), x.contribution()));
    List<String> explanation = new ArrayList<>(reasons.size());
    for (SignalScore s : reasons) {
      explanation.add(s.explanation().orElseThrow());
    }
    return new Match(candidate.id(), score, breakdown, explanation);
  }

  private int known(MemberId member, String role) {
    int i = table.indexOf(Objects.requireNonNull(member, role));
    if (i < 0) {
      throw new IllegalArgumentException("Unknown member: " + member);
    }
    return i;
  }

  /** The referral id of a routed question: readable when it fits the id length limit, else a hash. */
  static ReferralId referralId(QuestionId question, MemberId answerer) {
    String readable = "fwd:" + question.value().length() + ":" + question.value() + ":" + answerer.value();
    if (readable.length() <= 256) {
      return ReferralId.of(readable);
    }
    String key = question.value() + '\n' + answerer.value();
    return ReferralId.of(String.format("fwd:%016x%016x", Hashing.hash(1, key), Hashing.hash(2, key)));
  }

  /** The id of hop {@code hop} of the chain that carries {@code question} to {@code answerer}: a hash. */
  static ReferralId chainReferralId(QuestionId question, MemberId answerer, int hop) {
    String key = question.value() + '\n' + answerer.value() + '\n' + hop;
    return ReferralId.of(String.format("fwd:%016x%016x", Hashing.hash(3, key), Hashing.hash(4, key)));
  }

  // ---- for the planners of this package (pairing rounds, stable matching) ----------------------

  /** The members as the matchmaker holds them, by position. */
  MemberTable table() {
    return table;
  }

  /** The capacity of the member at position {@code member} (matches per period). */
  int capacity(int member) {
    return index.capacity(member);
  }

  /** The host's view of members' match loads. */
  MemberLoad matchLoad() {
    return matchLoad;
  }

  /** The instant of the matchmaker's clock. */
  Instant now() {
    return clock.instant();
  }

  /**
   * The best {@code options.k()} candidates of {@code seeker}'s peer request that {@code admit} accepts,
   * as positions and scores (best first) written to {@code positions} and {@code scores}; returns how
   * many. The same candidates, filters and scores as {@link #recommendPeers}, without explanations.
   */
  int rankPeers(int seeker, MatchOptions options, Instant asOf, IntPredicate admit, int[] positions,
      double[] scores) {
    Ranking ranking = rank(MatchRequest.peers(table.member(seeker)), seeker, options, asOf, admit);
    TopK.Entry[] best = ranking.top().drain();
    for (int i = 0; i < best.length; i++) {
      positions[i] = best[i].index();
      scores[i] = best[i].score();
    }
    return best.length;
  }

  /**
   * Scores candidates for {@code seeker}'s peer request directly, with no candidate generation and no hard
   * filters — for planners that decide admissibility themselves. Each score is the one
   * {@link #score(MatchRequest, MemberId, MatchOptions)} gives. Used by one thread.
   */
  PeerScorer peerScorer(int seeker, MatchOptions options, Instant asOf) {
    return new PeerScorer(begin(context(MatchRequest.peers(table.member(seeker)), seeker, options, asOf)));
  }

  /** The scores of one seeker's candidates. Not thread-safe. */
  final class PeerScorer {
    private final Scorers scorers;
    private final double[] perSignal = new double[names.length];

    private PeerScorer(Scorers scorers) {
      this.scorers = scorers;
    }

    /** The score of the candidate at position {@code candidate}, in [0, 1]. */
    double score(int candidate) {
      return evaluate(scorers, candidate, perSignal, 0);
    }
  }

  // ---- accessors ---------------------------------------------------------------------------------

  /** The network snapshot this matchmaker answers for. */
  public Network network() {
    return network;
  }

  /** Each signal's weight, by name, in the order they were added (weight-0 signals included). */
  public Map<String, Double> weights() {
    return weightsByName;
  }

  /** The names of the candidate sources, in the order they were added. */
  public List<String> candidateSources() {
    return sourceNames;
  }

  /**
   * {@code Matchmaker[members=1000000, topics=10000, signals={topic-fit=3, …}, sources=[], load=…, budget=…]}.
   */
  @Override
  public String toString() {
    List<String> signals = new ArrayList<>();
    weightsByName.forEach((name, w) -> signals.add(name + "=" + Phrases.weight(w)));
    return "Matchmaker[members=" + table.size() + ", topics=" + index.topics() + ", signals={"
        + String.join(", ", signals) + "}, sources=" + sourceNames + ", load=" + matchLoad + ", budget="
        + requestBudget + "]";
  }

  /**
   * The hard filters of one request, in two stages. {@link #accepts(int)} runs before scoring and reads
   * only arrays: the seeker, consent, exclusions and the seeker's blocked partners (made a set of member
   * positions once per request, O(x) for x excluded ids and blocked pairs) and zero capacity.
   * {@link #acceptsRanked(int)} runs after scoring, only for candidates that would enter the top k, and
   * reads the member: the match load, the request budget and the options' filter. A candidate that would
   * not rank is dropped either way, so the split changes nothing but the cost.
   */
  private final class Filter {
    private final MatchContext context;
    private final int seeker;
    private final int consent;
    private final boolean peers;
    private final MatchOptions options;
    private final boolean checkLoad;
    private final boolean checkBudget;
    private final @Nullable IntSet excluded;

    Filter(MatchContext context) {
      this.context = context;
      this.seeker = context.seekerIndex();
      this.peers = context.purpose() == MatchRequest.Purpose.PEERS;
      this.consent = peers ? MemberTable.RECOMMENDABLE : MemberTable.RECOMMENDABLE | MemberTable.CONTACTABLE;
      this.options = context.options();
      this.checkLoad = peers && matchLoad != MemberLoad.none();
      this.checkBudget = !peers && !requestBudget.isUnlimited();
      MemberId seekerId = context.seeker().id();
      IntSet out = null;
      if (!options.excluded().isEmpty() || !options.blocked().isEmpty()) {
        out = new IntSet(options.excluded().size() + 8);
        for (MemberId m : options.excluded()) {
          int i = table.indexOf(m);
          if (i >= 0) {
            out.add(i);
          }
        }
        for (MemberPair pair : options.blocked()) {
          if (pair.contains(seekerId)) {
            int i = table.indexOf(pair.other(seekerId));
            if (i >= 0) {
              out.add(i);
            }
          }
        }
      }
      this.excluded = out;
    }

    boolean accepts(int c) {
      if (c == seeker || !index.consents(c, consent) || (excluded != null && excluded.contains(c))) {
        return false;
      }
      int capacity = index.capacity(c);
      return peers ? capacity > 0 : capacity >= 0;
    }

    boolean acceptsRanked(int c) {
      if (checkLoad && Availability.load(context, c) >= index.capacity(c)) {
        return false;
      }
      if (checkBudget && !requestBudget.allows(table.member(c).id(), context.asOf())) {
        return false;
      }
      return options.filtersNothing() || options.filter().test(table.member(c));
    }
  }

  /**
   * Collects a matchmaker's signals, weights, candidate sources and the host's views of loads and budgets.
   * Not thread-safe; {@link #build()} may be called more than once (each call prepares everything anew).
   *
   * @since 0.1
   */
  public static final class Builder {
    private final Network network;
    private final List<MatchSignal> signals = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();
    private final List<CandidateSource> sources = new ArrayList<>();
    private final List<String> sourceNames = new ArrayList<>();
    private MemberLoad matchLoad = MemberLoad.none();
    private RequestBudget requestBudget = RequestBudget.unlimited();
    private Clock clock = Clock.systemUTC();
    private @Nullable ReferralChains chains;

    private Builder(Network network) {
      this.network = Objects.requireNonNull(network, "network");
    }

    /**
     * Adds a signal with a weight. A signal of weight 0 is kept out of scoring entirely (not computed,
     * not in breakdowns), which lets a configuration switch a signal off.
     *
     * @throws IllegalArgumentException if the weight is negative, NaN or infinite, the signal's name is
     *     blank, or a signal of that name was already added
     */
    public Builder signal(MatchSignal signal, double weight) {
      Objects.requireNonNull(signal, "signal");
      String name = Objects.requireNonNull(signal.name(), "signal name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("signal name must not be blank");
      }
      if (!(weight >= 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException(
            "weight of signal '" + name + "' must be a finite number >= 0 but was " + weight);
      }
      for (MatchSignal s : signals) {
        if (s.name().equals(name)) {
          throw new IllegalArgumentException("a signal named '" + name + "' was already added");
        }
      }
      signals.add(signal);
      weights.add(weight);
      return this;
    }

    /**
     * Adds the core signals with their default weights: {@linkplain CoreSignals#topicFit() topic fit} 3,
     * {@linkplain CoreSignals#complementarity() complementarity} 2,
     * {@linkplain CoreSignals#channelCompatibility() channel} 1,
     * {@linkplain CoreSignals#timeZoneOverlap() time zone} 1 and
     * {@linkplain CoreSignals#availability() availability} 1. Relevance (topic fit and complementarity)
     * thus makes up 5/8 of the score and practicality 3/8, so that a good teacher in an awkward time zone
     * still ranks above a convenient stranger.
     *
     * @throws IllegalArgumentException if a signal of one of these names was already added
     */
    public Builder coreSignals() {
      return signal(CoreSignals.topicFit(), 3)
          .signal(CoreSignals.complementarity(), 2)
          .signal(CoreSignals.channelCompatibility(), 1)
          .signal(CoreSignals.timeZoneOverlap(), 1)
          .signal(CoreSignals.availability(), 1);
    }

    /**
     * Adds a candidate source.
     *
     * @throws IllegalArgumentException if its name is blank or a source of that name was already added
     */
    public Builder candidateSource(CandidateSource source) {
      Objects.requireNonNull(source, "source");
      String name = Objects.requireNonNull(source.name(), "source name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("candidate source name must not be blank");
      }
      if (sourceNames.contains(name)) {
        throw new IllegalArgumentException("a candidate source named '" + name + "' was already added");
      }
      sources.add(source);
      sourceNames.add(name);
      return this;
    }

    /**
     * Sets the host's view of how many matches each member has taken on in the current period (default:
     * {@link MemberLoad#none()}). Read at request time by the capacity filter of peer requests and by
     * {@link CoreSignals#availability()}.
     */
    public Builder matchLoad(MemberLoad load) {
      this.matchLoad = Objects.requireNonNull(load, "load");
      return this;
    }

    /**
     * Sets the chains through which routed questions reach answerers the asker is not in contact with
     * (default: none — every answerer is asked directly). See
     * {@link Matchmaker#routeQuestion(Question, MatchOptions)}.
     */
    public Builder referralChains(ReferralChains chains) {
      this.chains = Objects.requireNonNull(chains, "chains");
      return this;
    }

    /** Sets the request budget of answerer requests (default: {@link RequestBudget#unlimited()}). */
    public Builder requestBudget(RequestBudget budget) {
      this.requestBudget = Objects.requireNonNull(budget, "budget");
      return this;
    }

    /** Sets the clock that dates requests whose options give no as-of instant (default: the system clock, UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the matchmaker: indexes the network and prepares every signal and source. O(n + e + i) plus
     * the preparations.
     *
     * @throws IllegalStateException if no signal has a weight above 0
     */
    public Matchmaker build() {
      if (!weights.stream().anyMatch(w -> w > 0)) {
        throw new IllegalStateException("a matchmaker needs at least one signal with a weight > 0 but has "
            + (signals.isEmpty() ? "none" : "only weight-0 signals"));
      }
      return new Matchmaker(this);
    }

    /** {@code Matchmaker.Builder[signals={topic-fit=3}, sources=[], load=…]}: what was set. */
    @Override
    public String toString() {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < signals.size(); i++) {
        parts.add(signals.get(i).name() + "=" + Phrases.weight(weights.get(i)));
      }
      StringBuilder s = new StringBuilder("Matchmaker.Builder[signals={").append(String.join(", ", parts))
          .append("}, sources=").append(sourceNames);
      if (matchLoad != MemberLoad.none()) {
        s.append(", load=").append(matchLoad);
      }
      if (!requestBudget.isUnlimited()) {
        s.append(", budget=").append(requestBudget);
      }
      if (chains != null) {
        s.append(", chains=").append(chains.name());
      }
      return s.append(']').toString();
    }
  }
}
