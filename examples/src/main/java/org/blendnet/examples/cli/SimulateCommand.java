package org.blendnet.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.blendnet.examples.simulate.RoundStats;
import org.blendnet.examples.simulate.RoutingPolicies;
import org.blendnet.examples.simulate.RoutingPolicy;
import org.blendnet.examples.simulate.Simulation;
import org.blendnet.examples.simulate.SimulationChart;
import org.blendnet.examples.simulate.SimulationResult;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code simulate [INPUT] [--policy …] [--rounds T] [--questions Q] [--seed S] [--chart FILE]}: routing policies compared. */
@Command(name = "simulate", sortOptions = false,
    description = {"Simulates the community over rounds in which members ask questions and a routing policy "
        + "decides whom to ask; prints per round the answer rate, hours to a first answer, the Gini of "
        + "answering load, the share of takers who became givers and the E-I index, and can chart them."})
final class SimulateCommand extends BaseCommand {

  /** The policies on offer. */
  enum Policy {
    /** Uniformly random members. */
    RANDOM,
    /** The best topic experts. */
    TOPIC,
    /** The full matchmaker. */
    MATCHMAKER,
    /** The full matchmaker with reciprocity balancing. */
    BALANCED,
    /** All of the above, side by side. */
    ALL
  }

  @Option(names = "--policy", paramLabel = "POLICY", defaultValue = "all",
      description = "random, topic, matchmaker, balanced or all (default: ${DEFAULT-VALUE}).")
  Policy policy = Policy.ALL;

  @Option(names = "--rounds", paramLabel = "T", defaultValue = "8", description = "Rounds (default: ${DEFAULT-VALUE}).")
  int rounds = 8;

  @Option(names = "--questions", paramLabel = "Q", defaultValue = "30",
      description = "Questions per round (default: ${DEFAULT-VALUE}).")
  int questions = 30;

  @Option(names = "--k", paramLabel = "K", defaultValue = "3",
      description = "Members asked per question (default: ${DEFAULT-VALUE}).")
  int k = 3;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--chart", paramLabel = "FILE", description = "Write an HTML page with an SVG chart to FILE.")
  @Nullable Path chart;

  @Parameters(index = "0", arity = "0..1", paramLabel = "INPUT", defaultValue = Inputs.GENERATED,
      description = "The starting network, as for the other commands (default: ${DEFAULT-VALUE}, a generated "
          + "blended community).")
  String input = Inputs.GENERATED;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "AUTO",
      description = "How to read INPUT: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, from the file name).")
  Inputs.Format format = Inputs.Format.AUTO;

  @Option(names = "--members", paramLabel = "FILE", description = "Members as CSV, with touchpoint CSV input.")
  @Nullable Path members;

  @Override
  void execute() {
    requireAtLeast("--rounds", rounds, 1);
    requireAtLeast("--questions", questions, 0);
    requireAtLeast("--k", k, 1);
    Simulation simulation = Simulation.builder(Inputs.network(input, format, members)).rounds(rounds).questionsPerRound(questions)
        .asksPerQuestion(k).seed(seed).build();
    List<RoutingPolicy> policies = switch (policy) {
      case RANDOM -> List.of(RoutingPolicies.random());
      case TOPIC -> List.of(RoutingPolicies.topicOnly());
      case MATCHMAKER -> List.of(RoutingPolicies.matchmaker());
      case BALANCED -> List.of(RoutingPolicies.balanced());
      case ALL -> List.of(RoutingPolicies.random(), RoutingPolicies.topicOnly(), RoutingPolicies.matchmaker(),
          RoutingPolicies.balanced());
    };
    List<SimulationResult> results = new ArrayList<>();
    for (RoutingPolicy p : policies) {
      results.add(simulation.run(p, progress()));
    }
    if (chart != null) {
      SimulationChart.write("Routing policies on " + input, results, chart);
    }
    if (json) {
      ObjectNode node = object();
      node.put("input", input);
      node.put("rounds", rounds);
      node.put("seed", seed);
      ArrayNode array = node.putArray("policies");
      for (SimulationResult r : results) {
        ObjectNode p = array.addObject();
        p.put("policy", r.policy());
        put(p, "answerRate", r.mean(RoundStats::answerRate));
        put(p, "hoursToAnswer", r.mean(RoundStats::meanHoursToAnswer));
        put(p, "answeringGini", r.mean(RoundStats::answeringGini));
        put(p, "takersWhoGave", r.last().takersWhoGave());
        put(p, "eiIndex", r.last().eiIndex());
        ArrayNode perRound = p.putArray("rounds");
        for (RoundStats st : r.rounds()) {
          ObjectNode o = perRound.addObject();
          o.put("round", st.round());
          o.put("questions", st.questions());
          o.put("answered", st.answered());
          put(o, "answerRate", st.answerRate());
          put(o, "hoursToAnswer", st.meanHoursToAnswer());
          put(o, "answeringGini", st.answeringGini());
          put(o, "takersWhoGave", st.takersWhoGave());
          put(o, "eiIndex", st.eiIndex());
          o.put("newOfflineTies", st.newOfflineTies());
        }
      }
      if (chart != null) {
        node.put("chart", chart.toString());
      }
      print(node);
      return;
    }
    out().println(simulation);
    out().printf(Locale.ROOT, "%-22s %8s %8s %8s %14s %8s%n", "policy", "answered", "hours", "gini",
        "takers->givers", "E-I");
    for (SimulationResult r : results) {
      out().printf(Locale.ROOT, "%-22s %8.2f %8.1f %8.2f %14.2f %8.2f%n", r.policy(), r.mean(RoundStats::answerRate),
          r.mean(RoundStats::meanHoursToAnswer), r.mean(RoundStats::answeringGini), r.last().takersWhoGave(),
          r.last().eiIndex());
    }
    if (chart != null) {
      out().println("wrote the chart to " + chart);
    }
  }
}
