package org.blendnet.core.match.groups;

import java.util.Arrays;

/**
 * Affinity given pair by pair: a sparse symmetric table of weights a(i, j) &gt; 0 (0 for pairs not in it), in
 * compressed rows with each row's partners sorted. Reads the current assignment and keeps no state of its
 * own. O(d) per affinity with a group, O(log d) per pair, for d partners. Not thread-safe.
 */
final class PairAffinity implements PartitionSearch.Affinity {

  private final int[] offsets;
  private final int[] partners;
  private final double[] weights;

  /**
   * @param offsets row i is {@code partners[offsets[i] .. offsets[i + 1])}
   * @param partners each row's partners, ascending, both directions of every pair present
   * @param weights the weight of each entry of {@code partners}
   */
  PairAffinity(int[] offsets, int[] partners, double[] weights) {
    this.offsets = offsets;
    this.partners = partners;
    this.weights = weights;
  }

  @Override
  public void start(int[] groupOf, int groups) {
    // nothing kept: every affinity is read from the rows and the assignment
  }

  @Override
  public void affinities(int i, int[] groupOf, double[] gains) {
    for (int e = offsets[i]; e < offsets[i + 1]; e++) {
      gains[groupOf[partners[e]]] += weights[e];
    }
  }

  @Override
  public double affinity(int i, int group, int[] groupOf) {
    double sum = 0;
    for (int e = offsets[i]; e < offsets[i + 1]; e++) {
      if (groupOf[partners[e]] == group) {
        sum += weights[e];
      }
    }
    return sum;
  }

  @Override
  public double pair(int i, int j) {
    int e = Arrays.binarySearch(partners, offsets[i], offsets[i + 1], j);
    return e >= 0 ? weights[e] : 0;
  }

  @Override
  public void moved(int i, int from, int to) {
    // nothing kept
  }
}
