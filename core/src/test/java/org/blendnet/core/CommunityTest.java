package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.Fixtures.m;
import static org.blendnet.core.Fixtures.topic;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommunityTest {

  private final CommunityId c1 = CommunityId.of("c1");
  private final Community group = new Community(c1, "Export learners", CommunityKind.LEARNING_GROUP,
      Set.of(topic("export"), topic("Banking")), Set.of(m("cy"), m("ana"), m("bo")));

  @Test
  void should_keep_topics_and_members_in_order() {
    assertThat(group.name()).isEqualTo("Export learners");
    assertThat(group.kind()).isEqualTo(CommunityKind.LEARNING_GROUP);
    assertThat(group.topics()).containsExactly(topic("banking"), topic("export"));
    assertThat(group.members()).containsExactly(m("ana"), m("bo"), m("cy"));
    assertThat(Community.of(c1, "x", CommunityKind.OTHER, Set.of(m("a"))).topics()).isEmpty();
  }

  @Test
  void should_remove_a_member() {
    Community without = group.without(m("bo"));
    assertThat(without.members()).containsExactly(m("ana"), m("cy"));
    assertThat(without.topics()).isEqualTo(group.topics());
    assertThat(without.name()).isEqualTo(group.name());
    assertThat(group.members()).hasSize(3);
    assertThat(group.without(m("zed"))).isSameAs(group);
    assertThat(group.without(m("ana")).without(m("bo")).without(m("cy")).members()).isEmpty();
  }

  @Test
  void should_reject_null_when_removing_a_member() {
    assertThatNullPointerException().isThrownBy(() -> group.without(null)).withMessage("member");
  }

  @Test
  void should_reject_a_blank_name() {
    assertThatThrownBy(() -> Community.of(c1, "", CommunityKind.OTHER, Set.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank");
  }

  @Test
  void should_copy_its_sets_and_not_let_them_change() {
    Set<MemberId> members = new LinkedHashSet<>(List.of(m("bo")));
    Community c = Community.of(c1, "x", CommunityKind.OTHER, members);
    members.add(m("ana"));
    assertThat(c.members()).containsExactly(m("bo"));
    assertThatThrownBy(() -> c.members().add(m("ana"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_show_the_id_kind_and_size() {
    assertThat(group).hasToString("Community[id=c1, kind=LEARNING_GROUP, members=3]");
  }
}
