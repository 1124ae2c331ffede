package org.blendnet.core.match;

import java.time.LocalTime;
import java.util.Objects;
import org.blendnet.core.ExpertiseLevel;

/**
 * The signals core ships: each reads the two members' own attributes and the request, nothing else.
 * Each is cheap per candidate — it reads the matchmaker's packed, primitive copy of the candidate's
 * attributes rather than the {@link org.blendnet.core.Member} object — and explains itself in a short
 * phrase addressed to the seeker. They are meant to run inside a {@link Matchmaker}, which gives them
 * that copy through the {@link MatchContext}.
 *
 * <table>
 *   <caption>Core signals, their formulas and default weights ({@link Matchmaker.Builder#coreSignals()})</caption>
 *   <tr><th>name</th><th>score</th><th>weight</th></tr>
 *   <tr><td>{@value #TOPIC_FIT}</td><td>level-weighted coverage of the sought topics by the candidate's expertise</td><td>3</td></tr>
 *   <tr><td>{@value #COMPLEMENTARITY}</td><td>geometric mean of what each can teach the other</td><td>2</td></tr>
 *   <tr><td>{@value #CHANNEL}</td><td>1 same preferred channel, 0 opposite ones, ½ otherwise</td><td>1</td></tr>
 *   <tr><td>{@value #TIME_ZONE}</td><td>share of working hours in common at the as-of instant</td><td>1</td></tr>
 *   <tr><td>{@value #AVAILABILITY}</td><td>share of the candidate's capacity still free</td><td>1</td></tr>
 * </table>
 *
 * @implNote Thread-safe: the signals are immutable; each request's scorer is confined to its request.
 * @since 0.1
 */
public final class CoreSignals {

  /** The name of {@link #topicFit()}. */
  public static final String TOPIC_FIT = "topic-fit";
  /** The name of {@link #complementarity()}. */
  public static final String COMPLEMENTARITY = "complementarity";
  /** The name of {@link #channelCompatibility()}. */
  public static final String CHANNEL = "channel";
  /** The name of {@link #timeZoneOverlap()}. */
  public static final String TIME_ZONE = "time-zone";
  /** The name of {@link #availability()}. */
  public static final String AVAILABILITY = "availability";

  /** The working day of {@link #timeZoneOverlap()}: 09:00 to 17:00 local time. */
  public static final LocalTime WORKDAY_START = LocalTime.of(9, 0);
  /** The end of the working day of {@link #timeZoneOverlap()}. */
  public static final LocalTime WORKDAY_END = LocalTime.of(17, 0);

  private static final TimeZoneOverlap NINE_TO_FIVE = new TimeZoneOverlap(WORKDAY_START, WORKDAY_END);

  private CoreSignals() {}

  /**
   * Topic fit: how well the candidate knows what the request seeks — the seeker's interests for a peer
   * request, the question's topics for routing. The level-weighted coverage of the sought topics S:
   *
   * <pre>
   *   fit(c) = (1 / |S|) · Σ_{t ∈ S} w(level of c in t)        (0 if S is empty)
   * </pre>
   *
   * where w is {@link ExpertiseLevel#weight()} (beginner ¼ … expert 1) and 0 for a topic c does not know.
   * A candidate who is an expert in every sought topic scores 1; an expert in one of two, ½; an
   * intermediate in both, ½. Coverage rather than a sum, so a seeker with many interests is not pushed
   * towards generalists; the mean rather than the best topic, so that covering more of what is sought
   * counts. A member scores above 0 exactly when the topic index proposes them for a sought topic.
   *
   * <p>Explains itself as "can teach you negotiation (expert) and pricing (beginner)" (peers) or "knows
   * negotiation (expert) from the question" (routing). O(e · |S|) integer comparisons per candidate for e
   * expertise entries, read from the matchmaker's card of the candidate.
   */
  public static MatchSignal topicFit() {
    return TopicFit.INSTANCE;
  }

