package org.blendnet.metrics.reciprocity;

import java.util.Objects;

/**
 * How much each kind of giving and taking counts in a {@link ReciprocityLedger}: the given amount G of a
 * member is the weighted sum of their acts of giving, the taken amount T the weighted sum of their acts
 * of taking ({@link GiveTakeCounts} defines each act).
 *
 * <p>{@link #defaults()}, and why:
 * <table>
 *   <caption>Default weights</caption>
 *   <tr><th>act</th><th>weight</th><th>reason</th></tr>
 *   <tr><td>answer given</td><td>1</td><td>the unit: one piece of help to one person</td></tr>
 *   <tr><td>helpful answer (extra)</td><td>1</td><td>an answer rated helpful counts double</td></tr>
 *   <tr><td>question forward made</td><td>1</td><td>finding someone who can answer is help</td></tr>
 *   <tr><td>introduction made</td><td>1</td><td>as a forward</td></tr>
 *   <tr><td>event hosted</td><td>2</td><td>hosting serves a whole room and takes preparation</td></tr>
 *   <tr><td>reply given</td><td>0.25</td><td>answering someone's contact is a small courtesy; replies
 *       are many, and must not drown out real help</td></tr>
 *   <tr><td>question asked</td><td>0.5</td><td>asking is half a take: with each answer received
 *       counting 1, an exchange of one answered question each way is balanced enough to be a matcher
 *       (G = 1, T = 1.5 each, B = −0.2)</td></tr>
 *   <tr><td>answer received</td><td>1</td><td>the other side of an answer given</td></tr>
 *   <tr><td>forward received</td><td>1</td><td>the other side of a forward made</td></tr>
 *   <tr><td>introduction received</td><td>1</td><td>the other side of an introduction made</td></tr>
 * </table>
 *
 * <pre>{@code
 * GiveTakeWeights w = GiveTakeWeights.defaults().withEventHosted(5).withReplyGiven(0);
 * }</pre>
 *
 * @implNote Thread-safe: immutable.
 * @param answerGiven per answer to another member's question
 * @param helpfulAnswerBonus extra per answer given that was rated helpful
 * @param forwardMade per question forward made for someone else
 * @param introductionMade per introduction made for someone else
 * @param eventHosted per event hosted
 * @param replyGiven per reply (a directed contact answering the other's last one)
 * @param questionAsked per question asked
 * @param answerReceived per answer received from another member
 * @param forwardReceived per question forward someone else made for the member
 * @param introductionReceived per introduction someone else made for the member
 * @since 0.1
 */
