package org.blendnet.graph.silo;

import org.blendnet.core.TimeWindow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Channel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.TieModel;
import org.blendnet.graph.community.Partition;
import org.blendnet.graph.community.PartitionSimilarity;

/**
 * Finds silos: groups of a network — its declared units, its detected communities, or both — that keep
 * their contact to themselves. Returns a {@link SiloReport}; the measures are defined on {@link SiloGroup},
 * the thresholds that flag a silo and the privacy floor on {@link SiloOptions}.
 *
 * <pre>{@code
 * SocialGraph graph = SocialGraph.of(network);
 * SiloReport byUnit = SiloDetector.withDefaults().units(graph);            // units from affiliations
 * Partition communities = Leiden.withDefaults().detect(graph);
 * SiloReport both = SiloDetector.withDefaults().unitsAndCommunities(graph, communities);
 * both.alignment();                                                        // NMI and ARI of units vs communities
 * SiloReport online = SiloDetector.withOptions(SiloOptions.builder().layer(Channel.ONLINE).build()).units(graph);
 * SiloTrend trend = SiloDetector.withDefaults().trend(network, TieModel.defaults(),
 *     TimeWindow.split(from, to, Duration.ofDays(91)));
 * }</pre>
 *
 * <p><b>Layers and time.</b> With {@link SiloOptions#layer()} set, the report is about that layer of the
 * graph only ({@link SocialGraph#layer(Channel)}): a unit can be a silo online and well connected face to
 * face. With {@link SiloOptions#window()} set, the graph is first rebuilt from its network under its tie
 * model {@linkplain TieModel#within(TimeWindow) restricted to the window}, then the layer is taken;
 * {@link #trend(Network, TieModel, List)} does this for a series of windows.
 *
 * <p><b>Method.</b> The E-I index is D. Krackhardt and R. N. Stern's, "Informal networks and organizational
 * crises: an experimental simulation", Social Psychology Quarterly 51(2) (1988) 123–140,
 * doi:10.2307/2786835, here with its expectation under random tie placement; the bridges come from R. E.
 * Tarjan's low-link method, "A note on finding the bridges of a graph", Information Processing Letters 2(6)
 * (1974) 160–161, doi:10.1016/0020-0190(74)90003-9, run once over the whole graph with an explicit stack;
 * the alignment of communities with units is the normalised mutual information and the adjusted Rand index
 * of {@link PartitionSimilarity}.
 *
 * <p><b>Complexity.</b> O(n log n + m) for n members and m ties: one pass over the ties, one iterative
 * depth-first search for the bridges, and sorts of the groups and spanners; O(n) memory besides the graph
 * (no recursion, so a path of a million members is as safe as a triangle). A window adds the graph's
 * rebuild, a layer an O(n + m) copy. Deterministic: no result depends on hash order.
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class SiloDetector {

  private static final SiloDetector DEFAULT = new SiloDetector(SiloOptions.defaults());

  private final SiloOptions options;

  private SiloDetector(SiloOptions options) {
    this.options = options;
  }

  /** A detector with {@link SiloOptions#defaults()}. */
  public static SiloDetector withDefaults() {
    return DEFAULT;
  }

  /** A detector with the given options. */
  public static SiloDetector withOptions(SiloOptions options) {
    return new SiloDetector(Objects.requireNonNull(options, "options"));
  }

  /** The options this detector runs with. */
  public SiloOptions options() {
    return options;
  }

  /**
   * Silos among the declared units: members grouped by their affiliation cut to
   * {@link SiloOptions#unitDepth()} segments, read from the network the graph was made from.
   *
   * @throws IllegalArgumentException if the graph was not made from a network (read from an edge list:
   *     pass the units as a map), or the options ask for a layer or window the graph cannot give
   */
  public SiloReport units(SocialGraph graph) {
    Objects.requireNonNull(graph, "graph");
    SocialGraph analysed = analysed(graph);
    return SiloAnalysis.analyse(analysed, unitsFromNetwork(analysed), options, null, null);
  }

  /**
   * Silos among declared units given as a map — for a graph read from an edge list, or units that are not
   * in the members' affiliations. Each affiliation is cut to {@link SiloOptions#unitDepth()} segments.
   *
   * @param affiliations the affiliation of every member of the graph, and of no one else
   * @throws IllegalArgumentException if a member of the graph has no entry or an entry names someone not in
   *     the graph, or the options ask for a layer or window the graph cannot give
   */
  public SiloReport units(SocialGraph graph, Map<MemberId, Affiliation> affiliations) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(affiliations, "affiliations");
    SocialGraph analysed = analysed(graph);
    return SiloAnalysis.analyse(analysed, unitsFromMap(analysed, affiliations), options, null, null);
  }

  /**
   * Silos among detected communities, for example those {@link org.blendnet.graph.community.Leiden} found.
   * Communities are named by their number in the partition ({@code community 0} is the largest) and are
   * subject to the privacy floor like units.
   *
   * @throws IllegalArgumentException if the partition divides a graph with other members, or the options ask
   *     for a layer or window the graph cannot give
   */
  public SiloReport communities(SocialGraph graph, Partition partition) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(partition, "partition");
    checkPartition(graph, partition);
    SocialGraph analysed = analysed(graph);
    return SiloAnalysis.analyse(analysed, communityGrouping(partition), options, null, null);
  }

  /**
   * Silos among the declared units (from the graph's network), the same analysis by community
   * ({@link SiloReport#communities()}), and how far the two coincide ({@link SiloReport#alignment()}).
   *
   * @throws IllegalArgumentException if the graph was not made from a network, the partition divides a
   *     graph with other members, or the options ask for a layer or window the graph cannot give
   */
  public SiloReport unitsAndCommunities(SocialGraph graph, Partition partition) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(partition, "partition");
    checkPartition(graph, partition);
    SocialGraph analysed = analysed(graph);
    return both(analysed, unitsFromNetwork(analysed), partition);
  }

  /**
   * Silos among declared units given as a map, by community, and how far the two coincide.
   *
   * @throws IllegalArgumentException if the map does not cover exactly the graph's members, the partition
   *     divides a graph with other members, or the options ask for a layer or window the graph cannot give
   */
  public SiloReport unitsAndCommunities(SocialGraph graph, Map<MemberId, Affiliation> affiliations,
      Partition partition) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(affiliations, "affiliations");
    Objects.requireNonNull(partition, "partition");
    checkPartition(graph, partition);
    SocialGraph analysed = analysed(graph);
    return both(analysed, unitsFromMap(analysed, affiliations), partition);
  }

  /**
   * The silos of the declared units in each of a series of windows of time: for each window, the graph of
   * the network under {@code tieModel} {@linkplain TieModel#within(TimeWindow) restricted} to it (and
   * cut to {@link SiloOptions#layer()} if set), analysed as {@link #units(SocialGraph)} does. Every member
   * is in every window's graph, so groups are the same throughout; the options' own window, if any, is
   * replaced by each window in turn.
   *
   * @throws IllegalArgumentException if {@code windows} is empty
   */
  public SiloTrend trend(Network network, TieModel tieModel, List<TimeWindow> windows) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(tieModel, "tieModel");
    List<TimeWindow> copy = List.copyOf(Objects.requireNonNull(windows, "windows"));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("windows must not be empty");
    }
    List<SiloReport> reports = new ArrayList<>(copy.size());
    SiloAnalysis.Grouping units = null;
    for (TimeWindow window : copy) {
      SiloOptions windowed = options.toBuilder().window(window).build();
      SocialGraph graph = SocialGraph.of(network, tieModel.within(window));
      graph = layer(graph, windowed);
      if (units == null) {
        units = unitsFromNetwork(graph);
      }
      reports.add(SiloAnalysis.analyse(graph, units, windowed, null, null));
    }
    return new SiloTrend(copy, reports);
  }

  // ---- the graph analysed ---------------------------------------------------------------------------

  private SocialGraph analysed(SocialGraph graph) {
    SocialGraph g = graph;
    if (options.window().isPresent()) {
      TimeWindow window = options.window().get();
      Network network = graph.network().orElseThrow(() -> new IllegalArgumentException(
          "a time window needs a graph made from a network, but this one was read from an edge list or arrays"));
      TieModel model = graph.tieModel().orElseThrow(() -> new IllegalArgumentException(
          "a time window needs a graph made from a network, but this one was read from an edge list or arrays"));
      g = SocialGraph.of(network, model.within(window));
    }
    return layer(g, options);
  }

  private static SocialGraph layer(SocialGraph graph, SiloOptions options) {
    if (options.layer().isEmpty()) {
      return graph;
    }
    if (!graph.hasChannels()) {
      throw new IllegalArgumentException("the " + options.layer().get()
          + " layer needs a graph with channel layers, but this one was read from an edge list or arrays");
    }
    return graph.layer(options.layer().get());
  }

  // ---- groupings ------------------------------------------------------------------------------------

  private SiloAnalysis.Grouping unitsFromNetwork(SocialGraph graph) {
    Network network = graph.network().orElseThrow(() -> new IllegalArgumentException(
        "declared units need a graph made from a network, but this one was read from an edge list or arrays;"
            + " pass the units as a map"));
    Affiliation[] byNode = new Affiliation[graph.nodeCount()];
    for (int v = 0; v < byNode.length; v++) {
      MemberId id = graph.member(v);
      Member member = network.member(id).orElseThrow(() -> new IllegalStateException(
          "member " + id + " of the graph is not in its network"));
      byNode[v] = member.affiliation();
    }
    return unitGrouping(byNode);
  }

  private SiloAnalysis.Grouping unitsFromMap(SocialGraph graph, Map<MemberId, Affiliation> affiliations) {
    Affiliation[] byNode = new Affiliation[graph.nodeCount()];
    for (int v = 0; v < byNode.length; v++) {
      MemberId id = graph.member(v);
      Affiliation a = affiliations.get(id);
      if (a == null) {
        throw new IllegalArgumentException("affiliations has no entry for member " + id);
      }
      byNode[v] = a;
    }
    if (affiliations.size() != byNode.length) {
      MemberId stranger = null;
      for (MemberId id : affiliations.keySet()) {
        if (id != null && !graph.contains(id) && (stranger == null || id.compareTo(stranger) < 0)) {
          stranger = id;
        }
      }
      throw new IllegalArgumentException("affiliations has " + affiliations.size() + " entries for a graph of "
          + byNode.length + " members" + (stranger == null ? "" : "; member " + stranger + " is not in the graph"));
    }
    return unitGrouping(byNode);
  }

  /** Units cut to the options' depth, numbered in path order (hashing only to look up, never to order). */
  private SiloAnalysis.Grouping unitGrouping(Affiliation[] byNode) {
    int depth = options.unitDepth();
    Map<Affiliation, Integer> index = new HashMap<>();
    List<Affiliation> distinct = new ArrayList<>();
    for (int v = 0; v < byNode.length; v++) {
      byNode[v] = byNode[v].truncate(depth);
      if (index.putIfAbsent(byNode[v], distinct.size()) == null) {
        distinct.add(byNode[v]);
      }
    }
    distinct.sort(SiloAnalysis.PATH_ORDER);
    for (int t = 0; t < distinct.size(); t++) {
      index.put(distinct.get(t), t);
    }
    int[] groupOf = new int[byNode.length];
    for (int v = 0; v < byNode.length; v++) {
      groupOf[v] = Objects.requireNonNull(index.get(byNode[v]));
    }
    return new SiloAnalysis.Grouping(GroupKind.UNIT, groupOf, distinct.size(), distinct.toArray(new Affiliation[0]));
  }

  private static SiloAnalysis.Grouping communityGrouping(Partition partition) {
    return new SiloAnalysis.Grouping(GroupKind.COMMUNITY, partition.membership(), partition.communityCount(), null);
  }

  private SiloReport both(SocialGraph analysed, SiloAnalysis.Grouping units, Partition partition) {
    SiloAnalysis.Grouping communities = communityGrouping(partition);
    SiloReport byCommunity = SiloAnalysis.analyse(analysed, communities, options, null, null);
    SiloReport.Alignment alignment = new SiloReport.Alignment(
        PartitionSimilarity.normalizedMutualInformation(units.groupOf(), communities.groupOf()),
        PartitionSimilarity.adjustedRandIndex(units.groupOf(), communities.groupOf()),
        units.count(), communities.count());
    return SiloAnalysis.analyse(analysed, units, options, alignment, byCommunity);
  }

  private static void checkPartition(SocialGraph graph, Partition partition) {
    SocialGraph divided = partition.graph();
    if (divided == graph) {
      return;
    }
    boolean same = divided.nodeCount() == graph.nodeCount();
    for (int v = 0; same && v < graph.nodeCount(); v++) {
      same = divided.member(v).equals(graph.member(v));
    }
    if (!same) {
      throw new IllegalArgumentException("the partition divides another graph (" + divided
          + ") than the one analysed (" + graph + ")");
    }
  }

  @Override
  public String toString() {
    return "SiloDetector[" + options + "]";
  }
}
