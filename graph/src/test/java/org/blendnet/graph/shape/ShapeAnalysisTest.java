package org.blendnet.graph.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.blendnet.core.MemberId;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.StandardGraphs;
import org.blendnet.graph.TestGraphs;
import org.junit.jupiter.api.Test;

/**
 * Reference figures from NetworkX 3.6.1 (Python 3.11.7), by this script on graphs built as in
 * {@link StandardGraphs} (centralizations by Freeman's formulas over NetworkX's betweenness; the top share
 * is {@code group_betweenness_centrality(G, top, normalized=True)}):
 *
 * <pre>
 * import math, networkx as nx
 * def figures(G):
 *     n, m = G.number_of_nodes(), G.number_of_edges()
 *     deg = dict(G.degree()); dmax = max(deg.values())
 *     cd = sum(dmax - d for d in deg.values()) / ((n - 1) * (n - 2))
 *     b = nx.betweenness_centrality(G); bmax = max(b.values())
 *     cb = sum(bmax - x for x in b.values()) / (n - 1)
 *     order = sorted(G, key=lambda v: (-b[v], v))
 *     k = max(1, math.ceil(n / 100))
 *     top = nx.group_betweenness_centrality(G, order[:k], normalized=True)
 *     mean = 2 * m / n; hubs = {v for v in G if deg[v] >= max(3, 3 * mean)}
 *     peer = sum(1 for u, v in G.edges() if u not in hubs and v not in hubs) / m
 *     return dict(cd=cd, cb=cb, lead=b[order[0]], runner=b[order[1]], k=k, top=top, hubs=len(hubs), peer=peer)
 * </pre>
 */
class ShapeAnalysisTest {

  private static final double EXACT = 1e-12;

  private static ShapeReport analyse(SocialGraph g) {
    return ShapeAnalysis.withDefaults().analyse(g);
  }

  @Test
  void should_give_a_star_centralization_one_and_a_complete_graph_zero() {
    ShapeReport star = analyse(StandardGraphs.star(10));
    assertThat(star.degreeCentralization()).isEqualTo(1.0);
    assertThat(star.betweennessCentralization()).isCloseTo(1.0, within(EXACT));
    ShapeReport complete = analyse(StandardGraphs.complete(6));
    assertThat(complete.degreeCentralization()).isZero();
    assertThat(complete.betweennessCentralization()).isZero();
    assertThat(complete.topShare()).isZero();
    assertThat(complete.shape()).isEqualTo(NetworkShape.PEER_MESH);
  }

  @Test
  void should_centralize_a_path_by_hand() {
    // path of 5: degrees 1 2 2 2 1 → Σ(2 − d) = 2, over (n − 1)(n − 2) = 12: 1/6.
    // betweenness 0 3 4 3 0 over C(4, 2) = 6 pairs: 0, 1/2, 2/3, 1/2, 0 → Σ(2/3 − b) = 5/3, over n − 1 = 4: 5/12
    ShapeReport r = analyse(StandardGraphs.path(5));
    assertThat(r.degreeCentralization()).isCloseTo(1.0 / 6, within(EXACT));
    assertThat(r.betweennessCentralization()).isCloseTo(5.0 / 12, within(EXACT));
    assertThat(r.leadShare()).isCloseTo(2.0 / 3, within(EXACT));
    assertThat(r.runnerUpShare()).isCloseTo(0.5, within(EXACT));
    assertThat(r.topMembers()).containsExactly(MemberId.of("2"));
    assertThat(r.topShare()).isCloseTo(2.0 / 3, within(EXACT));
  }