  /**
   * Mutual complementarity: each can teach the other something. With {@code teaches} the candidate's
   * topic fit (above) and {@code learns} the level-weighted coverage of the candidate's interests I by the
   * seeker's expertise,
   *
   * <pre>
   *   learns(c) = (1 / |I|) · Σ_{t ∈ I} w(level of the seeker in t)      (0 if I is empty)
   *   complementarity(c) = √(teaches(c) · learns(c))
   * </pre>
   *
   * The geometric mean is 0 unless <em>both</em> can teach — a one-way fit is topic fit's business — and
   * favours balanced exchanges: ½ and ½ give ½, 1 and ¼ also ½, 1 and 0 nothing. Explains itself as
   * "wants to learn export finance from you in return". O(|I| · e_s + e · |S|) integer comparisons per
   * candidate, e_s the seeker's expertise entries; the part the candidate would learn is computed first,
   * and is usually 0.
   */
  public static MatchSignal complementarity() {
    return Complementarity.INSTANCE;
  }

  /**
   * Channel compatibility: do the two like to meet the same way? A member who prefers exactly one
   * channel has that preference; one who prefers both or none has none.
   *
   * <pre>
   *   both prefer the same channel      1      "prefers face to face, as you do"
   *   they prefer different channels    0      "prefers online; you prefer face to face"
   *   either has no preference          ½      (neutral: no explanation)
   * </pre>
   *
   * O(1) per candidate.
   */
  public static MatchSignal channelCompatibility() {
    return ChannelCompatibility.INSTANCE;
  }

  /**
   * Time-zone overlap with a 09:00–17:00 working day: {@code timeZoneOverlap(WORKDAY_START, WORKDAY_END)}.
   */
  public static MatchSignal timeZoneOverlap() {
    return NINE_TO_FIVE;
  }

  /**
   * Time-zone overlap: the share of working hours the two have in common on the day of the request. Both
   * members work from {@code start} to {@code end} local time (a span may cross midnight: 22:00–06:00);
   * each member's UTC offset is read at the request's as-of instant from their zone's rules
   * ({@code zone.getRules().getOffset(asOf)}), so summer time is taken into account on the day it applies.
   * With L the length of the working day and δ the difference of the offsets modulo 24 h, the working
   * hours are two arcs of length L on a 24-hour circle, δ apart, and
   *
   * <pre>
   *   shared = max(0, L − δ) + max(0, L − (24 h − δ))
   *   overlap = shared / L
   * </pre>
   *
   * Lisbon and Kolkata in January (δ = 5½ h) share 2½ h of an 8-hour day: 0.3125. Weekends and holidays
   * are not modelled. Explains itself as "shares 2 h 30 min of working hours with you". O(1) per
   * candidate: each distinct zone's overlap is worked out once per request.
   *
   * @throws IllegalArgumentException if {@code start} equals {@code end}
   */
  public static MatchSignal timeZoneOverlap(LocalTime start, LocalTime end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.toSecondOfDay() == end.toSecondOfDay()) {
      throw new IllegalArgumentException("working hours must not be empty but were " + start + "–" + end);
    }
    return new TimeZoneOverlap(start, end);
  }

  /**
   * Availability: the share of the candidate's capacity still free in the current period,
   *
   * <pre>
   *   availability(c) = max(0, capacity(c) − load(c)) / capacity(c)       (0 if the capacity is 0)
   * </pre>
   *
   * where the load is read from the {@link MemberLoad} the matchmaker was given
   * ({@link Matchmaker.Builder#matchLoad(MemberLoad)}) at the request's as-of instant — 0 for everyone
   * if it was given none. A member with 1 of 3 matches used scores ⅔. Peer requests never return a member
   * with no room left (a hard filter), so this ranks those who have room; routing uses it to spread
   * questions towards the less busy. Explains itself as "has room for 2 of 3 matches this period".
   * O(1) per candidate plus one load look-up.
   */
  public static MatchSignal availability() {
    return Availability.INSTANCE;
  }
}
