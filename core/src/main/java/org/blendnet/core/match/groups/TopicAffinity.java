package org.blendnet.core.match.groups;

/**
 * Affinity by shared topics: a(i, j) = |T_i ∩ T_j|, the number of topics both hold, so that the objective
 * of a split is Σ_groups Σ_t C(c_{g,t}, 2) for c_{g,t} the members of group g holding topic t. Keeps the
 * count of each topic in each group: densely ({@code topics × groups} ints) when that has at most
 * {@value #DENSE_LIMIT} entries, else in a hash map holding only the counts that were ever above 0 (at most
 * one per topic an item holds). Topics are numbered 0 … T-1 and each item's are sorted. Not thread-safe.
 */
final class TopicAffinity implements PartitionSearch.Affinity {

  /** The most entries of a dense count table (64 MB of ints). */
  static final long DENSE_LIMIT = 1L << 24;

  private final int[][] topicsOf;
  private final int topics;
  private int groups;
  private int[] dense = new int[0];
  private LongIntMap sparse = new LongIntMap(16);
  private boolean isDense;

  TopicAffinity(int[][] topicsOf, int topics) {
    this.topicsOf = topicsOf;
    this.topics = topics;
  }

  @Override
  public void start(int[] groupOf, int groups) {
    this.groups = groups;
    isDense = (long) topics * groups <= DENSE_LIMIT;
    long entries = 0;
    for (int[] t : topicsOf) {
      entries += t.length;
    }
    if (isDense) {
      dense = new int[topics * groups];
    } else {
      sparse = new LongIntMap((int) Math.min(1 << 28, Math.max(16, entries)));
    }
    for (int i = 0; i < topicsOf.length; i++) {
      for (int t : topicsOf[i]) {
        add(t, groupOf[i], 1);
      }
    }
  }

  private void add(int t, int g, int delta) {
    if (isDense) {
      dense[t * groups + g] += delta;
    } else {
      sparse.add((long) t * groups + g, delta);
    }
  }

  private int count(int t, int g) {
    return isDense ? dense[t * groups + g] : sparse.get((long) t * groups + g);
  }

  @Override
  public void affinities(int i, int[] groupOf, double[] gains) {
    int[] mine = topicsOf[i];
    for (int t : mine) {
      if (isDense) {
        int base = t * groups;
        for (int g = 0; g < groups; g++) {
          gains[g] += dense[base + g];
        }
      } else {
        for (int g = 0; g < groups; g++) {
          gains[g] += sparse.get((long) t * groups + g);
        }
      }
    }
    gains[groupOf[i]] -= mine.length;
  }

  @Override
  public double affinity(int i, int group, int[] groupOf) {
    int[] mine = topicsOf[i];
    long sum = 0;
    for (int t : mine) {
      sum += count(t, group);
    }
    return group == groupOf[i] ? sum - mine.length : sum;
  }

  @Override
  public double pair(int i, int j) {
    return shared(topicsOf[i], topicsOf[j]);
  }

  /** The number of values in both sorted arrays. */
  static int shared(int[] a, int[] b) {
    int x = 0;
    int y = 0;
    int common = 0;
    while (x < a.length && y < b.length) {
      if (a[x] < b[y]) {
        x++;
      } else if (a[x] > b[y]) {
        y++;
      } else {
        common++;
        x++;
        y++;
      }
    }
    return common;
  }

  @Override
  public void moved(int i, int from, int to) {
    for (int t : topicsOf[i]) {
      add(t, from, -1);
      add(t, to, 1);
    }
  }
}
