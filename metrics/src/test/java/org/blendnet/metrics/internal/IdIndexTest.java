package org.blendnet.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.testing.Theories.qt;

import java.util.HashSet;
import java.util.Set;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.QuestionId;
import org.blendnet.core.testing.Networks;
import org.blendnet.metrics.Fixtures;
import org.junit.jupiter.api.Test;

class IdIndexTest {

  @Test
  void should_give_members_with_colliding_hashes_their_own_keys() {
    // "Aa", "BB", "AaAa"… : String.hashCode collides ("Aa" and "BB" both hash to 2112)
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat("AaAa".hashCode()).isEqualTo("BBBB".hashCode()).isEqualTo("AaBB".hashCode());
    Network n = Fixtures.members("Aa", "x", "BB", "AaAa", "BBBB", "AaBB", "y").build();
    IdIndex<MemberId> index = IdIndex.members(n);
    Set<Integer> keys = new HashSet<>();
    for (int p = 0; p < index.size(); p++) {
      MemberId id = index.id(p);
      assertThat(index.positionOf(id)).isEqualTo(p);
      assertThat(index.positionOf(MemberId.of(id.value()))).isEqualTo(p); // an equal, not identical, id
      assertThat(index.positionOfKnown(MemberId.of(id.value()))).isEqualTo(p);
      assertThat(index.positionOfKey(index.keyOf(id))).isEqualTo(p);
      keys.add(index.keyOf(id));
    }
    assertThat(keys).hasSize(7);
    // members whose hash is theirs alone keep it as key
    assertThat(index.keyOf(MemberId.of("x"))).isEqualTo("x".hashCode());
    assertThat(index.keyOf(MemberId.of("Aa"))).isNotEqualTo("Aa".hashCode());
  }

  @Test
  void should_tell_unknown_ids() {
    IdIndex<MemberId> index = IdIndex.members(Fixtures.members("ana", "Aa").build());
    assertThat(index.positionOf(MemberId.of("BB"))).isEqualTo(-1);
    assertThat(index.positionOf(MemberId.of("zed"))).isEqualTo(-1);
    assertThatThrownBy(() -> index.require(MemberId.of("zed"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown member: zed");
    assertThatThrownBy(() -> index.positionOfKey(12345)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no record has key 12345");
    assertThat(IdIndex.members(Network.empty()).positionOf(MemberId.of("a"))).isEqualTo(-1);
  }

  @Test
  void should_index_every_generated_network() {
    qt(200).forAll(Networks.networks(Networks.Sizes.medium())).checkAssert(n -> {
      IdIndex<MemberId> index = IdIndex.members(n);
      Set<Integer> keys = new HashSet<>();
      for (int p = 0; p < n.members().size(); p++) {
        MemberId id = n.members().get(p).id();
        assertThat(index.positionOfKnown(id)).isEqualTo(p);
        assertThat(index.positionOfKey(index.keyOf(id))).isEqualTo(p);
        keys.add(index.keyOf(id));
      }
      assertThat(keys).hasSize(n.members().size());
    });
  }

  @Test
  void should_index_questions_and_name_the_kind_of_record() {
    Network n = Fixtures.members("ana").question(Fixtures.question("q1", "ana", Fixtures.day(0)))
        .question(Fixtures.question("q2", "ana", Fixtures.day(1))).build();
    IdIndex<QuestionId> questions = IdIndex.questions(n);
    assertThat(questions.positionOfKnown(QuestionId.of("q2"))).isEqualTo(1);
    assertThatThrownBy(() -> questions.require(QuestionId.of("q3"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown question: q3");
    assertThatThrownBy(() -> questions.require(null)).isInstanceOf(NullPointerException.class).hasMessage("question");
  }

  @Test
  void should_map_pairs_of_any_ints() {
    LongIntMap map = new LongIntMap(2);
    for (int i = -50; i < 50; i++) {
      assertThat(map.putIfAbsent(LongIntMap.pair(i, -i), i + 50)).isEqualTo(i + 50);
    }
    assertThat(map.size()).isEqualTo(100);
    assertThat(map.putIfAbsent(LongIntMap.pair(-3, 3), 0)).isEqualTo(47);
    assertThat(map.get(LongIntMap.pair(-1, 1), -1)).isEqualTo(49);
    assertThat(map.get(LongIntMap.pair(1, 1), -1)).isEqualTo(-1);
    assertThat(LongIntMap.pair(-1, -1)).isEqualTo(-1L);
    assertThat(LongIntMap.pair(0, -1)).isEqualTo(0xFFFFFFFFL);
    assertThatThrownBy(() -> map.putIfAbsent(1, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
