package org.blendnet.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The open-addressing map from pairs of positions to small counts. */
class LongIntMapTest {

  @Test
  void should_pack_two_ints_into_one_long() {
    assertThat(LongIntMap.pair(0, 0)).isZero();
    assertThat(LongIntMap.pair(1, 2)).isEqualTo(4_294_967_298L); // 2^32 + 2
    assertThat(LongIntMap.pair(0, -1)).isEqualTo(4_294_967_295L); // the low half is not sign-extended
    assertThat(LongIntMap.pair(-1, 0)).isEqualTo(-4_294_967_296L);
    assertThat(LongIntMap.pair(2, 1)).isNotEqualTo(LongIntMap.pair(1, 2));
  }

  @Test
  void should_answer_absent_for_keys_never_put() {
    LongIntMap map = new LongIntMap(4);
    assertThat(map.size()).isZero();
    assertThat(map.get(7L, -1)).isEqualTo(-1);
    assertThat(map.get(0L, 99)).isEqualTo(99);
  }

  @Test
  void should_keep_the_first_value_put_for_a_key() {
    LongIntMap map = new LongIntMap(4);
    assertThat(map.putIfAbsent(7L, 0)).isZero(); // zero is a value, not "absent"
    assertThat(map.putIfAbsent(7L, 5)).isZero();
    assertThat(map.get(7L, -1)).isZero();
    assertThat(map.putIfAbsent(-7L, 3)).isEqualTo(3);
    assertThat(map.get(-7L, -1)).isEqualTo(3);
    assertThat(map.size()).isEqualTo(2);
  }

  @Test
  void should_accept_the_largest_allowed_value() {
    LongIntMap map = new LongIntMap(1);
    assertThat(map.putIfAbsent(1L, Integer.MAX_VALUE - 1)).isEqualTo(Integer.MAX_VALUE - 1);
    assertThat(map.get(1L, -1)).isEqualTo(Integer.MAX_VALUE - 1);
  }

  @Test
  void should_reject_values_it_cannot_store() {
    LongIntMap map = new LongIntMap(1);
    assertThatThrownBy(() -> map.putIfAbsent(1L, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be in [0, 2147483646] but was -1");
    assertThatThrownBy(() -> map.putIfAbsent(1L, Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be in [0, 2147483646] but was 2147483647");
    assertThat(map.size()).isZero();
  }

  @Test
  void should_keep_every_entry_while_growing_far_past_its_expected_size() {
    LongIntMap map = new LongIntMap(1);
    int n = 5_000;
    for (int i = 0; i < n; i++) {
      assertThat(map.putIfAbsent(LongIntMap.pair(i, -i), i)).isEqualTo(i);
      assertThat(map.size()).isEqualTo(i + 1);
    }
    for (int i = 0; i < n; i++) {
      assertThat(map.get(LongIntMap.pair(i, -i), -1)).as("key %d", i).isEqualTo(i);
      assertThat(map.putIfAbsent(LongIntMap.pair(i, -i), 0)).isEqualTo(i);
      assertThat(map.get(LongIntMap.pair(-i - 1, i), -1)).isEqualTo(-1);
    }
    assertThat(map.size()).isEqualTo(n);
  }

  @Test
  void should_find_keys_in_a_half_full_table() {
    // room for 8 expected entries is a table of 16 slots, filled to half without growing:
    // probing past taken slots, on put and on get, must keep the keys apart
    LongIntMap map = new LongIntMap(8);
    for (int i = 0; i < 8; i++) {
      map.putIfAbsent(i * 16L, i);
    }
    for (int i = 0; i < 8; i++) {
      assertThat(map.get(i * 16L, -1)).isEqualTo(i);
    }
    assertThat(map.get(8 * 16L, -1)).isEqualTo(-1);
  }
}
