package org.blendnet.graph.silo;

import org.blendnet.core.TimeWindow;
import java.util.Objects;
import java.util.Optional;
import org.blendnet.core.Channel;
import org.jspecify.annotations.Nullable;

/**
 * The settings of a {@link SiloDetector}: how deep to cut members' affiliations into units, when a group
 * counts as a silo, how small a group may be and still be named, and which layer and window of time to
 * look at.
 *
 * <p><b>When a group is a silo.</b> A group is flagged when its members have ties at all and all three of:
 *
 * <ol>
 *   <li>its {@linkplain SiloGroup#eiIndex() E-I index} is at most {@link #eiThreshold()} (default
 *       {@value #DEFAULT_EI_THRESHOLD}: at least half of its members' contact stays inside);
 *   <li>its E-I index minus the index {@linkplain SiloGroup#expectedEiIndex() expected} under random tie
 *       placement is at most {@link #excessThreshold()} (default {@value #DEFAULT_EXCESS_THRESHOLD}: the
 *       share of its contact that leaves it is at least 25 percentage points below what a group of its size
 *       would have if ties ignored groups);
 *   <li>the share of its members with any tie outside it is at most {@link #outsideShareThreshold()}
 *       (default {@value #DEFAULT_OUTSIDE_SHARE_THRESHOLD}, which switches the condition off).
 * </ol>
 *
 * <p>Why these. The first says, in plain words, that the group mostly talks to itself. The raw index
 * punishes size, though — with ties placed at random a unit holding half of the organisation scores 0, a
 * small one nearly +1 and one holding 90% about −0.8 — so the second asks for insularity beyond what the
 * group's size explains, and does most of the work: for a group larger than half the network it implies
 * the first, for a small one the first keeps a group whose contact mostly leads out from being flagged.
 * Checked on the co-work network of Lazega's law firm (71 lawyers; see the tests), the defaults flag the
 * Hartford office (E-I −0.50 against +0.49 expected) and the corporate practice (−0.51 against +0.17),
 * two of the formal divisions Lazega analyses, but not the Boston office (−0.73 against −0.34: about what
 * two thirds of the firm would show anyway) nor, narrowly, litigation (excess −0.49). The third condition
 * is off by default because in every group the first two flag in the real networks we checked — Lazega's
 * offices and practices, the research groups of CS-Aarhus online and face to face — more than half of the
 * members (57% to 100%) keep some tie outside: a silo is closed in the volume of its contact, not in its
 * membership, and requiring most members to have no outside tie would flag none of them. Set it (to 0.5,
 * say) to flag only groups whose outside contact rests on a minority of boundary spanners. Each condition
 * is switched off by its largest value (1, 2 and 1).
 *
 * <p><b>The privacy floor.</b> A report that names a group says something about its members; for a group
 * of two or three, that is something about identifiable people. Groups smaller than
 * {@link #privacyFloor()} (default {@value #DEFAULT_PRIVACY_FLOOR}, the smallest group employee-survey
 * tools commonly report on) are not named: their members are analysed together as one group, {@code (other)};
 * if even that group is smaller than the floor, nothing is reported about them beyond their number.
 *
 * <pre>{@code
 * SiloOptions options = SiloOptions.builder().unitDepth(3).layer(Channel.ONLINE).privacyFloor(8).build();
 * }</pre>
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class SiloOptions {

  /** Default depth of the affiliation path that makes a unit: organisation / unit. */
  public static final int DEFAULT_UNIT_DEPTH = 2;
  /** Default smallest group that is named. */
  public static final int DEFAULT_PRIVACY_FLOOR = 5;
  /** Default largest E-I index of a silo. */
  public static final double DEFAULT_EI_THRESHOLD = 0.0;
  /** Default largest E-I index minus its expectation of a silo. */
  public static final double DEFAULT_EXCESS_THRESHOLD = -0.5;
  /** Default largest share of members with outside ties of a silo. */
  public static final double DEFAULT_OUTSIDE_SHARE_THRESHOLD = 1.0;
  /** Default number of boundary spanners listed per group. */
  public static final int DEFAULT_TOP_SPANNERS = 10;

  private static final SiloOptions DEFAULTS = new Builder().build();

  private final int unitDepth;
  private final int privacyFloor;
  private final double eiThreshold;
  private final double excessThreshold;
  private final double outsideShareThreshold;
  private final int topSpanners;
  private final @Nullable Channel layer;
  private final @Nullable TimeWindow window;

  private SiloOptions(Builder b) {
    this.unitDepth = b.unitDepth;
    this.privacyFloor = b.privacyFloor;
    this.eiThreshold = b.eiThreshold;
    this.excessThreshold = b.excessThreshold;
    this.outsideShareThreshold = b.outsideShareThreshold;
    this.topSpanners = b.topSpanners;
    this.layer = b.layer;
    this.window = b.window;
  }

  /**
   * The defaults: units at depth 2, privacy floor 5, E-I at most 0 and at least 0.5 below its expectation
   * (outside share not considered), ten spanners, both layers, all time.
   */
  public static SiloOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options, to derive changed ones. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.unitDepth = unitDepth;
    b.privacyFloor = privacyFloor;
    b.eiThreshold = eiThreshold;
    b.excessThreshold = excessThreshold;
    b.outsideShareThreshold = outsideShareThreshold;
    b.topSpanners = topSpanners;
    b.layer = layer;
    b.window = window;
    return b;
  }

  /**
   * How many segments of a member's {@link org.blendnet.core.Affiliation} make their unit: 1 groups by
   * organisation, 2 by unit, 3 by team. A member whose affiliation is shallower is in the unit of their whole
   * path; members without any affiliation form the unit {@code (none)}.
   */
  public int unitDepth() {
    return unitDepth;
  }

  /** The smallest group that is named in a report. */
  public int privacyFloor() {
    return privacyFloor;
  }

  /** The largest E-I index a silo may have. */
  public double eiThreshold() {
    return eiThreshold;
  }

  /** The largest E-I index minus expected E-I index a silo may have. */
  public double excessThreshold() {
    return excessThreshold;
  }

  /** The largest share of members with a tie outside the group a silo may have. */
  public double outsideShareThreshold() {
    return outsideShareThreshold;
  }

  /** How many boundary spanners are listed per group, best first. */
  public int topSpanners() {
    return topSpanners;
  }

  /** The one layer to analyse, if not both channels together. */
  public Optional<Channel> layer() {
    return Optional.ofNullable(layer);
  }

  /** The window of time to analyse, if not all contact the graph was built from. */
  public Optional<TimeWindow> window() {
    return Optional.ofNullable(window);
  }

  /** True if a group with these figures is a silo under these thresholds. */
  boolean isSilo(double eiIndex, double expected, double outsideShare) {
    return !Double.isNaN(eiIndex) && eiIndex <= eiThreshold && eiIndex - expected <= excessThreshold
        && outsideShare <= outsideShareThreshold;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return this == o || (o instanceof SiloOptions other
        && unitDepth == other.unitDepth
        && privacyFloor == other.privacyFloor
        && Double.compare(eiThreshold, other.eiThreshold) == 0
        && Double.compare(excessThreshold, other.excessThreshold) == 0
        && Double.compare(outsideShareThreshold, other.outsideShareThreshold) == 0
        && topSpanners == other.topSpanners
        && layer == other.layer
        && Objects.equals(window, other.window));
  }

  @Override
  public int hashCode() {
    // the layer by ordinal: no identity hash codes
    return Objects.hash(unitDepth, privacyFloor, eiThreshold, excessThreshold, outsideShareThreshold, topSpanners,
        layer == null ? -1 : layer.ordinal(), window);
  }

  /**
   * {@code SiloOptions[unitDepth=2, privacyFloor=5, ei<=0.0, excess<=-0.5, outsideShare<=1.0,
   * topSpanners=10]}, then the layer and window if set.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("SiloOptions[unitDepth=").append(unitDepth)
        .append(", privacyFloor=").append(privacyFloor)
        .append(", ei<=").append(eiThreshold)
        .append(", excess<=").append(excessThreshold)
        .append(", outsideShare<=").append(outsideShareThreshold)
        .append(", topSpanners=").append(topSpanners);
    if (layer != null) {
      s.append(", layer=").append(layer);
    }
    if (window != null) {
      s.append(", window=").append(window);
    }
    return s.append(']').toString();
  }

  /**
   * Collects silo options, starting from the defaults. Not thread-safe; {@link #build()} may be called more
   * than once.
   *
   * @since 0.1
   */
  public static final class Builder {
    private int unitDepth = DEFAULT_UNIT_DEPTH;
    private int privacyFloor = DEFAULT_PRIVACY_FLOOR;
    private double eiThreshold = DEFAULT_EI_THRESHOLD;
    private double excessThreshold = DEFAULT_EXCESS_THRESHOLD;
    private double outsideShareThreshold = DEFAULT_OUTSIDE_SHARE_THRESHOLD;
    private int topSpanners = DEFAULT_TOP_SPANNERS;
    private @Nullable Channel layer;
    private @Nullable TimeWindow window;

    private Builder() {}

    /**
     * Sets how many affiliation segments make a unit.
     *
     * @throws IllegalArgumentException if {@code depth} is less than 1
     */
    public Builder unitDepth(int depth) {
      if (depth < 1) {
        throw new IllegalArgumentException("unitDepth must be >= 1 but was " + depth);
      }
      this.unitDepth = depth;
      return this;
    }

    /**
     * Sets the smallest group that is named; 1 names every group.
     *
     * @throws IllegalArgumentException if {@code floor} is less than 1
     */
    public Builder privacyFloor(int floor) {
      if (floor < 1) {
        throw new IllegalArgumentException("privacyFloor must be >= 1 but was " + floor);
      }
      this.privacyFloor = floor;
      return this;
    }

    /**
     * Sets the largest E-I index of a silo; 1 switches the condition off.
     *
     * @throws IllegalArgumentException if {@code threshold} is not in {@code [-1, 1]}
     */
    public Builder eiThreshold(double threshold) {
      this.eiThreshold = inRange(threshold, -1, 1, "eiThreshold");
      return this;
    }

    /**
     * Sets the largest E-I index minus expected index of a silo; 2 switches the condition off.
     *
     * @throws IllegalArgumentException if {@code threshold} is not in {@code [-2, 2]}
     */
    public Builder excessThreshold(double threshold) {
      this.excessThreshold = inRange(threshold, -2, 2, "excessThreshold");
      return this;
    }

    /**
     * Sets the largest share of members with outside ties of a silo; 1 switches the condition off.
     *
     * @throws IllegalArgumentException if {@code threshold} is not in {@code [0, 1]}
     */
    public Builder outsideShareThreshold(double threshold) {
      this.outsideShareThreshold = inRange(threshold, 0, 1, "outsideShareThreshold");
      return this;
    }

    /**
     * Sets how many boundary spanners are listed per group.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Builder topSpanners(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("topSpanners must be >= 0 but was " + count);
      }
      this.topSpanners = count;
      return this;
    }

    /** Analyses one layer only: ties with contact on {@code channel}, weighted by that channel alone. */
    public Builder layer(Channel channel) {
      this.layer = Objects.requireNonNull(channel, "channel");
      return this;
    }

    /** Analyses both channels together (the default). */
    public Builder bothLayers() {
      this.layer = null;
      return this;
    }

    /**
     * Analyses only the contact within a window of time; the graph is rebuilt from its network with its tie
     * model {@linkplain org.blendnet.graph.TieModel#within(TimeWindow) restricted} to the window.
     */
    public Builder window(TimeWindow window) {
      this.window = Objects.requireNonNull(window, "window");
      return this;
    }

    /** Analyses all contact the graph was built from (the default). */
    public Builder allTime() {
      this.window = null;
      return this;
    }

    /** Builds the options. */
    public SiloOptions build() {
      return new SiloOptions(this);
    }

    private static double inRange(double value, double min, double max, String name) {
      if (!(value >= min && value <= max)) {
        throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "] but was " + value);
      }
      return value;
    }
  }
}
