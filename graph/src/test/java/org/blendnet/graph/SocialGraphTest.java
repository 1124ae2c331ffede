package org.blendnet.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.blendnet.core.Channel;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.ProgressListener;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.junit.jupiter.api.Test;

class SocialGraphTest {

  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  private static final MemberId ANA = MemberId.of("ana");
  private static final MemberId BO = MemberId.of("bo");
  private static final MemberId CY = MemberId.of("cy");
  private static final MemberId DEE = MemberId.of("dee");
  private static final MemberId EVE = MemberId.of("eve");

  private int counter;

  private Touchpoint.Builder touch(Medium medium, long day) {
    return Touchpoint.builder(TouchpointId.of("t" + counter++)).at(T0.plus(Duration.ofDays(day))).medium(medium);
  }

  private static Network.Builder members(MemberId... ids) {
    Network.Builder b = Network.builder();
    for (MemberId id : ids) {
      b.member(Member.of(id, id.value()));
    }
    return b;
  }

  private static double weight(SocialGraph g, MemberId a, MemberId b) {
    return g.weightBetween(a, b);
  }

  private static int edge(SocialGraph g, MemberId a, MemberId b) {
    return g.edge(g.node(a), g.node(b));
  }

  @Test
  void should_weigh_channels_as_the_default_tie_model_says() {
    Network network = members(ANA, BO, CY)
        .touchpoint(touch(Medium.CHAT, 0).between(ANA, BO).build())
        .touchpoint(touch(Medium.FACE_TO_FACE, 1).between(ANA, CY).build())
        .touchpoint(touch(Medium.MEAL, 2).between(ANA, CY).weight(2).build())
        .build();
    SocialGraph g = SocialGraph.of(network);

    assertThat(weight(g, ANA, BO)).isEqualTo(0.5);
    assertThat(g.onlineWeight(edge(g, ANA, BO))).isEqualTo(0.5);
    assertThat(g.offlineWeight(edge(g, ANA, BO))).isEqualTo(0.0);
    assertThat(weight(g, ANA, CY)).isEqualTo(3.0);
    assertThat(weight(g, BO, CY)).isEqualTo(0.0);
    assertThat(g.tieCount()).isEqualTo(2);
    assertThat(g.strength(g.node(ANA))).isEqualTo(3.5);
    assertThat(g.totalWeight()).isEqualTo(3.5);
    assertThat(g).hasToString("SocialGraph[members=3, ties=2, online=1, offline=1, blended=0, weight=3.5]");
  }

  @Test
  void should_mark_blended_ties_and_which_channel_came_first() {
    Network network = members(ANA, BO, CY)
        .touchpoint(touch(Medium.EMAIL, 5).between(ANA, BO).build())
        .touchpoint(touch(Medium.MEETING, 3).between(ANA, BO).build()) // met first, mailed later
        .touchpoint(touch(Medium.VIDEO_CALL, 1).between(BO, CY).build()) // online first
        .touchpoint(touch(Medium.WORKSHOP, 9).between(BO, CY).build())
        .build();
    SocialGraph g = SocialGraph.of(network);

    int ab = edge(g, ANA, BO);
    int ba = edge(g, BO, ANA);
    assertThat(g.isBlended(ab)).isTrue();
    assertThat(g.firstChannel(ab)).isEqualTo(Channel.OFFLINE);
    assertThat(g.firstChannel(ba)).isEqualTo(Channel.OFFLINE);
    int bc = edge(g, BO, CY);
    assertThat(g.isBlended(bc)).isTrue();
    assertThat(g.firstChannel(bc)).isEqualTo(Channel.ONLINE);
    assertThat(g.firstChannel(edge(g, CY, BO))).isEqualTo(Channel.ONLINE);
    assertThat(g.toString()).contains("blended=2");
  }

  @Test
  void should_call_a_tie_offline_first_when_both_channels_start_at_the_same_instant() {
    Network network = members(ANA, BO)
        .touchpoint(touch(Medium.CHAT, 1).between(ANA, BO).build())
        .touchpoint(touch(Medium.FACE_TO_FACE, 1).between(ANA, BO).build())
        .build();
    SocialGraph g = SocialGraph.of(network);
    assertThat(g.firstChannel(edge(g, ANA, BO))).isEqualTo(Channel.OFFLINE);
  }

  @Test
  void should_name_the_only_channel_of_a_tie_that_is_not_blended() {
    Network network = members(ANA, BO).touchpoint(touch(Medium.FORUM_POST, 1).between(ANA, BO).build()).build();
    SocialGraph g = SocialGraph.of(network);
    assertThat(g.isBlended(edge(g, ANA, BO))).isFalse();
    assertThat(g.firstChannel(edge(g, ANA, BO))).isEqualTo(Channel.ONLINE);
  }

