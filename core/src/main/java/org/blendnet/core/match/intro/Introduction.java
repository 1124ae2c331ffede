package org.blendnet.core.match.intro;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blendnet.core.ConsentState;
import org.blendnet.core.MemberId;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.ReferralKind;
import org.blendnet.core.ReferralOutcome;
import org.jspecify.annotations.Nullable;

/**
 * A double opt-in introduction or forwarded question: an immutable state machine over a core
 * {@link Referral}. Each transition returns a new value whose {@link #referral()} is updated to match, so
 * the record can be put into a {@link org.blendnet.core.Network} at any step.
 *
 * <pre>{@code
 * Introduction i = Introduction.suggest(routing.referrals().get(0), 3);   // SUGGESTED, hop 1 of at most 3
 * i = i.request(now, now.plus(Duration.ofDays(7)));                       // the target is asked
 * i = i.accept(later);                                                    // they agree
 * i = i.introduce(later, true);                                           // contact details released
 * }</pre>
 *
 * <table>
 *   <caption>The referral record at each state</caption>
 *   <tr><th>state</th><th>{@link Referral#consent()}</th><th>{@link Referral#outcome()}</th><th>contact details</th></tr>
 *   <tr><td>SUGGESTED</td><td>NOT_REQUESTED</td><td>PENDING</td><td>no</td></tr>
 *   <tr><td>REQUESTED</td><td>REQUESTED</td><td>PENDING</td><td>no</td></tr>
 *   <tr><td>ACCEPTED</td><td>GRANTED</td><td>ACCEPTED</td><td>no</td></tr>
 *   <tr><td>INTRODUCED</td><td>GRANTED</td><td>INTRODUCED (a question forward: ACCEPTED)</td><td>if shared</td></tr>
 *   <tr><td>DECLINED</td><td>DECLINED</td><td>DECLINED</td><td>no</td></tr>
 *   <tr><td>EXPIRED, REVOKED</td><td>as it was</td><td>EXPIRED, REVOKED</td><td>no</td></tr>
 * </table>
 *
 * <p><b>Vouching and chains.</b> The referral's {@link Referral#referrer()} vouches for it. A target who
 * accepted may pass it on ({@link #next}): the next hop is vouched for by that target, names this hop as its
 * parent and serves the same asker; the {@link #chain()} of members it passed through may hold at most
 * {@link #hopLimit()} hops, and never the same member twice.
 *
 * <p><b>Contact details</b> are released only at {@link IntroductionState#INTRODUCED}, and only if the host
 * says so ({@link #introduce(Instant, boolean)}): it must pass {@code true} only when both members' consent
 * allows it ({@link org.blendnet.core.Consent#shareContactDetails()}; the network checks this again).
 *
 * <p><b>What the asker sees</b> is {@link #askerStatus(Instant)}, never the state: a decline reads as
 * pending until the introduction would have expired, then as "not available". The {@link #referral()}
 * record holds the decline and is for the host, not for the asker.
 *
 * @implNote Thread-safe: immutable. {@link IntroductionBook} keeps many of them for concurrent use.
 * @since 0.1
 */
public final class Introduction {

  /** The hop limit unless told otherwise: the asker, two go-betweens and the one who answers. */
  public static final int DEFAULT_HOP_LIMIT = 3;

  private final Referral referral;
  private final IntroductionState state;
  private final int hopLimit;
  private final List<MemberId> chain;
  private final List<Transition> history;
  private final @Nullable Instant expiresAt;
  private final Instant updatedAt;

  private Introduction(Referral referral, IntroductionState state, int hopLimit, List<MemberId> chain,
      List<Transition> history, @Nullable Instant expiresAt, Instant updatedAt) {
    this.referral = referral;
    this.state = state;
    this.hopLimit = hopLimit;
    this.chain = chain;
    this.history = history;
    this.expiresAt = expiresAt;
    this.updatedAt = updatedAt;
  }

  /**
   * A new suggestion from a fresh referral (consent not requested, pending, nothing shared, no parent), as
   * {@link org.blendnet.core.match.Matchmaker#routeQuestion} and {@link EventFollowUp} make them. Hop 1: the
   * chain is the asker ({@code onBehalfOf}, else {@code from}) and the target.
   *
   * @throws IllegalArgumentException if the referral is not fresh, or {@code hopLimit < 1}
   */
  public static Introduction suggest(Referral suggestion, int hopLimit) {
    Objects.requireNonNull(suggestion, "suggestion");
    checkHopLimit(hopLimit);
    if (suggestion.consent() != ConsentState.NOT_REQUESTED || suggestion.outcome() != ReferralOutcome.PENDING
        || suggestion.contactDetailsShared()) {
      throw new IllegalArgumentException("referral " + suggestion.id() + " must be a fresh suggestion (consent "
          + "NOT_REQUESTED, outcome PENDING, nothing shared) but was " + suggestion.consent() + ", "
          + suggestion.outcome() + (suggestion.contactDetailsShared() ? ", contact details shared" : ""));
    }
    if (suggestion.parent().isPresent()) {
      throw new IllegalArgumentException("referral " + suggestion.id() + " continues " + suggestion.parent().get()
          + "; continue a chain with next(…) on its introduction");
    }
    MemberId asker = suggestion.onBehalfOf().orElse(suggestion.from());
    return new Introduction(suggestion, IntroductionState.SUGGESTED, hopLimit, List.of(asker, suggestion.to()),
        List.of(), null, suggestion.at());
  }

