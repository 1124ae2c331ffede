package org.blendnet.examples.cli;

import java.time.Instant;
import org.blendnet.core.Answer;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.Touchpoint;
import org.jspecify.annotations.Nullable;

/** The instant a network snapshot describes, so that results do not depend on when the tool runs. */
final class Snapshots {

  /** Used when a network holds no dated record. */
  static final Instant FALLBACK = Instant.parse("2026-01-01T12:00:00Z");

  private Snapshots() {}

  /** The given instant, or else the latest touchpoint, question or answer of {@code network}. */
  static Instant asOf(Network network, @Nullable Instant given) {
    if (given != null) {
      return given;
    }
    Instant latest = null;
    for (Touchpoint t : network.touchpoints()) {
      latest = later(latest, t.at());
    }
    for (Question q : network.questions()) {
      latest = later(latest, q.askedAt());
    }
    for (Answer a : network.answers()) {
      latest = later(latest, a.answeredAt());
    }
    return latest == null || latest.equals(Instant.EPOCH) ? FALLBACK : latest;
  }

  private static Instant later(@Nullable Instant a, Instant b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
