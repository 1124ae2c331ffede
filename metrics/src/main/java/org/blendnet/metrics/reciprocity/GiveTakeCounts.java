package org.blendnet.metrics.reciprocity;

import java.util.Objects;
import java.util.StringJoiner;

/**
 * How many acts of giving and taking a member (or a whole network) performed. The acts, exactly:
 *
 * <p><b>Giving</b>
 * <ul>
 *   <li><em>answers given</em>: answers to a question asked by <em>another</em> member (answering one's
 *       own question counts neither as given nor as received), at the time of the answer;
 *   <li><em>helpful answers given</em>: those of them rated {@link org.blendnet.core.Helpfulness#HELPFUL}
 *       (a subset: they count again, with their own weight);
 *   <li><em>forwards made</em>: {@link org.blendnet.core.ReferralKind#QUESTION_FORWARD question forwards}
 *       the member made as referrer for someone else — the <em>beneficiary</em>, who is
 *       {@code onBehalfOf} if given, else {@code from}. An asker forwarding their own question (referrer =
 *       beneficiary) is asking, not giving, and counts on neither side. Every outcome counts: the effort
 *       was made;
 *   <li><em>introductions made</em>: {@link org.blendnet.core.ReferralKind#INTRODUCTION introductions}
 *       made for someone else, by the same rule;
 *   <li><em>events hosted</em>: one per host per event, at the event's start;
 *   <li><em>replies given</em>: a <em>reply</em> is a directed touchpoint with exactly two participants,
 *       initiated by A towards B, when the latest earlier directed two-participant touchpoint between A
 *       and B was initiated by B — A answered B's contact. "Earlier" is by time, and for touchpoints at
 *       the same instant by the order they were added to the network. A conversation A→B, B→A, A→B holds
 *       two replies (by B, then by A); A→B, A→B holds none.
 * </ul>
 *
 * <p><b>Taking</b>
 * <ul>
 *   <li><em>questions asked</em>: every question, at the time it was asked;
 *   <li><em>answers received</em>: answers by another member to the member's questions;
 *   <li><em>forwards received</em> and <em>introductions received</em>: referrals someone else made with
 *       the member as beneficiary.
 * </ul>
 *
 * <p>Touchpoints other than replies, event attendance, and the target ({@code to}) of a referral count on
 * neither side. Across a whole network, answers given = answers received, forwards made = forwards
 * received, and introductions made = introductions received.
 *
 * @implNote Thread-safe: immutable.
 * @param answersGiven answers to others' questions
 * @param helpfulAnswersGiven of those, rated helpful
 * @param forwardsMade question forwards made for someone else
 * @param introductionsMade introductions made for someone else
 * @param eventsHosted events hosted
 * @param repliesGiven replies to another member's directed contact
 * @param questionsAsked questions asked
 * @param answersReceived answers from others to the member's questions
 * @param forwardsReceived question forwards made for the member by someone else
 * @param introductionsReceived introductions made for the member by someone else
 * @since 0.1
 */
public record GiveTakeCounts(
    long answersGiven,
    long helpfulAnswersGiven,
    long forwardsMade,
    long introductionsMade,
    long eventsHosted,
    long repliesGiven,
    long questionsAsked,
    long answersReceived,
    long forwardsReceived,
    long introductionsReceived) {

  private static final GiveTakeCounts NONE = new GiveTakeCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /**
   * Creates counts.
   *
   * @throws IllegalArgumentException if a count is negative or there are more helpful answers than answers
   */
  public GiveTakeCounts {
    check("answersGiven", answersGiven);
    check("helpfulAnswersGiven", helpfulAnswersGiven);
    check("forwardsMade", forwardsMade);
    check("introductionsMade", introductionsMade);
    check("eventsHosted", eventsHosted);
    check("repliesGiven", repliesGiven);
    check("questionsAsked", questionsAsked);
    check("answersReceived", answersReceived);
    check("forwardsReceived", forwardsReceived);
    check("introductionsReceived", introductionsReceived);
    if (helpfulAnswersGiven > answersGiven) {
      throw new IllegalArgumentException("helpfulAnswersGiven must be <= answersGiven but was "
          + helpfulAnswersGiven + " > " + answersGiven);
    }
  }

  private static void check(String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0 but was " + value);
    }
  }

  /** All counts zero. */
  public static GiveTakeCounts none() {
    return NONE;
  }

  /** The sum of these counts and {@code other}'s. */
  public GiveTakeCounts plus(GiveTakeCounts other) {
    Objects.requireNonNull(other, "other");
    return new GiveTakeCounts(answersGiven + other.answersGiven, helpfulAnswersGiven + other.helpfulAnswersGiven,
        forwardsMade + other.forwardsMade, introductionsMade + other.introductionsMade,
        eventsHosted + other.eventsHosted, repliesGiven + other.repliesGiven, questionsAsked + other.questionsAsked,
        answersReceived + other.answersReceived, forwardsReceived + other.forwardsReceived,
        introductionsReceived + other.introductionsReceived);
  }

  /** Acts of giving (helpful answers are not counted twice). */
  public long actsOfGiving() {
    return answersGiven + forwardsMade + introductionsMade + eventsHosted + repliesGiven;
  }

  /** Acts of taking. */
  public long actsOfTaking() {
    return questionsAsked + answersReceived + forwardsReceived + introductionsReceived;
  }

  /** The non-zero counts only: {@code GiveTakeCounts[answersGiven=2, questionsAsked=1]}, or {@code GiveTakeCounts[none]}. */
  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "GiveTakeCounts[", "]").setEmptyValue("GiveTakeCounts[none]");
    add(s, "answersGiven", answersGiven);
    add(s, "helpfulAnswersGiven", helpfulAnswersGiven);
    add(s, "forwardsMade", forwardsMade);
    add(s, "introductionsMade", introductionsMade);
    add(s, "eventsHosted", eventsHosted);
    add(s, "repliesGiven", repliesGiven);
    add(s, "questionsAsked", questionsAsked);
    add(s, "answersReceived", answersReceived);
    add(s, "forwardsReceived", forwardsReceived);
    add(s, "introductionsReceived", introductionsReceived);
    return s.toString();
  }

  private static void add(StringJoiner s, String name, long value) {
    if (value != 0) {
      s.add(name + "=" + value);
    }
  }
}
