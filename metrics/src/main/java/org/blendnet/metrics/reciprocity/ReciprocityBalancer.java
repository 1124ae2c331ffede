package org.blendnet.metrics.reciprocity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.TimeWindow;
import org.blendnet.core.Topic;
import org.blendnet.core.match.Match;
import org.blendnet.core.match.MatchContext;
import org.blendnet.core.match.MatchSignal;
import org.blendnet.core.match.Matches;
import org.blendnet.core.match.MemberLoad;
import org.blendnet.metrics.internal.Format;
import org.jspecify.annotations.Nullable;

/**
 * Balances give and take in matchmaking: it protects the members who are asked too much and invites the
 * takers who hold expertise to give. It is a {@link MatchSignal} (add it to a
 * {@link org.blendnet.core.match.Matchmaker}), a load cap (a filter or exclusion set for
 * {@link org.blendnet.core.match.MatchOptions}), and a re-ranker of any candidate list.
 *
 * <pre>{@code
 * ReciprocityLedger all = ReciprocityLedger.of(network);
 * ReciprocityLedger lastMonth = ReciprocityLedger.of(network, GiveTakeWeights.defaults(), lastMonthWindow);
 * LoadTracker routed = LoadTracker.over(Duration.ofDays(30));      // the host records each request it sends
 * ReciprocityBalancer balancer = ReciprocityBalancer.builder(network, all)
 *     .lastPeriod(lastMonth).target(5).cap(10).liveLoad(routed).build();
 * Matchmaker matchmaker = Matchmaker.builder(network).coreSignals().signal(balancer, 1.5).build();
 * Routing r = matchmaker.routeQuestion(question, MatchOptions.defaults().withK(3)
 *     .withExcluded(balancer.capped(question.askedAt())));     // the hard cap
 * balancer.rerank(otherRecommender.matches(), asOf);           // or re-rank any list
 * }</pre>
 *
 * <p><b>Load.</b> The load L of a member is the help they gave on request in the last period — answers to
 * others' questions, question forwards and introductions made for others, as counted by the
 * {@linkplain Builder#lastPeriod(ReciprocityLedger) last-period ledger} ({@link GiveTakeCounts}) — plus
 * what the {@linkplain Builder#liveLoad(MemberLoad) live load} counts at the instant asked (the requests
 * the host sent since, typically a {@link org.blendnet.core.match.LoadTracker}). Hosting events and
 * replying to contact are giving too, but nobody asks for them, so they are not load.
 *
 * <p><b>Protect.</b> With target τ and cap κ &gt; τ ({@link Builder#target(int)}, {@link Builder#cap(int)}),
 * the headroom of a member of load L is
 * <pre>
 *   h(L) = 1 − L / (2τ)                       for L ≤ τ      (1 when idle, ½ at the target)
 *   h(L) = ½ · (κ − L) / (κ − τ)              for τ &lt; L &lt; κ   (falling to 0 at the cap)
 *   h(L) = 0                                  for L ≥ κ
 * </pre>
 * A member at or over the target is <em>over-asked</em> ({@link #overAsked()}); at or over the cap they
 * are <em>capped</em>: {@link #capped(Instant)} and {@link #belowCap(Instant)} leave them out of a request
 * altogether, and {@link #rerank} drops them.
 *
 * <p><b>Invite.</b> A member is <em>invited</em> when, by the overall ledger, they are a
 * {@link GiveTakeProfile#TAKER} under the {@link ProfileThresholds} (they took at least about twice what
 * they gave), their load is below the target, and they know a sought topic at the
 * {@linkplain Builder#inviteLevel(ExpertiseLevel) invite level} or above (default intermediate) — or, with
 * no topics sought, any topic. Turning takers who know something into givers is how a community stays
 * reciprocal (A. Grant, <i>Give and Take</i>, Viking, 2013; generalized exchange: L. D. Molm, J. L. Collett
 * and D. R. Schaefer, "Building solidarity through generalized exchange: a theory of reciprocity",
 * American Journal of Sociology 113(1) (2007) 205–242, doi:10.1086/517900).
 *
 * <p><b>The signal's score</b>, with invite weight β ({@link Builder#inviteWeight(double)}, default ¼), is
 * <pre>
 *   s(c) = (1 − β) · h(L(c)) + β · [c is invited]        in [0, 1]
 * </pre>
 * so an idle member scores 1 − β, an invited taker 1, a member at the target (1 − β)/2 and a capped member
 * 0. It explains itself in words: "has helped with no requests this period — room to give", "already
 * helped with 7 requests this period (target 5) — spare them", "has taken more than given and knows pricing
 * (expert) — invite to give back". Next to the {@linkplain org.blendnet.core.match.CoreSignals core
 * signals} a weight of 1.5 to 2 moves requests from busy experts to free experts and members of the next
 * level. On a skewed synthetic community (80 members, 8 topics, 200 questions routed to one answerer each;
 * {@code ReciprocityBalancerRoutingTest}), weight 1.5 with target 4 and cap 8 lowered the Gini coefficient
 * of answering load from 0.970 to 0.590 and kept 91.4% of the topic fit of routing without it. Collaborative overload — a few
 * people carrying most requests — is what it counters (R. Cross, R. Rebele and A. Grant, "Collaborative
 * overload", Harvard Business Review 94(1) (2016) 74–79).
 *
 * <p><b>Re-ranking.</b> {@link #rerank(List, ToDoubleFunction, Set, Instant)} combines any base score in
 * [0, 1] with the signal's score, {@code (1 − λ) · base + λ · s} with λ the
 * {@linkplain Builder#rerankWeight(double) re-rank weight} (default ⅓), drops capped members and sorts by the
 * combined score (ties keep the input order).
 *
 * <p><b>Complexity.</b> Building: O(n) for n members (plus O(n · e) for the invitations, e expertise
 * entries each). Scoring one candidate: O(|S| log e) for |S| sought topics, plus one live-load look-up.
 * {@link #capped(Instant)}: O(n) live-load look-ups. Re-ranking c candidates: O(c log c) plus c scores.
 *
 * @implNote Thread-safe: immutable; the live load it reads must be thread-safe (as
 *     {@link org.blendnet.core.match.LoadTracker} is).
 * @since 0.1
 */
