package org.blendnet.examples.stories;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.blendnet.core.Network;
import org.blendnet.examples.generate.BlendedCommunity;
import org.blendnet.examples.simulate.RoutingPolicies;
import org.blendnet.examples.simulate.RoutingPolicy;
import org.blendnet.examples.simulate.Simulation;
import org.blendnet.examples.simulate.SimulationChart;
import org.blendnet.examples.simulate.SimulationResult;

/**
 * An experiment in a few lines: the same generated community, the same questions, three ways of deciding
 * whom to ask — at random, by topic only, with the full matchmaker — run side by side over twelve weekly
 * rounds and drawn as a chart.
 *
 * <p>What to look for: asking at random reaches people who do not know the answer (a low answer rate);
 * asking only the best experts gets answers but piles the work on a few (a high Gini of answering load,
 * slower answers as they tire); the matchmaker, which also weighs who still has room, spreads the load.
 *
 * @implNote Thread-safe: stateless; each run builds its own networks.
 * @since 0.1
 */
public final class PolicyComparison {

  private PolicyComparison() {}

  /**
   * Runs the experiment and writes the chart.
   *
   * @param args the chart's file (default {@code policies.html})
   */
  public static void main(String[] args) {
    run(System.out, Path.of(args.length > 0 ? args[0] : "policies.html"), 12, 1);
  }

  /** Runs {@code rounds} rounds with {@code seed}, prints a line per policy and writes the chart to {@code chart}. */
  public static List<SimulationResult> run(PrintStream out, Path chart, int rounds, long seed) {
    java.util.Objects.requireNonNull(out, "out");
    java.util.Objects.requireNonNull(chart, "chart");
    // a community of 120 members in 4 units, where a few members do most of the answering (skew 0.8)
    Network community = BlendedCommunity.builder().members(120).units(4).giveTakeSkew(0.8).seed(seed).build()
        .generate();
    Simulation simulation = Simulation.builder(community).rounds(rounds).questionsPerRound(40).asksPerQuestion(3)
        .seed(seed).build();
    List<SimulationResult> results = new ArrayList<>();
    for (RoutingPolicy policy : List.of(RoutingPolicies.random(), RoutingPolicies.topicOnly(),
        RoutingPolicies.matchmaker(), RoutingPolicies.balanced())) {
      SimulationResult result = simulation.run(policy);
      out.println(result);
      results.add(result);
    }
    SimulationChart.write("Three routing policies on one community", results, chart);
    out.println("chart: " + chart.toAbsolutePath());
    return results;
  }
}
