package org.blendnet.core;

import java.time.Instant;
import java.util.Optional;

/**
 * An answer to a {@link Question}. An answer is never earlier than its question; the
 * {@link Network.Builder} checks that. Immutable and thread-safe. {@link #toString()} leaves out the text.
 *
 * @param id the answer's identifier
 * @param question the question it answers
 * @param responder who answered
 * @param answeredAt when
 * @param text the answer, if kept
 * @param rating how it was rated
 * @since 0.1
 */
public record Answer(
    AnswerId id,
    QuestionId question,
    MemberId responder,
    Instant answeredAt,
    Optional<String> text,
    Helpfulness rating) {

  /** Creates an answer. */
  public Answer {
    Checks.notNull(id, "id");
    Checks.notNull(question, "question");
    Checks.notNull(responder, "responder");
    Checks.notNull(answeredAt, "answeredAt");
    Checks.notNull(text, "text");
    text.ifPresent(t -> Checks.wellFormed(t, "text"));
    Checks.notNull(rating, "rating");
  }

  /** An unrated answer without text. */
  public static Answer of(AnswerId id, QuestionId question, MemberId responder, Instant answeredAt) {
    return new Answer(id, question, responder, answeredAt, Optional.empty(), Helpfulness.UNRATED);
  }

  /** True if rated {@link Helpfulness#HELPFUL}. */
  public boolean isHelpful() {
    return rating == Helpfulness.HELPFUL;
  }

  @Override
  public String toString() {
    return "Answer[id=" + id + ", question=" + question + ", responder=" + responder + ", answeredAt="
        + answeredAt + ", rating=" + rating + "]";
  }
}
