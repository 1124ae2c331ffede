package org.blendnet.metrics.engagement;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.blendnet.metrics.internal.Format;

/**
 * Do questions get answered, and how fast? Over the questions asked within an {@link Engagement}'s
 * periods (in its community, if it has one): a question is <em>answered</em> when a member other than
 * the asker answered it — at any time, also after the last period; the time to first answer runs from
 * asking to the first such answer.
 *
 * @implNote Thread-safe: immutable.
 * @param asked questions asked
 * @param answered of those, questions answered by someone other than the asker
 * @param medianTimeToFirstAnswer the median time to first answer; empty when none was answered
 * @param meanTimeToFirstAnswer the mean time to first answer; empty when none was answered
 * @since 0.1
 */
public record QuestionResponse(int asked, int answered, Optional<Duration> medianTimeToFirstAnswer,
    Optional<Duration> meanTimeToFirstAnswer) {

  /**
   * Creates the figures.
   *
   * @throws IllegalArgumentException unless {@code 0 <= answered <= asked}
   */
  public QuestionResponse {
    Objects.requireNonNull(medianTimeToFirstAnswer, "medianTimeToFirstAnswer");
    Objects.requireNonNull(meanTimeToFirstAnswer, "meanTimeToFirstAnswer");
    if (answered < 0 || answered > asked) {
      throw new IllegalArgumentException("need 0 <= answered <= asked but was answered=" + answered + ", asked="
          + asked);
    }
  }

  /** answered / asked; 0 when no question was asked. */
  public double answerRate() {
    return asked == 0 ? 0 : (double) answered / asked;
  }

  /** {@code QuestionResponse[asked=20, answered=15 (0.750), median=PT3H, mean=PT5H20M]}. */
  @Override
  public String toString() {
    return "QuestionResponse[asked=" + asked + ", answered=" + answered + " (" + Format.ratio(answerRate())
        + "), median=" + medianTimeToFirstAnswer.map(Duration::toString).orElse("none") + ", mean="
        + meanTimeToFirstAnswer.map(Duration::toString).orElse("none") + "]";
  }
}