  private static void checkHopLimit(int hopLimit) {
    if (hopLimit < 1) {
      throw new IllegalArgumentException("hopLimit must be >= 1 but was " + hopLimit);
    }
  }

  // ---- transitions -------------------------------------------------------------------------------

  /**
   * The target is asked; the request lapses at {@code expiresAt}.
   *
   * @throws IllegalTransitionException unless {@link IntroductionState#SUGGESTED}
   * @throws IllegalArgumentException if {@code at} is before the last change or {@code expiresAt} is not after {@code at}
   */
  public Introduction request(Instant at, Instant expiresAt) {
    Objects.requireNonNull(expiresAt, "expiresAt");
    check(IntroductionState.REQUESTED, at);
    if (!expiresAt.isAfter(at)) {
      throw new IllegalArgumentException("expiresAt must be after " + at + " but was " + expiresAt);
    }
    return move(IntroductionState.REQUESTED, at, ConsentState.REQUESTED, false, ReferralOutcome.PENDING, expiresAt);
  }

  /**
   * The target agrees.
   *
   * @throws IllegalTransitionException unless {@link IntroductionState#REQUESTED}
   * @throws IllegalArgumentException if {@code at} is before the last change
   */
  public Introduction accept(Instant at) {
    check(IntroductionState.ACCEPTED, at);
    return move(IntroductionState.ACCEPTED, at, ConsentState.GRANTED, false, ReferralOutcome.ACCEPTED, expiresAt);
  }

  /**
   * The introduction is made. {@code shareContactDetails}: whether contact details are passed on now — true
   * only if both members' consent allows it.
   *
   * @throws IllegalTransitionException unless {@link IntroductionState#ACCEPTED}
   * @throws IllegalArgumentException if {@code at} is before the last change
   */
  public Introduction introduce(Instant at, boolean shareContactDetails) {
    check(IntroductionState.INTRODUCED, at);
    ReferralOutcome outcome = referral.kind() == ReferralKind.INTRODUCTION ? ReferralOutcome.INTRODUCED
        : ReferralOutcome.ACCEPTED;
    return move(IntroductionState.INTRODUCED, at, ConsentState.GRANTED, shareContactDetails, outcome, expiresAt);
  }

  /**
   * The target says no. Shown to the asker as pending, then as not available ({@link #askerStatus}).
   *
   * @throws IllegalTransitionException unless {@link IntroductionState#REQUESTED}
   * @throws IllegalArgumentException if {@code at} is before the last change
   */
  public Introduction decline(Instant at) {
    check(IntroductionState.DECLINED, at);
    return move(IntroductionState.DECLINED, at, ConsentState.DECLINED, false, ReferralOutcome.DECLINED, expiresAt);
  }

  /**
   * Nothing happened in time.
   *
   * @throws IllegalTransitionException if the state is final
   * @throws IllegalArgumentException if {@code at} is before the last change
   */
  public Introduction expire(Instant at) {
    check(IntroductionState.EXPIRED, at);
    return move(IntroductionState.EXPIRED, at, referral.consent(), false, ReferralOutcome.EXPIRED, expiresAt);
  }

  /**
   * Withdrawn by the referrer or the asker.
   *
   * @throws IllegalTransitionException if the state is final
   * @throws IllegalArgumentException if {@code at} is before the last change
   */
  public Introduction revoke(Instant at) {
    check(IntroductionState.REVOKED, at);
    return move(IntroductionState.REVOKED, at, referral.consent(), false, ReferralOutcome.REVOKED, expiresAt);
  }

  /**
   * The next hop of the chain: the target of this one, having accepted, passes it on to {@code to} and
   * vouches for it. The new hop is a fresh suggestion whose referral has {@code referrer} = this target,
   * {@code from} = this target for a question forward (the asker for an introduction), the same asker as
   * {@code onBehalfOf} (unless that is {@code from}), the same question, and this referral as its parent.
   *
   * @throws IllegalStateException unless this hop is {@link IntroductionState#ACCEPTED} or
   *     {@link IntroductionState#INTRODUCED} (the target must have agreed before passing it on), or if the
   *     chain already has {@link #hopLimit()} hops
   * @throws IllegalArgumentException if {@code to} is already in the chain, or {@code at} is before this hop's last change
   */
  public Introduction next(ReferralId id, MemberId to, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    if (state != IntroductionState.ACCEPTED && state != IntroductionState.INTRODUCED) {
      throw new IllegalStateException("referral " + referral.id() + " is " + state
          + "; only an ACCEPTED or INTRODUCED hop can be passed on");
    }
    if (hop() >= hopLimit) {
      throw new IllegalStateException("referral " + referral.id() + " is hop " + hop() + " of at most " + hopLimit
          + "; it cannot be passed on");
    }
    if (chain.contains(to)) {
      throw new IllegalArgumentException("member " + to + " is already in the chain of referral " + referral.id());
    }
    if (at.isBefore(updatedAt)) {
      throw new IllegalArgumentException("at must not be before the last change (" + updatedAt + ") but was " + at);
    }
    MemberId asker = asker();
    MemberId via = referral.to();
    MemberId from = referral.kind() == ReferralKind.QUESTION_FORWARD ? via : asker;
    Optional<MemberId> onBehalfOf = asker.equals(from) ? Optional.empty() : Optional.of(asker);
    Referral hop = new Referral(id, referral.kind(), via, from, to, onBehalfOf, referral.question(),
        Optional.of(referral.id()), at, ConsentState.NOT_REQUESTED, false, ReferralOutcome.PENDING);
    List<MemberId> longer = new ArrayList<>(chain);
    longer.add(to);
    return new Introduction(hop, IntroductionState.SUGGESTED, hopLimit, List.copyOf(longer), List.of(), null, at);
  }