  @Test
  void should_match_networkx_on_the_karate_club_and_call_it_a_peer_mesh_with_two_hubs() {
    // karate {'cd': 0.3996212121212121, 'cb': 0.4055571953299228, 'lead': 0.43763528138528146,
    // 'runner': 0.30407497594997596, 'k': 1, 'top': 0.43763528138528146, 'hubs': 2, 'peer': 0.5769230769230769}
    ShapeReport r = analyse(TestGraphs.karate().graph());
    assertThat(r.degreeCentralization()).isCloseTo(0.3996212121212121, within(EXACT));
    assertThat(r.betweennessCentralization()).isCloseTo(0.4055571953299228, within(EXACT));
    assertThat(r.leadShare()).isCloseTo(0.43763528138528146, within(EXACT));
    assertThat(r.runnerUpShare()).isCloseTo(0.30407497594997596, within(EXACT));
    assertThat(r.topCount()).isEqualTo(1);
    assertThat(r.topShare()).isCloseTo(0.43763528138528146, within(EXACT));
    assertThat(r.hubCount()).isEqualTo(2);
    assertThat(r.peerTieShare()).isCloseTo(0.5769230769230769, within(EXACT));
    assertThat(r.shape()).isEqualTo(NetworkShape.PEER_MESH);
    assertThat(r.exact()).isTrue();
  }

  @Test
  void should_call_stars_hierarchies() {
    for (SocialGraph star : List.of(StandardGraphs.star(10), StandardGraphs.star(200), starWithLeafTies())) {
      ShapeReport r = analyse(star);
      assertThat(r.shape()).as("%s", star).isEqualTo(NetworkShape.HIERARCHY);
      assertThat(r.leadShare()).isGreaterThan(0.95);
      assertThat(r.explanation()).startsWith("HIERARCHY: 0 lies on ");
    }
    ShapeReport star = analyse(StandardGraphs.star(10));
    assertThat(star.explanation())
        .isEqualTo("HIERARCHY: 0 lies on 100.0% of the shortest paths between the others (≥ 50%) and the next member "
            + "on 0.0% (≤ half of that)");
    assertThat(star.hubCount()).isEqualTo(1);
    assertThat(star.peerTieShare()).isZero();
  }

  /** A star of 100 with 30 ties among its leaves. */
  private static SocialGraph starWithLeafTies() {
    StandardGraphs.Builder b = new StandardGraphs.Builder(100);
    for (int i = 1; i < 100; i++) {
      b.tie(0, i);
    }
    for (int i = 0; i < 30; i++) {
      b.tie(1 + 3 * i, 2 + 3 * i);
    }
    return b.graph();
  }

  @Test
  void should_call_joined_stars_collaborating_hubs() {
    // multistar4x25 {'cd': 0.2569960022844089, 'cb': 0.4158511363825383, 'lead': 0.42832667047401485,
    // 'runner': 0.42832667047401485, 'k': 2, 'top': 0.7425742574257426, 'hubs': 4, 'peer': 0.0}
    ShapeReport clique = analyse(StandardGraphs.multiStar(4, 25, false));
    assertThat(clique.degreeCentralization()).isCloseTo(0.2569960022844089, within(EXACT));
    assertThat(clique.betweennessCentralization()).isCloseTo(0.4158511363825383, within(EXACT));
    assertThat(clique.leadShare()).isCloseTo(0.42832667047401485, within(EXACT));
    assertThat(clique.runnerUpShare()).isCloseTo(0.42832667047401485, within(EXACT));
    assertThat(clique.topCount()).isEqualTo(2);
    assertThat(clique.topShare()).isCloseTo(0.7425742574257426, within(EXACT));
    assertThat(clique.hubCount()).isEqualTo(4);
    assertThat(clique.hubTieShare()).isEqualTo(1.0);
    assertThat(clique.peerTieShare()).isZero();
    assertThat(clique.shape()).isEqualTo(NetworkShape.COLLABORATING_HUBS);
    // multistar8x25ring {'cd': 0.12194549974203836, 'cb': 0.3576342935578472, 'lead': 0.37015149383237184, …}
    ShapeReport ring = analyse(StandardGraphs.multiStar(8, 25, true));
    assertThat(ring.degreeCentralization()).isCloseTo(0.12194549974203836, within(EXACT));
    assertThat(ring.betweennessCentralization()).isCloseTo(0.3576342935578472, within(EXACT));
    assertThat(ring.leadShare()).isCloseTo(0.37015149383237184, within(EXACT));
    assertThat(ring.hubTieShare()).isCloseTo(8 / 28.0, within(EXACT));
    assertThat(ring.shape()).isEqualTo(NetworkShape.COLLABORATING_HUBS);
    assertThat(ring.explanation()).startsWith("COLLABORATING_HUBS: no single member controls the flow")
        .contains("only 0.0% of ties join two members who are not hubs (< 50%)").contains("8 hubs, 28.6% of hub pairs");
    // two hubs joined, and hubs with a minority of peer ties among their leaves
    assertThat(analyse(StandardGraphs.multiStar(2, 50, false)).shape()).isEqualTo(NetworkShape.COLLABORATING_HUBS);
    assertThat(analyse(StandardGraphs.multiStar(20, 50, false)).shape()).isEqualTo(NetworkShape.COLLABORATING_HUBS);
  }

