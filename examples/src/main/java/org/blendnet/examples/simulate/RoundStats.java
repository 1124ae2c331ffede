package org.blendnet.examples.simulate;

import java.util.Locale;

/**
 * What one simulated round produced.
 *
 * @param round the round's number, from 0
 * @param questions questions asked in the round
 * @param answered questions that got at least one answer
 * @param answerRate {@code answered / questions}, 0 without questions
 * @param meanHoursToAnswer mean hours from a question to its first answer, over the answered questions;
 *     NaN if none was answered
 * @param answeringGini the Gini coefficient of the answers given in the round, over all members
 *     ({@link org.blendnet.metrics.Inequality#gini(double...)}): 0 when everyone answered as much, near 1
 *     when a few answered everything
 * @param takersWhoGave of the members who had asked a question by the end of the round, the share who
 *     have also answered one since their first question (takers who became givers); 0 if nobody asked
 * @param eiIndex the network's E-I index over its units at the end of the round (Krackhardt &amp; Stern
 *     1988): −1 all ties inside units, +1 all across
 * @param newOfflineTies face-to-face touchpoints created by the round's events
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record RoundStats(int round, int questions, int answered, double answerRate, double meanHoursToAnswer,
    double answeringGini, double takersWhoGave, double eiIndex, int newOfflineTies) {

  /** Checks the counts. */
  public RoundStats {
    if (round < 0 || questions < 0 || answered < 0 || answered > questions || newOfflineTies < 0) {
      throw new IllegalArgumentException("counts must be >= 0 and answered <= questions but were round=" + round
          + ", questions=" + questions + ", answered=" + answered + ", newOfflineTies=" + newOfflineTies);
    }
  }

  /** {@code round 3: 40 questions, answered 0.85 in 9.3 h, gini 0.61, takers→givers 0.42, E-I -0.31}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "round %d: %d questions, answered %.2f in %.1f h, gini %.2f, takers->givers "
        + "%.2f, E-I %.2f, +%d offline ties", round, questions, answerRate, meanHoursToAnswer, answeringGini,
        takersWhoGave, eiIndex, newOfflineTies);
  }
}
