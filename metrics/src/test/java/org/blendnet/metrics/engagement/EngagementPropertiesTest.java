package org.blendnet.metrics.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.core.testing.Theories.qt;

import java.time.Duration;
import java.time.Instant;
import org.blendnet.core.Community;
import org.blendnet.core.Network;
import org.blendnet.core.testing.Networks;
import org.blendnet.metrics.Relabel;
import org.blendnet.core.TimeWindow;
import org.blendnet.metrics.TimeWindows;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of engagement over generated networks. */
class EngagementPropertiesTest {

  private static final TimeWindows PERIODS = TimeWindows.of(Instant.parse("2000-01-01T00:00:00Z"),
      Duration.ofDays(1826), 6);

  private static Gen<Network> networks() {
    return Networks.networks(Networks.Sizes.small().withMembers(1, 8).withTouchpoints(20).withQuestions(4)
        .withAnswers(8).withReferrals(6).withCommunities(3));
  }

  /** Acts in the span, straight from the records. */
  private static long expectedActs(Network n, TimeWindow span) {
    long acts = 0;
    for (var t : n.touchpoints()) {
      acts += span.contains(t.at()) ? t.participants().size() : 0;
    }
    acts += n.questions().stream().filter(q -> span.contains(q.askedAt())).count();
    acts += n.answers().stream().filter(a -> span.contains(a.answeredAt())).count();
    acts += n.referrals().stream().filter(r -> span.contains(r.at())).count();
    return acts;
  }

  private static void checkInvariants(Engagement e) {
    long periodActs = e.byPeriod().stream().mapToLong(PeriodActivity::acts).sum();
    assertThat(periodActs).isEqualTo(e.participation().acts());
    assertThat(e.activeShare()).isBetween(0.0, 1.0);
    for (PeriodActivity p : e.byPeriod()) {
      assertThat(p.activeShare()).isBetween(0.0, 1.0);
      assertThat(p.active()).isLessThanOrEqualTo(e.activeMembers());
    }
    int cohortMembers = e.retention().cohorts().stream().mapToInt(CohortRetention.Cohort::size).sum();
    assertThat(cohortMembers).isEqualTo(e.activeMembers());
    ParticipationInequality p = e.participation();
    assertThat(p.gini()).isGreaterThanOrEqualTo(0).isLessThan(1);
    assertThat(p.members() - p.inactive()).isEqualTo(e.activeMembers());
    if (p.acts() > 0) {
      assertThat(p.top1Share() + p.next9Share() + p.bottom90Share()).isCloseTo(1.0, within(1e-9));
      assertThat(p.top1Share() / Math.max(1, p.top1Count()))
          .isGreaterThanOrEqualTo(p.bottom90Share() / Math.max(1, p.bottom90Count()) - 1e-12);
    }
    for (int k = 0; k < e.periods().size(); k++) {
      assertThat(e.retention().retentionAfter(k)).isBetween(0.0, 1.0);
    }
    assertThat(e.questions().answerRate()).isBetween(0.0, 1.0);
    e.questions().medianTimeToFirstAnswer().ifPresent(d -> assertThat(d.isNegative()).isFalse());
  }

  @Test
  void should_count_every_act_once_and_keep_ratios_in_range() {
    qt(300).forAll(networks()).checkAssert(n -> {
      Engagement e = Engagement.of(n, PERIODS);
      assertThat(e.participation().acts()).isEqualTo(expectedActs(n, PERIODS.span()));
      assertThat(e.population()).isEqualTo(n.members().size());
      checkInvariants(e);
      for (Community c : n.communities()) {
        Engagement scoped = Engagement.of(n, PERIODS, c.id());
        assertThat(scoped.population()).isEqualTo(c.members().size());
        assertThat(scoped.participation().acts()).isLessThanOrEqualTo(e.participation().acts());
        checkInvariants(scoped);
      }
    });
  }

  /** Members who took part in an online (face-to-face) touchpoint within the periods, straight from the records. */
  private static long onChannel(Network n, org.blendnet.core.Channel channel) {
    java.util.Set<org.blendnet.core.MemberId> who = new java.util.TreeSet<>();
    for (var t : n.touchpoints()) {
      if (t.channel() == channel && PERIODS.span().contains(t.at())) {
        who.addAll(t.participants());
      }
    }
    return who.size();
  }

  /** Participation by group partitions the population; activity by community is the scoped engagement's. */
  @Test
  void should_partition_the_population_into_groups_and_agree_on_community_activity() {
    qt(200).forAll(networks()).checkAssert(n -> {
      Engagement e = Engagement.of(n, PERIODS);
      for (AttributeParticipation p : java.util.List.of(e.byUnit(1), e.byUnit(2), e.byAttribute("role"))) {
        assertThat(p.groups().stream().mapToInt(AttributeParticipation.Group::members).sum()).isEqualTo(e.population());
        assertThat(p.groups().stream().mapToInt(AttributeParticipation.Group::active).sum())
            .isEqualTo(e.activeMembers());
        assertThat(p.groups().stream().mapToInt(AttributeParticipation.Group::online).sum())
            .isEqualTo(onChannel(n, org.blendnet.core.Channel.ONLINE));
        assertThat(p.groups().stream().mapToInt(AttributeParticipation.Group::offline).sum())
            .isEqualTo(onChannel(n, org.blendnet.core.Channel.OFFLINE));
        for (AttributeParticipation.Group g : p.groups()) {
          assertThat(g.activeShare()).isBetween(0.0, 1.0);
          assertThat(g.onlineShare()).isBetween(0.0, g.activeShare());
          assertThat(g.offlineShare()).isBetween(0.0, g.activeShare());
        }
      }
      GroupSizes sizes = GroupSizes.of(n, PERIODS);
      assertThat(sizes.count()).isEqualTo(n.communities().size());
      for (Community c : n.communities()) {
        GroupSizes.Group g = sizes.group(c.id()).orElseThrow();
        assertThat(g.size()).isEqualTo(c.members().size());
        assertThat(g.active()).isEqualTo(Engagement.of(n, PERIODS, c.id()).activeMembers());
      }
      assertThat(sizes.activeShare()).isBetween(0.0, 1.0);
    });
  }

  @Test
  void should_not_depend_on_member_ids() {
    qt(200).forAll(networks()).checkAssert(n -> {
      Engagement e = Engagement.of(n, PERIODS);
      Engagement relabelled = Engagement.of(Relabel.of(n).network(), PERIODS);
      assertThat(relabelled.byPeriod()).isEqualTo(e.byPeriod());
      assertThat(relabelled.participation()).isEqualTo(e.participation());
      assertThat(relabelled.retention()).isEqualTo(e.retention());
      assertThat(relabelled.questions()).isEqualTo(e.questions());
      assertThat(relabelled.byAttribute("role")).isEqualTo(e.byAttribute("role"));
    });
  }

  @Test
  void should_give_the_same_figures_every_time() {
    qt(100).forAll(networks()).checkAssert(n -> {
      assertThat(Engagement.of(n, PERIODS).toString()).isEqualTo(Engagement.of(n.toBuilder().build(), PERIODS).toString());
    });
  }
}