  @Test
  void should_call_random_and_lattice_graphs_peer_meshes() {
    // grid10x10 {'cd': 0.0041228612657184084, 'cb': 0.0699027286733076, 'lead': 0.12702683063827522, 'k': 1,
    // 'top': 0.12702683063827516, 'hubs': 0, 'peer': 1.0}
    ShapeReport grid = analyse(StandardGraphs.grid(10, 10));
    assertThat(grid.degreeCentralization()).isCloseTo(0.0041228612657184084, within(EXACT));
    assertThat(grid.betweennessCentralization()).isCloseTo(0.0699027286733076, within(EXACT));
    assertThat(grid.leadShare()).isCloseTo(0.12702683063827522, within(EXACT));
    assertThat(grid.topShare()).isCloseTo(0.12702683063827516, within(EXACT));
    assertThat(grid.shape()).isEqualTo(NetworkShape.PEER_MESH);
    for (SocialGraph g : List.of(StandardGraphs.grid(20, 20), StandardGraphs.ringLattice(200, 2),
        StandardGraphs.erdosRenyi(300, 0.03, 1), StandardGraphs.erdosRenyi(1000, 0.01, 2),
        StandardGraphs.erdosRenyi(30, 0.2, 3))) {
      ShapeReport r = analyse(g);
      assertThat(r.shape()).as("%s: %s", g, r).isEqualTo(NetworkShape.PEER_MESH);
      assertThat(r.peerTieShare()).isGreaterThanOrEqualTo(0.5);
      assertThat(r.topShare()).isLessThan(0.3);
    }
    assertThat(analyse(StandardGraphs.erdosRenyi(1000, 0.01, 2)).explanation())
        .startsWith("PEER_MESH: 100.0% of ties join two members who are not hubs (≥ 50%) and the top 1% (10 members) "
            + "lie on ");
  }

  @Test
  void should_sample_large_graphs_close_to_the_exact_figures() {
    SocialGraph g = StandardGraphs.erdosRenyi(1500, 0.006, 4);
    ShapeReport exact = ShapeAnalysis.withOptions(ShapeOptions.defaults()).analyse(g);
    ShapeReport sampled = ShapeAnalysis.withOptions(ShapeOptions.defaults().withExactUpTo(1000).withPivots(300)
        .withThreads(2)).analyse(g);
    assertThat(exact.exact()).isTrue();
    assertThat(sampled.exact()).isFalse();
    assertThat(sampled.shape()).isEqualTo(exact.shape());
    assertThat(sampled.degreeCentralization()).isEqualTo(exact.degreeCentralization());
    assertThat(sampled.topShare()).isCloseTo(exact.topShare(), within(0.03));
    assertThat(sampled.leadShare()).isCloseTo(exact.leadShare(), within(0.01));
    assertThat(sampled.explanation()).endsWith("(estimated from 300 sampled sources)");
    // the same seed gives the same report, whatever the thread count
    assertThat(ShapeAnalysis.withOptions(ShapeOptions.defaults().withExactUpTo(1000).withPivots(300)).analyse(g))
        .isEqualTo(sampled);
  }

