package org.blendnet.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blendnet.core.Answer;
import org.blendnet.core.AnswerId;
import org.blendnet.core.CommunityId;
import org.blendnet.core.Helpfulness;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.QuestionStatus;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;

/** Short names for the hand-made fixtures of the metrics tests. */
public final class Fixtures {

  /** Monday 2 March 2026, 09:00 UTC: day 0 of every fixture. */
  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private Fixtures() {}

  /** {@link #T0} plus {@code days}. */
  public static Instant day(int days) {
    return T0.plus(Duration.ofDays(days));
  }

  /** {@link #T0} plus {@code minutes}. */
  public static Instant minute(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  public static MemberId m(String id) {
    return MemberId.of(id);
  }

  public static Member member(String id) {
    return Member.of(MemberId.of(id), id);
  }

  /** A network builder holding plain members with these ids, in this order. */
  public static Network.Builder members(String... ids) {
    Network.Builder b = Network.builder();
    for (String id : ids) {
      b.member(member(id));
    }
    return b;
  }

  /** A chat initiated by {@code from} towards {@code to}. */
  public static Touchpoint directed(String id, Instant at, String from, String to) {
    return new Touchpoint(TouchpointId.of(id), at, Medium.CHAT, List.of(m(from), m(to)), Optional.of(m(from)),
        Optional.empty(), Optional.empty(), Set.of(), 1.0);
  }

  /** A face-to-face conversation without a direction. */
  public static Touchpoint undirected(String id, Instant at, String a, String b) {
    return Touchpoint.between(TouchpointId.of(id), at, Medium.FACE_TO_FACE, m(a), m(b));
  }

  /** A meeting of several members, initiated by the first. */
  public static Touchpoint group(String id, Instant at, String initiator, String... others) {
    Touchpoint.Builder b = Touchpoint.builder(TouchpointId.of(id)).at(at).medium(Medium.MEETING).initiatedBy(m(initiator));
    for (String o : others) {
      b.participant(m(o));
    }
    return b.build();
  }

  public static Question question(String id, String asker, Instant at) {
    return Question.of(QuestionId.of(id), m(asker), "What about " + id + "?", Set.of(), at);
  }

  public static Question question(String id, String asker, Instant at, String community) {
    return new Question(QuestionId.of(id), m(asker), "What about " + id + "?", Set.of(), at, Medium.FORUM_POST,
        Optional.of(CommunityId.of(community)), QuestionStatus.OPEN);
  }

  public static Answer answer(String id, String question, String responder, Instant at) {
    return Answer.of(AnswerId.of(id), QuestionId.of(question), m(responder), at);
  }

  public static Answer helpfulAnswer(String id, String question, String responder, Instant at) {
    return new Answer(AnswerId.of(id), QuestionId.of(question), m(responder), at, Optional.empty(),
        Helpfulness.HELPFUL);
  }

  /** A question forward {@code from → to} made by {@code referrer}. */
  public static Referral forward(String id, String question, String referrer, String from, String to, Instant at) {
    return Referral.forward(ReferralId.of(id), QuestionId.of(question), m(referrer), m(from), m(to), at);
  }

  /** An introduction of {@code from} to {@code to} made by {@code referrer}. */
  public static Referral introduction(String id, String referrer, String from, String to, Instant at) {
    return Referral.introduction(ReferralId.of(id), m(referrer), m(from), m(to), at);
  }
}
