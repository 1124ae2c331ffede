package org.blendnet.examples.cli;

import java.util.List;
import java.util.Locale;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.brokerage.Betweenness;
import org.blendnet.graph.brokerage.BetweennessScores;
import org.blendnet.graph.brokerage.BrokerageRole;
import org.blendnet.graph.brokerage.BrokerageRoles;
import org.blendnet.graph.brokerage.ContactGraph;
import org.blendnet.graph.brokerage.GouldFernandez;
import org.blendnet.graph.brokerage.Grouping;
import org.blendnet.graph.brokerage.StructuralHoleScores;
import org.blendnet.graph.brokerage.StructuralHoles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code brokers INPUT [--k N] [--unit-depth D]}: who holds the network together. */
@Command(name = "brokers", sortOptions = false,
    description = {"Brokers: who lies on the most shortest paths (Brandes 2001), who spans structural holes "
        + "(Burt 1992: lowest constraint) and who brokers between units, by Gould & Fernandez's roles (1989)."})
final class BrokersCommand extends NetworkCommand {

  @Option(names = "--k", paramLabel = "N", defaultValue = "5", description = "How many of each (default: ${DEFAULT-VALUE}).")
  int k = 5;

  @Option(names = "--unit-depth", paramLabel = "D", defaultValue = "2",
      description = "The depth of the units brokerage roles are read between (default: ${DEFAULT-VALUE}).")
  int unitDepth = 2;

  @Override
  void execute() {
    requireAtLeast("--k", k, 1);
    requireAtLeast("--unit-depth", unitDepth, 1);
    Network network = network();
    SocialGraph graph = SocialGraph.of(network, org.blendnet.graph.TieModel.defaults(), progress());
    BetweennessScores betweenness = Betweenness.withDefaults().compute(graph, progress());
    StructuralHoleScores holes = StructuralHoles.weighted().compute(graph);
    BrokerageRoles roles = GouldFernandez.analyse(ContactGraph.of(network), Grouping.byAffiliation(network, unitDepth));
    if (json) {
      ObjectNode node = object();
      node.put("input", input);
      ArrayNode top = node.putArray("betweenness");
      for (MemberId m : betweenness.top(k)) {
        ObjectNode e = top.addObject().put("member", m.value());
        put(e, "normalized", betweenness.normalized(m));
      }
      ArrayNode spanners = node.putArray("leastConstrained");
      for (MemberId m : holes.leastConstrained(k)) {
        ObjectNode e = spanners.addObject().put("member", m.value());
        put(e, "constraint", holes.constraint(m));
        put(e, "effectiveSize", holes.effectiveSize(m));
      }
      ObjectNode byRole = node.putObject("roles");
      for (BrokerageRole role : BrokerageRole.values()) {
        ArrayNode list = byRole.putArray(role.name().toLowerCase(Locale.ROOT));
        for (MemberId m : roles.top(role, k)) {
          ObjectNode e = list.addObject().put("member", m.value());
          e.put("observed", roles.score(m, role).observed());
          put(e, "z", roles.score(m, role).z());
        }
      }
      print(node);
      return;
    }
    out().println(graph);
    out().println("betweenness (most shortest paths through them):");
    for (MemberId m : betweenness.top(k)) {
      out().printf(Locale.ROOT, "  %-12s %.4f%n", m, betweenness.normalized(m));
    }
    out().println("structural holes (least constrained: contacts who do not know each other):");
    for (MemberId m : holes.leastConstrained(k)) {
      out().printf(Locale.ROOT, "  %-12s constraint %.3f, effective size %.1f%n", m, holes.constraint(m),
          holes.effectiveSize(m));
    }
    out().println("brokerage roles between units (Gould-Fernandez; observed, z against chance):");
    for (BrokerageRole role : BrokerageRole.values()) {
      List<MemberId> top = roles.top(role, k);
      StringBuilder line = new StringBuilder();
      for (MemberId m : top) {
        line.append(line.length() == 0 ? "" : ", ").append(m).append(' ').append(roles.score(m, role));
      }
      out().printf(Locale.ROOT, "  %-15s %s%n", role.name().toLowerCase(Locale.ROOT),
          top.isEmpty() ? "(none)" : line);
    }
  }
}
