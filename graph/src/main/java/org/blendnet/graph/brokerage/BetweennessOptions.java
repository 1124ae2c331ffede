package org.blendnet.graph.brokerage;

import org.blendnet.graph.internal.SourceLanes;

/**
 * The settings of a {@link Betweenness} run. Start from {@link #exact()} or {@link #sampled(int, long)}
 * and change with the {@code with…} methods:
 *
 * <pre>{@code
 * BetweennessOptions.exact().withWeighted(true);                  // all sources, ties as 1/weight long
 * BetweennessOptions.sampled(BetweennessOptions.pivotsFor(0.01, 0.05), 42).withThreads(2);
 * }</pre>
 *
 * @param weighted false (the default) to count every tie as one step; true to make a tie of weight
 *     {@code w} {@code 1 / w} long, so that shortest paths prefer strong ties
 * @param pivots how many source nodes to sample: 0 (the default) takes every node as a source and
 *     computes betweenness exactly, as does any number at least the node count; otherwise at least 2 (a
 *     pivot's own estimate comes from the other pivots)
 * @param seed the seed of the pivot sample (default 1): the same seed gives the same estimate
 * @param threads how many threads to use, 1 (the default) to {@value SourceLanes#LANES}; the result is
 *     the same for every thread count
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record BetweennessOptions(boolean weighted, int pivots, long seed, int threads) {

  private static final BetweennessOptions EXACT = new BetweennessOptions(false, 0, 1L, 1);

  /**
   * Creates options.
   *
   * @throws IllegalArgumentException if {@code pivots} is negative or 1, or {@code threads} is out of
   *     range; the message names the value
   */
  public BetweennessOptions {
    if (pivots < 0 || pivots == 1) {
      throw new IllegalArgumentException("pivots must be 0 (exact) or >= 2 but was " + pivots);
    }
    if (threads < 1 || threads > SourceLanes.LANES) {
      throw new IllegalArgumentException("threads must be between 1 and " + SourceLanes.LANES + " but was "
          + threads);
    }
  }

  /** Exact betweenness over hop distances, on one thread. */
  public static BetweennessOptions exact() {
    return EXACT;
  }

  /**
   * Betweenness estimated from {@code pivots} sampled sources (Brandes and Pich 2007), hop distances, one
   * thread.
   *
   * @throws IllegalArgumentException if {@code pivots < 2}
   */
  public static BetweennessOptions sampled(int pivots, long seed) {
    if (pivots < 2) {
      throw new IllegalArgumentException("pivots must be >= 2 for a sampled run but was " + pivots);
    }
    return new BetweennessOptions(false, pivots, seed, 1);
  }

  /**
   * The number of pivots that bounds the error of one member's normalised estimate by {@code epsilon}
   * with probability at least {@code 1 − delta}, by Hoeffding's inequality: each sampled source adds a
   * dependency in {@code [0, n − 2]}, so {@code k = ⌈ln(2 / delta) / (2 epsilon²)⌉} pivots suffice
   * (independently of the graph's size). For the bound to hold for all n members at once, pass
   * {@code delta / n}. {@code pivotsFor(0.01, 0.05)} is 18,445; {@code pivotsFor(0.05, 0.05)} is 738.
   *
   * @throws IllegalArgumentException if {@code epsilon} or {@code delta} is not in {@code (0, 1)}
   */
  public static int pivotsFor(double epsilon, double delta) {
    if (!(epsilon > 0 && epsilon < 1)) {
      throw new IllegalArgumentException("epsilon must be in (0, 1) but was " + epsilon);
    }
    if (!(delta > 0 && delta < 1)) {
      throw new IllegalArgumentException("delta must be in (0, 1) but was " + delta);
    }
    double k = Math.ceil(StrictMath.log(2 / delta) / (2 * epsilon * epsilon));
    return k >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) k;
  }

  /** True if every node is a source (no sampling requested). */
  public boolean isExact() {
    return pivots == 0;
  }

  /** These options with ties weighted (length {@code 1 / weight}) or not. */
  public BetweennessOptions withWeighted(boolean weighted) {
    return new BetweennessOptions(weighted, pivots, seed, threads);
  }

  /**
   * These options with another pivot count (0: exact).
   *
   * @throws IllegalArgumentException if {@code pivots} is negative or 1
   */
  public BetweennessOptions withPivots(int pivots) {
    return new BetweennessOptions(weighted, pivots, seed, threads);
  }

  /** These options with another seed. */
  public BetweennessOptions withSeed(long seed) {
    return new BetweennessOptions(weighted, pivots, seed, threads);
  }

  /**
   * These options with another thread count.
   *
   * @throws IllegalArgumentException if {@code threads} is out of range
   */
  public BetweennessOptions withThreads(int threads) {
    return new BetweennessOptions(weighted, pivots, seed, threads);
  }
}
