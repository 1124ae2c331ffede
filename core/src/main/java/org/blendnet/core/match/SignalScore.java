package org.blendnet.core.match;

import java.util.Objects;
import java.util.Optional;

/**
 * One signal's part in a {@link Match}: its weight, its score, what that contributed to the match's
 * score, and its explanation. The contributions of a match's signals add up to its score.
 * Immutable and thread-safe.
 *
 * @param signal the signal's name
 * @param weight the signal's weight in the matchmaker (&gt; 0)
 * @param score the signal's score, in [0, 1]
 * @param contribution {@code weight * score / (sum of all weights)}, in [0, 1]
 * @param explanation the signal's words, if it had any
 * @since 0.1
 */
public record SignalScore(String signal, double weight, double score, double contribution,
    Optional<String> explanation) {

  /**
   * Creates a signal score.
   *
   * @throws IllegalArgumentException if the name is blank, the weight not positive and finite, or the
   *     score or contribution outside [0, 1]
   */
  public SignalScore {
    Objects.requireNonNull(signal, "signal");
    if (signal.isBlank()) {
      throw new IllegalArgumentException("signal must not be blank");
    }
    Objects.requireNonNull(explanation, "explanation");
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be positive and finite but was " + weight);
    }
    Scores.checkUnit(score, "score");
    Scores.checkUnit(contribution, "contribution");
  }

  /** {@code topic-fit=0.750×3}. */
  @Override
  public String toString() {
    return signal + "=" + Phrases.score(score) + "×" + Phrases.weight(weight);
  }
}
