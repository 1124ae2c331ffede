package org.blendnet.metrics.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.metrics.Fixtures.day;

import java.time.Duration;
import org.blendnet.core.CommunityId;
import org.blendnet.core.CommunityKind;
import org.blendnet.core.Network;
import org.blendnet.metrics.TimeWindows;
import org.junit.jupiter.api.Test;

class GroupSizesTest {

  private static final CommunityId LG = CommunityId.of("lg");
  private static final CommunityId OTHER = CommunityId.of("other");

  /**
   * All records of {@link EngagementTest#learningGroup()}: in lg, m01–m13 met (s1), m14 asked q1 there and m01
   * answered it: 14 of 17 active (x met m01 in lg, but is no member). Nothing happened in "other" (x, m15, m16):
   * the m15–m16 meeting was in no community.
   */
  @Test
  void should_measure_community_sizes_and_activity() {
    GroupSizes sizes = GroupSizes.of(EngagementTest.learningGroup());
    assertThat(sizes.groups()).containsExactly(new GroupSizes.Group(LG, CommunityKind.LEARNING_GROUP, 17, 14),
        new GroupSizes.Group(OTHER, CommunityKind.ONLINE_COMMUNITY, 3, 0));
    assertThat(sizes.count()).isEqualTo(2);
    assertThat(sizes.activeCount()).isEqualTo(1);
    assertThat(sizes.activeShare()).isEqualTo(0.5);
    assertThat(sizes.mean()).isEqualTo(10.0);
    assertThat(sizes.median()).isEqualTo(10.0);
    assertThat(sizes.largest()).isEqualTo(17);
    assertThat(sizes.ofKind(CommunityKind.LEARNING_GROUP).median()).isEqualTo(17.0);
    assertThat(sizes.group(LG).orElseThrow().activeShare()).isEqualTo(14.0 / 17);
    assertThat(sizes.group(OTHER).orElseThrow().isActive()).isFalse();
    assertThat(sizes.group(CommunityId.of("nope"))).isEmpty();
    assertThat(sizes).hasToString("GroupSizes[count=2, active=1, mean=10, median=10, largest=17, "
        + "groups=[lg (LEARNING_GROUP): 17, 14 active, other (ONLINE_COMMUNITY): 3, 0 active]]");
  }

  /** Week 1 only (days 7–13): the session of m01–m05 (day 8), m14's question (day 9), m01's answer: 6 active. */
  @Test
  void should_count_only_acts_within_the_periods() {
    GroupSizes week1 = GroupSizes.of(EngagementTest.learningGroup(), TimeWindows.of(day(7), Duration.ofDays(7), 1));
    assertThat(week1.group(LG).orElseThrow().active()).isEqualTo(6);
    assertThat(week1.activeCount()).isEqualTo(1);
    GroupSizes later = GroupSizes.of(EngagementTest.learningGroup(), TimeWindows.of(day(30), Duration.ofDays(7), 1));
    assertThat(later.activeCount()).isZero();
    assertThat(later.activeShare()).isZero();
  }

  @Test
  void should_define_the_empty_case() {
    GroupSizes none = GroupSizes.of(Network.empty());
    assertThat(none.mean()).isZero();
    assertThat(none.median()).isZero();
    assertThat(none.largest()).isZero();
    assertThat(none.activeShare()).isZero();
  }

  @Test
  void should_reject_more_active_members_than_members() {
    assertThatThrownBy(() -> new GroupSizes.Group(LG, CommunityKind.LEARNING_GROUP, 2, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("need 0 <= active <= size but was active=3, size=2");
  }
}
