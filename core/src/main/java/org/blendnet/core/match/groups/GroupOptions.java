package org.blendnet.core.match.groups;

/**
 * Options of {@link LearningGroups}: the size range, the size aimed at, the unit-diversity cap, what counts
 * as a unit, the seed and the search effort. Start from {@link #sizes(int, int)}:
 *
 * <pre>{@code
 * GroupOptions options = GroupOptions.sizes(15, 20)   // every group has 15 to 20 members
 *     .withTargetSize(17)                             // as many groups as make about 17 each
 *     .withMaxUnitShare(0.3)                          // no unit above 30% of a group
 *     .withSeed(42);
 * }</pre>
 *
 * <p><b>The unit cap.</b> A member's unit is their {@link org.blendnet.core.Affiliation} cut to
 * {@link #unitDepth()} segments (2: organisation / unit); members with no affiliation have no unit and are
 * never capped. No group holds more than {@link #maxSameUnit()} = max(1, ⌊maxUnitShare · minSize⌋)
 * members of one unit — so no unit makes up more than {@code maxUnitShare} of any group, whatever its size
 * in the range. A share of 1 switches the cap off.
 *
 * @param minSize the fewest members of a group (at least 2)
 * @param maxSize the most members of a group (at least {@code minSize})
 * @param targetSize the size aimed at (within the range): the number of groups is the one whose even split
 *     comes closest to it
 * @param maxUnitShare the largest share of a group one unit may make up, in (0, 1]
 * @param unitDepth the affiliation segments that make a unit (at least 1)
 * @param seed the seed of the deal and of the search order
 * @param maxPasses the most local-search passes (0: the dealt start, unimproved)
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record GroupOptions(int minSize, int maxSize, int targetSize, double maxUnitShare, int unitDepth, long seed,
    int maxPasses) {

  /** The unit share unless told otherwise: no unit above half a group. */
  public static final double DEFAULT_MAX_UNIT_SHARE = 0.5;
  /** The unit depth unless told otherwise: organisation / unit. */
  public static final int DEFAULT_UNIT_DEPTH = 2;
  /**
   * The pass limit unless told otherwise. Small populations converge in a few passes; 10,000 members in
   * groups of 17 still gain about 0.4 % a pass after 20 (and take about 0.2 s of CPU a pass), so the limit
   * keeps such a run near 4 s; raise it for a better plan at a higher cost.
   */
  public static final int DEFAULT_MAX_PASSES = 20;

  /**
   * Creates options.
   *
   * @throws IllegalArgumentException naming the value if a size is below 2, the range is empty, the target
   *     outside it, the share outside (0, 1], the depth below 1 or the pass limit negative
   */
  public GroupOptions {
    if (minSize < 2) {
      throw new IllegalArgumentException("minSize must be >= 2 but was " + minSize);
    }
    if (maxSize < minSize) {
      throw new IllegalArgumentException("maxSize must be >= minSize (" + minSize + ") but was " + maxSize);
    }
    if (targetSize < minSize || targetSize > maxSize) {
      throw new IllegalArgumentException(
          "targetSize must be within " + minSize + "–" + maxSize + " but was " + targetSize);
    }
    if (!(maxUnitShare > 0 && maxUnitShare <= 1)) {
      throw new IllegalArgumentException("maxUnitShare must be in (0, 1] but was " + maxUnitShare);
    }
    if (unitDepth < 1) {
      throw new IllegalArgumentException("unitDepth must be >= 1 but was " + unitDepth);
    }
    if (maxPasses < 0) {
      throw new IllegalArgumentException("maxPasses must be >= 0 but was " + maxPasses);
    }
  }

  /**
   * Groups of {@code minSize} to {@code maxSize} members, aiming at the middle of the range; no unit above
   * half a group; seed 0; at most {@value #DEFAULT_MAX_PASSES} passes.
   *
   * @throws IllegalArgumentException if {@code minSize < 2} or {@code maxSize < minSize}
   */
  public static GroupOptions sizes(int minSize, int maxSize) {
    if (maxSize < minSize) {
      throw new IllegalArgumentException("maxSize must be >= minSize (" + minSize + ") but was " + maxSize);
    }
    return new GroupOptions(minSize, maxSize, minSize + (maxSize - minSize) / 2, DEFAULT_MAX_UNIT_SHARE,
        DEFAULT_UNIT_DEPTH, 0, DEFAULT_MAX_PASSES);
  }

  /** These options aiming at groups of {@code targetSize}. */
  public GroupOptions withTargetSize(int targetSize) {
    return new GroupOptions(minSize, maxSize, targetSize, maxUnitShare, unitDepth, seed, maxPasses);
  }

  /** These options with the unit share cap {@code maxUnitShare} (1: no cap). */
  public GroupOptions withMaxUnitShare(double maxUnitShare) {
    return new GroupOptions(minSize, maxSize, targetSize, maxUnitShare, unitDepth, seed, maxPasses);
  }

  /** These options with units cut at {@code unitDepth} affiliation segments. */
  public GroupOptions withUnitDepth(int unitDepth) {
    return new GroupOptions(minSize, maxSize, targetSize, maxUnitShare, unitDepth, seed, maxPasses);
  }

  /** These options with {@code seed}. */
  public GroupOptions withSeed(long seed) {
    return new GroupOptions(minSize, maxSize, targetSize, maxUnitShare, unitDepth, seed, maxPasses);
  }

  /** These options with at most {@code maxPasses} local-search passes. */
  public GroupOptions withMaxPasses(int maxPasses) {
    return new GroupOptions(minSize, maxSize, targetSize, maxUnitShare, unitDepth, seed, maxPasses);
  }

  /** The most members of one unit in a group: max(1, ⌊maxUnitShare · minSize⌋), or unlimited at share 1. */
  public int maxSameUnit() {
    return maxUnitShare >= 1 ? Integer.MAX_VALUE : Math.max(1, (int) Math.floor(maxUnitShare * minSize));
  }

  /** {@code GroupOptions[15–20, target 17, unit share ≤ 0.3 (4 a group), depth 2, seed 42, passes ≤ 20]}. */
  @Override
  public String toString() {
    return "GroupOptions[" + minSize + "–" + maxSize + ", target " + targetSize + ", unit share ≤ " + maxUnitShare
        + (maxUnitShare >= 1 ? "" : " (" + maxSameUnit() + " a group)") + ", depth " + unitDepth + ", seed " + seed
        + ", passes ≤ " + maxPasses + "]";
  }
}
