package org.blendnet.core.match;

import java.util.List;
import java.util.Objects;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralKind;

/**
 * The answer to a question-routing request: the ranked answerers and, when the question has an id, one
 * {@link Referral} suggestion per answerer — a question forward from the asker, consent
 * {@link org.blendnet.core.ConsentState#NOT_REQUESTED}, nothing shared, outcome pending — for the host to
 * send (and to report to its {@link RequestBudget}).
 *
 * <p>A referral's {@link Referral#to()} is the answerer when the question goes to them directly, or, for an
 * answerer the asker is not in contact with, the first hop of a chain of contacts that leads to them (see
 * {@link ReferralChains}): the member the asker should ask to pass the question on. The later hops of such
 * a chain are in {@link #onward()}, each the child ({@link Referral#parent()}) of the hop before and on
 * behalf of the asker; the host sends them only when the hop before accepts. Immutable and thread-safe.
 *
 * @param answerers the ranked answerers
 * @param referrals the forwards the asker sends, one per answerer in the answerers' order (empty for a
 *     question without an id)
 * @param onward the later hops of the chains, in the answerers' order, each chain's hops in order
 * @since 0.1
 */
public record Routing(Matches answerers, List<Referral> referrals, List<Referral> onward) {

  /**
   * Creates a routing.
   *
   * @throws IllegalArgumentException if a referral is not a question forward
   */
  public Routing {
    Objects.requireNonNull(answerers, "answerers");
    referrals = List.copyOf(Objects.requireNonNull(referrals, "referrals"));
    onward = List.copyOf(Objects.requireNonNull(onward, "onward"));
    for (List<Referral> list : List.of(referrals, onward)) {
      for (Referral r : list) {
        if (r.kind() != ReferralKind.QUESTION_FORWARD) {
          throw new IllegalArgumentException(
              "referral " + r.id() + " is of kind " + r.kind() + ", not QUESTION_FORWARD");
        }
      }
    }
  }

  /**
   * A routing whose referrals all go to the answerers directly (no onward hops).
   *
   * @throws IllegalArgumentException if a referral is not a question forward
   */
  public Routing(Matches answerers, List<Referral> referrals) {
    this(answerers, referrals, List.of());
  }

  /** {@code Routing[Matches[ANSWERERS for ana …], referrals=3]}, and {@code , onward=1} if there are onward hops. */
  @Override
  public String toString() {
    return "Routing[" + answerers + ", referrals=" + referrals.size()
        + (onward.isEmpty() ? "" : ", onward=" + onward.size()) + "]";
  }
}
