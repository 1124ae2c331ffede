package org.blendnet.examples.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.blendnet.core.Network;
import org.blendnet.examples.generate.BlendedCommunity;
import org.junit.jupiter.api.Test;

class SimulationTest {

  private static final Network COMMUNITY = BlendedCommunity.builder().members(60).questions(50).seed(11).build()
      .generate();

  private static Simulation simulation() {
    return Simulation.builder(COMMUNITY).rounds(3).questionsPerRound(20).seed(11).build();
  }

  @Test
  void should_give_the_same_result_for_the_same_seed() {
    SimulationResult a = simulation().run(RoutingPolicies.matchmaker());
    SimulationResult b = simulation().run(RoutingPolicies.matchmaker());
    assertThat(a.rounds()).isEqualTo(b.rounds());
    assertThat(a.network()).isEqualTo(b.network());
  }

  @Test
  void should_record_each_round_and_grow_the_network() {
    SimulationResult result = simulation().run(RoutingPolicies.topicOnly());
    assertThat(result.rounds()).hasSize(3);
    for (RoundStats r : result.rounds()) {
      assertThat(r.questions()).isEqualTo(20);
      assertThat(r.answerRate()).isEqualTo((double) r.answered() / 20);
      assertThat(r.answeringGini()).isBetween(0.0, 1.0);
      assertThat(r.eiIndex()).isBetween(-1.0, 1.0);
    }
    assertThat(result.network().questions()).hasSize(50 + 60);
    assertThat(result.network().events()).hasSize(COMMUNITY.events().size() + 3);
    assertThat(result.rounds().get(2).takersWhoGave()).isGreaterThanOrEqualTo(0.0);
  }

  @Test
  void should_ask_the_same_questions_whatever_the_policy() {
    SimulationResult random = simulation().run(RoutingPolicies.random());
    SimulationResult topic = simulation().run(RoutingPolicies.topicOnly());
    assertThat(random.network().questions()).isEqualTo(topic.network().questions());
    assertThat(random.mean(RoundStats::answerRate)).isLessThan(topic.mean(RoundStats::answerRate));
  }

  @Test
  void should_route_only_to_members_below_the_balancing_cap() {
    SimulationResult balanced = simulation().run(RoutingPolicies.balanced());
    assertThat(balanced.policy()).isEqualTo("matchmaker + balancing");
    assertThat(balanced.rounds()).hasSize(3);
    assertThat(balanced.mean(RoundStats::answerRate)).isGreaterThan(0.0);
  }

  @Test
  void should_refuse_a_policy_that_routes_to_the_asker() {
    RoutingPolicy selfish = new RoutingPolicy() {
      @Override
      public String name() {
        return "selfish";
      }

      @Override
      public Router prepare(RoundContext context) {
        return (question, k) -> List.of(question.asker());
      }
    };
    assertThatThrownBy(() -> simulation().run(selfish)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("policy selfish routed question");
  }

  @Test
  void should_name_impossible_settings() {
    assertThatThrownBy(() -> Simulation.builder(COMMUNITY).rounds(0)).hasMessage("rounds must be >= 1 but was 0");
    assertThatThrownBy(() -> Simulation.builder(COMMUNITY).answerProbability(2))
        .hasMessage("answerProbability must be in [0, 1] but was 2.0");
  }

  @Test
  void should_draw_one_line_per_policy_in_each_panel() {
    SimulationResult a = simulation().run(RoutingPolicies.random());
    SimulationResult b = simulation().run(RoutingPolicies.topicOnly());
    String svg = SimulationChart.svg(List.of(a, b));
    assertThat(svg.split("<polyline", -1)).hasSize(1 + 5 * 2);
    assertThat(SimulationChart.html("A <test>", List.of(a))).contains("A &lt;test&gt;").contains("<table");
  }
}