public final class ReciprocityBalancer implements MatchSignal {

  /** The signal's name in breakdowns. */
  public static final String NAME = "reciprocity-balance";
  /** The default invite weight β. */
  public static final double DEFAULT_INVITE_WEIGHT = 0.25;
  /** The default re-rank weight λ. */
  public static final double DEFAULT_RERANK_WEIGHT = 1.0 / 3;

  private final Network network;
  private final ReciprocityLedger ledger;
  private final ReciprocityLedger lastPeriod;
  private final int target;
  private final int cap;
  private final MemberLoad liveLoad;
  private final ProfileThresholds thresholds;
  private final ExpertiseLevel inviteLevel;
  private final double inviteWeight;
  private final double rerankWeight;
  /** Recorded load by network position. */
  private final int[] recorded;
  /** Taker by the overall ledger, by network position. */
  private final boolean[] taker;

  private ReciprocityBalancer(Builder b) {
    network = b.network;
    ledger = b.ledger;
    lastPeriod = b.lastPeriod == null ? b.ledger : b.lastPeriod;
    target = b.target;
    cap = b.cap == 0 ? 2 * b.target : b.cap;
    liveLoad = b.liveLoad;
    thresholds = b.thresholds;
    inviteLevel = b.inviteLevel;
    inviteWeight = b.inviteWeight;
    rerankWeight = b.rerankWeight;
    int n = network.members().size();
    recorded = new int[n];
    taker = new boolean[n];
    for (int p = 0; p < n; p++) {
      LedgerEntry last = lastPeriod.entryAt(p);
      recorded[p] = (int) Math.min(Integer.MAX_VALUE, requestsServed(last.counts()));
      taker[p] = thresholds.classify(ledger.givenByPosition()[p], ledger.takenByPosition()[p])
          == GiveTakeProfile.TAKER;
    }
  }

