package org.blendnet.metrics.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import org.blendnet.core.CommunityId;
import org.blendnet.core.CommunityKind;
import org.blendnet.core.Network;
import org.junit.jupiter.api.Test;

class GroupSizesTest {

  @Test
  void should_measure_community_sizes() {
    // the learning group has 17 members, the other community 3
    GroupSizes sizes = GroupSizes.of(EngagementTest.learningGroup());
    assertThat(sizes.groups()).containsExactly(new GroupSizes.Group(CommunityId.of("lg"), CommunityKind.LEARNING_GROUP, 17),
        new GroupSizes.Group(CommunityId.of("other"), CommunityKind.ONLINE_COMMUNITY, 3));
    assertThat(sizes.count()).isEqualTo(2);
    assertThat(sizes.mean()).isEqualTo(10.0);
    assertThat(sizes.median()).isEqualTo(10.0);
    assertThat(sizes.largest()).isEqualTo(17);
    assertThat(sizes.ofKind(CommunityKind.LEARNING_GROUP).median()).isEqualTo(17.0);
    assertThat(sizes).hasToString("GroupSizes[count=2, mean=10, median=10, largest=17, "
        + "groups=[lg (LEARNING_GROUP): 17, other (ONLINE_COMMUNITY): 3]]");
  }

  @Test
  void should_define_the_empty_case() {
    GroupSizes none = GroupSizes.of(Network.empty());
    assertThat(none.mean()).isZero();
    assertThat(none.median()).isZero();
    assertThat(none.largest()).isZero();
  }
}
