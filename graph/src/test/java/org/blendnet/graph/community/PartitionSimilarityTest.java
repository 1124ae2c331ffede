package org.blendnet.graph.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PartitionSimilarityTest {

  @Test
  void should_be_one_for_identical_partitions() {
    int[] a = {0, 0, 1, 1, 2};
    assertThat(PartitionSimilarity.normalizedMutualInformation(a, a.clone())).isEqualTo(1.0);
  }

  @Test
  void should_be_one_for_the_same_partition_numbered_differently() {
    int[] a = {0, 0, 1, 1, 2};
    int[] b = {7, 7, 3, 3, 0};
    assertThat(PartitionSimilarity.normalizedMutualInformation(a, b)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void should_be_zero_for_independent_partitions() {
    // every community of a meets every community of b equally often: I(A; B) = 0
    int[] a = {0, 0, 1, 1};
    int[] b = {0, 1, 0, 1};
    assertThat(PartitionSimilarity.normalizedMutualInformation(a, b)).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void should_match_a_hand_computed_value() {
    // H(A) = ln 2, H(B) = ln 3; the joint cells have probabilities 1/3, 1/6, 1/6, 1/3, so
    // H(A,B) = ln 3 + (1/3) ln 2 and I = (2/3) ln 2; NMI = 2 I / (H(A) + H(B)) = (4/3) ln 2 / ln 6 = 0.51580...
    int[] a = {0, 0, 0, 1, 1, 1};
    int[] b = {0, 0, 1, 1, 2, 2};
    double expected = 4.0 / 3.0 * Math.log(2) / Math.log(6);
    assertThat(PartitionSimilarity.normalizedMutualInformation(a, b)).isCloseTo(expected, within(1e-12));
    assertThat(expected).isCloseTo(0.51580, within(1e-5));
  }

  @Test
  void should_be_symmetric() {
    int[] a = {0, 0, 0, 1, 1, 1, 2};
    int[] b = {0, 0, 1, 1, 2, 2, 2};
    assertThat(PartitionSimilarity.normalizedMutualInformation(a, b))
        .isEqualTo(PartitionSimilarity.normalizedMutualInformation(b, a));
  }

  @Test
  void should_be_one_when_both_put_everyone_together_and_zero_when_only_one_does() {
    assertThat(PartitionSimilarity.normalizedMutualInformation(new int[] {4, 4, 4}, new int[] {1, 1, 1}))
        .isEqualTo(1.0);
    assertThat(PartitionSimilarity.normalizedMutualInformation(new int[] {0, 0, 0}, new int[] {0, 1, 2}))
        .isEqualTo(0.0);
  }

  @Test
  void should_reject_partitions_of_different_sizes_and_negative_numbers() {
    assertThatThrownBy(() -> PartitionSimilarity.normalizedMutualInformation(new int[2], new int[3]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 and 3");
    assertThatThrownBy(() -> PartitionSimilarity.normalizedMutualInformation(new int[] {0, -1}, new int[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("node 1 has -1");
  }
}