  @Test
  void should_damp_group_touchpoints_by_the_number_of_other_participants() {
    Network network = members(ANA, BO, CY, DEE)
        .touchpoint(touch(Medium.MEETING, 0).participants(List.of(ANA, BO, CY, DEE)).build())
        .build();

    SocialGraph damped = SocialGraph.of(network);
    assertThat(weight(damped, ANA, BO)).isCloseTo(1.0 / 3, within(1e-7));
    assertThat(damped.strength(damped.node(CY))).isCloseTo(1.0, within(1e-6));
    assertThat(damped.tieCount()).isEqualTo(6);

    SocialGraph undamped = SocialGraph.of(network, TieModel.builder().dampGroupTouchpoints(false).build());
    assertThat(weight(undamped, ANA, BO)).isEqualTo(1.0);
  }

  @Test
  void should_link_co_attendees_with_newman_weights() {
    Event camp = Event.builder(EventId.of("camp")).time(T0, T0.plus(Duration.ofHours(8)))
        .attendees(List.of(ANA, BO)).host(CY).build();
    Network network = members(ANA, BO, CY, DEE)
        .event(camp)
        // an attendance record makes dee an attendee too: 4 participants, w = 0.5 / 3 per pair
        .touchpoint(touch(Medium.EVENT, 0).participant(DEE).event(EventId.of("camp")).build())
        .build();
    SocialGraph g = SocialGraph.of(network);

    assertThat(g.tieCount()).isEqualTo(6);
    assertThat(weight(g, ANA, DEE)).isCloseTo(0.5 / 3, within(1e-7));
    assertThat(g.offlineWeight(edge(g, BO, CY))).isCloseTo(0.5 / 3, within(1e-7));
    assertThat(g.strength(g.node(ANA))).isCloseTo(0.5, within(1e-6));

    SocialGraph off = SocialGraph.of(network, TieModel.builder().coAttendanceWeight(0).build());
    assertThat(off.tieCount()).isZero();
    SocialGraph small = SocialGraph.of(network, TieModel.builder().maxCoAttendanceEventSize(3).build());
    assertThat(small.tieCount()).isZero();
  }

  @Test
  void should_put_online_events_on_the_online_layer() {
    Event webinar = Event.builder(EventId.of("w")).medium(Medium.WEBINAR).time(T0, T0)
        .attendees(List.of(ANA, BO)).build();
    SocialGraph g = SocialGraph.of(members(ANA, BO).event(webinar).build());
    // 0.5 (co-attendance) × 0.5 (online) / (2 − 1)
    assertThat(g.onlineWeight(edge(g, ANA, BO))).isEqualTo(0.25);
    assertThat(g.offlineWeight(edge(g, ANA, BO))).isEqualTo(0.0);
  }

  @Test
  void should_drop_one_way_contact_unless_the_model_counts_it() {
    Network network = members(ANA, BO, CY)
        .touchpoint(touch(Medium.EMAIL, 0).initiatedBy(ANA).participant(BO).build())
        .touchpoint(touch(Medium.EMAIL, 1).initiatedBy(ANA).participant(BO).build())
        .touchpoint(touch(Medium.EMAIL, 0).initiatedBy(BO).participant(CY).build())
        .touchpoint(touch(Medium.EMAIL, 2).initiatedBy(CY).participant(BO).build())
        .build();

    SocialGraph mutualOnly = SocialGraph.of(network);
    assertThat(weight(mutualOnly, ANA, BO)).isEqualTo(0.0);
    assertThat(weight(mutualOnly, BO, CY)).isEqualTo(1.0);
    assertThat(mutualOnly.tieCount()).isEqualTo(1);

    SocialGraph all = SocialGraph.of(network, TieModel.builder().countOneWayContact(true).build());
    assertThat(weight(all, ANA, BO)).isEqualTo(1.0);
    assertThat(all.tieCount()).isEqualTo(2);
  }

  @Test
  void should_count_a_one_way_pair_that_also_met_undirected() {
    Network network = members(ANA, BO)
        .touchpoint(touch(Medium.EMAIL, 0).initiatedBy(ANA).participant(BO).build())
        .touchpoint(touch(Medium.FACE_TO_FACE, 1).between(ANA, BO).build())
        .build();
    assertThat(weight(SocialGraph.of(network), ANA, BO)).isEqualTo(1.5);
  }

