package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.Fixtures.T0;
import static org.blendnet.core.Fixtures.m;
import static org.blendnet.core.Fixtures.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TouchpointTest {

  private final TouchpointId t1 = TouchpointId.of("t1");

  private Touchpoint of(List<MemberId> participants, Optional<MemberId> initiator, Optional<EventId> event,
      double weight) {
    return new Touchpoint(t1, T0, Medium.MEETING, participants, initiator, event, Optional.empty(), Set.of(), weight);
  }

  @Test
  void should_build_a_directed_touchpoint() {
    Touchpoint t = Touchpoint.builder(t1).at(T0).medium(Medium.CHAT).between(m("ana"), m("bo"))
        .initiatedBy(m("bo")).community(CommunityId.of("c1")).event(EventId.of("e1"))
        .topic(topic("Export")).topics(List.of(topic("banking"), topic("export"))).weight(2.5).build();
    assertThat(t.id()).isEqualTo(t1);
    assertThat(t.at()).isEqualTo(T0);
    assertThat(t.medium()).isEqualTo(Medium.CHAT);
    assertThat(t.channel()).isEqualTo(Channel.ONLINE);
    assertThat(t.participants()).containsExactly(m("ana"), m("bo"));
    assertThat(t.initiator()).contains(m("bo"));
    assertThat(t.isDirected()).isTrue();
    assertThat(t.event()).contains(EventId.of("e1"));
    assertThat(t.community()).contains(CommunityId.of("c1"));
    assertThat(t.topics()).containsExactly(topic("banking"), topic("export"));
    assertThat(t.weight()).isEqualTo(2.5);
    assertThat(t.involves(m("ana"))).isTrue();
    assertThat(t.involves(m("cy"))).isFalse();
  }

  @Test
  void should_default_to_an_undirected_face_to_face_touchpoint_of_weight_one() {
    Touchpoint t = Touchpoint.builder(t1).at(T0).between(m("ana"), m("bo")).build();
    assertThat(t.medium()).isEqualTo(Medium.FACE_TO_FACE);
    assertThat(t.channel()).isEqualTo(Channel.OFFLINE);
    assertThat(t.initiator()).isEmpty();
    assertThat(t.isDirected()).isFalse();
    assertThat(t.event()).isEmpty();
    assertThat(t.community()).isEmpty();
    assertThat(t.topics()).isEmpty();
    assertThat(t.weight()).isEqualTo(1.0);
    assertThat(Touchpoint.between(t1, T0, Medium.FACE_TO_FACE, m("ana"), m("bo"))).isEqualTo(t);
  }

  @Test
  void should_keep_participants_in_the_order_given() {
    Touchpoint t = Touchpoint.builder(t1).at(T0).participants(List.of(m("zed"), m("ana"), m("mo")))
        .participant(m("ana")).initiatedBy(m("bo")).build();
    assertThat(t.participants()).containsExactly(m("zed"), m("ana"), m("mo"), m("bo"));
  }

  @Test
  void should_accept_one_participant_at_an_event() {
    Touchpoint t = of(List.of(m("ana")), Optional.of(m("ana")), Optional.of(EventId.of("e1")), 1);
    assertThat(t.participants()).containsExactly(m("ana"));
  }

  @Test
  void should_need_two_participants_or_one_and_an_event() {
    assertThatThrownBy(() -> of(List.of(m("ana")), Optional.empty(), Optional.empty(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a touchpoint needs at least two participants, or one participant and an event; got 1");
    assertThatThrownBy(() -> of(List.of(), Optional.empty(), Optional.of(EventId.of("e1")), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a touchpoint needs at least two participants, or one participant and an event; got 0");
    assertThatThrownBy(() -> Touchpoint.builder(t1).at(T0).between(m("ana"), m("ana")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a touchpoint needs at least two participants, or one participant and an event; got 1");
  }

  @Test
  void should_reject_a_participant_listed_twice() {
    assertThatThrownBy(() -> of(List.of(m("ana"), m("ana")), Optional.empty(), Optional.empty(), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("participant ana is listed twice");
    assertThatThrownBy(() -> of(List.of(m("ana"), m("bo"), m("cy"), m("bo")), Optional.empty(), Optional.empty(), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("participant bo is listed twice");
  }

  @Test
  void should_reject_an_initiator_who_is_not_a_participant() {
    assertThatThrownBy(() -> of(List.of(m("ana"), m("bo")), Optional.of(m("cy")), Optional.empty(), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("initiator cy is not a participant");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
      -Double.MIN_VALUE})
  void should_reject_a_weight_that_is_not_positive_and_finite(double weight) {
    assertThatThrownBy(() -> of(List.of(m("ana"), m("bo")), Optional.empty(), Optional.empty(), weight))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be positive and finite but was " + weight);
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.MIN_VALUE, 1e-300, 0.5, 1.0, 1e300, Double.MAX_VALUE})
  void should_accept_any_positive_finite_weight(double weight) {
    assertThat(of(List.of(m("ana"), m("bo")), Optional.empty(), Optional.empty(), weight).weight()).isEqualTo(weight);
  }

  @Test
  void should_need_an_instant() {
    assertThatThrownBy(() -> Touchpoint.builder(t1).between(m("ana"), m("bo")).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("touchpoint t1: at (the instant) was not set");
  }

  @Test
  void should_reject_null_participants_naming_them() {
    assertThatNullPointerException()
        .isThrownBy(() -> of(Arrays.asList(m("ana"), null), Optional.empty(), Optional.empty(), 1))
        .withMessage("participants must not contain null");
    assertThatNullPointerException().isThrownBy(() -> Touchpoint.builder(t1).participant(null))
        .withMessage("participant");
  }

  @Test
  void should_copy_its_collections_and_not_let_them_change() {
    List<MemberId> participants = new ArrayList<>(List.of(m("ana"), m("bo")));
    Set<Topic> topics = new LinkedHashSet<>(List.of(topic("b"), topic("a")));
    Touchpoint t = new Touchpoint(t1, T0, Medium.CHAT, participants, Optional.empty(), Optional.empty(),
        Optional.empty(), topics, 1);
    participants.add(m("cy"));
    participants.set(0, m("zed"));
    topics.add(topic("c"));
    assertThat(t.participants()).containsExactly(m("ana"), m("bo"));
    assertThat(t.topics()).containsExactly(topic("a"), topic("b"));
    assertThatThrownBy(() -> t.participants().add(m("cy"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> t.topics().remove(topic("a"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_show_only_what_is_set() {
    assertThat(Touchpoint.between(t1, T0, Medium.CHAT, m("ana"), m("bo")))
        .hasToString("Touchpoint[id=t1, at=2026-03-02T09:00:00Z, medium=CHAT, participants=[ana, bo]]");
    Touchpoint full = Touchpoint.builder(t1).at(T0).medium(Medium.EVENT).between(m("ana"), m("bo"))
        .initiatedBy(m("ana")).event(EventId.of("e1")).community(CommunityId.of("c1")).topic(topic("x"))
        .weight(0.5).build();
    assertThat(full).hasToString("Touchpoint[id=t1, at=2026-03-02T09:00:00Z, medium=EVENT, participants=[ana, bo],"
        + " initiator=ana, event=e1, community=c1, topics=[x], weight=0.5]");
  }
}
