package org.blendnet.graph.community;

import java.util.Objects;

/**
 * The settings of a {@link Leiden} run. Create with {@link #defaults()} and change with the
 * {@code with…} methods:
 *
 * <pre>{@code
 * LeidenOptions options = LeidenOptions.defaults().withObjective(Objective.CPM).withResolution(0.05).withSeed(7);
 * }</pre>
 *
 * @param objective what to maximise (default {@link Objective#MODULARITY})
 * @param resolution the resolution γ, finite and {@code >= 0} (default 1): higher gives smaller communities
 * @param randomness the randomness θ of the refinement phase, finite and {@code > 0} (default 0.01, the
 *     value of Traag et al.'s experiments): how far a node's merge may stray from the best one
 * @param maxIterations how many Leiden iterations to run at most, {@code >= 1} (default 10); a run stops
 *     earlier when an iteration changes nothing
 * @param seed the seed of every random choice (default 1): the same seed gives the same partition
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record LeidenOptions(Objective objective, double resolution, double randomness, int maxIterations, long seed) {

  private static final LeidenOptions DEFAULTS = new LeidenOptions(Objective.MODULARITY, 1.0, 0.01, 10, 1L);

  /**
   * Creates options.
   *
   * @throws IllegalArgumentException if a value is out of range; the message names it
   */
  public LeidenOptions {
    Objects.requireNonNull(objective, "objective");
    checkResolution(resolution);
    if (!(randomness > 0) || Double.isInfinite(randomness)) {
      throw new IllegalArgumentException("randomness must be a finite number > 0 but was " + randomness);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be >= 1 but was " + maxIterations);
    }
  }

  /** Modularity, resolution 1, randomness 0.01, at most 10 iterations, seed 1. */
  public static LeidenOptions defaults() {
    return DEFAULTS;
  }

  /** These options with another objective. */
  public LeidenOptions withObjective(Objective objective) {
    return new LeidenOptions(objective, resolution, randomness, maxIterations, seed);
  }

  /**
   * These options with another resolution.
   *
   * @throws IllegalArgumentException if {@code resolution} is negative or not finite
   */
  public LeidenOptions withResolution(double resolution) {
    return new LeidenOptions(objective, resolution, randomness, maxIterations, seed);
  }

  /**
   * These options with another randomness.
   *
   * @throws IllegalArgumentException if {@code randomness} is not a positive finite number
   */
  public LeidenOptions withRandomness(double randomness) {
    return new LeidenOptions(objective, resolution, randomness, maxIterations, seed);
  }

  /**
   * These options with another iteration limit.
   *
   * @throws IllegalArgumentException if {@code maxIterations} is less than 1
   */
  public LeidenOptions withMaxIterations(int maxIterations) {
    return new LeidenOptions(objective, resolution, randomness, maxIterations, seed);
  }

  /** These options with another seed. */
  public LeidenOptions withSeed(long seed) {
    return new LeidenOptions(objective, resolution, randomness, maxIterations, seed);
  }

  static void checkResolution(double resolution) {
    if (!(resolution >= 0) || Double.isInfinite(resolution)) {
      throw new IllegalArgumentException("resolution must be a finite number >= 0 but was " + resolution);
    }
  }
}