  @Test
  void should_handle_graphs_without_ties_or_members() {
    for (int n = 0; n <= 3; n++) {
      ShapeReport r = analyse(new StandardGraphs.Builder(n).graph());
      assertThat(r.shape()).isEqualTo(NetworkShape.PEER_MESH);
      assertThat(r.explanation()).isEqualTo("PEER_MESH: there are no ties, so nobody stands between anybody");
      assertThat(r.degreeCentralization()).isZero();
      assertThat(r.topCount()).isEqualTo(n == 0 ? 0 : 1);
    }
    ShapeReport pair = analyse(StandardGraphs.path(2));
    assertThat(pair.shape()).isEqualTo(NetworkShape.PEER_MESH);
    assertThat(pair.leadShare()).isZero();
  }

  @Test
  void should_count_only_connected_pairs_in_the_shares() {
    // two separate stars of 10: a centre is on C(9, 2) = 36 of the 2 · 45 − 9 = 81 connected pairs of others
    StandardGraphs.Builder b = new StandardGraphs.Builder(20);
    for (int i = 1; i < 10; i++) {
      b.tie(0, i);
      b.tie(10, 10 + i);
    }
    ShapeReport r = analyse(b.graph());
    assertThat(r.leadShare()).isCloseTo(36.0 / 81, within(EXACT));
    assertThat(r.runnerUpShare()).isCloseTo(36.0 / 81, within(EXACT));
    assertThat(r.hubTieShare()).isZero();
    assertThat(r.shape()).isEqualTo(NetworkShape.COLLABORATING_HUBS);
  }

  @Test
  void should_analyse_a_200k_member_path_by_sampling() {
    int n = 200_000;
    List<String> stages = new ArrayList<>();
    ShapeReport r = ShapeAnalysis.withOptions(ShapeOptions.defaults().withPivots(40).withThreads(2))
        .analyse(StandardGraphs.path(n), (stage, done, total) -> stages.add(stage));
    assertThat(r.exact()).isFalse();
    assertThat(r.topCount()).isEqualTo(2000);
    assertThat(r.degreeCentralization()).isCloseTo(2.0 / ((n - 1.0) * (n - 2)), within(1e-15));
    assertThat(r.leadShare()).isBetween(0.4, 0.6);
    assertThat(r.peerTieShare()).isEqualTo(1.0);
    Set<String> distinct = new LinkedHashSet<>(stages);
    assertThat(distinct).containsExactly("betweenness", "top share");
    assertThat(stages.size()).isLessThan(500);
  }

  @Test
  void should_reject_impossible_options_naming_the_value() {
    assertThatThrownBy(() -> ShapeOptions.defaults().withExactUpTo(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exactUpTo must be >= 0 but was -1");
    assertThatThrownBy(() -> ShapeOptions.defaults().withPivots(1)).hasMessage("pivots must be >= 2 but was 1");
    assertThatThrownBy(() -> ShapeOptions.defaults().withThreads(9)).hasMessage("threads must be between 1 and 4 but was 9");
    assertThatThrownBy(() -> ShapeAnalysis.withDefaults().analyse(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("graph");
  }

  @Test
  void should_read_well_in_toString() {
    ShapeReport r = analyse(StandardGraphs.star(10));
    assertThat(r).hasToString("ShapeReport[HIERARCHY, members=10, ties=9, degreeCentralization=1.0000, "
        + "betweennessCentralization=1.0000, top1%=1 member (0), topShare=1.0000, lead=1.0000, runnerUp=0.0000, "
        + "hubs=1, hubTies=0.0000, peerTies=0.0000, exact: " + r.explanation() + "]");
  }
}
