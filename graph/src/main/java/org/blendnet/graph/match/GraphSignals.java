package org.blendnet.graph.match;

import java.util.Objects;
import org.blendnet.core.match.CandidateSource;
import org.blendnet.core.match.MatchSignal;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.ReferralChains;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.community.Partition;
import org.blendnet.graph.path.ReferralOptions;
import org.jspecify.annotations.Nullable;

/**
 * What the social graph tells the {@link Matchmaker}: five {@link MatchSignal}s, a
 * {@link CandidateSource} and {@link ReferralChains}, all reading one {@link SocialGraph}.
 *
 * <pre>{@code
 * SocialGraph graph = SocialGraph.of(network);
 * GraphSignals g = GraphSignals.of(graph, Leiden.withDefaults().detect(graph));
 * Matchmaker matchmaker = g.addTo(Matchmaker.builder(network).coreSignals()).build();
 * matchmaker.recommendPeers(ana, MatchOptions.defaults()).matches().get(0).explanation();
 * // [can teach you negotiation (expert), met online 6 times, never face to face, …]
 * }</pre>
 *
 * <h2>The signals</h2>
 * Each scores a candidate {@code c} for a seeker {@code s} in [0, 1]. A member the graph does not hold
 * has no ties. {@code w(u, v)} is the weight of the tie between u and v (0 if none) and
 * {@code S(u) = Σ_v w(u, v)} the strength of u.
 * <ul>
 *   <li>{@link #socialProximity()} ({@value #SOCIAL_PROXIMITY}): how close c is to s — Aardvark's
 *       p(answerer | asker) (Horowitz &amp; Kamvar, "The anatomy of a large-scale social search engine",
 *       WWW 2010, doi:10.1145/1772690.1772735). The reach {@code r(c)} is the probability that a walk from
 *       s taking each tie in proportion to its weight is at c after one step plus after two steps,
 *       {@code r(c) = w(s,c)/S(s) + Σ_x w(s,x)/S(s) · w(x,c)/S(x)} (a two-step random-walk proximity, after
 *       Liben-Nowell &amp; Kleinberg, "The link-prediction problem for social networks", JASIST 58(7),
 *       2007, doi:10.1002/asi.20591) — weighted common contacts that favour contacts who are not hubs;
 *       the score is {@code r(c) / max r}, so the closest member scores 1. "you have met face to face
 *       twice; 3 contacts in common".
 *   <li>{@link #newTie()} ({@value #NEW_TIE}): the value of a tie not yet made — weak ties bring what
 *       strong ones cannot (Granovetter, "The strength of weak ties", American Journal of Sociology 78(6),
 *       1973, doi:10.1086/225469). {@code 1 − w(s,c) / max_v w(s,v)}: 1 for someone s has never met, 0
 *       for s's strongest tie. "someone new to you".
 *   <li>{@link #crossSilo()} ({@value #CROSS_SILO}): the share of the known dimensions — unit
 *       ({@link org.blendnet.core.Affiliation#truncate(int) affiliation to depth 2}) and, if a
 *       {@link Partition} was given, community — in which c differs from s; 0 when neither is known for
 *       both. Ties across formal units are rare and valuable (Kleinbaum, Stuart &amp; Tushman, "Discretion
 *       within constraint: homophily and structure in a formal organization", Organization Science 24(5),
 *       2013, doi:10.1287/orsc.1120.0804). "works in another unit (Sales)".
 *   <li>{@link #meetFaceToFace()} ({@value #MEET_FACE_TO_FACE}): a tie with online contact and none
 *       face to face, {@code 1 − e^(−online weight)}; 0 otherwise (and on a graph without channels). Media
 *       create latent and weak ties that meeting in person can strengthen (Haythornthwaite, "Strong, weak,
 *       and latent ties and the impact of new media", The Information Society 18(5), 2002,
 *       doi:10.1080/01972240290108195). "met online 6 times, never face to face".
 *   <li>{@link #bridge()} ({@value #BRIDGE}): how much of c's network is outside s's: of c's d contacts,
 *       the o not within two ties of s, scored {@code o / (d + 1)} — meeting c bridges a structural hole
 *       (Burt, "Structural holes and good ideas", American Journal of Sociology 110(2), 2004,
 *       doi:10.1086/421787). "7 of their 9 contacts are outside your circles".
 * </ul>
 *
 * <p><b>Complexity.</b> Preparing a signal or source: O(n) for the member-to-node map (crossSilo also
 * O(n log u) for u units). Per request, {@code socialProximity}, {@code bridge} and the source read the
 * seeker's two-step neighbourhood, strongest contacts first, stopping after 50,000 half-edges of the
 * contacts' ties (so a seeker tied to hubs is bounded; the contacts of their weakest contacts may then be
 * left out): O(d log d + min(D, 50,000)) for the seeker's degree d and their contacts' total degree D.
 * Per candidate: O(1) for proximity and cross-silo, O(log d) for new tie and face to face (a binary
 * search for the tie), O(d_c) for bridge. Explanations, made only for the results returned, count the
 * touchpoints between the two among the seeker's, from the network's by-member touchpoint index — which
 * preparing the signals builds, once per network, so that no request pays for it.
 *
 * @implNote Thread-safe: immutable; the graph and partition are immutable, and every request works on
 *     scratch space of its own.
 * @since 0.1
 */
