package org.blendnet.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.blendnet.core.Channel;
import org.blendnet.core.Medium;
import org.junit.jupiter.api.Test;

class TieModelTest {

  @Test
  void should_have_the_documented_defaults() {
    TieModel d = TieModel.defaults();
    assertThat(d.channelWeight(Channel.OFFLINE)).isEqualTo(1.0);
    assertThat(d.channelWeight(Channel.ONLINE)).isEqualTo(0.5);
    for (Medium m : Medium.values()) {
      assertThat(d.mediumWeight(m)).isEqualTo(1.0);
    }
    assertThat(d.coAttendanceWeight()).isEqualTo(0.5);
    assertThat(d.maxCoAttendanceEventSize()).isEqualTo(500);
    assertThat(d.dampsGroupTouchpoints()).isTrue();
    assertThat(d.countsOneWayContact()).isFalse();
    assertThat(d.halfLife()).isEmpty();
    assertThat(d.asOf()).isEmpty();
    assertThat(d.since()).isEmpty();
    assertThat(d).hasToString(
        "TieModel[offline=1.0, online=0.5, coAttendance=0.5 (events up to 500), groupDamping=true, oneWay=false]");
  }

  @Test
  void should_derive_changed_copies_and_compare_by_value() {
    Instant asOf = Instant.parse("2026-06-30T00:00:00Z");
    TieModel m = TieModel.builder().channelWeight(Channel.ONLINE, 1).mediumWeight(Medium.PHONE, 2)
        .halfLife(Duration.ofDays(30)).asOf(asOf).countOneWayContact(true).build();

    assertThat(m.toBuilder().build()).isEqualTo(m).hasSameHashCodeAs(m);
    assertThat(m).isNotEqualTo(TieModel.defaults());
    assertThat(m.toBuilder().noDecay().build().halfLife()).isEmpty();
    assertThat(m.toString()).contains("online=1.0", "PHONE=2.0", "halfLife=PT720H", "asOf=2026-06-30T00:00:00Z",
        "oneWay=true");
  }

  @Test
  void should_halve_weight_every_half_life() {
    Instant asOf = Instant.parse("2026-06-30T00:00:00Z");
    TieModel m = TieModel.builder().halfLife(Duration.ofDays(10)).build();
    assertThat(m.decay(asOf.minus(Duration.ofDays(10)), asOf)).isCloseTo(0.5, within(1e-15));
    assertThat(m.decay(asOf.minus(Duration.ofDays(30)), asOf)).isCloseTo(0.125, within(1e-15));
    assertThat(m.decay(asOf, asOf)).isEqualTo(1.0);
    assertThat(TieModel.defaults().decay(asOf.minus(Duration.ofDays(1000)), asOf)).isEqualTo(1.0);
  }

  @Test
  void should_reject_impossible_settings_naming_the_value() {
    assertThatThrownBy(() -> TieModel.builder().channelWeight(Channel.ONLINE, -0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("channel weight must be a finite number >= 0 but was -0.5");
    assertThatThrownBy(() -> TieModel.builder().mediumWeight(Medium.CHAT, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity");
    assertThatThrownBy(() -> TieModel.builder().coAttendanceWeight(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    assertThatThrownBy(() -> TieModel.builder().maxCoAttendanceEventSize(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxCoAttendanceEventSize must be >= 2 but was 1");
    assertThatThrownBy(() -> TieModel.builder().halfLife(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("halfLife must be positive but was PT0S");
    assertThatThrownBy(() -> TieModel.builder().asOf(null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThatThrownBy(() -> TieModel.defaults().channelWeight(null))
        .isInstanceOf(NullPointerException.class).hasMessage("channel");
  }
}