  private void check(IntroductionState to, Instant at) {
    Objects.requireNonNull(at, "at");
    if (!state.canMoveTo(to)) {
      throw new IllegalTransitionException(referral.id(), state, to);
    }
    if (at.isBefore(updatedAt)) {
      throw new IllegalArgumentException("at must not be before the last change (" + updatedAt + ") but was " + at);
    }
  }

  private Introduction move(IntroductionState to, Instant at, ConsentState consent, boolean share,
      ReferralOutcome outcome, @Nullable Instant expires) {
    List<Transition> longer = new ArrayList<>(history.size() + 1);
    longer.addAll(history);
    longer.add(new Transition(state, to, at));
    return new Introduction(referral.resolved(consent, share, outcome), to, hopLimit, chain, List.copyOf(longer),
        expires, at);
  }

  // ---- views -------------------------------------------------------------------------------------

  /** The referral's id, which identifies the introduction. */
  public ReferralId id() {
    return referral.id();
  }

  /** The core referral record as of this state (for the host and the network; it shows a decline). */
  public Referral referral() {
    return referral;
  }

  /** The state. */
  public IntroductionState state() {
    return state;
  }

  /** The member this introduction ultimately serves: {@code onBehalfOf}, else {@code from}. */
  public MemberId asker() {
    return referral.onBehalfOf().orElse(referral.from());
  }

  /** The member asked: the referral's {@code to}. */
  public MemberId target() {
    return referral.to();
  }

  /** The hop of this referral in its chain: 1 for the first. */
  public int hop() {
    return chain.size() - 1;
  }

  /** The most hops its chain may have. */
  public int hopLimit() {
    return hopLimit;
  }

  /** The members the request passed through: the asker, each go-between, and this hop's target. */
  public List<MemberId> chain() {
    return chain;
  }

  /** The transitions so far, oldest first (empty for a suggestion). */
  public List<Transition> history() {
    return history;
  }

  /** When the request lapses, once the target was asked. */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /** The instant of the last change (the referral's time for a suggestion). */
  public Instant updatedAt() {
    return updatedAt;
  }

  /** True if the request was made and has lapsed by {@code asOf} without an answer. */
  public boolean isDue(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return !state.isFinal() && state != IntroductionState.SUGGESTED && expiresAt != null && !asOf.isBefore(expiresAt);
  }

  /** True only at {@link IntroductionState#INTRODUCED} with contact details passed on. */
  public boolean contactDetailsReleased() {
    return state == IntroductionState.INTRODUCED && referral.contactDetailsShared();
  }

  /**
   * What the asker is shown at {@code asOf}: {@link AskerStatus#INTRODUCED} once introduced; for a decline,
   * {@link AskerStatus#PENDING} until the request would have expired and {@link AskerStatus#NOT_AVAILABLE}
   * from then on; not available after expiry or withdrawal; pending otherwise.
   */
  public AskerStatus askerStatus(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    switch (state) {
      case INTRODUCED:
        return AskerStatus.INTRODUCED;
      case DECLINED:
        return expiresAt != null && asOf.isBefore(expiresAt) ? AskerStatus.PENDING : AskerStatus.NOT_AVAILABLE;
      case EXPIRED:
      case REVOKED:
        return AskerStatus.NOT_AVAILABLE;
      default:
        return AskerStatus.PENDING;
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Introduction other)) {
      return false;
    }
    return referral.equals(other.referral) && state == other.state && hopLimit == other.hopLimit
        && chain.equals(other.chain) && history.equals(other.history) && Objects.equals(expiresAt, other.expiresAt)
        && updatedAt.equals(other.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(referral, state, hopLimit, chain, history, expiresAt, updatedAt);
  }

  /** {@code Introduction[r1 INTRODUCTION ana -> bo, REQUESTED, hop 1/3, expires 2026-03-09T09:00:00Z]}: ids only. */
  @Override
  public String toString() {
    return "Introduction[" + referral.id() + " " + referral.kind() + " " + referral.from() + " -> " + referral.to()
        + ", " + state + ", hop " + hop() + "/" + hopLimit + (expiresAt == null ? "" : ", expires " + expiresAt) + "]";
  }
}
