package org.blendnet.core;

/**
 * How well a member knows a topic, on the four rungs most skills frameworks share.
 *
 * <p>{@link #weight()} turns a level into a number in (0, 1] for scoring: a beginner knows a little,
 * an expert four times as much.
 *
 * @since 0.1
 */
public enum ExpertiseLevel {
  /** Knows the basics; can share first steps. */
  BEGINNER(0.25),
  /** Works with it regularly. */
  INTERMEDIATE(0.5),
  /** Handles hard cases without help. */
  ADVANCED(0.75),
  /** Others come to them; can teach it. */
  EXPERT(1.0);

  private final double weight;

  ExpertiseLevel(double weight) {
    this.weight = weight;
  }

  /** This level as a number in (0, 1]: 0.25, 0.5, 0.75 or 1. */
  public double weight() {
    return weight;
  }
}
