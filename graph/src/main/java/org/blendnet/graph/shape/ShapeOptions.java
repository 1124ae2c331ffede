package org.blendnet.graph.shape;

import org.blendnet.graph.internal.SourceLanes;

/**
 * The settings of a {@link ShapeAnalysis}.
 *
 * <pre>{@code
 * ShapeOptions.defaults().withExactUpTo(20_000).withThreads(2);
 * }</pre>
 *
 * @param exactUpTo the largest graph, in members, whose betweenness and top-members share are computed
 *     exactly, {@code >= 0} (default 5,000: about a second of work for a sparse graph); larger graphs are
 *     sampled
 * @param pivots how many sources to sample in a larger graph, {@code >= 2} (default 500: in a connected
 *     graph the share of paths through a given set of top members is then within ±0.061 with 95%
 *     confidence, by Hoeffding's inequality, and far closer in practice)
 * @param seed the seed of the samples (default 1)
 * @param weighted false (the default) to count every tie as one step; true for ties {@code 1 / weight} long
 * @param threads how many threads the betweenness runs use, 1 (the default) to {@value SourceLanes#LANES};
 *     the result does not depend on it
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record ShapeOptions(int exactUpTo, int pivots, long seed, boolean weighted, int threads) {

  private static final ShapeOptions DEFAULTS = new ShapeOptions(5_000, 500, 1L, false, 1);

  /**
   * Creates options.
   *
   * @throws IllegalArgumentException if a value is out of range; the message names it
   */
  public ShapeOptions {
    if (exactUpTo < 0) {
      throw new IllegalArgumentException("exactUpTo must be >= 0 but was " + exactUpTo);
    }
    if (pivots < 2) {
      throw new IllegalArgumentException("pivots must be >= 2 but was " + pivots);
    }
    if (threads < 1 || threads > SourceLanes.LANES) {
      throw new IllegalArgumentException("threads must be between 1 and " + SourceLanes.LANES + " but was "
          + threads);
    }
  }

  /** Exact up to 5,000 members, 500 pivots beyond, seed 1, hop distances, one thread. */
  public static ShapeOptions defaults() {
    return DEFAULTS;
  }

  /**
   * These options with another exact-size limit.
   *
   * @throws IllegalArgumentException if {@code exactUpTo < 0}
   */
  public ShapeOptions withExactUpTo(int exactUpTo) {
    return new ShapeOptions(exactUpTo, pivots, seed, weighted, threads);
  }

  /**
   * These options with another pivot count.
   *
   * @throws IllegalArgumentException if {@code pivots < 2}
   */
  public ShapeOptions withPivots(int pivots) {
    return new ShapeOptions(exactUpTo, pivots, seed, weighted, threads);
  }

  /** These options with another seed. */
  public ShapeOptions withSeed(long seed) {
    return new ShapeOptions(exactUpTo, pivots, seed, weighted, threads);
  }

  /** These options with weighted or hop distances. */
  public ShapeOptions withWeighted(boolean weighted) {
    return new ShapeOptions(exactUpTo, pivots, seed, weighted, threads);
  }

  /**
   * These options with another thread count.
   *
   * @throws IllegalArgumentException if {@code threads} is out of range
   */
  public ShapeOptions withThreads(int threads) {
    return new ShapeOptions(exactUpTo, pivots, seed, weighted, threads);
  }
}
