package org.blendnet.core.match;

import java.util.List;
import java.util.Objects;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralKind;

/**
 * The answer to a question-routing request: the ranked answerers and, when the question has an id, one
 * {@link Referral} suggestion per answerer — a question forward from the asker, consent
 * {@link org.blendnet.core.ConsentState#NOT_REQUESTED}, nothing shared, outcome pending — for the host to
 * send (and to report to its {@link RequestBudget}). Immutable and thread-safe.
 *
 * @param answerers the ranked answerers
 * @param referrals the suggested forwards, in the answerers' order (empty for a question without an id)
 * @since 0.1
 */
public record Routing(Matches answerers, List<Referral> referrals) {

  /**
   * Creates a routing.
   *
   * @throws IllegalArgumentException if a referral is not a question forward
   */
  public Routing {
    Objects.requireNonNull(answerers, "answerers");
    referrals = List.copyOf(Objects.requireNonNull(referrals, "referrals"));
    for (Referral r : referrals) {
      if (r.kind() != ReferralKind.QUESTION_FORWARD) {
        throw new IllegalArgumentException("referral " + r.id() + " is of kind " + r.kind() + ", not QUESTION_FORWARD");
      }
    }
  }

  /** {@code Routing[Matches[ANSWERERS for ana …], referrals=3]}. */
  @Override
  public String toString() {
    return "Routing[" + answerers + ", referrals=" + referrals.size() + "]";
  }
}
