package org.blendnet.core;

import java.time.Instant;
import java.util.Optional;

/**
 * One member connecting two others: passing a question on ("can you answer this?") or making an
 * introduction ("you two should meet").
 *
 * <p>The roles: the {@link #referrer()} makes the referral and vouches for it; it connects
 * {@link #from()} — the member whose question is passed on at this hop, or one of the two introduced —
 * with {@link #to()} — the member asked, or the other one introduced. {@link #onBehalfOf()} names the
 * member the referral ultimately serves when that is not {@code from} (the original asker of a chain).
 * A {@link #parent()} makes chains explicit: the question in the source story went asker → community
 * member → friend → expert, each hop a referral whose parent is the hop before.
 *
 * <p>Contact details are personal: {@link #contactDetailsShared()} may only be true when the target
 * agreed ({@link ConsentState#GRANTED}); the {@link Network.Builder} also checks that the members
 * whose details were passed on allow it in their {@link Consent}. Immutable and thread-safe.
 *
 * @param id the referral's identifier
 * @param kind question forward or introduction
 * @param referrer who made it
 * @param from who is being connected (the holder of the question at this hop, or one of the introduced)
 * @param to whom they are connected with (the member asked, or the other one introduced)
 * @param onBehalfOf the member it ultimately serves, if not {@code from}
 * @param question the question passed on; required for {@link ReferralKind#QUESTION_FORWARD}
 * @param parent the previous referral of the chain, if any
 * @param at when it was made
 * @param consent whether {@code to} agreed
 * @param contactDetailsShared whether contact details were passed on
 * @param outcome how it ended
 * @since 0.1
 */
public record Referral(
    ReferralId id,
    ReferralKind kind,
    MemberId referrer,
    MemberId from,
    MemberId to,
    Optional<MemberId> onBehalfOf,
    Optional<QuestionId> question,
    Optional<ReferralId> parent,
    Instant at,
    ConsentState consent,
    boolean contactDetailsShared,
    ReferralOutcome outcome) {

  /**
   * Creates a referral.
   *
   * @throws IllegalArgumentException if {@code from} and {@code to} (or the referrer and {@code to}) are the
   *     same member, a question forward has no question, contact details were shared without granted
   *     consent, the outcome does not fit the kind, or the referral is its own parent
   */
  public Referral {
    Checks.notNull(id, "id");
    Checks.notNull(kind, "kind");
    Checks.notNull(referrer, "referrer");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.notNull(onBehalfOf, "onBehalfOf");
    Checks.notNull(question, "question");
    Checks.notNull(parent, "parent");
    Checks.notNull(at, "at");
    Checks.notNull(consent, "consent");
    Checks.notNull(outcome, "outcome");
    if (from.equals(to)) {
      throw new IllegalArgumentException("referral " + id + " connects " + from + " with themselves");
    }
    if (referrer.equals(to)) {
      throw new IllegalArgumentException("referral " + id + ": referrer " + referrer + " refers to themselves");
    }
    if (onBehalfOf.isPresent() && onBehalfOf.get().equals(to)) {
      throw new IllegalArgumentException("referral " + id + " is made on behalf of its own target " + to);
    }
    if (kind == ReferralKind.QUESTION_FORWARD && question.isEmpty()) {
      throw new IllegalArgumentException("referral " + id + ": a question forward needs a question");
    }
    if (contactDetailsShared && consent != ConsentState.GRANTED) {
      throw new IllegalArgumentException(
          "referral " + id + ": contact details shared but consent is " + consent + ", not GRANTED");
    }
    if (outcome == ReferralOutcome.ANSWERED && kind != ReferralKind.QUESTION_FORWARD) {
      throw new IllegalArgumentException("referral " + id + ": outcome ANSWERED needs kind QUESTION_FORWARD");
    }
    if (outcome == ReferralOutcome.INTRODUCED && kind != ReferralKind.INTRODUCTION) {
      throw new IllegalArgumentException("referral " + id + ": outcome INTRODUCED needs kind INTRODUCTION");
    }
    if (parent.isPresent() && parent.get().equals(id)) {
      throw new IllegalArgumentException("referral " + id + " is its own parent");
    }
  }

  /**
   * A question forward that has just been made: consent not requested, nothing shared, pending.
   */
  public static Referral forward(ReferralId id, QuestionId question, MemberId referrer, MemberId from,
      MemberId to, Instant at) {
    return new Referral(id, ReferralKind.QUESTION_FORWARD, referrer, from, to, Optional.empty(),
        Optional.of(Checks.notNull(question, "question")), Optional.empty(), at, ConsentState.NOT_REQUESTED, false,
        ReferralOutcome.PENDING);
  }

  /** An introduction that has just been suggested: consent not requested, nothing shared, pending. */
  public static Referral introduction(ReferralId id, MemberId referrer, MemberId from, MemberId to, Instant at) {
    return new Referral(id, ReferralKind.INTRODUCTION, referrer, from, to, Optional.empty(), Optional.empty(),
        Optional.empty(), at, ConsentState.NOT_REQUESTED, false, ReferralOutcome.PENDING);
  }

  /** This referral as the next hop after {@code parent}. */
  public Referral withParent(ReferralId parent) {
    return new Referral(id, kind, referrer, from, to, onBehalfOf, question,
        Optional.of(Checks.notNull(parent, "parent")), at, consent, contactDetailsShared, outcome);
  }

  /** This referral without a parent (the start of a chain). */
  public Referral withoutParent() {
    return parent.isEmpty() ? this : new Referral(id, kind, referrer, from, to, onBehalfOf, question,
        Optional.empty(), at, consent, contactDetailsShared, outcome);
  }

  /** This referral made on behalf of {@code member}. */
  public Referral onBehalfOf(MemberId member) {
    return new Referral(id, kind, referrer, from, to, Optional.of(Checks.notNull(member, "member")), question,
        parent, at, consent, contactDetailsShared, outcome);
  }

  /** This referral with the target's answer and its outcome; contact details shared only if {@code share}. */
  public Referral resolved(ConsentState consent, boolean share, ReferralOutcome outcome) {
    return new Referral(id, kind, referrer, from, to, onBehalfOf, question, parent, at, consent, share, outcome);
  }

  /** True if {@code member} plays any role in it. */
  public boolean names(MemberId member) {
    Checks.notNull(member, "member");
    return referrer.equals(member) || from.equals(member) || to.equals(member)
        || (onBehalfOf.isPresent() && onBehalfOf.get().equals(member));
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Referral[id=").append(id).append(", ").append(kind)
        .append(", referrer=").append(referrer).append(", ").append(from).append(" -> ").append(to);
    onBehalfOf.ifPresent(m -> s.append(", onBehalfOf=").append(m));
    question.ifPresent(q -> s.append(", question=").append(q));
    parent.ifPresent(p -> s.append(", parent=").append(p));
    return s.append(", at=").append(at).append(", consent=").append(consent)
        .append(contactDetailsShared ? ", contact details shared" : "")
        .append(", outcome=").append(outcome).append(']').toString();
  }
}
