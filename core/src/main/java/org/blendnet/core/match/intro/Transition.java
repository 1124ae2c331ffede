package org.blendnet.core.match.intro;

import java.time.Instant;
import java.util.Objects;

/**
 * One step in an introduction's history.
 *
 * @param from the state before
 * @param to the state after
 * @param at when
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record Transition(IntroductionState from, IntroductionState to, Instant at) {

  /**
   * Creates a step.
   *
   * @throws IllegalArgumentException if {@code from} cannot move to {@code to}
   */
  public Transition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    if (!from.canMoveTo(to)) {
      throw new IllegalArgumentException("a transition from " + from + " to " + to + " is not allowed");
    }
  }

  /** {@code REQUESTED→ACCEPTED@2026-03-02T09:00:00Z}. */
  @Override
  public String toString() {
    return from + "→" + to + "@" + at;
  }
}
