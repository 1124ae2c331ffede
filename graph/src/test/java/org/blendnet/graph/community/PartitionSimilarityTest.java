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

  // ---- adjusted Rand index: reference values from graph/src/test/reference/ari_reference.py (the Hubert &
  // Arabie formula in exact fractions); the small cases are those of scikit-learn's adjusted_rand_score docstring

  @Test
  void should_give_the_adjusted_rand_index_of_the_scikit_learn_examples() {
    assertThat(PartitionSimilarity.adjustedRandIndex(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 1})).isEqualTo(1.0);
    assertThat(PartitionSimilarity.adjustedRandIndex(new int[] {0, 0, 1, 1}, new int[] {1, 1, 0, 0})).isEqualTo(1.0);
    assertThat(PartitionSimilarity.adjustedRandIndex(new int[] {0, 0, 1, 2}, new int[] {0, 0, 1, 1}))
        .isCloseTo(4.0 / 7, within(1e-12));
    assertThat(PartitionSimilarity.adjustedRandIndex(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2}))
        .isCloseTo(4.0 / 7, within(1e-12));
    assertThat(PartitionSimilarity.adjustedRandIndex(new int[] {0, 0, 0, 0}, new int[] {0, 1, 2, 3})).isEqualTo(0.0);
    assertThat(PartitionSimilarity.adjustedRandIndex(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}))
        .isCloseTo(-0.5, within(1e-12));
  }

  @Test
  void should_match_a_hand_computed_adjusted_rand_index() {
    // contingency cells 2, 1, 1, 2: Σ C(n_ij, 2) = 2; A = 3 + 3 = 6, B = 1 + 1 + 1 = 3, C(6, 2) = 15;
    // E = 6 · 3 / 15 = 1.2, max = 4.5: ARI = (2 − 1.2) / (4.5 − 1.2) = 8/33
    int[] a = {0, 0, 0, 1, 1, 1};
    int[] b = {0, 0, 1, 1, 2, 2};
    assertThat(PartitionSimilarity.adjustedRandIndex(a, b)).isCloseTo(8.0 / 33, within(1e-12));
    assertThat(PartitionSimilarity.adjustedRandIndex(b, a)).isCloseTo(8.0 / 33, within(1e-12));
  }

  @Test
  void should_match_the_formula_on_a_thousand_nodes() {
    int n = 1000;
    int[] a = new int[n];
    int[] b = new int[n];
    int[] blocks = new int[n];
    int[] moved = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = (i * 7) % 13;
      b[i] = (i * 11 + i / 5) % 9;
      blocks[i] = i / 100;
      moved[i] = i % 10 != 0 ? i / 100 : (i / 100 + 1) % 10;
    }
    assertThat(PartitionSimilarity.adjustedRandIndex(a, b)).isCloseTo(-0.009367382935355882, within(1e-12));
    assertThat(PartitionSimilarity.adjustedRandIndex(blocks, moved)).isCloseTo(0.7981818181818182, within(1e-12));
  }

  @Test
  void should_give_one_for_no_or_one_node_and_reject_bad_input() {
    assertThat(PartitionSimilarity.adjustedRandIndex(new int[0], new int[0])).isEqualTo(1.0);
    assertThat(PartitionSimilarity.adjustedRandIndex(new int[] {3}, new int[] {5})).isEqualTo(1.0);
    assertThatThrownBy(() -> PartitionSimilarity.adjustedRandIndex(new int[2], new int[3]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 and 3");
    assertThatThrownBy(() -> PartitionSimilarity.adjustedRandIndex(new int[] {0, -2}, new int[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("node 1 has -2");
  }
}
