package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Edge cases of the sorted, array-backed sets and maps that hold the topics, members and expertise of records. */
class SortedArraysEdgeCasesTest {

  @Test
  void should_sort_and_drop_duplicates() {
    Set<String> set = SortedArraySet.copyOf(List.of("b", "a", "b", "c", "a"), "s");
    assertThat(set).containsExactly("a", "b", "c");
    assertThat(set).hasSize(3);
    assertThat(set.toArray()).containsExactly("a", "b", "c");
  }

  @Test
  void should_keep_an_input_without_duplicates_whole() {
    assertThat(SortedArraySet.copyOf(List.of("c", "a", "b"), "s")).containsExactly("a", "b", "c");
    assertThat(SortedArraySet.copyOf(List.of("z"), "s")).containsExactly("z");
    assertThat(SortedArraySet.copyOf(List.of("z", "z"), "s")).containsExactly("z").hasSize(1);
  }

  @Test
  void should_answer_contains_by_binary_search_and_type() {
    Set<String> set = SortedArraySet.copyOf(List.of("d", "b", "f"), "s");
    assertThat(set.contains("b")).isTrue();
    assertThat(set.contains("d")).isTrue();
    assertThat(set.contains("f")).isTrue();
    assertThat(set.contains("a")).isFalse();
    assertThat(set.contains("c")).isFalse();
    assertThat(set.contains("g")).isFalse();
    assertThat(set.contains(null)).isFalse();
    assertThat(set.contains(42)).isFalse(); // another type is never an element, and no ClassCastException
    assertThat(SortedArraySet.<String>copyOf(List.of(), "s").contains("a")).isFalse();
  }

  @Test
  void should_share_one_empty_set_and_reuse_its_own_copies() {
    Set<String> empty = SortedArraySet.copyOf(List.of(), "s");
    assertThat(empty).isEmpty();
    assertThat(SortedArraySet.<Integer>copyOf(new ArrayList<>(), "t")).isSameAs(empty);
    Set<String> set = SortedArraySet.copyOf(List.of("x", "y"), "s");
    assertThat(SortedArraySet.copyOf(set, "s")).isSameAs(set);
  }

  @Test
  void should_reject_null_collections_and_elements_naming_them() {
    assertThatNullPointerException().isThrownBy(() -> SortedArraySet.copyOf(null, "topics")).withMessage("topics");
    assertThatNullPointerException().isThrownBy(() -> SortedArraySet.copyOf(Arrays.asList("a", null), "topics"))
        .withMessage("topics must not contain null");
  }

  @Test
  void should_stop_iterating_at_the_end() {
    Iterator<String> it = SortedArraySet.copyOf(List.of("b", "a"), "s").iterator();
    assertThat(it.hasNext()).isTrue();
    assertThat(it.next()).isEqualTo("a");
    assertThat(it.hasNext()).isTrue();
    assertThat(it.next()).isEqualTo("b");
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void should_hand_out_a_copy_of_its_array() {
    Set<String> set = SortedArraySet.copyOf(List.of("a", "b"), "s");
    Object[] array = set.toArray();
    array[0] = "zzz";
    assertThat(set).containsExactly("a", "b");
    assertThatThrownBy(() -> set.add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_order_map_entries_by_key() {
    Map<String, Integer> source = new LinkedHashMap<>();
    source.put("c", 3);
    source.put("a", 1);
    source.put("b", 2);
    Map<String, Integer> map = SortedArrayMap.copyOf(source, "m");
    assertThat(map.keySet()).containsExactly("a", "b", "c");
    assertThat(map.values()).containsExactly(1, 2, 3);
    assertThat(map).hasSize(3).isEqualTo(Map.of("a", 1, "b", 2, "c", 3));
    assertThat(map.entrySet()).containsExactly(new SimpleImmutableEntry<>("a", 1),
        new SimpleImmutableEntry<>("b", 2), new SimpleImmutableEntry<>("c", 3));
  }

  @Test
  void should_look_up_keys_by_binary_search_and_type() {
    Map<String, Integer> map = SortedArrayMap.copyOf(Map.of("d", 4, "b", 2, "f", 6), "m");
    assertThat(map.get("b")).isEqualTo(2);
    assertThat(map.get("d")).isEqualTo(4);
    assertThat(map.get("f")).isEqualTo(6);
    assertThat(map.get("a")).isNull();
    assertThat(map.get("e")).isNull();
    assertThat(map.get(null)).isNull();
    assertThat(map.get(7)).isNull();
    assertThat(map.containsKey("d")).isTrue();
    assertThat(map.containsKey("c")).isFalse();
    assertThat(map.containsKey(7)).isFalse();
    assertThat(map.containsKey(null)).isFalse();
    assertThat(SortedArrayMap.<String, Integer>copyOf(Map.of(), "m").get("a")).isNull();
    assertThat(SortedArrayMap.<String, Integer>copyOf(Map.of(), "m").containsKey("a")).isFalse();
  }

  @Test
  void should_share_one_empty_map_and_reuse_its_own_copies() {
    Map<String, Integer> empty = SortedArrayMap.copyOf(Map.of(), "m");
    assertThat(empty).isEmpty();
    assertThat(SortedArrayMap.<Integer, String>copyOf(new HashMap<>(), "n")).isSameAs(empty);
    Map<String, Integer> map = SortedArrayMap.copyOf(Map.of("a", 1), "m");
    assertThat(SortedArrayMap.copyOf(map, "m")).isSameAs(map);
  }

  @Test
  void should_reject_null_maps_keys_and_values_naming_them() {
    assertThatNullPointerException().isThrownBy(() -> SortedArrayMap.copyOf(null, "expertise"))
        .withMessage("expertise");
    Map<String, Integer> nullValue = new HashMap<>();
    nullValue.put("a", null);
    assertThatNullPointerException().isThrownBy(() -> SortedArrayMap.copyOf(nullValue, "expertise"))
        .withMessage("expertise must not contain null keys or values");
    Map<String, Integer> nullKey = new HashMap<>();
    nullKey.put(null, 1);
    nullKey.put("b", 2);
    assertThatNullPointerException().isThrownBy(() -> SortedArrayMap.copyOf(nullKey, "expertise"))
        .withMessage("expertise must not contain null keys or values");
  }

  @Test
  void should_stop_iterating_entries_at_the_end() {
    Iterator<Map.Entry<String, Integer>> it = SortedArrayMap.copyOf(Map.of("a", 1), "m").entrySet().iterator();
    assertThat(it.hasNext()).isTrue();
    assertThat(it.next()).isEqualTo(new SimpleImmutableEntry<>("a", 1));
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
  }
}