  /** Help given on request: answers, forwards and introductions made for others. */
  static long requestsServed(GiveTakeCounts c) {
    return c.answersGiven() + c.forwardsMade() + c.introductionsMade();
  }

  /**
   * A builder over {@code network} and its overall ledger (which decides who is a taker).
   *
   * @throws IllegalArgumentException if the ledger was computed for another network
   */
  public static Builder builder(Network network, ReciprocityLedger ledger) {
    return new Builder(network, ledger);
  }

  // ---- settings ------------------------------------------------------------------------------------

  /** The target load τ per period. */
  public int target() {
    return target;
  }

  /** The cap κ: from this load on a member is not asked at all. */
  public int cap() {
    return cap;
  }

  /** The window of the last-period ledger; empty if it covers all time. */
  public Optional<TimeWindow> period() {
    return lastPeriod.window();
  }

  // ---- loads ---------------------------------------------------------------------------------------

  /**
   * The load {@code member} carried in the last period, by the last-period ledger alone.
   *
   * @throws IllegalArgumentException if the network has no such member
   */
  public int recordedLoad(MemberId member) {
    return recorded[ledger.index().require(member)];
  }

  /**
   * The load of {@code member} at {@code asOf}: recorded plus live.
   *
   * @throws IllegalArgumentException if the network has no such member
   */
  public int load(MemberId member, Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return loadAt(ledger.index().require(member), member, asOf);
  }

  private int loadAt(int p, MemberId member, Instant asOf) {
    long live = liveLoad.load(member, asOf);
    return (int) Math.min(Integer.MAX_VALUE, (p < 0 ? 0 : recorded[p]) + Math.max(0, live));
  }

  /** The headroom h(L), see the class comment. */
  double headroom(int load) {
    if (load <= target) {
      return 1 - load / (2.0 * target);
    }
    return load >= cap ? 0 : 0.5 * (cap - load) / (cap - target);
  }

  /**
   * How the balancer sees {@code member} for a request seeking {@code topics} at {@code asOf}: load, status,
   * score and explanation.
   *
   * @throws IllegalArgumentException if the network has no such member
   */
  public Assessment assess(MemberId member, Set<Topic> topics, Instant asOf) {
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(asOf, "asOf");
    int p = ledger.index().require(member);
    return assessAt(p, network.members().get(p), topics, loadAt(p, member, asOf));
  }

  private Assessment assessAt(int p, Member member, Collection<Topic> sought, int load) {
    List<String> known = load < target && p >= 0 && taker[p] ? knownTopics(member, sought) : List.of();
    boolean invited = !known.isEmpty();
    double score = (1 - inviteWeight) * headroom(load) + (invited ? inviteWeight : 0);
    Status status = load >= cap ? Status.CAPPED : load >= target ? Status.OVER_TARGET
        : invited ? Status.INVITED : Status.ROOM;
    return new Assessment(member.id(), load, status, Math.max(0, Math.min(1, score)),
        explanation(status, load, known));
  }

  /** The sought topics (or all, if none is sought) the member knows at the invite level, best level first. */
  private List<String> knownTopics(Member member, Collection<Topic> sought) {
    List<Map.Entry<Topic, ExpertiseLevel>> known = new ArrayList<>();
    if (sought.isEmpty()) {
      for (Map.Entry<Topic, ExpertiseLevel> e : member.expertise().entrySet()) {
        if (e.getValue().compareTo(inviteLevel) >= 0) {
          known.add(e);
        }
      }
    } else {
      for (Topic t : sought) {
        ExpertiseLevel level = member.expertise().get(t);
        if (level != null && level.compareTo(inviteLevel) >= 0) {
          known.add(Map.entry(t, level));
        }
      }
    }
    known.sort(Comparator.<Map.Entry<Topic, ExpertiseLevel>, ExpertiseLevel>comparing(Map.Entry::getValue)
        .reversed().thenComparing(Map.Entry::getKey));
    List<String> words = new ArrayList<>(known.size());
    for (Map.Entry<Topic, ExpertiseLevel> e : known) {
      words.add(e.getKey().name() + " (" + e.getValue().name().toLowerCase(Locale.ROOT) + ")");
    }
    return words;
  }

