package org.blendnet.graph;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.blendnet.core.Channel;
import org.blendnet.core.Medium;
import org.blendnet.core.TimeWindow;
import org.blendnet.core.Touchpoint;
import org.jspecify.annotations.Nullable;

/**
 * How touchpoints and events become weighted ties of a {@link SocialGraph}: what each channel and medium
 * is worth, how fast old contact fades, how much sharing an event counts, and whether contact that was
 * never returned counts at all.
 *
 * <p><b>The weight of a tie.</b> Every touchpoint {@code t} with {@code n >= 2} participants adds, to the
 * tie of each pair of its participants, on the layer of its {@linkplain Touchpoint#channel() channel}:
 *
 * <pre>
 *   t.weight × channelWeight(channel) × mediumWeight(medium) × decay(t.at) / (n − 1)
 * </pre>
 *
 * where the division by {@code n − 1} applies only when {@linkplain #dampsGroupTouchpoints() group
 * damping} is on (it changes nothing for the usual two-person touchpoint). Every event {@code e} with
 * {@code n} participants — its hosts and attendees, plus everyone in a touchpoint that names it — adds to
 * each pair of them, on the layer of the event's channel:
 *
 * <pre>
 *   coAttendanceWeight × channelWeight(channel) × mediumWeight(medium) × decay(e.start) / (n − 1)
 * </pre>
 *
 * This is the member–event–member projection with Newman's collaboration weighting, w = 1/(n − 1) per
 * shared event: each attendee gets the same total weight from an event, spread over everyone they could
 * have met there (M. E. J. Newman, "Scientific collaboration networks. II. Shortest paths, weighted
 * networks, and centrality", Phys. Rev. E 64, 016132 (2001), doi:10.1103/PhysRevE.64.016132). A pair is a
 * tie when its total weight is positive; a touchpoint of one participant (an attendance record) adds no
 * weight of its own but makes its member an attendee of its event.
 *
 * <p><b>Time.</b> With an {@linkplain #asOf() as-of instant} the graph is the network as it stood then:
 * touchpoints after it, and events that start after it, are left out. With a {@linkplain #halfLife()
 * half-life} {@code h}, a contribution made {@code Δ} before the as-of instant is multiplied by
 * {@code 2^(−Δ/h)}; if no as-of instant is set, the latest touchpoint or event start of the network is
 * used. With a {@linkplain #since() since instant} as well, contact before it is left out too, so that
 * {@code since(from)} and {@code asOf(to)} make the graph of one window of time (both ends included; for
 * back-to-back windows, end each at the instant before the next begins).
 *
 * <p><b>Direction.</b> A touchpoint with an initiator is directed from the initiator to each other
 * participant. A pair whose only contact is directed one way (e-mails never answered, introductions never
 * taken up) is <em>one-way</em>; such a pair is a tie only if {@link #countsOneWayContact()}. Undirected
 * touchpoints and shared events are mutual.
 *
 * <p><b>Defaults</b> ({@link #defaults()}), and why:
 *
 * <ul>
 *   <li>offline (face-to-face) channel weight 1, online 0.5: a conversation in the same room carries
 *       more cues and builds more trust than a mediated one (media richness: R. L. Daft and R. H. Lengel,
 *       "Organizational information requirements, media richness and structural design", Management
 *       Science 32(5) (1986) 554–571, doi:10.1287/mnsc.32.5.554); every medium weight 1, so that the host
 *       application, which knows its media, refines the picture without a hidden opinion of ours;
 *   <li>co-attendance weight 0.5: sharing an event is an opportunity for contact, not evidence of it, so
 *       a whole event counts, per attendee, half as much as one direct touchpoint;
 *   <li>co-attendance projected for events of up to 500 participants: in a larger event each pair would
 *       get less than 1/500 of that, which says next to nothing about contact, while projecting it
 *       costs n²/2 pairs; direct touchpoints at large events still count in full;
 *   <li>group damping on: a meeting of ten gives each participant, in total, as much weight as a
 *       conversation of two — the same reasoning as Newman's weighting of events;
 *   <li>no time decay and no as-of instant: how fast ties fade depends on the community (R. S. Burt,
 *       "Decay functions", Social Networks 22(1) (2000) 1–28, doi:10.1016/S0378-8733(99)00015-5, found
 *       most new ties fading within a year); without decay every recorded touchpoint counts in full,
 *       and a host application that wants recency sets a half-life;
 *   <li>one-way contact does not count: a relationship needs both sides to take part; studies of e-mail
 *       networks count a tie only when mail went both ways (G. Kossinets and D. J. Watts, "Empirical
 *       analysis of an evolving social network", Science 311(5757) (2006) 88–90,
 *       doi:10.1126/science.1116869).
 * </ul>
 *
 * <pre>{@code
 * TieModel model = TieModel.builder()
 *     .channelWeight(Channel.ONLINE, 1.0)
 *     .halfLife(Duration.ofDays(365))
 *     .asOf(Instant.parse("2026-06-30T00:00:00Z"))
 *     .build();
 * }</pre>
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class TieModel {

  /** Default weight of face-to-face contact. */
  public static final double DEFAULT_OFFLINE_WEIGHT = 1.0;
  /** Default weight of online contact. */
  public static final double DEFAULT_ONLINE_WEIGHT = 0.5;
  /** Default weight of sharing an event, before Newman's 1/(n − 1) damping. */
  public static final double DEFAULT_CO_ATTENDANCE_WEIGHT = 0.5;
  /** Default largest event whose attendees are linked by co-attendance. */
  public static final int DEFAULT_MAX_CO_ATTENDANCE_EVENT_SIZE = 500;

  private static final Channel[] CHANNELS = Channel.values();
  private static final Medium[] MEDIA = Medium.values();
  private static final TieModel DEFAULTS = new Builder().build();

  private final double[] channelWeights;
  private final double[] mediumWeights;
  private final double coAttendanceWeight;
  private final int maxCoAttendanceEventSize;
  private final boolean dampGroupTouchpoints;
  private final boolean countOneWayContact;
  private final @Nullable Duration halfLife;
  private final @Nullable Instant asOf;
  private final @Nullable Instant since;

  private TieModel(Builder b) {
    this.channelWeights = b.channelWeights.clone();
    this.mediumWeights = b.mediumWeights.clone();
    this.coAttendanceWeight = b.coAttendanceWeight;
    this.maxCoAttendanceEventSize = b.maxCoAttendanceEventSize;
    this.dampGroupTouchpoints = b.dampGroupTouchpoints;
    this.countOneWayContact = b.countOneWayContact;
    this.halfLife = b.halfLife;
    this.asOf = b.asOf;
    this.since = b.since;
  }

  /** The default model; see the class description for the values and the reasons. */
  public static TieModel defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this model's values, to derive a changed model. */
  public Builder toBuilder() {
    Builder b = new Builder();
    System.arraycopy(channelWeights, 0, b.channelWeights, 0, channelWeights.length);
    System.arraycopy(mediumWeights, 0, b.mediumWeights, 0, mediumWeights.length);
    b.coAttendanceWeight = coAttendanceWeight;
    b.maxCoAttendanceEventSize = maxCoAttendanceEventSize;
    b.dampGroupTouchpoints = dampGroupTouchpoints;
    b.countOneWayContact = countOneWayContact;
    b.halfLife = halfLife;
    b.asOf = asOf;
    b.since = since;
    return b;
  }

  /** What one unit of contact on {@code channel} is worth. */
  public double channelWeight(Channel channel) {
    return channelWeights[Objects.requireNonNull(channel, "channel").ordinal()];
  }

  /** The factor for contact through {@code medium}, applied on top of its channel's weight. */
  public double mediumWeight(Medium medium) {
    return mediumWeights[Objects.requireNonNull(medium, "medium").ordinal()];
  }

  /** The weight of sharing an event, before Newman's 1/(n − 1) damping; 0 turns co-attendance off. */
  public double coAttendanceWeight() {
    return coAttendanceWeight;
  }

  /** The largest event (in participants) whose participants are linked by co-attendance. */
  public int maxCoAttendanceEventSize() {
    return maxCoAttendanceEventSize;
  }

  /** True if a touchpoint of {@code n} participants adds 1/(n − 1) of its weight to each pair. */
  public boolean dampsGroupTouchpoints() {
    return dampGroupTouchpoints;
  }

  /** True if contact directed one way only, never returned, makes a tie. */
  public boolean countsOneWayContact() {
    return countOneWayContact;
  }

  /** The half-life of a contribution's weight, if contact decays with time. */
  public Optional<Duration> halfLife() {
    return Optional.ofNullable(halfLife);
  }

  /** The instant the graph describes, if set: later contact is left out, and decay is measured from it. */
  public Optional<Instant> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * The earliest instant whose contact counts, if set: touchpoints before it, and events that start before
   * it, are left out.
   */
  public Optional<Instant> since() {
    return Optional.ofNullable(since);
  }

  /**
   * This model keeping only a window's contact: {@linkplain #since() since} the window's start and
   * {@linkplain #asOf() as of} the last nanosecond before its end (replacing any it had), so that time
   * decay, if the model has a half-life, is measured from the window's end.
   */
  public TieModel within(TimeWindow window) {
    Objects.requireNonNull(window, "window");
    return toBuilder().since(window.from()).asOf(window.to().minusNanos(1)).build();
  }

  /** The weight of one unit of contact on {@code medium}, channel weight included. */
  double contactWeight(Medium medium) {
    return channelWeights[medium.channel().ordinal()] * mediumWeights[medium.ordinal()];
  }

  /**
   * The decay factor of a contribution made at {@code at}, measured from {@code reference}; 1 without a
   * half-life. Computed with {@link StrictMath} so that it is the same on every JVM.
   */
  double decay(Instant at, Instant reference) {
    if (halfLife == null) {
      return 1.0;
    }
    double ageSeconds = seconds(reference) - seconds(at);
    if (ageSeconds <= 0) {
      return 1.0;
    }
    return StrictMath.pow(0.5, ageSeconds / seconds(halfLife));
  }

  private static double seconds(Instant t) {
    return t.getEpochSecond() + t.getNano() / 1e9;
  }

  private static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return this == o || (o instanceof TieModel other
        && Arrays.equals(channelWeights, other.channelWeights)
        && Arrays.equals(mediumWeights, other.mediumWeights)
        && Double.compare(coAttendanceWeight, other.coAttendanceWeight) == 0
        && maxCoAttendanceEventSize == other.maxCoAttendanceEventSize
        && dampGroupTouchpoints == other.dampGroupTouchpoints
        && countOneWayContact == other.countOneWayContact
        && Objects.equals(halfLife, other.halfLife)
        && Objects.equals(asOf, other.asOf)
        && Objects.equals(since, other.since));
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(channelWeights), Arrays.hashCode(mediumWeights), coAttendanceWeight,
        maxCoAttendanceEventSize, dampGroupTouchpoints, countOneWayContact, halfLife, asOf, since);
  }

  /**
   * {@code TieModel[offline=1.0, online=0.5, coAttendance=0.5 (events up to 500), groupDamping=true,
   * oneWay=false]}, then any medium weight other than 1, the half-life and the as-of instant if set.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("TieModel[offline=").append(channelWeights[Channel.OFFLINE.ordinal()])
        .append(", online=").append(channelWeights[Channel.ONLINE.ordinal()])
        .append(", coAttendance=").append(coAttendanceWeight)
        .append(" (events up to ").append(maxCoAttendanceEventSize).append(')')
        .append(", groupDamping=").append(dampGroupTouchpoints)
        .append(", oneWay=").append(countOneWayContact);
    for (Medium m : MEDIA) {
      if (mediumWeights[m.ordinal()] != 1.0) {
        s.append(", ").append(m).append('=').append(mediumWeights[m.ordinal()]);
      }
    }
    if (halfLife != null) {
      s.append(", halfLife=").append(halfLife);
    }
    if (since != null) {
      s.append(", since=").append(since);
    }
    if (asOf != null) {
      s.append(", asOf=").append(asOf);
    }
    return s.append(']').toString();
  }

  /**
   * Collects a tie model's values, starting from the defaults. Not thread-safe; {@link #build()} may be
   * called more than once.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final double[] channelWeights = new double[CHANNELS.length];
    private final double[] mediumWeights = new double[MEDIA.length];
    private double coAttendanceWeight = DEFAULT_CO_ATTENDANCE_WEIGHT;
    private int maxCoAttendanceEventSize = DEFAULT_MAX_CO_ATTENDANCE_EVENT_SIZE;
    private boolean dampGroupTouchpoints = true;
    private boolean countOneWayContact;
    private @Nullable Duration halfLife;
    private @Nullable Instant asOf;
    private @Nullable Instant since;

    private Builder() {
      channelWeights[Channel.OFFLINE.ordinal()] = DEFAULT_OFFLINE_WEIGHT;
      channelWeights[Channel.ONLINE.ordinal()] = DEFAULT_ONLINE_WEIGHT;
      Arrays.fill(mediumWeights, 1.0);
    }

    /**
     * Sets what one unit of contact on a channel is worth; 0 leaves the channel out.
     *
     * @throws IllegalArgumentException if {@code weight} is negative, infinite or NaN
     */
    public Builder channelWeight(Channel channel, double weight) {
      channelWeights[Objects.requireNonNull(channel, "channel").ordinal()] = nonNegative(weight, "channel weight");
      return this;
    }

    /**
     * Sets the factor for contact through a medium, on top of its channel's weight; 0 leaves it out.
     *
     * @throws IllegalArgumentException if {@code weight} is negative, infinite or NaN
     */
    public Builder mediumWeight(Medium medium, double weight) {
      mediumWeights[Objects.requireNonNull(medium, "medium").ordinal()] = nonNegative(weight, "medium weight");
      return this;
    }

    /**
     * Sets the weight of sharing an event, before the 1/(n − 1) damping; 0 turns co-attendance off.
     *
     * @throws IllegalArgumentException if {@code weight} is negative, infinite or NaN
     */
    public Builder coAttendanceWeight(double weight) {
      this.coAttendanceWeight = nonNegative(weight, "coAttendanceWeight");
      return this;
    }

    /**
     * Sets the largest event, in participants, whose participants are linked by co-attendance.
     *
     * @throws IllegalArgumentException if {@code size} is less than 2
     */
    public Builder maxCoAttendanceEventSize(int size) {
      if (size < 2) {
        throw new IllegalArgumentException("maxCoAttendanceEventSize must be >= 2 but was " + size);
      }
      this.maxCoAttendanceEventSize = size;
      return this;
    }

    /** Sets whether a touchpoint of {@code n} participants adds 1/(n − 1) of its weight to each pair. */
    public Builder dampGroupTouchpoints(boolean damp) {
      this.dampGroupTouchpoints = damp;
      return this;
    }

    /** Sets whether contact directed one way only, never returned, makes a tie. */
    public Builder countOneWayContact(boolean count) {
      this.countOneWayContact = count;
      return this;
    }

    /**
     * Makes contact decay with the given half-life.
     *
     * @throws IllegalArgumentException if {@code halfLife} is zero or negative
     */
    public Builder halfLife(Duration halfLife) {
      Objects.requireNonNull(halfLife, "halfLife");
      if (halfLife.isZero() || halfLife.isNegative()) {
        throw new IllegalArgumentException("halfLife must be positive but was " + halfLife);
      }
      this.halfLife = halfLife;
      return this;
    }

    /** Turns time decay off (the default). */
    public Builder noDecay() {
      this.halfLife = null;
      return this;
    }

    /** Sets the instant the graph describes: later contact is left out, and decay is measured from it. */
    public Builder asOf(Instant asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Sets the earliest instant whose contact counts: touchpoints before it, and events that start before
     * it, are left out.
     */
    public Builder since(Instant since) {
      this.since = Objects.requireNonNull(since, "since");
      return this;
    }

    /**
     * Builds the model.
     *
     * @throws IllegalArgumentException if the since instant is after the as-of instant
     */
    public TieModel build() {
      if (since != null && asOf != null && since.isAfter(asOf)) {
        throw new IllegalArgumentException("since must not be after asOf but was " + since + " > " + asOf);
      }
      return new TieModel(this);
    }

    private static double nonNegative(double value, String name) {
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException(name + " must be a finite number >= 0 but was " + value);
      }
      return value;
    }
  }
}
