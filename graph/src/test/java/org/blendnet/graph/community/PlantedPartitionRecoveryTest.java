package org.blendnet.graph.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.blendnet.graph.generate.PlantedPartition;
import org.junit.jupiter.api.Test;

/** Leiden recovers planted blocks: normalised mutual information with the planted partition at least 0.95. */
class PlantedPartitionRecoveryTest {

  private static double nmi(PlantedPartition generator, long seed) {
    PlantedPartition.Sample sample = generator.generate();
    Partition p = Leiden.withOptions(LeidenOptions.defaults().withSeed(seed)).detect(sample.graph());
    return PartitionSimilarity.normalizedMutualInformation(p.membership(), sample.blocks());
  }

  @Test
  void should_recover_10_blocks_of_1000_with_mixing_0_4() {
    PlantedPartition g = PlantedPartition.builder().nodes(10_000).blocks(10).averageDegree(15).mixing(0.4).seed(11)
        .build();
    assertThat(nmi(g, 1)).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void should_recover_100_blocks_of_100_with_mixing_0_3() {
    PlantedPartition g = PlantedPartition.builder().nodes(10_000).blocks(100).averageDegree(15).mixing(0.3).seed(12)
        .build();
    assertThat(nmi(g, 2)).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void should_recover_100_blocks_of_1000_with_mixing_0_4() {
    PlantedPartition g = PlantedPartition.builder().nodes(100_000).blocks(100).averageDegree(15).mixing(0.4).seed(13)
        .build();
    assertThat(nmi(g, 3)).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void should_recover_lfr_like_blocks_with_skewed_sizes_and_power_law_degrees() {
    PlantedPartition g = PlantedPartition.builder().nodes(30_000).blocks(30).averageDegree(15).mixing(0.2)
        .degreeExponent(2.5).blockSizeSkew(0.5).seed(14).build();
    assertThat(nmi(g, 4)).isGreaterThanOrEqualTo(0.95);
  }
}
