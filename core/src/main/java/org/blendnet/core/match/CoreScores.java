package org.blendnet.core.match;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The core signals of one request scored together. A matchmaker scores each candidate with every signal
 * through {@link MatchSignal.Scorer#score(int)}; with the five core signals that is five calls through an
 * interface with five implementations (which the JIT cannot inline) per candidate, and topic fit worked
 * out twice (complementarity needs it too). Here the request's core scorers are called through their own
 * classes, from one method the JIT can inline whole, one signal at a time (so that the matchmaker can
 * still stop scoring a candidate that can no longer rank), and complementarity reuses the topic fit. The
 * scores are exactly those the scorers give one by one.
 *
 * <p>O(m) to set up for m signals; per candidate the cost of the core signals alone (see
 * {@link CoreSignals}). Not thread-safe: confined to its request, like the scorers.
 */
final class CoreScores {

  private static final int OTHER = 0;
  private static final int TOPIC_FIT = 1;
  private static final int COMPLEMENTARITY = 2;
  private static final int CHANNEL = 3;
  private static final int TIME_ZONE = 4;
  private static final int AVAILABILITY = 5;

  private final TopicFit.@Nullable Request topicFit;
  private final Complementarity.@Nullable Request complementarity;
  private final ChannelCompatibility.@Nullable Request channel;
  private final TimeZoneOverlap.@Nullable Request timeZone;
  private final Availability.@Nullable Request availability;
  /** {@code kind[j]}: which core signal signal j is, or {@link #OTHER}. */
  private final int[] kind;
  /** The candidate whose topic fit {@link #teaches} holds, or -1. */
  private int teachesOf = -1;
  private double teaches;

  private CoreScores(MatchSignal.Scorer[] scorers) {
    TopicFit.Request fit = null;
    Complementarity.Request complement = null;
    ChannelCompatibility.Request channels = null;
    TimeZoneOverlap.Request zones = null;
    Availability.Request room = null;
    kind = new int[scorers.length];
    // a signal name appears once in a matchmaker, so each kind of core scorer does too; a repeat would be
    // scored the ordinary way
    for (int j = 0; j < scorers.length; j++) {
      MatchSignal.Scorer s = scorers[j];
      if (s instanceof TopicFit.Request r && fit == null) {
        fit = r;
        kind[j] = TOPIC_FIT;
      } else if (s instanceof Complementarity.Request r && complement == null) {
        complement = r;
        kind[j] = COMPLEMENTARITY;
      } else if (s instanceof ChannelCompatibility.Request r && channels == null) {
        channels = r;
        kind[j] = CHANNEL;
      } else if (s instanceof TimeZoneOverlap.Request r && zones == null) {
        zones = r;
        kind[j] = TIME_ZONE;
      } else if (s instanceof Availability.Request r && room == null) {
        room = r;
        kind[j] = AVAILABILITY;
      }
    }
    topicFit = fit;
    complementarity = complement;
    channel = channels;
    timeZone = zones;
    availability = room;
  }

  /** The core scorers among {@code scorers} (a request's, by signal position), or null if there are none. */
  static @Nullable CoreScores of(MatchSignal.Scorer[] scorers) {
    CoreScores core = new CoreScores(scorers);
    for (int k : core.kind) {
      if (k != OTHER) {
        return core;
      }
    }
    return null;
  }

  /** True if signal {@code j} is scored by {@link #score(int, int)}. */
  boolean covers(int j) {
    return kind[j] != OTHER;
  }

  /** The candidate's score of core signal {@code j} (one {@link #covers covered}). */
  double score(int j, int candidate) {
    switch (kind[j]) {
      case TOPIC_FIT:
        return teaches(candidate);
      case COMPLEMENTARITY:
        return Objects.requireNonNull(complementarity).score(candidate,
            topicFit == null ? Double.NaN : teaches(candidate));
      case CHANNEL:
        return Objects.requireNonNull(channel).score(candidate);
      case TIME_ZONE:
        return Objects.requireNonNull(timeZone).score(candidate);
      case AVAILABILITY:
        return Objects.requireNonNull(availability).score(candidate);
      default:
        throw new IllegalArgumentException("signal " + j + " is not a core signal");
    }
  }

  /** The topic fit of the candidate, worked out once for both topic fit and complementarity. */
  private double teaches(int candidate) {
    if (teachesOf != candidate) {
      teaches = Objects.requireNonNull(topicFit).score(candidate);
      teachesOf = candidate;
    }
    return teaches;
  }
}