  private String explanation(Status status, int load, List<String> known) {
    switch (status) {
      case CAPPED:
        return "at the cap of " + requests(cap) + " this period — protect from overload";
      case OVER_TARGET:
        return "already helped with " + requests(load) + " this period (target " + target + ") — spare them";
      case INVITED:
        return "has taken more than given and knows " + list(known) + " — invite to give back";
      default:
        return load == 0 ? "has helped with no requests this period — room to give"
            : "has helped with " + load + " of a target of " + requests(target) + " this period — room to give";
    }
  }

  private static String requests(int n) {
    return n + (n == 1 ? " request" : " requests");
  }

  private static String list(List<String> items) {
    int n = items.size();
    if (n == 1) {
      return items.get(0);
    }
    if (n <= 3) {
      return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
    }
    return String.join(", ", items.subList(0, 3)) + " and " + (n - 3) + " more";
  }

  // ---- protect and invite --------------------------------------------------------------------------

  /**
   * The members whose recorded load reached the target, most loaded first (then network order), each
   * assessed on their recorded load alone, with no topic sought.
   */
  public List<Assessment> overAsked() {
    List<Integer> positions = new ArrayList<>();
    for (int p = 0; p < recorded.length; p++) {
      if (recorded[p] >= target) {
        positions.add(p);
      }
    }
    positions.sort((x, y) -> recorded[x] != recorded[y] ? Integer.compare(recorded[y], recorded[x])
        : Integer.compare(x, y));
    List<Assessment> result = new ArrayList<>(positions.size());
    for (int p : positions) {
      result.add(assessAt(p, network.members().get(p), List.of(), recorded[p]));
    }
    return List.copyOf(result);
  }

  /**
   * The takers below the target who know some topic at the invite level: who could be invited to give,
   * the strongest takers first (lowest balance B, then network order).
   */
  public List<Invitation> invitations() {
    List<Invitation> result = new ArrayList<>();
    for (int p = 0; p < recorded.length; p++) {
      if (!taker[p] || recorded[p] >= target) {
        continue;
      }
      Member m = network.members().get(p);
      Set<Topic> topics = new TreeSet<>();
      for (Map.Entry<Topic, ExpertiseLevel> e : m.expertise().entrySet()) {
        if (e.getValue().compareTo(inviteLevel) >= 0) {
          topics.add(e.getKey());
        }
      }
      if (!topics.isEmpty()) {
        double g = ledger.givenByPosition()[p];
        double t = ledger.takenByPosition()[p];
        result.add(new Invitation(m.id(), (g - t) / (g + t), List.copyOf(topics)));
      }
    }
    result.sort(Comparator.comparingDouble(Invitation::balance));
    return List.copyOf(result);
  }

  /** The members whose load at {@code asOf} reached the cap, in id order: pass to {@code MatchOptions.withExcluded}. */
  public Set<MemberId> capped(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Set<MemberId> capped = new TreeSet<>();
    for (int p = 0; p < recorded.length; p++) {
      MemberId id = ledger.index().id(p);
      if (loadAt(p, id, asOf) >= cap) {
        capped.add(id);
      }
    }
    return Set.copyOf(capped);
  }

  /**
   * A filter accepting the members whose load at {@code asOf} is below the cap (and members this balancer does
   * not know): pass to {@code MatchOptions.withFilter}.
   */
  public Predicate<Member> belowCap(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return member -> loadAt(ledger.index().positionOf(member.id()), member.id(), asOf) < cap;
  }

