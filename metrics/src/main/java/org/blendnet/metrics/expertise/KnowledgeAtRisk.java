package org.blendnet.metrics.expertise;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.blendnet.core.Answer;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.TimeWindow;
import org.blendnet.core.Topic;
import org.blendnet.metrics.internal.Format;
import org.jspecify.annotations.Nullable;

/**
 * Knowledge at risk: for each topic, how many members hold it at a level and how many of those actually
 * share it — have answered someone else's question on it — and which topics rest on too few of them, or on
 * members who are leaving.
 *
 * <pre>{@code
 * KnowledgeAtRisk risk = KnowledgeAtRisk.of(network, ExpertiseLevel.ADVANCED, 2, Set.of(MemberId.of("ana")));
 * risk.atRisk();                          // [export finance: 1 active of 3 holders (ana, leaving) …]
 * risk.topic(Topic.of("pricing"));        // the figures of one topic
 * }</pre>
 *
 * <p><b>Definitions</b>, for a topic t, a level ℓ, a threshold k and a set L of members flagged as leaving:
 * <ul>
 *   <li><em>holders</em>: members whose declared expertise in t is ℓ or above;
 *   <li><em>answerers</em>: members who answered another member's question whose topics include t (within
 *       the window, if one is given), whatever their declared level;
 *   <li><em>active holders</em>: holders who are answerers — knowledge that is both declared and shared;
 *   <li>t is <em>at risk</em> when it has fewer than k active holders ({@link Reason#FEW_ACTIVE_HOLDERS}),
 *       or has at least k but fewer than k would remain once the leavers among them go
 *       ({@link Reason#CONCENTRATED_IN_LEAVERS}).
 * </ul>
 * Topics are those any member declares or any question names, in topic order; a topic asked about that
 * nobody holds has no active holders and is at risk whenever k ≥ 1. This is the knowledge-loss risk of
 * expertise held by few people, the "truck factor" of software teams (G. Avelino, L. Passos, A. Hora and M. T.
 * Valente, "A novel approach for estimating truck factors", ICPC 2016, doi:10.1109/ICPC.2016.7503718), applied
 * to declared and demonstrated expertise (M. T. Hansen, "The search-transfer problem", Administrative Science
 * Quarterly 44(1) (1999) 82–111, doi:10.2307/2667032, on why knowledge held by few travels poorly).
 *
 * <p>O(M·e + A·q + t log t) for M members with e expertise entries, A answers with questions of q topics and
 * t topics; the hash maps are only looked up, so the result does not depend on hash order.
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class KnowledgeAtRisk {

  /** The default level: advanced. */
  public static final ExpertiseLevel DEFAULT_LEVEL = ExpertiseLevel.ADVANCED;
  /** The default threshold: fewer than 2 active holders is a risk (one person is a single point of failure). */
  public static final int DEFAULT_MIN_ACTIVE_HOLDERS = 2;

  private final ExpertiseLevel level;
  private final int minActiveHolders;
  private final Set<MemberId> leaving;
  private final @Nullable TimeWindow window;
  private final List<TopicRisk> topics;
  private final Map<Topic, Integer> positions;

  private KnowledgeAtRisk(ExpertiseLevel level, int minActiveHolders, Set<MemberId> leaving,
      @Nullable TimeWindow window, List<TopicRisk> topics) {
    this.level = level;
    this.minActiveHolders = minActiveHolders;
    this.leaving = leaving;
    this.window = window;
    this.topics = List.copyOf(topics);
    Map<Topic, Integer> p = new HashMap<>();
    for (int i = 0; i < topics.size(); i++) {
      p.put(topics.get(i).topic(), i);
    }
    this.positions = p;
  }

  /** Knowledge at risk at the {@linkplain #DEFAULT_LEVEL default level} and threshold, nobody leaving, all time. */
  public static KnowledgeAtRisk of(Network network) {
    return of(network, DEFAULT_LEVEL, DEFAULT_MIN_ACTIVE_HOLDERS, Set.of());
  }

  /**
   * Knowledge at risk over all time.
   *
   * @param level the least level of a holder
   * @param minActiveHolders k: fewer active holders than this is a risk
   * @param leaving the members flagged as leaving (members the network does not hold are an error)
   * @throws IllegalArgumentException if {@code minActiveHolders < 1} or a leaver is not a member
   */
  public static KnowledgeAtRisk of(Network network, ExpertiseLevel level, int minActiveHolders, Set<MemberId> leaving) {
    return compute(network, level, minActiveHolders, leaving, null);
  }

  /**
   * Knowledge at risk, counting only answers given within {@code window} as sharing.
   *
   * @throws IllegalArgumentException if {@code minActiveHolders < 1} or a leaver is not a member
   */
  public static KnowledgeAtRisk of(Network network, ExpertiseLevel level, int minActiveHolders, Set<MemberId> leaving,
      TimeWindow window) {
    Objects.requireNonNull(window, "window");
    return compute(network, level, minActiveHolders, leaving, window);
  }

  private static KnowledgeAtRisk compute(Network network, ExpertiseLevel level, int k, Set<MemberId> leaving,
      @Nullable TimeWindow window) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(leaving, "leaving");
    if (k < 1) {
      throw new IllegalArgumentException("minActiveHolders must be >= 1 but was " + k);
    }
    Set<MemberId> leavers = new TreeSet<>();
    for (MemberId m : leaving) {
      Objects.requireNonNull(m, "leaving member");
      if (!network.hasMember(m)) {
        throw new IllegalArgumentException("leaving names " + m + ", who is not a member of the network");
      }
      leavers.add(m);
    }
    TreeMap<Topic, TreeSet<MemberId>> holders = new TreeMap<>();
    for (Member m : network.members()) {
      for (Map.Entry<Topic, ExpertiseLevel> e : m.expertise().entrySet()) {
        TreeSet<MemberId> h = holders.computeIfAbsent(e.getKey(), t -> new TreeSet<>());
        if (e.getValue().compareTo(level) >= 0) {
          h.add(m.id());
        }
      }
    }
    Map<QuestionId, Question> questions = new HashMap<>();
    for (Question q : network.questions()) {
      questions.put(q.id(), q);
      for (Topic t : q.topics()) {
        holders.computeIfAbsent(t, x -> new TreeSet<>());
      }
    }
    Map<Topic, TreeSet<MemberId>> answerers = new HashMap<>();
    for (Answer a : network.answers()) {
      Question q = questions.get(a.question());
      if (q == null || q.asker().equals(a.responder()) || window != null && !window.contains(a.answeredAt())) {
        continue;
      }
      for (Topic t : q.topics()) {
        answerers.computeIfAbsent(t, x -> new TreeSet<>()).add(a.responder());
      }
    }
    List<TopicRisk> result = new ArrayList<>(holders.size());
    for (Map.Entry<Topic, TreeSet<MemberId>> e : holders.entrySet()) {
      Set<MemberId> answered = answerers.getOrDefault(e.getKey(), new TreeSet<>());
      List<MemberId> active = new ArrayList<>();
      int leavingActive = 0;
      for (MemberId m : e.getValue()) {
        if (answered.contains(m)) {
          active.add(m);
          leavingActive += leavers.contains(m) ? 1 : 0;
        }
      }
      Set<Reason> reasons = EnumSet.noneOf(Reason.class);
      if (active.size() < k) {
        reasons.add(Reason.FEW_ACTIVE_HOLDERS);
      } else if (active.size() - leavingActive < k) {
        reasons.add(Reason.CONCENTRATED_IN_LEAVERS);
      }
      result.add(new TopicRisk(e.getKey(), e.getValue().size(), answered.size(), active, leavingActive, reasons));
    }
    return new KnowledgeAtRisk(level, k, Set.copyOf(leavers), window, result);
  }

  /** The least level of a holder. */
  public ExpertiseLevel level() {
    return level;
  }

  /** k: fewer active holders than this is a risk. */
  public int minActiveHolders() {
    return minActiveHolders;
  }

  /** The members flagged as leaving. */
  public Set<MemberId> leaving() {
    return leaving;
  }

  /** The window answers were counted in; empty for all time. */
  public Optional<TimeWindow> window() {
    return Optional.ofNullable(window);
  }

  /** Every topic's figures, in topic order. */
  public List<TopicRisk> topics() {
    return topics;
  }

  /** The topics at risk, in topic order. */
  public List<TopicRisk> atRisk() {
    List<TopicRisk> r = new ArrayList<>();
    for (TopicRisk t : topics) {
      if (t.atRisk()) {
        r.add(t);
      }
    }
    return List.copyOf(r);
  }

  /** The figures of one topic; empty if no member declares it and no question names it. */
  public Optional<TopicRisk> topic(Topic topic) {
    Integer p = positions.get(Objects.requireNonNull(topic, "topic"));
    return p == null ? Optional.empty() : Optional.of(topics.get(p));
  }

  /** {@code KnowledgeAtRisk[level=ADVANCED, k=2, leaving=1: 3 of 12 topics at risk: […]]}. */
  @Override
  public String toString() {
    List<TopicRisk> risk = atRisk();
    return "KnowledgeAtRisk[level=" + level + ", k=" + minActiveHolders + ", leaving=" + leaving.size()
        + (window == null ? "" : ", window " + window) + ": " + risk.size() + " of " + topics.size()
        + " topics at risk: " + Format.capped(risk) + "]";
  }

  /**
   * Why a topic is at risk.
   *
   * @implNote Thread-safe: an immutable enum.
   * @since 0.1
   */
  public enum Reason {
    /** Fewer than k active holders. */
    FEW_ACTIVE_HOLDERS,
    /** At least k active holders, but fewer than k once the leavers go. */
    CONCENTRATED_IN_LEAVERS
  }

  /**
   * One topic's figures.
   *
   * @implNote Thread-safe: immutable.
   * @param topic the topic
   * @param holders members holding it at the level or above
   * @param answerers members who answered others' questions on it, at any level
   * @param activeHolders the holders who are answerers, in id order
   * @param leavingActiveHolders how many of the active holders are leaving
   * @param reasons why it is at risk; empty if it is not
   * @since 0.1
   */
  public record TopicRisk(Topic topic, int holders, int answerers, List<MemberId> activeHolders,
      int leavingActiveHolders, Set<Reason> reasons) {

    /**
     * Creates the figures.
     *
     * @throws IllegalArgumentException if a count is negative, there are more active holders than holders or
     *     answerers, or more leaving active holders than active holders
     */
    public TopicRisk {
      Objects.requireNonNull(topic, "topic");
      activeHolders = List.copyOf(Objects.requireNonNull(activeHolders, "activeHolders"));
      reasons = Set.copyOf(Objects.requireNonNull(reasons, "reasons"));
      if (holders < activeHolders.size() || answerers < activeHolders.size()) {
        throw new IllegalArgumentException("activeHolders " + activeHolders.size() + " must be <= holders "
            + holders + " and answerers " + answerers);
      }
      if (leavingActiveHolders < 0 || leavingActiveHolders > activeHolders.size()) {
        throw new IllegalArgumentException("leavingActiveHolders must be in [0, " + activeHolders.size()
            + "] but was " + leavingActiveHolders);
      }
    }

    /** True if the topic is at risk for some reason. */
    public boolean atRisk() {
      return !reasons.isEmpty();
    }

    /** How many active holders remain once the leavers go. */
    public int remainingActiveHolders() {
      return activeHolders.size() - leavingActiveHolders;
    }

    /** {@code pricing: 1 active of 3 holders, 4 answerers [ana], 1 leaving, FEW_ACTIVE_HOLDERS}. */
    @Override
    public String toString() {
      List<Reason> sorted = new ArrayList<>(new TreeSet<>(reasons));
      return topic + ": " + activeHolders.size() + " active of " + holders + " holders, " + answerers
          + " answerers " + Format.capped(activeHolders, 5)
          + (leavingActiveHolders > 0 ? ", " + leavingActiveHolders + " leaving" : "")
          + (sorted.isEmpty() ? "" : ", " + sorted.get(0));
    }
  }
}
