package org.blendnet.metrics.blended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.m;

import java.time.Instant;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.graph.SocialGraph;
import org.junit.jupiter.api.Test;

/**
 * A hand-made network of six members: a, b, c in Acme / Sales, d, e, f in Acme / Ops. Ties: a–b face to face
 * then online (blended, offline first), a–c online then face to face (blended, online first), a–e both at the
 * same instant (blended, offline first by rule), b–c and e–f online only, a–d and d–e face to face only.
 */
class BlendednessTest {

  static int serial;

  static Touchpoint tp(Medium medium, Instant at, String x, String y) {
    return Touchpoint.between(TouchpointId.of("t" + serial++), at, medium, m(x), m(y));
  }

  static Network fixture() {
    Network.Builder b = Network.builder();
    for (String id : new String[] {"a", "b", "c"}) {
      b.member(Member.builder(m(id)).name(id).affiliation(Affiliation.of("Acme", "Sales")).build());
    }
    for (String id : new String[] {"d", "e", "f"}) {
      b.member(Member.builder(m(id)).name(id).affiliation(Affiliation.of("Acme", "Ops", "Night shift")).build());
    }
    Medium off = Medium.FACE_TO_FACE;
    Medium on = Medium.CHAT;
    return b.touchpoint(tp(off, day(1), "a", "b")).touchpoint(tp(on, day(3), "a", "b"))
        .touchpoint(tp(on, day(1), "a", "c")).touchpoint(tp(off, day(5), "a", "c"))
        .touchpoint(tp(on, day(4), "a", "e")).touchpoint(tp(off, day(4), "a", "e"))
        .touchpoint(tp(on, day(2), "b", "c")).touchpoint(tp(on, day(2), "e", "f"))
        .touchpoint(tp(off, day(2), "a", "d")).touchpoint(tp(off, day(6), "d", "e"))
        .build();
  }

  @Test
  void should_split_ties_by_channel_and_first_channel() {
    Blendedness b = Blendedness.of(SocialGraph.of(fixture()), 2, 3);
    assertThat(b.network()).isEqualTo(new TieMix(2, 2, 3, 2, 1));
    assertThat(b.network().blendedShare()).isEqualTo(3.0 / 7);
    assertThat(b.network().offlineFirstShare()).isEqualTo(2.0 / 3);
    assertThat(b.member(m("a"))).isEqualTo(new TieMix(0, 1, 3, 2, 1));
    assertThat(b.member(m("f"))).isEqualTo(new TieMix(1, 0, 0, 0, 0));
    assertThat(b.units()).hasSize(2);
    // path order: Acme / Ops before Acme / Sales
    assertThat(b.units().get(0).unit()).isEqualTo(Affiliation.of("Acme", "Ops"));
    assertThat(b.units().get(0).mix()).isEqualTo(new TieMix(1, 2, 1, 1, 0));
    assertThat(b.unit(Affiliation.of("Acme", "Sales")).orElseThrow().mix()).isEqualTo(new TieMix(1, 1, 3, 2, 1));
    assertThat(b.unreportedMembers()).isZero();
    assertThat(b.network().toString())
        .isEqualTo("7 ties: online only 0.286, offline only 0.286, blended 0.429 (offline first 0.667, online first 0.333)");
    assertThat(b.toString()).startsWith("Blendedness[7 ties: online only 0.286").contains("members=6")
        .contains("Acme / Ops: 3 members, 4 ties");
  }

  @Test
  void should_add_member_mixes_up_to_twice_the_network_mix() {
    Blendedness b = Blendedness.of(SocialGraph.of(fixture()));
    TieMix sum = new TieMix(0, 0, 0, 0, 0);
    for (Blendedness.MemberMix mm : b.members()) {
      sum = sum.plus(mm.mix());
    }
    assertThat(sum).isEqualTo(b.network().plus(b.network()));
  }

  @Test
  void should_not_list_units_below_the_privacy_floor() {
    Blendedness b = Blendedness.of(SocialGraph.of(fixture()));
    assertThat(b.units()).isEmpty();
    assertThat(b.unreportedMembers()).isEqualTo(6);
    assertThat(b.unit(Affiliation.of("Acme", "Sales"))).isEmpty();
  }

  @Test
  void should_reject_graphs_without_layers_and_bad_parameters() {
    assertThatThrownBy(() -> Blendedness.of(SocialGraph.fromEdges(2, new int[] {0}, new int[] {1})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channel layers");
    assertThatThrownBy(() -> Blendedness.of(SocialGraph.of(fixture()), 0, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("unitDepth must be >= 1 but was 0");
    assertThatThrownBy(() -> new TieMix(1, 1, 2, 1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offlineFirst + onlineFirst must equal blended 2 but was 1 + 0");
    assertThatThrownBy(() -> Blendedness.of(SocialGraph.of(fixture())).member(m("zed")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown member: zed");
  }
}
