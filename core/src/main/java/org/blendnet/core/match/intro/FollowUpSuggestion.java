package org.blendnet.core.match.intro;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.blendnet.core.ReferralKind;
import org.blendnet.core.Referral;

/**
 * One introduction {@link EventFollowUp} suggests: an absent member ({@link Referral#from()}) and a
 * participant ({@link Referral#to()}), as a fresh {@link ReferralKind#INTRODUCTION} referral ready for
 * {@link IntroductionBook#suggest(Referral)}, with the matchmaker's score and the reasons.
 *
 * @param referral the introduction, made by the reporter, consent not requested, pending
 * @param score the matchmaker's peer score of the participant for the absent member, in (0, 1]
 * @param reasons why, addressed to the absent member: "was at Export summit", "knows negotiation (expert)", …
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record FollowUpSuggestion(Referral referral, double score, List<String> reasons) {

  /**
   * Creates a suggestion.
   *
   * @throws IllegalArgumentException if the referral is not an introduction or the score is outside (0, 1]
   */
  public FollowUpSuggestion {
    Objects.requireNonNull(referral, "referral");
    Objects.requireNonNull(reasons, "reasons");
    if (referral.kind() != ReferralKind.INTRODUCTION) {
      throw new IllegalArgumentException("referral " + referral.id() + " must be an INTRODUCTION but was "
          + referral.kind());
    }
    if (!(score > 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in (0, 1] but was " + score);
    }
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
  }

  /** {@code FollowUpSuggestion[cy -> ana 0.712]}: ids and the score. */
  @Override
  public String toString() {
    return "FollowUpSuggestion[" + referral.from() + " -> " + referral.to()
        + String.format(Locale.ROOT, " %.3f]", score);
  }
}
