package org.blendnet.metrics.reciprocity;

import org.blendnet.metrics.internal.Format;

/**
 * The reciprocity of a weighted directed graph: r<sub>w</sub> = W<sup>↔</sup>/W, where W = Σ<sub>i≠j</sub>
 * w<sub>ij</sub> is the total weight and W<sup>↔</sup> = Σ<sub>i≠j</sub> min(w<sub>ij</sub>,
 * w<sub>ji</sub>) the reciprocated weight — the part of each flow matched by a flow back (T. Squartini, F.
 * Picciolo, F. Ruzzenenti &amp; D. Garlaschelli, "Reciprocity of weighted networks", <i>Scientific
 * Reports</i> 3, 2729, 2013, doi:10.1038/srep02729). In [0, 1]; 0 when there is no weight. On help flows
 * with weights = acts of help, r<sub>w</sub> is the share of help that was returned in kind, however
 * much was given. (The same paper's null-model corrected ρ<sub>w</sub> needs a fitted weighted
 * configuration model and is not computed here.)
 *
 * @implNote Thread-safe: immutable.
 * @param totalWeight W
 * @param reciprocatedWeight W<sup>↔</sup>
 * @since 0.1
 */
public record WeightedReciprocity(long totalWeight, long reciprocatedWeight) {

  /**
   * Creates the figures.
   *
   * @throws IllegalArgumentException if a weight is negative or the reciprocated weight exceeds the total
   */
  public WeightedReciprocity {
    if (totalWeight < 0 || reciprocatedWeight < 0) {
      throw new IllegalArgumentException("weights must be >= 0 but were totalWeight=" + totalWeight
          + ", reciprocatedWeight=" + reciprocatedWeight);
    }
    if (reciprocatedWeight > totalWeight) {
      throw new IllegalArgumentException(
          "reciprocatedWeight must be <= totalWeight but was " + reciprocatedWeight + " > " + totalWeight);
    }
  }

  /** r<sub>w</sub> = W<sup>↔</sup>/W; 0 when W = 0. */
  public double reciprocity() {
    return totalWeight == 0 ? 0 : (double) reciprocatedWeight / totalWeight;
  }

  /** {@code WeightedReciprocity[W=10, reciprocated=4, r_w=0.400]}. */
  @Override
  public String toString() {
    return "WeightedReciprocity[W=" + totalWeight + ", reciprocated=" + reciprocatedWeight + ", r_w="
        + Format.ratio(reciprocity()) + "]";
  }
}
