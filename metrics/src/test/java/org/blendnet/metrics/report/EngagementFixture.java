package org.blendnet.metrics.report;

import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.m;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Community;
import org.blendnet.core.CommunityId;
import org.blendnet.core.CommunityKind;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.TimeWindow;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.graph.silo.SiloOptions;

/**
 * A hand-made network for the cohort, participation and community figures of the engagement section:
 *
 * <pre>
 * members  a (Acme / Sales, f), b (Acme / Sales, m), c (Acme / Ops, f), d (Acme / Ops, m), e (Acme / Ops, f),
 *          g (no unit, no gender); every name is "Name of x"
 * communities  lg, a learning group of a, b, d; cop, a community of practice of c, e, g; oc, an online
 *          community of a alone (names chosen by the test)
 * window   2026-03-02 to 2026-03-23, three weekly periods; day 0 = Monday 2 March 09:00 UTC
 * day 1   chat a → b, in lg                 (online)
 * day 2   meeting a, c                      (face to face)
 * day 8   chat a → d, in lg                 (online)
 * day 15  workshop a, b, d, e, in cop       (face to face)
 * g does nothing
 * </pre>
 *
 * Acts by week: a 0, 1, 2; b 0, 2; c 0; d 1, 2; e 2. Cohorts: week 0 a, b, c (active again: week 1 a; week 2
 * a, b), week 1 d (week 2 d), week 2 e.
 */
final class EngagementFixture {

  static final TimeWindow WINDOW =
      new TimeWindow(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-23T00:00:00Z"));

  private EngagementFixture() {}

  private static Member member(String id, Affiliation unit, String gender) {
    Member.Builder b = Member.builder(m(id)).name("Name of " + id).affiliation(unit);
    if (!gender.isEmpty()) {
      b.attribute("gender", gender);
    }
    return b.build();
  }

  private static Touchpoint touchpoint(String id, int day, Medium medium, String community, String... who) {
    List<MemberId> participants = java.util.Arrays.stream(who).map(MemberId::of).toList();
    Optional<MemberId> initiator = medium == Medium.CHAT ? Optional.of(participants.get(0)) : Optional.empty();
    return new Touchpoint(TouchpointId.of(id), day(day), medium, participants, initiator, Optional.empty(),
        community.isEmpty() ? Optional.empty() : Optional.of(CommunityId.of(community)), Set.of(), 1.0);
  }

  static Network network() {
    return network("f", "Learning group");
  }

  /** The fixture with the gender value of a, c and e and the name of every community chosen by the test. */
  static Network network(String female, String communityName) {
    Affiliation sales = Affiliation.of("Acme", "Sales");
    Affiliation ops = Affiliation.of("Acme", "Ops");
    return Network.builder()
        .member(member("a", sales, female))
        .member(member("b", sales, "m"))
        .member(member("c", ops, female))
        .member(member("d", ops, "m"))
        .member(member("e", ops, female))
        .member(member("g", Affiliation.none(), ""))
        .community(Community.of(CommunityId.of("lg"), communityName, CommunityKind.LEARNING_GROUP,
            Set.of(m("a"), m("b"), m("d"))))
        .community(Community.of(CommunityId.of("cop"), communityName, CommunityKind.COMMUNITY_OF_PRACTICE,
            Set.of(m("c"), m("e"), m("g"))))
        .community(Community.of(CommunityId.of("oc"), communityName, CommunityKind.ONLINE_COMMUNITY, Set.of(m("a"))))
        .touchpoint(touchpoint("t1", 1, Medium.CHAT, "lg", "a", "b"))
        .touchpoint(touchpoint("t2", 2, Medium.MEETING, "", "a", "c"))
        .touchpoint(touchpoint("t3", 8, Medium.CHAT, "lg", "a", "d"))
        .touchpoint(touchpoint("t4", 15, Medium.WORKSHOP, "cop", "a", "b", "d", "e"))
        .build();
  }

  /** Three weekly periods over {@link #WINDOW}; groups of two are named (floor 2). */
  static ReportOptions options() {
    return ReportOptions.builder()
        .window(WINDOW)
        .period(Period.ofWeeks(1))
        .siloOptions(SiloOptions.builder().privacyFloor(2).build())
        .build();
  }
}
