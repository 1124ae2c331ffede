package org.blendnet.graph.path;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.blendnet.core.Consent;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.graph.SocialGraph;

/**
 * The best introduction chains from one member to another: the strongest chains of ties, through members
 * who agreed to pass contacts on, within a hop limit — and the next best alternatives.
 *
 * <p><b>Strength.</b> Each hop of a chain has a strength in (0, 1] made from its tie's weight (see
 * {@link TieNormalization}; by default {@code w / √(s_u s_v)}), and a chain's strength is the product of
 * its hops' strengths. The strongest chain is the shortest path when a tie costs {@code −ln(strength)},
 * which is non-negative, so the search is Dijkstra's. Chains are symmetric: the strongest chain from
 * {@code a} to {@code b} is as strong as the strongest from {@code b} to {@code a} (when consent allows both).
 *
 * <p><b>Consent.</b> An introduction asks every intermediary to vouch for the requester and pass them on,
 * and asks the target to accept contact. So:
 *
 * <ul>
 *   <li>every intermediary must be {@linkplain Consent#recommendable() recommendable} (they are suggested
 *       as a referral hop) and {@linkplain Consent#contactable() contactable} (they will be asked);
 *   <li>the target must be {@linkplain Consent#contactable() contactable}, else there is no chain (being
 *       named by the requester, the target is not recommended by Blendnet, so recommendability is not
 *       required of them);
 *   <li>the requester needs no consent: they ask on their own behalf.
 * </ul>
 *
 * Consent comes from the {@link Network} the graph was made from; a graph read from an edge list has no
 * members' consent, and every node counts as consenting.
 *
 * <p><b>Alternatives.</b> Up to {@link ReferralOptions#k()} loopless chains, strongest first, by Yen's
 * algorithm (J. Y. Yen, "Finding the k shortest loopless paths in a network", Management Science 17(11)
 * (1971) 712–716, doi:10.1287/mnsc.17.11.712): each next chain branches off a previous one at some node
 * (the spur), keeping its root and avoiding the ties already taken from that root. Chains of equal
 * strength come shorter first, then in order of their members' node numbers.
 *
 * <p><b>Hop limit.</b> Chains have at most {@link ReferralOptions#maxHops()} ties. The search is over
 * (member, hops) states, so the strongest chain within the limit is found even when a stronger but longer
 * one exists (plain Dijkstra would miss it).
 *
 * <p><b>Complexity.</b> One chain: O(H (n + m) log(H m)) worst case for {@code H = maxHops}, far less in
 * practice since the search stops at the target; {@code k} chains: O(k · H) such searches. O(n) memory per
 * query, plus the states explored. Iterative throughout.
 *
 * <pre>{@code
 * ReferralPaths paths = ReferralPaths.on(SocialGraph.of(network));
 * List<ReferralPath> chains = paths.find(MemberId.of("asker"), MemberId.of("expert"));
 * chains.get(0);   // ReferralPath[asker -(0.4082)-> karyn -(0.3536)-> expert, strength=0.1443, hops=2]
 * }</pre>
 *
 * @implNote Thread-safe: immutable; each query works on buffers of its own.
 * @since 0.1
 */
public final class ReferralPaths {

  private static final Comparator<ReferralPath> ORDER = Comparator.comparingDouble(ReferralPath::cost)
      .thenComparingInt(ReferralPath::hops)
      .thenComparing(ReferralPaths::compareNodes);

  private final SocialGraph graph;
  private final ReferralOptions options;
  /** May be an intermediary (recommendable and contactable). */
  private final boolean[] passable;
  /** May be a target (contactable). */
  private final boolean[] reachable;
  private final double maxWeight;

  private ReferralPaths(SocialGraph graph, ReferralOptions options) {
    this.graph = graph;
    this.options = options;
    int n = graph.nodeCount();
    this.passable = new boolean[n];
    this.reachable = new boolean[n];
    Network network = graph.network().orElse(null);
    for (int v = 0; v < n; v++) {
      Consent consent = network == null ? Consent.all()
          : network.member(graph.member(v)).map(Member::consent).orElse(Consent.none());
      passable[v] = consent.recommendable() && consent.contactable();
      reachable[v] = consent.contactable();
    }
    double max = 0;
    for (int v = 0; v < n; v++) {
      for (int e = graph.edgeStart(v); e < graph.edgeEnd(v); e++) {
        max = Math.max(max, graph.weight(e));
      }
    }
    this.maxWeight = max;
  }

  /** Chain search on a graph with {@link ReferralOptions#defaults()}. O(n + m) to set up. */
  public static ReferralPaths on(SocialGraph graph) {
    return on(graph, ReferralOptions.defaults());
  }

