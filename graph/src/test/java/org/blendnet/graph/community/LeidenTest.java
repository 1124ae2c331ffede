package org.blendnet.graph.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.ProgressListener;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.TestGraphs;
import org.blendnet.graph.TestGraphs.Edges;
import org.junit.jupiter.api.Test;

class LeidenTest {

  /** Two triangles {0,1,2} and {3,4,5} joined by the bridge 2–3. */
  private static SocialGraph twoTriangles() {
    return SocialGraph.fromEdges(6, new int[] {0, 0, 1, 3, 3, 4, 2}, new int[] {1, 2, 2, 4, 5, 5, 3});
  }

  @Test
  void should_split_two_triangles_joined_by_a_bridge_into_the_triangles() {
    Partition p = Leiden.withDefaults().detect(twoTriangles());

    assertThat(p.communityCount()).isEqualTo(2);
    assertThat(p.nodes(0)).containsExactly(0, 1, 2);
    assertThat(p.nodes(1)).containsExactly(3, 4, 5);
    // Q = 2 × (3/7 − (7/14)²) = 5/14
    assertThat(p.quality()).isCloseTo(5.0 / 14, within(1e-12));
    assertThat(p.converged()).isTrue();
  }

  @Test
  void should_find_at_least_0_41_modularity_in_the_unweighted_karate_club() {
    Edges karate = TestGraphs.karate();
    Partition p = Leiden.withDefaults().detect(karate.unweightedGraph());

    // the proven optimum is 0.4198 (4 communities; Brandes et al., IEEE TKDE 20(2), 2008)
    assertThat(p.quality()).isGreaterThanOrEqualTo(0.41).isLessThanOrEqualTo(0.41979 + 1e-5);
    assertThat(TestGraphs.modularity(karate, false, p.membership(), 1.0)).isCloseTo(p.quality(), within(1e-12));
  }

  @Test
  void should_find_at_least_0_41_modularity_in_the_weighted_karate_club_for_every_seed() {
    Edges karate = TestGraphs.karate();
    SocialGraph graph = karate.graph();
    for (long seed = 0; seed < 20; seed++) {
      Partition p = Leiden.withOptions(LeidenOptions.defaults().withSeed(seed)).detect(graph);
      assertThat(p.quality()).as("seed %d", seed).isGreaterThanOrEqualTo(0.41);
      assertThat(TestGraphs.modularity(karate, true, p.membership(), 1.0)).isCloseTo(p.quality(), within(1e-9));
      assertThat(TestGraphs.communitiesConnected(graph, p.membership())).isTrue();
    }
  }

  @Test
  void should_find_the_karate_communities_from_a_network_of_touchpoints() {
    // each tie of the data set becomes one face-to-face touchpoint whose weight is the tie's weight
    Edges karate = TestGraphs.karate();
    Network.Builder b = Network.builder();
    for (int i = 1; i <= 34; i++) {
      b.member(Member.of(MemberId.of(Integer.toString(i)), "member " + i));
    }
    Instant at = Instant.parse("1970-06-01T12:00:00Z");
    for (int i = 0; i < karate.u().length; i++) {
      b.touchpoint(Touchpoint.builder(TouchpointId.of("t" + i)).at(at).medium(Medium.FACE_TO_FACE)
          .between(MemberId.of(Integer.toString(karate.u()[i] + 1)), MemberId.of(Integer.toString(karate.v()[i] + 1)))
          .weight(karate.w()[i]).build());
    }
    SocialGraph graph = SocialGraph.of(b.build());
    Partition p = Leiden.withDefaults().detect(graph);

    int[] byDataSetNode = new int[34];
    for (int i = 0; i < 34; i++) {
      byDataSetNode[i] = p.communityOf(MemberId.of(Integer.toString(i + 1)));
    }
    assertThat(p.quality()).isGreaterThanOrEqualTo(0.41);
    assertThat(TestGraphs.modularity(karate, true, byDataSetNode, 1.0)).isCloseTo(p.quality(), within(1e-9));
    // Mr Hi (1) and the officer John A (34) lead the two factions: never in the same community
    assertThat(byDataSetNode[0]).isNotEqualTo(byDataSetNode[33]);
  }

  @Test
  void should_report_the_modularity_an_independent_computation_gives_at_any_resolution() {
    Edges karate = TestGraphs.karate();
    for (double gamma : new double[] {0.5, 1.0, 2.0}) {
      Partition p = Leiden.withOptions(LeidenOptions.defaults().withResolution(gamma)).detect(karate.graph());
      assertThat(TestGraphs.modularity(karate, true, p.membership(), gamma))
          .as("γ=%s", gamma).isCloseTo(p.quality(), within(1e-9));
    }
  }