  // ---- re-ranking ----------------------------------------------------------------------------------

  /**
   * Re-ranks any candidate list: each candidate's combined score is {@code (1 − λ) · base + λ · s}, capped
   * members are dropped, and the rest are sorted by combined score, best first (equal scores keep their input
   * order). Members this balancer does not know count as idle, non-takers.
   *
   * @param candidates the candidates, distinct
   * @param baseScore each candidate's score in the other ranking, in [0, 1]
   * @param topics the topics sought, for invitations (empty: any topic)
   * @param asOf the instant live loads are read at
   * @throws IllegalArgumentException if a base score is outside [0, 1] or a candidate is listed twice
   */
  public List<Reranked> rerank(List<MemberId> candidates, ToDoubleFunction<MemberId> baseScore, Set<Topic> topics,
      Instant asOf) {
    Objects.requireNonNull(candidates, "candidates");
    Objects.requireNonNull(baseScore, "baseScore");
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(asOf, "asOf");
    List<Reranked> result = new ArrayList<>(candidates.size());
    Set<MemberId> seen = new TreeSet<>();
    for (MemberId c : candidates) {
      Objects.requireNonNull(c, "candidate");
      if (!seen.add(c)) {
        throw new IllegalArgumentException("candidate " + c + " is listed twice");
      }
      double base = baseScore.applyAsDouble(c);
      if (!(base >= 0 && base <= 1)) {
        throw new IllegalArgumentException("base score of " + c + " must be in [0, 1] but was " + base);
      }
      int p = ledger.index().positionOf(c);
      Member member = p >= 0 ? network.members().get(p) : Member.of(c, c.value());
      Assessment a = assessAt(p, member, topics, loadAt(p, c, asOf));
      if (a.status() != Status.CAPPED) {
        result.add(new Reranked(c, base, a.score(), (1 - rerankWeight) * base + rerankWeight * a.score(),
            a.explanation()));
      }
    }
    result.sort(Comparator.comparingDouble(Reranked::score).reversed());
    return List.copyOf(result);
  }

  /** Re-ranks a matchmaker's result by its scores, sought topics and as-of instant. */
  public List<Reranked> rerank(Matches matches) {
    Objects.requireNonNull(matches, "matches");
    List<MemberId> ids = new ArrayList<>();
    Map<MemberId, Double> scores = new HashMap<>();
    for (Match m : matches.matches()) {
      ids.add(m.candidate());
      scores.put(m.candidate(), m.score());
    }
    return rerank(ids, scores::get, matches.request().soughtTopics(), matches.asOf());
  }

  // ---- the signal ----------------------------------------------------------------------------------

  @Override
  public String name() {
    return NAME;
  }

  /**
   * Prepares the signal for a matchmaker's network: its members are matched to this balancer's by id (a
   * member this balancer does not know counts as idle and not a taker). O(n).
   */
  @Override
  public Prepared prepare(Network snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    int n = snapshot.members().size();
    int[] position = new int[n];
    for (int i = 0; i < n; i++) {
      position[i] = snapshot == network ? i : ledger.index().positionOf(snapshot.members().get(i).id());
    }
    return context -> new Scorer() {
      private final Set<Topic> sought = context.soughtTopics();

      @Override
      public double score(int candidate) {
        return assess(context, candidate).score();
      }

      @Override
      public Optional<String> explain(int candidate) {
        return Optional.of(assess(context, candidate).explanation());
      }

      private Assessment assess(MatchContext c, int candidate) {
        Member m = c.member(candidate);
        int p = position[candidate];
        return assessAt(p, m, sought, loadAt(p, m.id(), c.asOf()));
      }
    };
  }

