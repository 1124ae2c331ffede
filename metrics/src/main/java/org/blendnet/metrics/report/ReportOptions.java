package org.blendnet.metrics.report;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.MemberId;
import org.blendnet.core.TimeWindow;
import org.blendnet.graph.TieModel;
import org.blendnet.graph.shape.ShapeOptions;
import org.blendnet.graph.silo.SiloOptions;
import org.blendnet.metrics.blended.EventCatalysis;
import org.blendnet.metrics.expertise.KnowledgeAtRisk;
import org.blendnet.metrics.reciprocity.GiveTakeWeights;
import org.blendnet.metrics.reciprocity.ProfileThresholds;
import org.jspecify.annotations.Nullable;

/**
 * The settings of a {@link NetworkHealthReport}: the window of time it covers and the length of its periods,
 * how long its lists may grow, whether it shows names, and the options of the measures it runs.
 *
 * <ul>
 *   <li><b>window</b>: the records counted (default: from the start of the UTC day of the earliest record
 *       to the start of the UTC day after the latest, so that every record is in);
 *   <li><b>period</b>: the length of the periods of the activity series, calendar periods in {@link #zone()}
 *       from the window's start (default one month, zone UTC); the last period ends with the window and may be
 *       shorter;
 *   <li><b>topN</b>: how many members a list of members shows (default {@value #DEFAULT_TOP_N});
 *   <li><b>maxGroups</b>: how many units the silo table and matrix (the largest first) and the blendedness
 *       table and bars (in path order) show (default {@value #DEFAULT_MAX_GROUPS});
 *   <li><b>maxPoints</b>: how many members the give/take scatter plots, the most active first (default
 *       {@value #DEFAULT_MAX_POINTS});
 *   <li><b>maxCohorts</b>: how many cohorts, the most recent, the cohort table and heat-map show (default
 *       {@value #DEFAULT_MAX_COHORTS});
 *   <li><b>participationAttribute</b>: the member attribute whose values group the participation table (default
 *       none: members are grouped by declared unit, cut to the silo options' unit depth);
 *   <li><b>names</b>: false (the default) shows every member by id; true shows the name of a member whose
 *       {@link org.blendnet.core.Consent#recommendable() consent} lets them be recommended to others, and the
 *       id of everyone else;
 *   <li><b>knowledge at risk</b>: the least {@link ExpertiseLevel} of a holder (default
 *       {@link KnowledgeAtRisk#DEFAULT_LEVEL}), the fewest active holders a topic needs (default
 *       {@value KnowledgeAtRisk#DEFAULT_MIN_ACTIVE_HOLDERS}) and the members flagged as leaving (default none);
 *   <li><b>catalysisHorizon</b>: how long after a shared event online contact counts as started by it (default
 *       four weeks, {@link EventCatalysis#DEFAULT_HORIZON});
 *   <li>the options of the measures: {@link GiveTakeWeights}, {@link ProfileThresholds}, {@link TieModel},
 *       {@link SiloOptions} (whose unit depth and privacy floor apply to every per-unit figure) and
 *       {@link ShapeOptions}.
 * </ul>
 *
 * <pre>{@code
 * ReportOptions options = ReportOptions.builder().period(Period.ofWeeks(1)).topN(5).names(true).build();
 * }</pre>
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class ReportOptions {

  /** The default number of members in a list. */
  public static final int DEFAULT_TOP_N = 10;
  /** The default number of units in the silo table, matrix and per-unit bars. */
  public static final int DEFAULT_MAX_GROUPS = 20;
  /** The default number of points of the give/take scatter. */
  public static final int DEFAULT_MAX_POINTS = 2000;
  /** The default number of cohorts in the cohort table and heat-map. */
  public static final int DEFAULT_MAX_COHORTS = 24;

  private static final ReportOptions DEFAULTS = new Builder().build();

  private final @Nullable TimeWindow window;
  private final Period period;
  private final ZoneId zone;
  private final int topN;
  private final int maxGroups;
  private final int maxPoints;
  private final int maxCohorts;
  private final @Nullable String participationAttribute;
  private final boolean names;
  private final GiveTakeWeights weights;
  private final ProfileThresholds thresholds;
  private final TieModel tieModel;
  private final SiloOptions siloOptions;
  private final ShapeOptions shapeOptions;
  private final ExpertiseLevel expertiseLevel;
  private final int minActiveHolders;
  private final SortedSet<MemberId> leaving;
  private final Duration catalysisHorizon;

  private ReportOptions(Builder b) {
    this.window = b.window;
    this.period = b.period;
    this.zone = b.zone;
    this.topN = b.topN;
    this.maxGroups = b.maxGroups;
    this.maxPoints = b.maxPoints;
    this.maxCohorts = b.maxCohorts;
    this.participationAttribute = b.participationAttribute;
    this.names = b.names;
    this.weights = b.weights;
    this.thresholds = b.thresholds;
    this.tieModel = b.tieModel;
    this.siloOptions = b.siloOptions;
    this.shapeOptions = b.shapeOptions;
    this.expertiseLevel = b.expertiseLevel;
    this.minActiveHolders = b.minActiveHolders;
    this.leaving = Collections.unmodifiableSortedSet(new TreeSet<>(b.leaving));
    this.catalysisHorizon = b.catalysisHorizon;
  }

  /** The defaults: see the class comment. */
  public static ReportOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.window = window;
    b.period = period;
    b.zone = zone;
    b.topN = topN;
    b.maxGroups = maxGroups;
    b.maxPoints = maxPoints;
    b.maxCohorts = maxCohorts;
    b.participationAttribute = participationAttribute;
    b.names = names;
    b.weights = weights;
    b.thresholds = thresholds;
    b.tieModel = tieModel;
    b.siloOptions = siloOptions;
    b.shapeOptions = shapeOptions;
    b.expertiseLevel = expertiseLevel;
    b.minActiveHolders = minActiveHolders;
    b.leaving = new TreeSet<>(leaving);
    b.catalysisHorizon = catalysisHorizon;
    return b;
  }

  /** The window of time covered, if set; empty: the span of the records. */
  public Optional<TimeWindow> window() {
    return Optional.ofNullable(window);
  }

  /** The length of the periods. */
  public Period period() {
    return period;
  }

  /** The time zone of the calendar periods. */
  public ZoneId zone() {
    return zone;
  }

  /** How many members a list shows. */
  public int topN() {
    return topN;
  }

  /** How many units the silo table, matrix and per-unit bars show. */
  public int maxGroups() {
    return maxGroups;
  }

  /** How many members the give/take scatter plots. */
  public int maxPoints() {
    return maxPoints;
  }

  /** How many cohorts, the most recent, the cohort table and heat-map show. */
  public int maxCohorts() {
    return maxCohorts;
  }

  /** The member attribute that groups the participation table; empty: members are grouped by declared unit. */
  public Optional<String> participationAttribute() {
    return Optional.ofNullable(participationAttribute);
  }

  /** True to show the names of members who consented to be recommended. */
  public boolean names() {
    return names;
  }

  /** The weights of the reciprocity ledger. */
  public GiveTakeWeights weights() {
    return weights;
  }

  /** The thresholds of the giver / matcher / taker profiles. */
  public ProfileThresholds thresholds() {
    return thresholds;
  }

  /** How the social graph is built from the network (restricted to the window). */
  public TieModel tieModel() {
    return tieModel;
  }

  /** The options of the silo analysis, whose privacy floor applies to every group the report names. */
  public SiloOptions siloOptions() {
    return siloOptions;
  }

  /** The options of the network shape analysis. */
  public ShapeOptions shapeOptions() {
    return shapeOptions;
  }

  /** The least level of expertise that makes a member a holder of a topic. */
  public ExpertiseLevel expertiseLevel() {
    return expertiseLevel;
  }

  /** The fewest active holders a topic needs not to be at risk. */
  public int minActiveHolders() {
    return minActiveHolders;
  }

  /** The members flagged as leaving, in id order. */
  public SortedSet<MemberId> leaving() {
    return leaving;
  }

  /** How long after a shared face-to-face event online contact counts as started by it. */
  public Duration catalysisHorizon() {
    return catalysisHorizon;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return this == o || (o instanceof ReportOptions other
        && Objects.equals(window, other.window)
        && period.equals(other.period)
        && zone.equals(other.zone)
        && topN == other.topN
        && maxGroups == other.maxGroups
        && maxPoints == other.maxPoints
        && maxCohorts == other.maxCohorts
        && Objects.equals(participationAttribute, other.participationAttribute)
        && names == other.names
        && weights.equals(other.weights)
        && thresholds.equals(other.thresholds)
        && tieModel.equals(other.tieModel)
        && siloOptions.equals(other.siloOptions)
        && shapeOptions.equals(other.shapeOptions)
        && expertiseLevel == other.expertiseLevel
        && minActiveHolders == other.minActiveHolders
        && leaving.equals(other.leaving)
        && catalysisHorizon.equals(other.catalysisHorizon));
  }

  @Override
  public int hashCode() {
    // the level by ordinal: no identity hash codes
    return Objects.hash(window, period, zone, topN, maxGroups, maxPoints, maxCohorts, participationAttribute, names, weights, thresholds, tieModel,
        siloOptions, shapeOptions, expertiseLevel.ordinal(), minActiveHolders, leaving, catalysisHorizon);
  }

  /**
   * {@code ReportOptions[window=…, period=P1M, zone=Z, topN=10, maxGroups=20, maxPoints=2000, maxCohorts=24,
   * participation by=unit, names=false]}.
   */
  @Override
  public String toString() {
    return "ReportOptions[window=" + (window == null ? "records" : window) + ", period=" + period + ", zone=" + zone
        + ", topN=" + topN + ", maxGroups=" + maxGroups + ", maxPoints=" + maxPoints + ", maxCohorts=" + maxCohorts
        + ", participation by=" + (participationAttribute == null ? "unit" : "attribute " + participationAttribute)
        + ", names=" + names + "]";
  }

  /**
   * Collects report options, starting from the defaults. Not thread-safe; {@link #build()} may be called more
   * than once.
   *
   * @since 0.1
   */
  public static final class Builder {
    private @Nullable TimeWindow window;
    private Period period = Period.ofMonths(1);
    private ZoneId zone = ZoneOffset.UTC;
    private int topN = DEFAULT_TOP_N;
    private int maxGroups = DEFAULT_MAX_GROUPS;
    private int maxPoints = DEFAULT_MAX_POINTS;
    private int maxCohorts = DEFAULT_MAX_COHORTS;
    private @Nullable String participationAttribute;
    private boolean names;
    private GiveTakeWeights weights = GiveTakeWeights.defaults();
    private ProfileThresholds thresholds = ProfileThresholds.defaults();
    private TieModel tieModel = TieModel.defaults();
    private SiloOptions siloOptions = SiloOptions.defaults();
    private ShapeOptions shapeOptions = ShapeOptions.defaults();
    private ExpertiseLevel expertiseLevel = KnowledgeAtRisk.DEFAULT_LEVEL;
    private int minActiveHolders = KnowledgeAtRisk.DEFAULT_MIN_ACTIVE_HOLDERS;
    private Set<MemberId> leaving = new TreeSet<>();
    private Duration catalysisHorizon = EventCatalysis.DEFAULT_HORIZON;

    private Builder() {}

    /** Covers only the records within {@code window}. */
    public Builder window(TimeWindow window) {
      this.window = Objects.requireNonNull(window, "window");
      return this;
    }

    /** Covers the span of the records (the default). */
    public Builder allRecords() {
      this.window = null;
      return this;
    }

    /**
     * Sets the length of the periods.
     *
     * @throws IllegalArgumentException if {@code period} is zero or has a negative part
     */
    public Builder period(Period period) {
      Objects.requireNonNull(period, "period");
      if (period.isZero() || period.isNegative()) {
        throw new IllegalArgumentException("period must be positive but was " + period);
      }
      this.period = period;
      return this;
    }

    /** Sets the time zone of the calendar periods. */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Sets how many members a list shows.
     *
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    public Builder topN(int n) {
      this.topN = atLeastOne(n, "topN");
      return this;
    }

    /**
     * Sets how many units the silo table, matrix and per-unit bars show.
     *
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    public Builder maxGroups(int n) {
      this.maxGroups = atLeastOne(n, "maxGroups");
      return this;
    }

    /**
     * Sets how many members the give/take scatter plots.
     *
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    public Builder maxPoints(int n) {
      this.maxPoints = atLeastOne(n, "maxPoints");
      return this;
    }

    /**
     * Sets how many cohorts, the most recent, the cohort table and heat-map show.
     *
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    public Builder maxCohorts(int n) {
      this.maxCohorts = atLeastOne(n, "maxCohorts");
      return this;
    }

    /**
     * Groups the participation table by the values of member attribute {@code key} (its values become group
     * labels, shown only for groups of at least the privacy floor).
     *
     * @throws IllegalArgumentException if {@code key} is blank
     */
    public Builder participationAttribute(String key) {
      Objects.requireNonNull(key, "key");
      if (key.isBlank()) {
        throw new IllegalArgumentException("participationAttribute must not be blank");
      }
      this.participationAttribute = key;
      return this;
    }

    /** Groups the participation table by declared unit (the default). */
    public Builder participationByUnit() {
      this.participationAttribute = null;
      return this;
    }

    /** True to show the names of members who consented to be recommended; false for ids only. */
    public Builder names(boolean show) {
      this.names = show;
      return this;
    }

    /** Sets the weights of the reciprocity ledger. */
    public Builder weights(GiveTakeWeights weights) {
      this.weights = Objects.requireNonNull(weights, "weights");
      return this;
    }

    /** Sets the thresholds of the giver / matcher / taker profiles. */
    public Builder thresholds(ProfileThresholds thresholds) {
      this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
      return this;
    }

    /** Sets how the social graph is built. */
    public Builder tieModel(TieModel tieModel) {
      this.tieModel = Objects.requireNonNull(tieModel, "tieModel");
      return this;
    }

    /**
     * Sets the options of the silo analysis; their privacy floor applies to every group the report names.
     * Their window, if any, is replaced by the report's.
     */
    public Builder siloOptions(SiloOptions siloOptions) {
      this.siloOptions = Objects.requireNonNull(siloOptions, "siloOptions");
      return this;
    }

    /** Sets the options of the network shape analysis. */
    public Builder shapeOptions(ShapeOptions shapeOptions) {
      this.shapeOptions = Objects.requireNonNull(shapeOptions, "shapeOptions");
      return this;
    }

    /** Sets the least level of expertise that makes a member a holder of a topic. */
    public Builder expertiseLevel(ExpertiseLevel level) {
      this.expertiseLevel = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * Sets the fewest active holders a topic needs not to be at risk.
     *
     * @throws IllegalArgumentException if {@code k} is less than 1
     */
    public Builder minActiveHolders(int k) {
      this.minActiveHolders = atLeastOne(k, "minActiveHolders");
      return this;
    }

    /**
     * Flags members as leaving (replacing any flagged before); every one must be a member of the network the
     * report is made of.
     */
    public Builder leaving(Set<MemberId> members) {
      Objects.requireNonNull(members, "members");
      TreeSet<MemberId> copy = new TreeSet<>();
      for (MemberId m : members) {
        copy.add(Objects.requireNonNull(m, "leaving member"));
      }
      this.leaving = copy;
      return this;
    }

    /**
     * Sets how long after a shared face-to-face event online contact counts as started by it.
     *
     * @throws IllegalArgumentException if {@code horizon} is not positive
     */
    public Builder catalysisHorizon(Duration horizon) {
      Objects.requireNonNull(horizon, "horizon");
      if (horizon.isZero() || horizon.isNegative()) {
        throw new IllegalArgumentException("catalysisHorizon must be positive but was " + horizon);
      }
      this.catalysisHorizon = horizon;
      return this;
    }

    /** Builds the options. */
    public ReportOptions build() {
      return new ReportOptions(this);
    }

    private static int atLeastOne(int n, String name) {
      if (n < 1) {
        throw new IllegalArgumentException(name + " must be >= 1 but was " + n);
      }
      return n;
    }
  }
}