public record GiveTakeWeights(
    double answerGiven,
    double helpfulAnswerBonus,
    double forwardMade,
    double introductionMade,
    double eventHosted,
    double replyGiven,
    double questionAsked,
    double answerReceived,
    double forwardReceived,
    double introductionReceived) {

  private static final GiveTakeWeights DEFAULTS = new GiveTakeWeights(1, 1, 1, 1, 2, 0.25, 0.5, 1, 1, 1);

  /**
   * Creates weights.
   *
   * @throws IllegalArgumentException if a weight is negative, infinite or NaN (the message names it)
   */
  public GiveTakeWeights {
    check("answerGiven", answerGiven);
    check("helpfulAnswerBonus", helpfulAnswerBonus);
    check("forwardMade", forwardMade);
    check("introductionMade", introductionMade);
    check("eventHosted", eventHosted);
    check("replyGiven", replyGiven);
    check("questionAsked", questionAsked);
    check("answerReceived", answerReceived);
    check("forwardReceived", forwardReceived);
    check("introductionReceived", introductionReceived);
  }

  private static void check(String name, double value) {
    if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(name + " must be finite and >= 0 but was " + value);
    }
  }

  /** The documented defaults (see the class comment). */
  public static GiveTakeWeights defaults() {
    return DEFAULTS;
  }

  /** The weighted amount given: Σ weight × count over the acts of giving. */
  public double given(GiveTakeCounts c) {
    Objects.requireNonNull(c, "counts");
    return answerGiven * c.answersGiven() + helpfulAnswerBonus * c.helpfulAnswersGiven()
        + forwardMade * c.forwardsMade() + introductionMade * c.introductionsMade()
        + eventHosted * c.eventsHosted() + replyGiven * c.repliesGiven();
  }

  /** The weighted amount taken: Σ weight × count over the acts of taking. */
  public double taken(GiveTakeCounts c) {
    Objects.requireNonNull(c, "counts");
    return questionAsked * c.questionsAsked() + answerReceived * c.answersReceived()
        + forwardReceived * c.forwardsReceived() + introductionReceived * c.introductionsReceived();
  }

  /** These weights with another {@link #answerGiven()}. */
  public GiveTakeWeights withAnswerGiven(double w) {
    return w == answerGiven ? this : new GiveTakeWeights(w, helpfulAnswerBonus, forwardMade, introductionMade,
        eventHosted, replyGiven, questionAsked, answerReceived, forwardReceived, introductionReceived);
  }

  /** These weights with another {@link #helpfulAnswerBonus()}. */
  public GiveTakeWeights withHelpfulAnswerBonus(double w) {
    return w == helpfulAnswerBonus ? this : new GiveTakeWeights(answerGiven, w, forwardMade, introductionMade,
        eventHosted, replyGiven, questionAsked, answerReceived, forwardReceived, introductionReceived);
  }

  /** These weights with another {@link #forwardMade()}. */
  public GiveTakeWeights withForwardMade(double w) {
    return w == forwardMade ? this : new GiveTakeWeights(answerGiven, helpfulAnswerBonus, w, introductionMade,
        eventHosted, replyGiven, questionAsked, answerReceived, forwardReceived, introductionReceived);
  }

  /** These weights with another {@link #introductionMade()}. */
  public GiveTakeWeights withIntroductionMade(double w) {
    return w == introductionMade ? this : new GiveTakeWeights(answerGiven, helpfulAnswerBonus, forwardMade, w,
        eventHosted, replyGiven, questionAsked, answerReceived, forwardReceived, introductionReceived);
  }

  /** These weights with another {@link #eventHosted()}. */
  public GiveTakeWeights withEventHosted(double w) {
    return w == eventHosted ? this : new GiveTakeWeights(answerGiven, helpfulAnswerBonus, forwardMade,
        introductionMade, w, replyGiven, questionAsked, answerReceived, forwardReceived, introductionReceived);
  }

  /** These weights with another {@link #replyGiven()}. */
  public GiveTakeWeights withReplyGiven(double w) {
    return w == replyGiven ? this : new GiveTakeWeights(answerGiven, helpfulAnswerBonus, forwardMade,
        introductionMade, eventHosted, w, questionAsked, answerReceived, forwardReceived, introductionReceived);
  }

  /** These weights with another {@link #questionAsked()}. */
  public GiveTakeWeights withQuestionAsked(double w) {
    return w == questionAsked ? this : new GiveTakeWeights(answerGiven, helpfulAnswerBonus, forwardMade,
        introductionMade, eventHosted, replyGiven, w, answerReceived, forwardReceived, introductionReceived);
  }

  /** These weights with another {@link #answerReceived()}. */
  public GiveTakeWeights withAnswerReceived(double w) {
    return w == answerReceived ? this : new GiveTakeWeights(answerGiven, helpfulAnswerBonus, forwardMade,
        introductionMade, eventHosted, replyGiven, questionAsked, w, forwardReceived, introductionReceived);
  }

  /** These weights with another {@link #forwardReceived()}. */
  public GiveTakeWeights withForwardReceived(double w) {
    return w == forwardReceived ? this : new GiveTakeWeights(answerGiven, helpfulAnswerBonus, forwardMade,
        introductionMade, eventHosted, replyGiven, questionAsked, answerReceived, w, introductionReceived);
  }

  /** These weights with another {@link #introductionReceived()}. */
  public GiveTakeWeights withIntroductionReceived(double w) {
    return w == introductionReceived ? this : new GiveTakeWeights(answerGiven, helpfulAnswerBonus, forwardMade,
        introductionMade, eventHosted, replyGiven, questionAsked, answerReceived, forwardReceived, w);
  }
}