  /** {@code ReciprocityBalancer[target=5, cap=10, period=[…), over-asked=3, invitations=7]}. */
  @Override
  public String toString() {
    int over = 0;
    for (int r : recorded) {
      over += r >= target ? 1 : 0;
    }
    return "ReciprocityBalancer[target=" + target + ", cap=" + cap + ", period="
        + lastPeriod.window().map(Object::toString).orElse("all time") + ", over-asked=" + over
        + ", invite weight=" + Format.amount(inviteWeight) + ", live load=" + (liveLoad == MemberLoad.none() ? "none"
        : liveLoad) + "]";
  }

  // ---- results -------------------------------------------------------------------------------------

  /**
   * Where a member stands for the balancer.
   *
   * @implNote Thread-safe: an immutable enum.
   * @since 0.1
   */
  public enum Status {
    /** Load below the target, not invited: room to give. */
    ROOM,
    /** A taker below the target who knows a sought topic: invited to give. */
    INVITED,
    /** Load at or over the target, below the cap: spared (down-weighted). */
    OVER_TARGET,
    /** Load at or over the cap: not asked at all. */
    CAPPED
  }

  /**
   * How the balancer sees one member for one request.
   *
   * @implNote Thread-safe: immutable.
   * @param member the member
   * @param load recorded plus live load
   * @param status where they stand
   * @param score the signal's score, in [0, 1]
   * @param explanation the score in words
   * @since 0.1
   */
  public record Assessment(MemberId member, int load, Status status, double score, String explanation) {

    /**
     * Creates an assessment.
     *
     * @throws IllegalArgumentException if the load is negative or the score outside [0, 1]
     */
    public Assessment {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(explanation, "explanation");
      if (load < 0) {
        throw new IllegalArgumentException("load must be >= 0 but was " + load);
      }
      if (!(score >= 0 && score <= 1)) {
        throw new IllegalArgumentException("score must be in [0, 1] but was " + score);
      }
    }

    /** {@code ana: load 7, OVER_TARGET, score 0.281}. */
    @Override
    public String toString() {
      return member + ": load " + load + ", " + status + ", score " + Format.ratio(score);
    }
  }

  /**
   * A taker who could be invited to give.
   *
   * @implNote Thread-safe: immutable.
   * @param member the taker
   * @param balance their balance B = (G − T)/(G + T) in the overall ledger, in [−1, 1]
   * @param topics the topics they know at the invite level or above, in topic order
   * @since 0.1
   */
  public record Invitation(MemberId member, double balance, List<Topic> topics) {

    /**
     * Creates an invitation.
     *
     * @throws IllegalArgumentException if the balance is outside [−1, 1]
     */
    public Invitation {
      Objects.requireNonNull(member, "member");
      topics = List.copyOf(Objects.requireNonNull(topics, "topics"));
      if (!(balance >= -1 && balance <= 1)) {
        throw new IllegalArgumentException("balance must be in [-1, 1] but was " + balance);
      }
    }

    /** {@code cy: B=-0.800, knows [pricing, tax]}. */
    @Override
    public String toString() {
      return member + ": B=" + Format.ratio(balance) + ", knows " + Format.capped(topics);
    }
  }

  /**
   * One candidate of a re-ranked list.
   *
   * @implNote Thread-safe: immutable.
   * @param member the candidate
   * @param baseScore their score in the original ranking, in [0, 1]
   * @param balanceScore the balancer's score, in [0, 1]
   * @param score the combined score {@code (1 − λ) · base + λ · balance}
   * @param explanation the balancer's explanation
   * @since 0.1
   */
  public record Reranked(MemberId member, double baseScore, double balanceScore, double score, String explanation) {

    /** Creates an entry. */
    public Reranked {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(explanation, "explanation");
    }

    /** {@code bo 0.640 (base 0.700, balance 0.520)}. */
    @Override
    public String toString() {
      return member + " " + Format.ratio(score) + " (base " + Format.ratio(baseScore) + ", balance "
          + Format.ratio(balanceScore) + ")";
    }
  }

  // ---- builder -------------------------------------------------------------------------------------

