package org.blendnet.metrics.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.metrics.Fixtures.answer;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.m;
import static org.blendnet.metrics.Fixtures.question;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blendnet.core.Community;
import org.blendnet.core.CommunityId;
import org.blendnet.core.CommunityKind;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.metrics.TimeWindows;
import org.junit.jupiter.api.Test;

class EngagementTest {

  private static final CommunityId LG = CommunityId.of("lg");
  private static final TimeWindows WEEKS = TimeWindows.of(day(0), Duration.ofDays(7), 2);

  private static String g(int i) {
    return String.format("m%02d", i);
  }

  private static Touchpoint meeting(String id, int day, Optional<CommunityId> community, List<String> who) {
    return new Touchpoint(TouchpointId.of(id), day(day), Medium.WORKSHOP, who.stream().map(MemberId::of).toList(),
        Optional.empty(), Optional.empty(), community, Set.of(), 1.0);
  }

  private static List<String> range(int from, int to) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      ids.add(g(i));
    }
    return ids;
  }

  /**
   * A learning group of 17 (m01…m17) and an outsider x. Roles: m01–m08 engineer, m09–m12 manager,
   * m13–m17 none.
   *
   * <pre>
   * week 0  group session m01–m13 in lg (day 1)         m01–m02 pair ×3 in lg (days 2–4)
   *         x–m01 in lg (day 3): x is not in the group   m15–m16 outside any community (day 2)
   * week 1  group session m01–m05 in lg (day 8)         m14 asks q1 in lg (day 9); m01 answers it (day 10)
   * </pre>
   */
  static Network learningGroup() {
    Network.Builder b = Network.builder();
    for (int i = 1; i <= 17; i++) {
      Member.Builder mb = Member.builder(m(g(i)));
      if (i <= 8) {
        mb.attribute("role", "engineer");
      } else if (i <= 12) {
        mb.attribute("role", "manager");
      }
      b.member(mb.build());
    }
    b.member(Member.of(m("x"), "X"));
    b.community(Community.of(LG, "Learning group 3", CommunityKind.LEARNING_GROUP, new LinkedHashSet<>(
        range(1, 17).stream().map(MemberId::of).toList())));
    b.community(Community.of(CommunityId.of("other"), "Other", CommunityKind.ONLINE_COMMUNITY,
        Set.of(m("x"), m(g(15)), m(g(16)))));
    Optional<CommunityId> lg = Optional.of(LG);
    b.touchpoint(meeting("s1", 1, lg, range(1, 13)));
    for (int k = 0; k < 3; k++) {
      b.touchpoint(meeting("p" + k, 2 + k, lg, List.of(g(1), g(2))));
    }
    b.touchpoint(meeting("x1", 3, lg, List.of("x", g(1))));
    b.touchpoint(meeting("o1", 2, Optional.empty(), List.of(g(15), g(16))));
    b.touchpoint(meeting("s2", 8, lg, range(1, 5)));
    b.question(question("q1", g(14), day(9), "lg"));
    b.answer(answer("a1", "q1", g(1), day(10)));
    return b.build();
  }

  private final Engagement group = Engagement.of(learningGroup(), WEEKS, LG);

  @Test
  void should_give_the_active_share_per_period() {
    // week 0: m01–m13 active, 13 of 17 = 0.765 — the source text's "76% engagement"
    assertThat(group.byPeriod().get(0).active()).isEqualTo(13);
    assertThat(group.byPeriod().get(0).activeShare()).isCloseTo(13.0 / 17, within(1e-12));
    // acts in week 0: 13 (session) + 6 (pairs) + 1 (m01 with x; x's own act is ignored) = 20
    assertThat(group.byPeriod().get(0).acts()).isEqualTo(20);
    // week 1: m01–m05 and m14, 6 of 17; acts 5 + 1 (question) + 1 (answer) = 7
    assertThat(group.byPeriod().get(1).active()).isEqualTo(6);
    assertThat(group.byPeriod().get(1).acts()).isEqualTo(7);
    assertThat(group.population()).isEqualTo(17);
    assertThat(group.activeMembers()).isEqualTo(14);
    assertThat(group.activeShare()).isCloseTo(14.0 / 17, within(1e-12));
    assertThat(group.byPeriod().get(0)).hasToString(
        "[2026-03-02T09:00:00Z, 2026-03-09T09:00:00Z): 13/17 active (0.765), 20 acts");
    assertThat(group.community()).contains(LG);
  }

  @Test
  void should_measure_participation_inequality() {
    // acts: m01 7, m02 5, m03–m05 2, m06–m14 1, m15–m17 0; Σ = 27
    assertThat(group.acts(m(g(1)))).isEqualTo(7);
    assertThat(group.acts(m(g(2)))).isEqualTo(5);
    ParticipationInequality p = group.participation();
    assertThat(p.acts()).isEqualTo(27);
    assertThat(p.inactive()).isEqualTo(3);
    // top 1% of 17 = 1 member (7 acts), top 10% = 2 members, so the next 9% is m02 (5), the rest 15
    assertThat(p.top1Count()).isEqualTo(1);
    assertThat(p.next9Count()).isEqualTo(1);
    assertThat(p.bottom90Count()).isEqualTo(15);
    assertThat(p.top1Share()).isCloseTo(7.0 / 27, within(1e-12));
    assertThat(p.next9Share()).isCloseTo(5.0 / 27, within(1e-12));
    assertThat(p.bottom90Share()).isCloseTo(15.0 / 27, within(1e-12));
    // sorted: 0 0 0, 1 ×9 (i = 4…12), 2 2 2 (i = 13…15), 5, 7; Σ(2i − 18)x =
    // (−10 −8 −6 −4 −2 +0 +2 +4 +6) + 2·(8 + 10 + 12) + 5·14 + 7·16 = −18 + 60 + 70 + 112 = 224; n·Σx = 17·27 = 459
    assertThat(p.gini()).isCloseTo(224.0 / 459, within(1e-12));
  }

  @Test
  void should_follow_cohorts() {
    // cohort of week 0: m01–m13, of whom m01–m05 came back in week 1; cohort of week 1: m14
    CohortRetention r = group.retention();
    assertThat(r.cohorts().get(0).active()).containsExactly(13, 5);
    assertThat(r.cohorts().get(1).active()).containsExactly(1);
    assertThat(r.cohorts().get(0).retained(1)).isCloseTo(5.0 / 13, within(1e-12));
    assertThat(r.retentionAfter(1)).isCloseTo(5.0 / 13, within(1e-12));
    assertThat(r.retentionAfter(0)).isEqualTo(1.0);
    assertThat(r.retentionAfter(2)).isZero();
    assertThat(r.cohorts().get(1).retained(1)).isZero();
  }

  @Test
  void should_measure_question_response() {
    QuestionResponse q = group.questions();
    assertThat(q.asked()).isEqualTo(1);
    assertThat(q.answered()).isEqualTo(1);
    assertThat(q.answerRate()).isEqualTo(1.0);
    assertThat(q.medianTimeToFirstAnswer()).contains(Duration.ofDays(1));
    assertThat(q.meanTimeToFirstAnswer()).contains(Duration.ofDays(1));
  }

  @Test
  void should_group_participation_by_attribute() {
    AttributeParticipation roles = group.byAttribute("role");
    // engineers m01–m08 all active; managers m09–m12 all active; no role: m13, m14 of m13–m17
    assertThat(roles.groups()).containsExactly(
        new AttributeParticipation.Group(Optional.of("engineer"), 8, 8, 0, 8),
        new AttributeParticipation.Group(Optional.of("manager"), 4, 4, 0, 4),
        new AttributeParticipation.Group(Optional.empty(), 5, 2, 0, 1));
    assertThat(roles.none().orElseThrow().activeShare()).isEqualTo(0.4);
    assertThat(roles.group("manager").orElseThrow().members()).isEqualTo(4);
    assertThat(roles.group("cook")).isEmpty();
    assertThat(roles).hasToString("AttributeParticipation[role: [engineer 8/8 (1.000), online 0, manager 4/4 (1.000), "
        + "online 0, (none) 2/5 (0.400), online 0]]");
    assertThat(group.byAttribute("language").groups()).containsExactly(
        new AttributeParticipation.Group(Optional.empty(), 17, 14, 0, 13));
    assertThatThrownBy(() -> group.byAttribute(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key must not be blank");
  }

  @Test
  void should_count_every_act_for_the_whole_network() {
    Engagement all = Engagement.of(learningGroup(), WEEKS);
    // week 0 adds x and m15, m16 (their pair outside the group): 16 of 18
    assertThat(all.population()).isEqualTo(18);
    assertThat(all.byPeriod().get(0).active()).isEqualTo(16);
    assertThat(all.byPeriod().get(0).acts()).isEqualTo(20 + 1 + 2);
    assertThat(all.isActive(m("x"), 0)).isTrue();
    assertThat(all.isActive(m("x"), 1)).isFalse();
    assertThat(all.community()).isEmpty();
  }

  @Test
  void should_refuse_members_outside_the_population_and_unknown_communities() {
    assertThatThrownBy(() -> group.acts(m("x"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Member x is not in the population (community lg)");
    assertThatThrownBy(() -> group.acts(m("zed"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown member: zed");
    assertThatThrownBy(() -> Engagement.of(learningGroup(), WEEKS, CommunityId.of("nope")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown community: nope");
    assertThatThrownBy(() -> group.isActive(m(g(1)), 2)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void should_define_the_empty_cases() {
    Engagement empty = Engagement.of(Network.empty(), WEEKS);
    assertThat(empty.activeShare()).isZero();
    assertThat(empty.byPeriod().get(0).activeShare()).isZero();
    assertThat(empty.participation().gini()).isZero();
    assertThat(empty.participation().top1Share()).isZero();
    assertThat(empty.questions().answerRate()).isZero();
    assertThat(empty.questions().medianTimeToFirstAnswer()).isEmpty();
    assertThat(empty.retention().retentionAfter(1)).isZero();
    assertThat(empty.byAttribute("role").groups()).isEmpty();
  }

  @Test
  void should_print_readably() {
    assertThat(group.toString()).startsWith("Engagement[community=lg, population=17, active=14 (0.824), periods=[")
        .contains("ParticipationInequality[members=17, inactive=3, acts=27, gini=0.488, 1%/9%/90%=0.259/0.185/0.556 (1/1/15 members)]")
        .contains("QuestionResponse[asked=1, answered=1 (1.000), median=PT24H, mean=PT24H]");
  }
}
