package org.blendnet.metrics.reciprocity;

import static org.blendnet.metrics.Fixtures.answer;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.directed;
import static org.blendnet.metrics.Fixtures.forward;
import static org.blendnet.metrics.Fixtures.group;
import static org.blendnet.metrics.Fixtures.helpfulAnswer;
import static org.blendnet.metrics.Fixtures.introduction;
import static org.blendnet.metrics.Fixtures.m;
import static org.blendnet.metrics.Fixtures.members;
import static org.blendnet.metrics.Fixtures.question;
import static org.blendnet.metrics.Fixtures.undirected;

import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.Network;
import org.blendnet.core.ReferralId;

/**
 * A hand-made network with every kind of giving and taking, the acts spread over days 0–6:
 *
 * <pre>
 * day 0  ana asks q1
 * day 1  bo answers q1 (rated helpful)         cy forwards q1 from ana to dee (r1)    chat bo → cy
 * day 2  cy answers q1; ana answers q1 herself  dee forwards q1 to eve on behalf of ana (r4, after r1)
 *        chat cy → bo (a reply by cy)           ana–bo face to face (undirected)
 * day 3  bo asks q2                             bo forwards q2 himself to eve (r2)     chat cy → bo (no reply)
 * day 4  ana answers q2                         chat bo → cy (a reply by bo)           meeting ana → bo, cy
 * day 5  eve introduces ana to bo (r3)
 * day 6  event hosted by dee and eve
 * </pre>
 *
 * The touchpoints are added out of time order.
 */
final class LedgerFixture {

  private LedgerFixture() {}

  static Network network() {
    return members("ana", "bo", "cy", "dee", "eve")
        .question(question("q1", "ana", day(0)))
        .question(question("q2", "bo", day(3)))
        .answer(helpfulAnswer("a1", "q1", "bo", day(1)))
        .answer(answer("a2", "q1", "cy", day(2)))
        .answer(answer("a3", "q1", "ana", day(2)))
        .answer(answer("a4", "q2", "ana", day(4)))
        .referral(forward("r1", "q1", "cy", "ana", "dee", day(1)))
        .referral(forward("r2", "q2", "bo", "bo", "eve", day(3)))
        .referral(introduction("r3", "eve", "ana", "bo", day(5)))
        .referral(forward("r4", "q1", "dee", "dee", "eve", day(2)).onBehalfOf(m("ana")).withParent(ReferralId.of("r1")))
        .event(Event.builder(EventId.of("e1")).time(day(6), day(6).plusSeconds(7200)).host(m("dee")).host(m("eve"))
            .attendee(m("ana")).build())
        .touchpoint(directed("t4", day(4), "bo", "cy"))
        .touchpoint(directed("t1", day(1), "bo", "cy"))
        .touchpoint(directed("t3", day(3), "cy", "bo"))
        .touchpoint(directed("t2", day(2), "cy", "bo"))
        .touchpoint(undirected("t5", day(2), "ana", "bo"))
        .touchpoint(group("t6", day(4), "ana", "bo", "cy"))
        .build();
  }
}