  @Test
  void should_give_more_communities_at_a_higher_resolution() {
    SocialGraph karate = TestGraphs.karate().graph();
    int low = Leiden.withOptions(LeidenOptions.defaults().withResolution(0.3)).detect(karate).communityCount();
    int high = Leiden.withOptions(LeidenOptions.defaults().withResolution(3)).detect(karate).communityCount();
    assertThat(low).isLessThan(high);
  }

  @Test
  void should_give_the_same_partition_for_the_same_seed() {
    SocialGraph karate = TestGraphs.karate().graph();
    LeidenOptions options = LeidenOptions.defaults().withSeed(12345);
    Partition a = Leiden.withOptions(options).detect(karate);
    Partition b = Leiden.withOptions(options).detect(karate);

    assertThat(a).isEqualTo(b);
    assertThat(a.membership()).isEqualTo(b.membership());
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
  }

  @Test
  void should_keep_cliques_apart_under_cpm() {
    // two 4-cliques joined by one tie: with γ = 0.5 a clique (density 1) beats any merge
    List<int[]> ties = new ArrayList<>();
    for (int base : new int[] {0, 4}) {
      for (int i = 0; i < 4; i++) {
        for (int j = i + 1; j < 4; j++) {
          ties.add(new int[] {base + i, base + j});
        }
      }
    }
    ties.add(new int[] {3, 4});
    int[] u = ties.stream().mapToInt(t -> t[0]).toArray();
    int[] v = ties.stream().mapToInt(t -> t[1]).toArray();
    SocialGraph graph = SocialGraph.fromEdges(8, u, v);

    Partition p = Leiden.withOptions(LeidenOptions.defaults().withObjective(Objective.CPM).withResolution(0.5))
        .detect(graph);

    assertThat(p.communityCount()).isEqualTo(2);
    assertThat(p.nodes(0)).containsExactly(0, 1, 2, 3);
    // H = 2 × (6 − 0.5 × 4 × 3 / 2) = 6
    assertThat(p.quality()).isCloseTo(6.0, within(1e-12));
    assertThat(p.objective()).isEqualTo(Objective.CPM);
  }

  @Test
  void should_put_everyone_alone_under_cpm_with_a_resolution_above_every_weight() {
    Partition p = Leiden.withOptions(LeidenOptions.defaults().withObjective(Objective.CPM).withResolution(2))
        .detect(twoTriangles());
    assertThat(p.communityCount()).isEqualTo(6);
    assertThat(p.quality()).isEqualTo(0.0);
  }

  @Test
  void should_improve_a_given_partition_and_split_a_community_that_is_not_connected() {
    SocialGraph graph = twoTriangles();
    // a start that joins 0 and 5 (not connected within their community) and leaves the rest alone
    Partition p = Leiden.withOptions(LeidenOptions.defaults().withMaxIterations(1))
        .improve(graph, new int[] {0, 1, 2, 3, 4, 0});

    assertThat(TestGraphs.communitiesConnected(graph, p.membership())).isTrue();
    assertThat(p.communityCount()).isEqualTo(2);
    assertThat(p.quality()).isCloseTo(5.0 / 14, within(1e-12));
  }

  @Test
  void should_keep_a_start_partition_that_is_already_optimal() {
    SocialGraph graph = twoTriangles();
    Partition first = Leiden.withDefaults().detect(graph);
    Partition again = Leiden.withDefaults().improve(graph, first);

    assertThat(again.membership()).isEqualTo(first.membership());
    assertThat(again.iterations()).isEqualTo(1);
    assertThat(again.converged()).isTrue();
  }