public final class GraphSignals {

  /** The name of {@link #socialProximity()}. */
  public static final String SOCIAL_PROXIMITY = "social-proximity";
  /** The name of {@link #newTie()}. */
  public static final String NEW_TIE = "new-tie";
  /** The name of {@link #crossSilo()}. */
  public static final String CROSS_SILO = "cross-silo";
  /** The name of {@link #meetFaceToFace()}. */
  public static final String MEET_FACE_TO_FACE = "meet-face-to-face";
  /** The name of {@link #bridge()}. */
  public static final String BRIDGE = "bridge";
  /** The name of {@link #neighbourhood(int)}. */
  public static final String NEIGHBOURHOOD = "graph-neighbourhood";
  /** The name of {@link #referralChains(ReferralOptions)}. */
  public static final String REFERRAL_PATHS = "referral-paths";
  /** The name of {@link #referralChains()}. */
  public static final String COMMON_CONTACTS = "common-contacts";
  /** How many alternative chains {@link #referralChains()} offers per answerer. */
  public static final int COMMON_CONTACT_CHAINS = 3;
  /** How many members {@link #neighbourhood()} proposes. */
  public static final int DEFAULT_NEIGHBOURHOOD = 200;

  private final SocialGraph graph;
  private final @Nullable Partition communities;

  private GraphSignals(SocialGraph graph, @Nullable Partition communities) {
    this.graph = graph;
    this.communities = communities;
  }

  /** Signals on {@code graph}; {@link #crossSilo()} compares units only. */
  public static GraphSignals of(SocialGraph graph) {
    return new GraphSignals(Objects.requireNonNull(graph, "graph"), null);
  }

  /**
   * Signals on {@code graph}, with {@code communities} (of any graph holding the same members, typically
   * {@code Leiden.withDefaults().detect(graph)}) for {@link #crossSilo()}.
   */
  public static GraphSignals of(SocialGraph graph, Partition communities) {
    return new GraphSignals(Objects.requireNonNull(graph, "graph"), Objects.requireNonNull(communities,
        "communities"));
  }

  /** The graph read. */
  public SocialGraph graph() {
    return graph;
  }

  /** Social proximity: weighted common contacts as a two-step walk, relative to the closest member. */
  public MatchSignal socialProximity() {
    return new SocialProximity(graph);
  }

  /** The value of a new tie: 1 for a stranger, less the stronger the existing tie. */
  public MatchSignal newTie() {
    return new NewTie(graph);
  }

  /** Cross-silo value: a different unit, and a different community if communities were given. */
  public MatchSignal crossSilo() {
    return new CrossSilo(graph, communities);
  }

  /** An online-only tie worth meeting face to face. */
  public MatchSignal meetFaceToFace() {
    return new FaceToFace(graph);
  }

