package org.blendnet.core;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A question a member asked: "who has run a collaborative-learning culture well?".
 *
 * <p>Questions are how a learning network takes; {@link Answer}s and forwarding {@link Referral}s are
 * how it gives. Immutable and thread-safe. {@link #toString()} leaves out the text.
 *
 * @param id the question's identifier
 * @param asker who asked it
 * @param text the question (not blank)
 * @param topics what it is about, in topic order
 * @param askedAt when it was asked
 * @param medium where it was asked ({@link Medium#QA_BOARD}, {@link Medium#FORUM_POST}, {@link Medium#MEETING}…)
 * @param community the community it was asked in, if any
 * @param status where it stands
 * @since 0.1
 */
public record Question(
    QuestionId id,
    MemberId asker,
    String text,
    Set<Topic> topics,
    Instant askedAt,
    Medium medium,
    Optional<CommunityId> community,
    QuestionStatus status) {

  /**
   * Creates a question.
   *
   * @throws IllegalArgumentException if the text is blank
   */
  public Question {
    Checks.notNull(id, "id");
    Checks.notNull(asker, "asker");
    Checks.notBlank(text, "text");
    topics = SortedArraySet.copyOf(topics, "topics");
    Checks.notNull(askedAt, "askedAt");
    Checks.notNull(medium, "medium");
    Checks.notNull(community, "community");
    Checks.notNull(status, "status");
  }

  /** An open question asked on a Q&amp;A board, outside any community. */
  public static Question of(QuestionId id, MemberId asker, String text, Set<Topic> topics, Instant askedAt) {
    return new Question(id, asker, text, topics, askedAt, Medium.QA_BOARD, Optional.empty(), QuestionStatus.OPEN);
  }

  /** This question with another status. */
  public Question withStatus(QuestionStatus status) {
    return status == this.status ? this
        : new Question(id, asker, text, topics, askedAt, medium, community, status);
  }

  @Override
  public String toString() {
    return "Question[id=" + id + ", asker=" + asker + ", topics=" + topics + ", askedAt=" + askedAt
        + ", status=" + status + "]";
  }
}
