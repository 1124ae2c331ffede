package org.blendnet.metrics.silo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.blendnet.core.MemberId;
import org.blendnet.graph.SocialGraph;
import org.junit.jupiter.api.Test;

/**
 * Newman's categorical assortativity: hand-computed cases, and reference values from NetworkX 3.6.1's
 * {@code attribute_assortativity_coefficient} on the karate club and the Lazega law firm (computed by
 * {@code src/test/reference/assortativity_reference.py}; the datasets' provenance is in their SOURCE.md).
 */
class AssortativityTest {

  /** Path 0–1–2–3, categories 0, 0, 1, 1. */
  static SocialGraph path(double... weights) {
    int[] s = {0, 1, 2};
    int[] t = {1, 2, 3};
    return weights.length == 0 ? SocialGraph.fromEdges(4, s, t) : SocialGraph.fromEdges(4, s, t, weights);
  }

  @Test
  void should_match_hand_computed_values_on_a_path() {
    // e_00 = e_11 = 2/6, a_0 = a_1 = 1/2: r = (2/3 − 1/2) / (1 − 1/2) = 1/3
    assertThat(Assortativity.categorical(path(), new int[] {0, 0, 1, 1})).isCloseTo(1.0 / 3, within(1e-15));
    // weights 2, 1, 1: within 6 of 8 ends, a_0 = 5/8, a_1 = 3/8: r = (48 − 34) / (64 − 34) = 7/15
    assertThat(Assortativity.weightedCategorical(path(2, 1, 1), new int[] {0, 0, 1, 1}))
        .isCloseTo(7.0 / 15, within(1e-15));
    // alternating categories: every tie crosses, r = (0 − 1/2) / (1/2) = −1
    assertThat(Assortativity.categorical(path(), new int[] {0, 1, 0, 1})).isCloseTo(-1, within(1e-15));
  }

  @Test
  void should_be_undefined_without_ties_or_with_one_category() {
    assertThat(Assortativity.categorical(path(), new int[] {2, 2, 2, 2})).isNaN();
    assertThat(Assortativity.categorical(SocialGraph.fromEdges(3, new int[0], new int[0]), new int[] {0, 1, 0}))
        .isNaN();
  }

  @Test
  void should_match_networkx_on_the_karate_club() {
    List<String[]> edges = Datasets.karateEdges();
    int[] s = edges.stream().mapToInt(e -> Integer.parseInt(e[0]) - 1).toArray();
    int[] t = edges.stream().mapToInt(e -> Integer.parseInt(e[1]) - 1).toArray();
    SocialGraph g = SocialGraph.fromEdges(34, s, t);
    Map<MemberId, String> club = new HashMap<>();
    Map<MemberId, String> faction = new HashMap<>();
    for (String[] n : Datasets.karateNodes()) {
      MemberId id = MemberId.of(Integer.toString(Integer.parseInt(n[0]) - 1));
      faction.put(id, n[2]);
      club.put(id, n[3]);
    }
    // networkx 3.6.1: attribute_assortativity_coefficient(G, "club") and (G, "faction")
    assertThat(Assortativity.byCategory(g, club)).isCloseTo(0.717530864197531, within(1e-12));
    assertThat(Assortativity.byCategory(g, faction)).isCloseTo(0.743421052631579, within(1e-12));
  }

  @Test
  void should_match_networkx_on_the_lazega_law_firm() {
    List<int[]> edges = Datasets.lazegaCoWork();
    assertThat(edges).hasSize(378);
    SocialGraph g = SocialGraph.fromEdges(71, edges.stream().mapToInt(e -> e[0] - 1).toArray(),
        edges.stream().mapToInt(e -> e[1] - 1).toArray());
    int[] office = new int[71];
    int[] practice = new int[71];
    int[] status = new int[71];
    for (String[] n : Datasets.lazegaNodes()) {
      int v = Integer.parseInt(n[0]) - 1;
      status[v] = Integer.parseInt(n[1]);
      office[v] = Integer.parseInt(n[3]);
      practice[v] = Integer.parseInt(n[6]);
    }
    // networkx 3.6.1 on the mutual co-work layer
    assertThat(Assortativity.categorical(g, office)).isCloseTo(0.5660934918677432, within(1e-12));
    assertThat(Assortativity.categorical(g, practice)).isCloseTo(0.5722848855945857, within(1e-12));
    assertThat(Assortativity.categorical(g, status)).isCloseTo(-0.235113924789217, within(1e-12));
  }

  @Test
  void should_reject_bad_categories_naming_the_value() {
    assertThatThrownBy(() -> Assortativity.categorical(path(), new int[] {0, 1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("category must have one entry per node (4) but has 2");
    assertThatThrownBy(() -> Assortativity.categorical(path(), new int[] {0, -1, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("category[1] must be >= 0 but was -1");
    assertThatThrownBy(() -> Assortativity.byCategory(path(), Map.of(MemberId.of("0"), "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("categories has no entry for member 1");
    assertThatThrownBy(() -> Assortativity.byUnit(path(), 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("made from a network");
  }
}