  /** Bridge value: how much of the candidate's network lies beyond two ties of the seeker. */
  public MatchSignal bridge() {
    return new Bridge(graph);
  }

  /** The seeker's graph neighbourhood as candidates: {@link #neighbourhood(int)} of {@value #DEFAULT_NEIGHBOURHOOD}. */
  public CandidateSource neighbourhood() {
    return neighbourhood(DEFAULT_NEIGHBOURHOOD);
  }

  /**
   * The seeker's graph neighbourhood as candidates: the {@code limit} members within two ties of the
   * seeker that the seeker reaches best (as in {@link #socialProximity()}; ties by node number), so that a
   * contact or a contact's contact with nothing in the topic index can still be found. O(d log d +
   * min(D, 50,000) + r log r) per request for the r members reached.
   *
   * @throws IllegalArgumentException if {@code limit < 1}
   */
  public CandidateSource neighbourhood(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1 but was " + limit);
    }
    return new NeighbourhoodSource(graph, limit);
  }

  /**
   * Referral chains through one common contact, as Aardvark passed questions to friends of friends: a
   * direct tie if there is one, else up to {@value #COMMON_CONTACT_CHAINS} chains {@code asker → x →
   * answerer} through common contacts x who agreed to be recommended and contacted, strongest first,
   * where a chain's strength is the product of its hops' {@code w(u,v) / √(S(u) S(v))} (the default
   * {@link org.blendnet.graph.path.TieNormalization} of {@link org.blendnet.graph.path.ReferralPaths}), ties
   * by node number. O(d_a + d_b + c log c) per answerer for the two degrees and c common contacts — a
   * merge of two sorted neighbourhoods, independent of the network's size, which is what keeps routing
   * within milliseconds on a million members. Use {@link #referralChains(ReferralOptions)} for longer
   * chains.
   */
  public ReferralChains referralChains() {
    return new CommonContactChains(graph, COMMON_CONTACT_CHAINS);
  }

  /**
   * Referral chains over the graph: a direct tie if there is one (O(log d)), else the strongest
   * consenting chains of {@link org.blendnet.graph.path.ReferralPaths} within the options' hop limit. Each
   * search is one Yen search per answerer not in direct contact, with O(n) memory for n members: right for
   * networks of thousands, costly per request on a million (prefer {@link #referralChains()} there).
   */
  public ReferralChains referralChains(ReferralOptions options) {
    return new GraphChains(graph, Objects.requireNonNull(options, "options"));
  }

  /**
   * Adds the five signals to {@code builder} with weights for peer recommendations: social proximity 1,
   * new tie 1, cross-silo 1, meet face to face 1, bridge 1, and the {@link #neighbourhood()} source.
   *
   * @return the builder
   */
  public Matchmaker.Builder addTo(Matchmaker.Builder builder) {
    Objects.requireNonNull(builder, "builder");
    return builder.signal(socialProximity(), 1).signal(newTie(), 1).signal(crossSilo(), 1)
        .signal(meetFaceToFace(), 1).signal(bridge(), 1).candidateSource(neighbourhood());
  }

  /**
   * Adds what question routing needs from the graph to {@code builder}: social proximity with weight
   * {@code proximityWeight}, the {@link #neighbourhood()} source and the {@link #referralChains()} — the
   * Aardvark model when the builder also has topic fit and availability.
   *
   * @return the builder
   * @throws IllegalArgumentException if the weight is negative, NaN or infinite
   */
  public Matchmaker.Builder addRoutingTo(Matchmaker.Builder builder, double proximityWeight) {
    Objects.requireNonNull(builder, "builder");
    return builder.signal(socialProximity(), proximityWeight).candidateSource(neighbourhood())
        .referralChains(referralChains());
  }

  /** {@code GraphSignals[SocialGraph[…], communities=12]}. */
  @Override
  public String toString() {
    return "GraphSignals[" + graph + (communities == null ? "" : ", communities=" + communities.communityCount())
        + "]";
  }
}
