package org.blendnet.core.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.blendnet.core.MemberId;

/**
 * One result of a request: a candidate, their score, each signal's part in it, and the reasons in words.
 *
 * <p>{@link #score()} is the weighted mean of the signals' scores; {@link #breakdown()} lists every
 * signal in the matchmaker's order, and its contributions add up to the score. {@link #explanation()}
 * holds the reasons to show a person: the explanations of the signals that contributed (score &gt; 0),
 * the largest contribution first. Immutable and thread-safe.
 *
 * @param candidate the member recommended (or to be asked)
 * @param score the combined score, in [0, 1] (above 0 in every result of a request; {@link Matchmaker#score}
 *     may give 0)
 * @param breakdown each signal's weight, score, contribution and explanation, in the matchmaker's order
 * @param explanation the reasons, largest contribution first
 * @since 0.1
 */
public record Match(MemberId candidate, double score, List<SignalScore> breakdown, List<String> explanation) {

  /**
   * Creates a match.
   *
   * @throws IllegalArgumentException if the score is outside [0, 1]
   */
  public Match {
    Objects.requireNonNull(candidate, "candidate");
    Scores.checkUnit(score, "score");
    breakdown = List.copyOf(Objects.requireNonNull(breakdown, "breakdown"));
    explanation = List.copyOf(Objects.requireNonNull(explanation, "explanation"));
  }

  /** The score of the named signal, if the matchmaker has it. */
  public OptionalDouble scoreOf(String signal) {
    Objects.requireNonNull(signal, "signal");
    for (SignalScore s : breakdown) {
      if (s.signal().equals(signal)) {
        return OptionalDouble.of(s.score());
      }
    }
    return OptionalDouble.empty();
  }

  /**
   * {@code Match[m7 0.812: topic-fit=0.750×3, complementarity=0.500×2, channel=0.500×1]}: the id and
   * numbers only (the explanations name topics; read them from {@link #explanation()}).
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>(breakdown.size());
    for (SignalScore s : breakdown) {
      parts.add(s.toString());
    }
    return "Match[" + candidate + " " + Phrases.score(score) + ": " + String.join(", ", parts) + "]";
  }
}
