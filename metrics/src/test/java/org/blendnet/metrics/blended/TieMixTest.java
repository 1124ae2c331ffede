package org.blendnet.metrics.blended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The counts of online-only, offline-only and blended ties: invariants, shares and sums, by hand. */
class TieMixTest {

  @Test
  void should_reject_a_negative_count_naming_it() {
    assertThatThrownBy(() -> new TieMix(-1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("onlineOnly must be >= 0 but was -1");
    assertThatThrownBy(() -> new TieMix(0, -2, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offlineOnly must be >= 0 but was -2");
    assertThatThrownBy(() -> new TieMix(0, 0, -1, -1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("blended must be >= 0 but was -1");
    assertThatThrownBy(() -> new TieMix(0, 0, 0, -1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offlineFirst must be >= 0 but was -1");
    assertThatThrownBy(() -> new TieMix(0, 0, 0, 1, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("onlineFirst must be >= 0 but was -1");
  }

  @Test
  void should_accept_zero_counts() {
    TieMix none = new TieMix(0, 0, 0, 0, 0);
    assertThat(none.ties()).isZero();
    assertThat(none.blendedShare()).isZero();
    assertThat(none.offlineFirstShare()).isZero();
  }

  @Test
  void should_require_the_blended_ties_to_split_into_offline_first_and_online_first() {
    assertThatThrownBy(() -> new TieMix(0, 0, 3, 1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offlineFirst + onlineFirst must equal blended 3 but was 1 + 1");
  }

  @Test
  void should_compute_shares_of_all_ties_and_of_blended_ties() {
    TieMix mix = new TieMix(2, 3, 5, 4, 1);
    assertThat(mix.ties()).isEqualTo(10);
    assertThat(mix.onlineOnlyShare()).isEqualTo(0.2);
    assertThat(mix.offlineOnlyShare()).isEqualTo(0.3);
    assertThat(mix.blendedShare()).isEqualTo(0.5);
    assertThat(mix.offlineFirstShare()).isEqualTo(0.8);
    assertThat(mix.onlineFirstShare()).isEqualTo(0.2);
    assertThat(mix).hasToString(
        "10 ties: online only 0.200, offline only 0.300, blended 0.500 (offline first 0.800, online first 0.200)");
  }

  @Test
  void should_add_counts_field_by_field() {
    TieMix sum = new TieMix(1, 2, 3, 2, 1).plus(new TieMix(10, 20, 30, 5, 25));
    assertThat(sum).isEqualTo(new TieMix(11, 22, 33, 7, 26));
  }
}
