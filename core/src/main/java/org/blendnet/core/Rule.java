package org.blendnet.core;

/**
 * The rules {@link Network.Builder#build()} checks across records. Rules about one record alone (a blank
 * name, an answer without a question id) are checked by the record's constructor instead.
 *
 * @since 0.1
 */
public enum Rule {
  /** Two records of the same section have the same id. */
  DUPLICATE_ID,
  /** A member id that names no member. */
  UNKNOWN_MEMBER,
  /** An event id that names no event. */
  UNKNOWN_EVENT,
  /** A community id that names no community. */
  UNKNOWN_COMMUNITY,
  /** A question id that names no question. */
  UNKNOWN_QUESTION,
  /** A referral id (a parent) that names no referral. */
  UNKNOWN_REFERRAL,
  /** An answer earlier than its question. */
  ANSWER_BEFORE_QUESTION,
  /** A referral earlier than the question it passes on. */
  REFERRAL_BEFORE_QUESTION,
  /** A referral earlier than its parent. */
  REFERRAL_BEFORE_PARENT,
  /** A referral about another question than its parent. */
  REFERRAL_QUESTION_MISMATCH,
  /** Referrals whose parents lead back to themselves. */
  REFERRAL_CYCLE,
  /** Contact details passed on for a member whose {@link Consent} does not allow it. */
  CONTACT_DETAILS_WITHOUT_CONSENT
}
