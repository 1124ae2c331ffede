package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blendnet.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The candidate set: against {@link LinkedHashSet}, through growth of the list and the table. */
class IntSetTest {

  @Test
  void should_add_each_value_once_and_keep_the_order_first_added() {
    IntSet set = new IntSet(2);
    assertThat(set.add(5)).isTrue();
    assertThat(set.add(0)).isTrue();
    assertThat(set.add(5)).isFalse();
    assertThat(set.add(0)).isFalse();
    assertThat(set.size()).isEqualTo(2);
    assertThat(set.get(0)).isEqualTo(5);
    assertThat(set.get(1)).isEqualTo(0);
    assertThat(set.contains(5)).isTrue();
    assertThat(set.contains(0)).isTrue();
    assertThat(set.contains(1)).isFalse();
  }

  @Test
  void should_find_every_value_after_many_rehashes() {
    IntSet set = new IntSet(1);
    for (int v = 0; v < 10_000; v += 3) {
      assertThat(set.add(v)).isTrue();
    }
    assertThat(set.size()).isEqualTo(3_334);
    for (int v = 0; v < 10_000; v++) {
      assertThat(set.contains(v)).as("%d", v).isEqualTo(v % 3 == 0);
    }
    for (int i = 0; i < set.size(); i++) {
      assertThat(set.get(i)).isEqualTo(3 * i);
    }
  }

  @Test
  void should_behave_as_a_linked_hash_set() {
    qt(300).forAll(integers().between(0, 40), lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 300))
        .checkAssert((expected, values) -> {
          IntSet set = new IntSet(expected);
          Set<Integer> reference = new LinkedHashSet<>();
          for (int v : values) {
            assertThat(set.add(v)).isEqualTo(reference.add(v));
          }
          assertThat(set.size()).isEqualTo(reference.size());
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < set.size(); i++) {
            order.add(set.get(i));
          }
          assertThat(order).containsExactlyElementsOf(reference);
          for (int v : values) {
            assertThat(set.contains(v)).isTrue();
            assertThat(set.contains(v + 1_000_001)).isFalse();
          }
        });
  }
}
