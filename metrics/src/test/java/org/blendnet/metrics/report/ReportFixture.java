package org.blendnet.metrics.report;

import static org.blendnet.metrics.Fixtures.answer;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.directed;
import static org.blendnet.metrics.Fixtures.question;

import java.time.Instant;
import java.time.Period;
import java.util.Set;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Consent;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.TimeWindow;
import org.blendnet.core.Topic;
import org.blendnet.graph.silo.SiloOptions;

/**
 * A hand-made network whose report every test of this package checks by hand:
 *
 * <pre>
 * members  ana, bo (Acme / Sales), cy, dee (Acme / Ops); bo has consented to nothing;
 *          ana is an expert in pricing, dee advanced in hiring
 * window   2026-03-02 to 2026-03-16, two weekly periods; day 0 = Monday 2 March 09:00 UTC
 * day 0  ana asks q1
 * day 1  bo answers q1
 * day 2  chat bo → cy
 * day 8  chat cy → bo (a reply by cy)     cy asks q2, on pricing
 * day 9  ana answers q2
 * dee does nothing
 * </pre>
 */
final class ReportFixture {

  static final TimeWindow WINDOW =
      new TimeWindow(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-16T00:00:00Z"));

  private ReportFixture() {}

  static Member member(String id, String name, String unit) {
    return Member.builder(MemberId.of(id)).name(name).affiliation(Affiliation.of("Acme", unit)).build();
  }

  static Network network() {
    return network("Ana Lima", "Acme", "Sales");
  }

  /** The fixture with ana's name and the organisation and unit of ana and bo chosen by the test. */
  static Network network(String anaName, String organisation, String unit) {
    return Network.builder()
        .member(Member.builder(MemberId.of("ana")).name(anaName).affiliation(Affiliation.of(organisation, unit))
            .expertise(Topic.of("pricing"), ExpertiseLevel.EXPERT).build())
        .member(Member.builder(MemberId.of("bo")).name("Bo Berg").affiliation(Affiliation.of(organisation, unit))
            .consent(Consent.none()).build())
        .member(member("cy", "Cy Chen", "Ops"))
        .member(Member.builder(MemberId.of("dee")).name("Dee Diaz").affiliation(Affiliation.of("Acme", "Ops"))
            .expertise(Topic.of("hiring"), ExpertiseLevel.ADVANCED).build())
        .question(question("q1", "ana", day(0)))
        .answer(answer("a1", "q1", "bo", day(1)))
        .touchpoint(directed("t1", day(2), "bo", "cy"))
        .touchpoint(directed("t2", day(8), "cy", "bo"))
        .question(Question.of(QuestionId.of("q2"), MemberId.of("cy"), "How to price?", Set.of(Topic.of("pricing")),
            day(8)))
        .answer(answer("a2", "q2", "ana", day(9)))
        .build();
  }

  /** Two weekly periods over {@link #WINDOW}; units of two are named (floor 2). */
  static ReportOptions options() {
    return ReportOptions.builder()
        .window(WINDOW)
        .period(Period.ofWeeks(1))
        .siloOptions(SiloOptions.builder().privacyFloor(2).build())
        .build();
  }
}