  @Test
  void should_make_every_member_a_node_in_id_order() {
    Network network = members(EVE, CY, ANA)
        .touchpoint(touch(Medium.CHAT, 0).between(EVE, CY).build())
        .build();
    SocialGraph g = SocialGraph.of(network);

    assertThat(g.nodeCount()).isEqualTo(3);
    assertThat(g.member(0)).isEqualTo(ANA);
    assertThat(g.member(1)).isEqualTo(CY);
    assertThat(g.member(2)).isEqualTo(EVE);
    assertThat(g.node(EVE)).isEqualTo(2);
    assertThat(g.degree(g.node(ANA))).isZero();
    assertThat(g.contains(ANA)).isTrue();
    assertThat(g.contains(BO)).isFalse();
    assertThat(g.network()).contains(network);
    assertThat(g.tieModel()).contains(TieModel.defaults());
    assertThatThrownBy(() -> g.node(BO)).isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown member: bo");
    assertThatThrownBy(() -> g.member(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> g.node(null)).isInstanceOf(NullPointerException.class).hasMessage("member");
  }

  @Test
  void should_list_neighbours_in_node_order_on_both_sides_of_each_tie() {
    Network network = members(ANA, BO, CY, DEE)
        .touchpoint(touch(Medium.CHAT, 0).between(DEE, ANA).build())
        .touchpoint(touch(Medium.CHAT, 0).between(BO, ANA).build())
        .touchpoint(touch(Medium.CHAT, 0).between(CY, ANA).build())
        .touchpoint(touch(Medium.CHAT, 0).between(CY, DEE).build())
        .build();
    SocialGraph g = SocialGraph.of(network);

    int ana = g.node(ANA);
    assertThat(g.degree(ana)).isEqualTo(3);
    assertThat(List.of(g.neighbour(ana, 0), g.neighbour(ana, 1), g.neighbour(ana, 2))).containsExactly(1, 2, 3);
    int dee = g.node(DEE);
    assertThat(List.of(g.neighbour(dee, 0), g.neighbour(dee, 1))).containsExactly(0, 2);
    assertThat(g.edgeEnd(dee) - g.edgeStart(dee)).isEqualTo(2);
    assertThat(g.edge(g.node(BO), g.node(CY))).isEqualTo(-1);
    assertThatThrownBy(() -> g.neighbour(dee, 2)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void should_fade_old_contact_with_the_half_life_and_leave_out_contact_after_the_as_of_instant() {
    Network network = members(ANA, BO, CY)
        .touchpoint(touch(Medium.FACE_TO_FACE, 0).between(ANA, BO).build())
        .touchpoint(touch(Medium.FACE_TO_FACE, 10).between(ANA, CY).build())
        .touchpoint(touch(Medium.FACE_TO_FACE, 11).between(BO, CY).build())
        .build();
    TieModel model = TieModel.builder().halfLife(Duration.ofDays(5)).asOf(T0.plus(Duration.ofDays(10))).build();
    SocialGraph g = SocialGraph.of(network, model);

    assertThat(weight(g, ANA, BO)).isCloseTo(0.25, within(1e-7)); // two half-lives old
    assertThat(weight(g, ANA, CY)).isEqualTo(1.0);                 // at the as-of instant
    assertThat(weight(g, BO, CY)).isEqualTo(0.0);                  // after it
  }

  @Test
  void should_measure_decay_from_the_latest_contact_when_no_as_of_instant_is_set() {
    Network network = members(ANA, BO, CY)
        .touchpoint(touch(Medium.FACE_TO_FACE, 0).between(ANA, BO).build())
        .touchpoint(touch(Medium.FACE_TO_FACE, 3).between(ANA, CY).build())
        .build();
    SocialGraph g = SocialGraph.of(network, TieModel.builder().halfLife(Duration.ofDays(3)).build());
    assertThat(weight(g, ANA, BO)).isCloseTo(0.5, within(1e-7));
    assertThat(weight(g, ANA, CY)).isEqualTo(1.0);
  }

  @Test
  void should_leave_out_contact_before_the_since_instant_so_that_a_window_of_time_has_its_own_graph() {
    Event early = Event.builder(EventId.of("early")).time(T0, T0.plus(Duration.ofHours(2)))
        .attendees(List.of(ANA, DEE)).build();
    Event late = Event.builder(EventId.of("late")).time(T0.plus(Duration.ofDays(5)), T0.plus(Duration.ofDays(5)))
        .attendees(List.of(BO, DEE)).build();
    Network network = members(ANA, BO, CY, DEE).event(early).event(late)
        .touchpoint(touch(Medium.FACE_TO_FACE, 0).between(ANA, BO).build())
        .touchpoint(touch(Medium.FACE_TO_FACE, 5).between(ANA, CY).build())
        .touchpoint(touch(Medium.FACE_TO_FACE, 9).between(BO, CY).build())
        .build();
    TieModel window = TieModel.builder().since(T0.plus(Duration.ofDays(5))).asOf(T0.plus(Duration.ofDays(8)))
        .build();
    SocialGraph g = SocialGraph.of(network, window);

    assertThat(weight(g, ANA, BO)).isZero();        // before the window
    assertThat(weight(g, ANA, DEE)).isZero();       // an event that started before it
    assertThat(weight(g, ANA, CY)).isEqualTo(1.0);  // at its first instant
    assertThat(weight(g, BO, DEE)).isEqualTo(0.5);  // an event starting in it: 0.5 / (2 − 1)
    assertThat(weight(g, BO, CY)).isZero();         // after it
    assertThat(window.since()).contains(T0.plus(Duration.ofDays(5)));
    assertThat(window.toString()).contains("since=2026-03-07T10:00:00Z");
    assertThat(window.toBuilder().build()).isEqualTo(window).hasSameHashCodeAs(window)
        .isNotEqualTo(window.toBuilder().since(T0).build());
    assertThatThrownBy(() -> TieModel.builder().since(T0.plusSeconds(1)).asOf(T0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("since must not be after asOf but was 2026-03-02T10:00:01Z > 2026-03-02T10:00:00Z");
  }

  @Test
  void should_apply_medium_weights_and_drop_channels_weighted_zero() {
    Network network = members(ANA, BO, CY)
        .touchpoint(touch(Medium.PHONE, 0).between(ANA, BO).build())
        .touchpoint(touch(Medium.FACE_TO_FACE, 0).between(ANA, CY).build())
        .build();
    SocialGraph g = SocialGraph.of(network, TieModel.builder().mediumWeight(Medium.PHONE, 4).build());
    assertThat(weight(g, ANA, BO)).isEqualTo(2.0);

    SocialGraph offlineOnly = SocialGraph.of(network, TieModel.builder().channelWeight(Channel.ONLINE, 0).build());
    assertThat(offlineOnly.tieCount()).isEqualTo(1);
    assertThat(weight(offlineOnly, ANA, CY)).isEqualTo(1.0);
  }

  @Test
  void should_give_each_layer_as_a_graph_of_its_own() {
    Network network = members(ANA, BO, CY)
        .touchpoint(touch(Medium.CHAT, 0).between(ANA, BO).build())
        .touchpoint(touch(Medium.FACE_TO_FACE, 1).between(ANA, BO).build())
        .touchpoint(touch(Medium.FACE_TO_FACE, 1).between(BO, CY).build())
        .build();
    SocialGraph g = SocialGraph.of(network);
    SocialGraph online = g.layer(Channel.ONLINE);
    SocialGraph offline = g.layer(Channel.OFFLINE);

    assertThat(online.nodeCount()).isEqualTo(3);
    assertThat(online.tieCount()).isEqualTo(1);
    assertThat(online.weightBetween(ANA, BO)).isEqualTo(0.5);
    assertThat(online.offlineWeight(edge(online, ANA, BO))).isEqualTo(0.0);
    assertThat(online.firstChannel(edge(online, ANA, BO))).isEqualTo(Channel.ONLINE);
    assertThat(online.isBlended(edge(online, ANA, BO))).isFalse();
    assertThat(offline.tieCount()).isEqualTo(2);
    assertThat(offline.weightBetween(ANA, BO)).isEqualTo(1.0);
    assertThat(offline).hasToString("SocialGraph[members=3, ties=2, layer=OFFLINE, weight=2.0]");
  }

  @Test
  void should_report_progress_through_its_stages() {
    Network network = members(ANA, BO).touchpoint(touch(Medium.CHAT, 0).between(ANA, BO).build()).build();
    List<String> stages = new ArrayList<>();
    ProgressListener listener = (stage, done, total) -> {
      if (!stages.contains(stage)) {
        stages.add(stage);
      }
    };
    SocialGraph.of(network, TieModel.defaults(), listener);
    assertThat(stages).containsExactly("counting contact", "aggregating contact", "sorting contact",
        "finding first channels", "assembling graph");
  }

  @Test
  void should_build_an_empty_graph_from_an_empty_network() {
    SocialGraph g = SocialGraph.of(Network.empty());
    assertThat(g.nodeCount()).isZero();
    assertThat(g.tieCount()).isZero();
    assertThat(g.totalWeight()).isZero();
  }
}
