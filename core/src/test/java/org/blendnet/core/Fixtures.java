package org.blendnet.core;

import java.time.Instant;

/** Short names for the hand-made fixtures of the model tests. */
final class Fixtures {

  /** Monday 2 March 2026, 09:00 UTC: minute 0 of every fixture. */
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private Fixtures() {}

  /** {@link #T0} plus {@code minutes}. */
  static Instant t(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  static MemberId m(String id) {
    return MemberId.of(id);
  }

  static Topic topic(String name) {
    return Topic.of(name);
  }

  static Member member(String id) {
    return Member.of(MemberId.of(id), id.toUpperCase(java.util.Locale.ROOT));
  }

  static Member sharingMember(String id) {
    return Member.builder(MemberId.of(id)).consent(Consent.all()).build();
  }

  /** A network builder holding plain members with these ids. */
  static Network.Builder membersOnly(String... ids) {
    Network.Builder b = Network.builder();
    for (String id : ids) {
      b.member(member(id));
    }
    return b;
  }

  static Touchpoint pair(String id, int minute, String a, String b) {
    return Touchpoint.between(TouchpointId.of(id), t(minute), Medium.CHAT, m(a), m(b));
  }

  static Question question(String id, String asker, int minute) {
    return Question.of(QuestionId.of(id), m(asker), "What about " + id + "?", java.util.Set.of(), t(minute));
  }

  static Answer answer(String id, String question, String responder, int minute) {
    return Answer.of(AnswerId.of(id), QuestionId.of(question), m(responder), t(minute));
  }

  /** A question forward {@code from → to} made by {@code referrer}. */
  static Referral forward(String id, String question, String referrer, String from, String to, int minute) {
    return Referral.forward(ReferralId.of(id), QuestionId.of(question), m(referrer), m(from), m(to), t(minute));
  }

  static Referral introduction(String id, String referrer, String from, String to, int minute) {
    return Referral.introduction(ReferralId.of(id), m(referrer), m(from), m(to), t(minute));
  }
}