  /** Chain search on a graph with the given options. O(n + m) to set up. */
  public static ReferralPaths on(SocialGraph graph, ReferralOptions options) {
    return new ReferralPaths(Objects.requireNonNull(graph, "graph"), Objects.requireNonNull(options, "options"));
  }

  /** The graph searched. */
  public SocialGraph graph() {
    return graph;
  }

  /** The options of the search. */
  public ReferralOptions options() {
    return options;
  }

  /**
   * The strongest chain from one member to another, if there is one within the hop limit and consent.
   *
   * @throws IllegalArgumentException if either member is not in the graph, or they are the same member
   */
  public Optional<ReferralPath> best(MemberId from, MemberId to) {
    List<ReferralPath> chains = find(from, to, 1);
    return chains.isEmpty() ? Optional.empty() : Optional.of(chains.get(0));
  }

  /**
   * Up to {@link ReferralOptions#k()} chains from one member to another, strongest first; empty (never
   * null) when there is none.
   *
   * @throws IllegalArgumentException if either member is not in the graph, or they are the same member
   */
  public List<ReferralPath> find(MemberId from, MemberId to) {
    return find(from, to, options.k());
  }

  private List<ReferralPath> find(MemberId from, MemberId to, int k) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    int source = graph.node(from);
    int target = graph.node(to);
    if (source == target) {
      throw new IllegalArgumentException("a referral chain needs two members but from and to are both " + from);
    }
    if (!reachable[target]) {
      return List.of();
    }
    ChainSearch search = new ChainSearch(graph, passable, this::cost);
    int maxHops = options.maxHops();
    int[] first = search.find(source, target, maxHops, new int[0], 0);
    if (first == null) {
      return List.of();
    }
    List<ReferralPath> found = new ArrayList<>();
    found.add(path(first));
    TreeSet<ReferralPath> candidates = new TreeSet<>(ORDER);
    int[] bannedFirst = new int[4];
    while (found.size() < k) {
      int[] previous = found.get(found.size() - 1).nodeArray();
      boolean[] sharesRoot = new boolean[found.size()];
      java.util.Arrays.fill(sharesRoot, true);
      for (int i = 0; i + 1 < previous.length; i++) {
        int spur = previous[i];
        int bannedCount = 0;
        for (int j = 0; j < found.size(); j++) {
          int[] other = found.get(j).nodeArray();
          sharesRoot[j] = sharesRoot[j] && other.length > i && other[i] == spur;
          if (sharesRoot[j] && other.length > i + 1) {
            if (bannedCount == bannedFirst.length) {
              bannedFirst = java.util.Arrays.copyOf(bannedFirst, bannedCount * 2);
            }
            bannedFirst[bannedCount++] = other[i + 1];
          }
        }
        if (i > 0) {
          search.ban(previous[i - 1], true);
        }
        int[] spurChain = search.find(spur, target, maxHops - i, bannedFirst, bannedCount);
        if (spurChain != null) {
          int[] nodes = new int[i + spurChain.length];
          System.arraycopy(previous, 0, nodes, 0, i);
          System.arraycopy(spurChain, 0, nodes, i, spurChain.length);
          candidates.add(path(nodes));
        }
      }
      for (int i = 0; i + 2 < previous.length; i++) {
        search.ban(previous[i], false);
      }
      ReferralPath next = candidates.pollFirst();
      if (next == null) {
        break;
      }
      found.add(next);
    }
    return Collections.unmodifiableList(found);
  }

  /** The strength of the hop over half-edge {@code e} from node {@code u}, in (0, 1]. */
  double hopStrength(int u, int e) {
    double w = graph.weight(e);
    double f = switch (options.normalization()) {
      case BY_STRENGTHS -> w / Math.sqrt(graph.strength(u) * graph.strength(graph.target(e)));
      case BY_STRONGEST_TIE -> w / maxWeight;
    };
    return Math.min(1.0, f);
  }

  private double cost(int u, int e) {
    return -StrictMath.log(hopStrength(u, e));
  }

  private ReferralPath path(int[] nodes) {
    int hops = nodes.length - 1;
    double[] weights = new double[hops];
    double[] strengths = new double[hops];
    double cost = 0;
    for (int i = 0; i < hops; i++) {
      int e = graph.edge(nodes[i], nodes[i + 1]);
      weights[i] = graph.weight(e);
      strengths[i] = hopStrength(nodes[i], e);
      cost += cost(nodes[i], e);
    }
    return new ReferralPath(graph, nodes, weights, strengths, cost);
  }

  private static int compareNodes(ReferralPath a, ReferralPath b) {
    int[] x = a.nodeArray();
    int[] y = b.nodeArray();
    return java.util.Arrays.compare(x, y);
  }

  @Override
  public String toString() {
    return "ReferralPaths[" + graph + ", " + options + "]";
  }
}
