package org.blendnet.core.match.groups;

/**
 * Options of {@link EventSeating}: the table size, the cap on seats of one unit, what the objective rewards,
 * the seed and the search effort. Start from {@link #tablesOf(int)}:
 *
 * <pre>{@code
 * SeatingOptions options = SeatingOptions.tablesOf(8)
 *     .withMaxSameUnit(2)            // at most 2 seats a table for one unit
 *     .withOnlineOnlyWeight(2)       // turning online-only ties into face-to-face ones counts double
 *     .withSeed(42);
 * }</pre>
 *
 * @param tableSize the most seats at a table (at least 2)
 * @param maxSameUnit the most seats at one table for members of one unit (at least 1)
 * @param unitDepth the affiliation segments that make a unit (at least 1; 2 is organisation / unit)
 * @param onlineOnlyWeight what seating together a pair who met online but never face to face is worth (≥ 0)
 * @param shouldMeetWeight what seating together a pair who should meet is worth, times their matchmaker
 *     score (≥ 0)
 * @param shouldMeetPerMember how many of the other participants each one should meet (at least 0): their
 *     best-scoring ones
 * @param minShouldMeetScore the matchmaker score a pair needs to count as "should meet", in [0, 1]
 * @param seed the seed of the deal and of the search order
 * @param maxPasses the most local-search passes (0: the dealt start, unimproved)
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record SeatingOptions(int tableSize, int maxSameUnit, int unitDepth, double onlineOnlyWeight,
    double shouldMeetWeight, int shouldMeetPerMember, double minShouldMeetScore, long seed, int maxPasses) {

  /** How many others each participant should meet unless told otherwise. */
  public static final int DEFAULT_SHOULD_MEET_PER_MEMBER = 5;
  /** The pass limit unless told otherwise. */
  public static final int DEFAULT_MAX_PASSES = 50;

  /**
   * Creates options.
   *
   * @throws IllegalArgumentException naming the value if one is out of its range
   */
  public SeatingOptions {
    if (tableSize < 2) {
      throw new IllegalArgumentException("tableSize must be >= 2 but was " + tableSize);
    }
    if (maxSameUnit < 1) {
      throw new IllegalArgumentException("maxSameUnit must be >= 1 but was " + maxSameUnit);
    }
    if (unitDepth < 1) {
      throw new IllegalArgumentException("unitDepth must be >= 1 but was " + unitDepth);
    }
    if (!(onlineOnlyWeight >= 0) || Double.isInfinite(onlineOnlyWeight)) {
      throw new IllegalArgumentException("onlineOnlyWeight must be a finite number >= 0 but was " + onlineOnlyWeight);
    }
    if (!(shouldMeetWeight >= 0) || Double.isInfinite(shouldMeetWeight)) {
      throw new IllegalArgumentException("shouldMeetWeight must be a finite number >= 0 but was " + shouldMeetWeight);
    }
    if (shouldMeetPerMember < 0) {
      throw new IllegalArgumentException("shouldMeetPerMember must be >= 0 but was " + shouldMeetPerMember);
    }
    if (!(minShouldMeetScore >= 0 && minShouldMeetScore <= 1)) {
      throw new IllegalArgumentException("minShouldMeetScore must be in [0, 1] but was " + minShouldMeetScore);
    }
    if (maxPasses < 0) {
      throw new IllegalArgumentException("maxPasses must be >= 0 but was " + maxPasses);
    }
  }

  /**
   * Tables of at most {@code tableSize}; at most half a table (at least 1) for one unit; units at
   * organisation / unit; both reasons weighted 1; each participant's 5 best matches above score 0 count as
   * "should meet"; seed 0; at most {@value #DEFAULT_MAX_PASSES} passes.
   *
   * @throws IllegalArgumentException if {@code tableSize < 2}
   */
  public static SeatingOptions tablesOf(int tableSize) {
    if (tableSize < 2) {
      throw new IllegalArgumentException("tableSize must be >= 2 but was " + tableSize);
    }
    return new SeatingOptions(tableSize, Math.max(1, tableSize / 2), GroupOptions.DEFAULT_UNIT_DEPTH, 1, 1,
        DEFAULT_SHOULD_MEET_PER_MEMBER, 0, 0, DEFAULT_MAX_PASSES);
  }

  /** These options with at most {@code maxSameUnit} seats a table for one unit. */
  public SeatingOptions withMaxSameUnit(int maxSameUnit) {
    return new SeatingOptions(tableSize, maxSameUnit, unitDepth, onlineOnlyWeight, shouldMeetWeight,
        shouldMeetPerMember, minShouldMeetScore, seed, maxPasses);
  }

  /** These options with units cut at {@code unitDepth} affiliation segments. */
  public SeatingOptions withUnitDepth(int unitDepth) {
    return new SeatingOptions(tableSize, maxSameUnit, unitDepth, onlineOnlyWeight, shouldMeetWeight,
        shouldMeetPerMember, minShouldMeetScore, seed, maxPasses);
  }

  /** These options with {@code weight} for each online-only pair seated together. */
  public SeatingOptions withOnlineOnlyWeight(double weight) {
    return new SeatingOptions(tableSize, maxSameUnit, unitDepth, weight, shouldMeetWeight, shouldMeetPerMember,
        minShouldMeetScore, seed, maxPasses);
  }

  /** These options with {@code weight} times the score for each should-meet pair seated together. */
  public SeatingOptions withShouldMeetWeight(double weight) {
    return new SeatingOptions(tableSize, maxSameUnit, unitDepth, onlineOnlyWeight, weight, shouldMeetPerMember,
        minShouldMeetScore, seed, maxPasses);
  }

  /** These options with each participant's {@code count} best matches as "should meet". */
  public SeatingOptions withShouldMeetPerMember(int count) {
    return new SeatingOptions(tableSize, maxSameUnit, unitDepth, onlineOnlyWeight, shouldMeetWeight, count,
        minShouldMeetScore, seed, maxPasses);
  }

  /** These options counting a pair as "should meet" only from score {@code score} up. */
  public SeatingOptions withMinShouldMeetScore(double score) {
    return new SeatingOptions(tableSize, maxSameUnit, unitDepth, onlineOnlyWeight, shouldMeetWeight,
        shouldMeetPerMember, score, seed, maxPasses);
  }

  /** These options with {@code seed}. */
  public SeatingOptions withSeed(long seed) {
    return new SeatingOptions(tableSize, maxSameUnit, unitDepth, onlineOnlyWeight, shouldMeetWeight,
        shouldMeetPerMember, minShouldMeetScore, seed, maxPasses);
  }

  /** These options with at most {@code maxPasses} local-search passes. */
  public SeatingOptions withMaxPasses(int maxPasses) {
    return new SeatingOptions(tableSize, maxSameUnit, unitDepth, onlineOnlyWeight, shouldMeetWeight,
        shouldMeetPerMember, minShouldMeetScore, seed, maxPasses);
  }

  /** {@code SeatingOptions[tables of 8, ≤ 2 a unit, depth 2, online-only 1, should-meet 1 (best 5, ≥ 0), seed 0, passes ≤ 50]}. */
  @Override
  public String toString() {
    return "SeatingOptions[tables of " + tableSize + ", ≤ " + maxSameUnit + " a unit, depth " + unitDepth
        + ", online-only " + onlineOnlyWeight + ", should-meet " + shouldMeetWeight + " (best " + shouldMeetPerMember
        + ", ≥ " + minShouldMeetScore + "), seed " + seed + ", passes ≤ " + maxPasses + "]";
  }
}