  @Test
  void should_reject_a_start_partition_of_the_wrong_shape() {
    SocialGraph graph = twoTriangles();
    assertThatThrownBy(() -> Leiden.withDefaults().improve(graph, new int[5]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(6) but has 5");
    assertThatThrownBy(() -> Leiden.withDefaults().improve(graph, new int[] {0, 0, 0, 0, 0, 6}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("membership[5] must be in [0, 6) but was 6");
    Partition other = Leiden.withDefaults().detect(twoTriangles());
    assertThatThrownBy(() -> Leiden.withDefaults().improve(graph, other))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another graph");
  }

  @Test
  void should_leave_isolated_members_alone_and_handle_graphs_without_ties() {
    SocialGraph lonely = SocialGraph.fromEdges(3, new int[0], new int[0]);
    Partition p = Leiden.withDefaults().detect(lonely);
    assertThat(p.communityCount()).isEqualTo(3);
    assertThat(p.quality()).isEqualTo(0.0);

    SocialGraph empty = SocialGraph.fromEdges(0, new int[0], new int[0]);
    assertThat(Leiden.withDefaults().detect(empty).communityCount()).isZero();

    SocialGraph withIsolated = SocialGraph.fromEdges(4, new int[] {0}, new int[] {1});
    Partition q = Leiden.withDefaults().detect(withIsolated);
    assertThat(q.communityCount()).isEqualTo(3);
    assertThat(q.nodes(0)).containsExactly(0, 1);
  }

  @Test
  void should_name_members_and_number_communities_from_the_largest() {
    Partition p = Leiden.withDefaults().detect(SocialGraph.fromEdges(5,
        new int[] {0, 1, 0, 3}, new int[] {1, 2, 2, 4}));

    assertThat(p.sizes()).containsExactly(3, 2);
    assertThat(p.members(0)).containsExactly(MemberId.of("0"), MemberId.of("1"), MemberId.of("2"));
    assertThat(p.communityOf(MemberId.of("4"))).isEqualTo(1);
    assertThat(p.communityOf(3)).isEqualTo(1);
    assertThat(p.size(1)).isEqualTo(2);
    assertThatThrownBy(() -> p.communityOf(MemberId.of("nobody")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown member: nobody");
    assertThatThrownBy(() -> p.members(2)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void should_show_a_capped_summary() {
    int n = 30;
    int[] u = new int[n / 2];
    int[] v = new int[n / 2];
    for (int i = 0; i < n / 2; i++) {
      u[i] = 2 * i;
      v[i] = 2 * i + 1;
    }
    Partition p = Leiden.withDefaults().detect(SocialGraph.fromEdges(n, u, v));

    assertThat(p).hasToString("Partition[communities=15, modularity=0.9333 (γ=1.0), iterations=2, converged=true, "
        + "sizes=[2, 2, 2, 2, 2, 2, 2, 2, 2, 2, …(+5 more)]]");
  }

  @Test
  void should_report_progress_per_iteration() {
    List<String> reports = new ArrayList<>();
    ProgressListener listener = (stage, done, total) -> reports.add(stage + " " + done + "/" + total);
    Leiden.withOptions(LeidenOptions.defaults().withMaxIterations(3)).detect(twoTriangles(), listener);

    assertThat(reports).startsWith("leiden iteration 0/3").contains("leiden iteration 1/3");
  }

  @Test
  void should_check_its_options_and_name_the_bad_value() {
    assertThatThrownBy(() -> LeidenOptions.defaults().withResolution(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resolution must be a finite number >= 0 but was -1.0");
    assertThatThrownBy(() -> LeidenOptions.defaults().withResolution(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    assertThatThrownBy(() -> LeidenOptions.defaults().withRandomness(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("randomness must be a finite number > 0 but was 0.0");
    assertThatThrownBy(() -> LeidenOptions.defaults().withMaxIterations(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxIterations must be >= 1 but was 0");
    assertThatThrownBy(() -> LeidenOptions.defaults().withObjective(null))
        .isInstanceOf(NullPointerException.class).hasMessage("objective");
    assertThatThrownBy(() -> Objective.MODULARITY.quality(twoTriangles(), new int[6], -0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.5");
  }

  @Test
  void should_have_documented_defaults() {
    LeidenOptions d = LeidenOptions.defaults();
    assertThat(d.objective()).isEqualTo(Objective.MODULARITY);
    assertThat(d.resolution()).isEqualTo(1.0);
    assertThat(d.randomness()).isEqualTo(0.01);
    assertThat(d.maxIterations()).isEqualTo(10);
    assertThat(d.seed()).isEqualTo(1L);
    assertThat(Leiden.withDefaults().options()).isEqualTo(d);
  }

  @Test
  void should_compute_cpm_quality_from_its_definition() {
    // triangle {0,1,2} and the pair {3,4}: H = (3 − γ·3) + (1 − γ·1)
    SocialGraph graph = SocialGraph.fromEdges(5, new int[] {0, 1, 0, 3, 2}, new int[] {1, 2, 2, 4, 3});
    assertThat(Objective.CPM.quality(graph, new int[] {0, 0, 0, 1, 1}, 0.25)).isCloseTo(4 - 0.25 * 4, within(1e-12));
  }

  @Test
  void should_compute_exp_to_twelve_digits() {
    for (double x = -700; x <= 0; x += 0.37) {
      double expected = StrictMath.exp(x);
      assertThat(LeidenEngine.expNonPositive(x)).as("x=%s", x).isCloseTo(expected, within(expected * 1e-12));
    }
    assertThat(LeidenEngine.expNonPositive(0)).isEqualTo(1.0);
    assertThat(LeidenEngine.expNonPositive(-1000)).isEqualTo(0.0);
  }
}
