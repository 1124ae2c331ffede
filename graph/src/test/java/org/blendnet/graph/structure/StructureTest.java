package org.blendnet.graph.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.blendnet.core.MemberId;
import org.blendnet.graph.SocialGraph;
import org.junit.jupiter.api.Test;

/** Components, cores and bridges on small graphs drawn by hand. */
class StructureTest {

  /** Two triangles {0,1,2} and {3,4,5} joined by the bridge 2–3, a pendant 6 on 5, and 7, 8 alone together. */
  private static SocialGraph fixture() {
    return SocialGraph.fromEdges(10, new int[] {0, 0, 1, 3, 3, 4, 2, 5, 7}, new int[] {1, 2, 2, 4, 5, 5, 3, 6, 8});
  }

  @Test
  void should_number_components_from_the_largest_and_count_an_isolated_member_as_one() {
    Components c = Components.of(fixture());

    assertThat(c.count()).isEqualTo(3);
    assertThat(c.sizes()).containsExactly(7, 2, 1);
    assertThat(c.nodes(0)).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(c.nodes(1)).containsExactly(7, 8);
    assertThat(c.nodes(2)).containsExactly(9);
    assertThat(c.membership()).containsExactly(0, 0, 0, 0, 0, 0, 0, 1, 1, 2);
    assertThat(c.componentOf(MemberId.of("9"))).isEqualTo(2);
    assertThat(c.largestSize()).isEqualTo(7);
    assertThat(c.largest()).extracting(MemberId::value).containsExactly("0", "1", "2", "3", "4", "5", "6");
    assertThat(c.isConnected()).isFalse();
    assertThat(c).hasToString("Components[count=3, largest=7, sizes=[7, 2, 1]]");
  }

  @Test
  void should_order_components_of_equal_size_by_their_smallest_node() {
    Components c = Components.of(SocialGraph.fromEdges(4, new int[] {2, 0}, new int[] {3, 1}));
    assertThat(c.nodes(0)).containsExactly(0, 1);
    assertThat(c.nodes(1)).containsExactly(2, 3);
  }

  @Test
  void should_handle_a_graph_without_members() {
    SocialGraph empty = SocialGraph.fromEdges(0, new int[0], new int[0]);
    assertThat(Components.of(empty).count()).isZero();
    assertThat(Components.of(empty).isConnected()).isTrue();
    assertThat(Components.of(empty).largest()).isEmpty();
    assertThat(CoreDecomposition.of(empty).degeneracy()).isZero();
    assertThat(CoreDecomposition.of(empty).coreSize(0)).isZero();
    assertThat(Bridges.of(empty).count()).isZero();
  }

  @Test
  void should_give_core_numbers_by_hand() {
    // triangles are 2-cores; the pendant 6 and the pair 7–8 are 1-cores; 9 has no tie
    CoreDecomposition cores = CoreDecomposition.of(fixture());

    assertThat(cores.coreNumbers()).containsExactly(2, 2, 2, 2, 2, 2, 1, 1, 1, 0);
    assertThat(cores.degeneracy()).isEqualTo(2);
    assertThat(cores.core(2)).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(cores.core(1)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(cores.core(0)).hasSize(10);
    assertThat(cores.core(3)).isEmpty();
    assertThat(cores.coreSize(1)).isEqualTo(9);
    assertThat(cores.coreMembers(2)).extracting(MemberId::value).containsExactly("0", "1", "2", "3", "4", "5");
    assertThat(cores.coreNumber(MemberId.of("6"))).isEqualTo(1);
    assertThat(cores).hasToString("CoreDecomposition[degeneracy=2, coreSizes=[9, 6]]");
  }

  @Test
  void should_find_a_clique_s_core_number_and_reject_a_negative_k() {
    // K5 plus a tail: the clique is a 4-core
    SocialGraph g = SocialGraph.fromEdges(6, new int[] {0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4},
        new int[] {1, 2, 3, 4, 2, 3, 4, 3, 4, 4, 5});
    CoreDecomposition cores = CoreDecomposition.of(g);
    assertThat(cores.coreNumbers()).containsExactly(4, 4, 4, 4, 4, 1);
    assertThatThrownBy(() -> cores.coreSize(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k must be >= 0 but was -1");
  }

  @Test
  void should_find_the_bridges_and_how_many_members_each_cuts_off() {
    Bridges b = Bridges.of(fixture());

    assertThat(b.count()).isEqualTo(3);
    assertThat(new int[] {b.lowerNode(0), b.upperNode(0)}).containsExactly(2, 3);
    assertThat(new int[] {b.lowerNode(1), b.upperNode(1)}).containsExactly(5, 6);
    assertThat(new int[] {b.lowerNode(2), b.upperNode(2)}).containsExactly(7, 8);
    assertThat(b.cutOff(0)).isEqualTo(3); // {0, 1, 2} from {3, 4, 5, 6}
    assertThat(b.cutOff(1)).isEqualTo(1);
    assertThat(b.cutOff(2)).isEqualTo(1);
    assertThat(b.isBridge(3, 2)).isTrue();
    assertThat(b.isBridge(MemberId.of("0"), MemberId.of("1"))).isFalse();
    assertThat(b.isBridge(0, 9)).isFalse();
    assertThat(b).hasToString("Bridges[count=3, 2–3 (cuts off 3), 5–6 (cuts off 1), 7–8 (cuts off 1)]");
  }

  @Test
  void should_not_take_a_tie_on_a_cycle_for_a_bridge() {
    // a 4-cycle with a tail: only the tail is a bridge
    SocialGraph g = SocialGraph.fromEdges(5, new int[] {0, 1, 2, 3, 3}, new int[] {1, 2, 3, 0, 4});
    Bridges b = Bridges.of(g);
    assertThat(b.count()).isEqualTo(1);
    assertThat(b.lowerMember(0)).isEqualTo(MemberId.of("3"));
    assertThat(b.upperMember(0)).isEqualTo(MemberId.of("4"));
  }

  @Test
  void should_reject_an_unknown_node_or_member() {
    Bridges b = Bridges.of(fixture());
    assertThatThrownBy(() -> b.isBridge(0, 10)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> b.isBridge(MemberId.of("0"), MemberId.of("x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown member: x");
    assertThatThrownBy(() -> Components.of(fixture()).size(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
