package org.blendnet.graph.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.blendnet.graph.SocialGraph;
import org.junit.jupiter.api.Test;

class PlantedPartitionTest {

  @Test
  void should_give_the_same_graph_for_the_same_seed() {
    PlantedPartition g = PlantedPartition.builder().nodes(500).blocks(5).seed(9).build();
    PlantedPartition.Sample a = g.generate();
    PlantedPartition.Sample b = g.generate();
    assertThat(a.blocks()).isEqualTo(b.blocks());
    SocialGraph ga = a.graph();
    SocialGraph gb = b.graph();
    assertThat(ga.tieCount()).isEqualTo(gb.tieCount());
    for (int u = 0; u < ga.nodeCount(); u++) {
      assertThat(ga.degree(u)).isEqualTo(gb.degree(u));
      for (int e = ga.edgeStart(u); e < ga.edgeEnd(u); e++) {
        assertThat(ga.target(e)).isEqualTo(gb.target(e));
        assertThat(ga.weight(e)).isEqualTo(gb.weight(e));
      }
    }
  }

  @Test
  void should_plant_equal_blocks_with_the_asked_degree_and_mixing() {
    PlantedPartition.Sample s = PlantedPartition.builder().nodes(20_000).blocks(8).averageDegree(12).mixing(0.25)
        .seed(5).build().generate();
    SocialGraph g = s.graph();
    int[] size = new int[8];
    double inside = 0;
    for (int u = 0; u < g.nodeCount(); u++) {
      size[s.block(u)]++;
      for (int e = g.edgeStart(u); e < g.edgeEnd(u); e++) {
        if (s.block(g.target(e)) == s.block(u)) {
          inside += g.weight(e);
        }
      }
    }
    assertThat(size).containsOnly(2500);
    assertThat(s.blockCount()).isEqualTo(8);
    assertThat(2 * g.totalWeight() / g.nodeCount()).isCloseTo(12, within(0.01));
    assertThat(1 - inside / (2 * g.totalWeight())).isCloseTo(0.25, within(0.01));
  }

  @Test
  void should_skew_block_sizes_and_degrees_when_asked() {
    PlantedPartition.Sample s = PlantedPartition.builder().nodes(10_000).blocks(10).averageDegree(10).mixing(0.1)
        .degreeExponent(2.5).blockSizeSkew(1).seed(5).build().generate();
    int[] size = new int[10];
    int maxDegree = 0;
    for (int u = 0; u < 10_000; u++) {
      size[s.block(u)]++;
      maxDegree = Math.max(maxDegree, s.graph().degree(u));
    }
    // shares ∝ 1, 1/2, …, 1/10: the first block about 3414 nodes, the last about 341
    assertThat(size[0]).isBetween(3400, 3430);
    assertThat(size[9]).isBetween(330, 350);
    assertThat(maxDegree).isGreaterThan(60);
  }

  @Test
  void should_reject_impossible_settings() {
    assertThatThrownBy(() -> PlantedPartition.builder().nodes(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("nodes must be >= 2 but was 1");
    assertThatThrownBy(() -> PlantedPartition.builder().mixing(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("mixing must be in [0, 1] but was 1.5");
    assertThatThrownBy(() -> PlantedPartition.builder().degreeExponent(0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.5");
    assertThatThrownBy(() -> PlantedPartition.builder().nodes(5).blocks(6).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("blocks (6) must not exceed nodes (5)");
  }
}