  /**
   * Collects a balancer's settings. Defaults: the last period is the overall ledger, target 5, cap twice
   * the target, no live load, {@link ProfileThresholds#defaults()}, invite level intermediate, invite
   * weight ¼, re-rank weight ⅓. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final Network network;
    private final ReciprocityLedger ledger;
    private @Nullable ReciprocityLedger lastPeriod;
    private int target = 5;
    private int cap;
    private MemberLoad liveLoad = MemberLoad.none();
    private ProfileThresholds thresholds = ProfileThresholds.defaults();
    private ExpertiseLevel inviteLevel = ExpertiseLevel.INTERMEDIATE;
    private double inviteWeight = DEFAULT_INVITE_WEIGHT;
    private double rerankWeight = DEFAULT_RERANK_WEIGHT;

    private Builder(Network network, ReciprocityLedger ledger) {
      this.network = Objects.requireNonNull(network, "network");
      this.ledger = Objects.requireNonNull(ledger, "ledger");
      ledger.requireSameMembers(network);
    }

    /**
     * The ledger of the last period, whose requests served are each member's recorded load.
     *
     * @throws IllegalArgumentException if it was computed for another network
     */
    public Builder lastPeriod(ReciprocityLedger ledger) {
      Objects.requireNonNull(ledger, "ledger");
      ledger.requireSameMembers(network);
      this.lastPeriod = ledger;
      return this;
    }

    /**
     * The target load per period (default 5).
     *
     * @throws IllegalArgumentException if {@code target < 1}
     */
    public Builder target(int target) {
      if (target < 1) {
        throw new IllegalArgumentException("target must be >= 1 but was " + target);
      }
      this.target = target;
      return this;
    }

    /**
     * The cap: the load from which a member is not asked at all (default twice the target). Checked against
     * the target when built.
     *
     * @throws IllegalArgumentException if {@code cap < 2}
     */
    public Builder cap(int cap) {
      if (cap < 2) {
        throw new IllegalArgumentException("cap must be >= 2 but was " + cap);
      }
      this.cap = cap;
      return this;
    }

    /** The requests sent since the last period, read at request time (default none). */
    public Builder liveLoad(MemberLoad load) {
      this.liveLoad = Objects.requireNonNull(load, "load");
      return this;
    }

    /** The thresholds that decide who is a taker (default {@link ProfileThresholds#defaults()}). */
    public Builder thresholds(ProfileThresholds thresholds) {
      this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
      return this;
    }

    /** The lowest expertise level an invited taker must have in a sought topic (default intermediate). */
    public Builder inviteLevel(ExpertiseLevel level) {
      this.inviteLevel = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * The invite weight β in [0, 1] (default ¼).
     *
     * @throws IllegalArgumentException if it is outside [0, 1]
     */
    public Builder inviteWeight(double weight) {
      if (!(weight >= 0 && weight <= 1)) {
        throw new IllegalArgumentException("inviteWeight must be in [0, 1] but was " + weight);
      }
      this.inviteWeight = weight;
      return this;
    }

    /**
     * The re-rank weight λ in [0, 1] (default ⅓).
     *
     * @throws IllegalArgumentException if it is outside [0, 1]
     */
    public Builder rerankWeight(double weight) {
      if (!(weight >= 0 && weight <= 1)) {
        throw new IllegalArgumentException("rerankWeight must be in [0, 1] but was " + weight);
      }
      this.rerankWeight = weight;
      return this;
    }

    /**
     * Builds the balancer. O(n).
     *
     * @throws IllegalArgumentException if the cap is set and not above the target
     */
    public ReciprocityBalancer build() {
      if (cap != 0 && cap <= target) {
        throw new IllegalArgumentException("cap must be > target " + target + " but was " + cap);
      }
      return new ReciprocityBalancer(this);
    }

    /** {@code ReciprocityBalancer.Builder[target=5, cap=10]}. */
    @Override
    public String toString() {
      return "ReciprocityBalancer.Builder[target=" + target + ", cap=" + (cap == 0 ? 2 * target : cap) + "]";
    }
  }
}
