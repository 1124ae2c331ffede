package org.blendnet.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.blendnet.core.Channel;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.generate.PlantedPartition;
import org.blendnet.graph.silo.SiloDetector;
import org.blendnet.metrics.reciprocity.GivingConcentration;
import org.blendnet.metrics.reciprocity.ReciprocityLedger;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

  @Test
  void should_generate_the_same_network_from_the_same_seed_and_another_from_another() {
    Network a = BlendedCommunity.builder().members(60).seed(5).build().generate();
    Network b = BlendedCommunity.builder().members(60).seed(5).build().generate();
    Network c = BlendedCommunity.builder().members(60).seed(6).build().generate();
    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c);
  }

  @Test
  void should_give_the_chosen_sizes_and_overlap() {
    Network network = BlendedCommunity.builder().members(100).units(4).offlineDegree(6).onlineDegree(4).overlap(0.5)
        .events(3).questions(50).seed(2).build().generate();
    assertThat(network.members()).hasSize(100);
    assertThat(network.events()).hasSize(3);
    assertThat(network.questions()).hasSize(50);
    Set<String> offline = new HashSet<>();
    Set<String> online = new HashSet<>();
    for (Touchpoint t : network.touchpoints()) {
      String pair = t.participants().get(0) + "|" + t.participants().get(1);
      (t.channel() == Channel.OFFLINE ? offline : online).add(pair);
    }
    assertThat(offline).hasSize(300); // 100 * 6 / 2 distinct pairs
    assertThat(online).hasSize(200); // 100 * 4 / 2
    online.retainAll(offline);
    assertThat(online).hasSize(100); // half the online pairs meet face to face too
    assertThat(network.membersIn(BlendedCommunity.builder().members(100).units(4).build().unitOf(0))).hasSize(25);
  }

  @Test
  void should_concentrate_answering_with_the_skew() {
    double even = gini(0.0);
    double skewed = gini(1.0);
    assertThat(skewed).isGreaterThan(even + 0.2);
  }

  private static double gini(double skew) {
    Network network = BlendedCommunity.builder().members(100).questions(300).giveTakeSkew(skew).seed(3).build()
        .generate();
    return GivingConcentration.of(ReciprocityLedger.of(network)).gini();
  }

  @Test
  void should_keep_most_ties_inside_units_with_low_mixing() {
    Network network = BlendedCommunity.builder().members(80).mixing(0.1).questions(0).events(0).seed(4).build()
        .generate();
    assertThat(SiloDetector.withDefaults().units(SocialGraph.of(network)).networkEiIndex()).isLessThan(-0.5);
  }

  @Test
  void should_name_impossible_options() {
    assertThatThrownBy(() -> BlendedCommunity.builder().members(1)).hasMessage("members must be >= 2 but was 1");
    assertThatThrownBy(() -> BlendedCommunity.builder().overlap(1.5)).hasMessage("overlap must be in [0, 1] but was 1.5");
    assertThatThrownBy(() -> BlendedCommunity.builder().members(3).units(4).build())
        .hasMessage("units must be <= members (3) but was 4");
  }

  @Test
  void should_declare_the_planted_blocks_as_units() {
    PlantedPartition.Sample sample = PlantedPartition.builder().nodes(60).blocks(3).averageDegree(6).mixing(0.1)
        .seed(9).build().generate();
    Network network = PlantedUnits.network(sample, "Acme");
    assertThat(network.members()).hasSize(60);
    assertThat(network.touchpoints()).hasSize(sample.graph().tieCount());
    MemberId first = sample.graph().member(0);
    assertThat(network.member(first).orElseThrow().affiliation().path())
        .containsExactly("Acme", "Block " + sample.block(0));
  }
}
