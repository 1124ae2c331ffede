package org.blendnet.examples.cli;

import java.util.Locale;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.shape.ShapeAnalysis;
import org.blendnet.graph.shape.ShapeReport;
import picocli.CommandLine.Command;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code shape INPUT}: hierarchy, collaborating hubs or peer mesh. */
@Command(name = "shape", sortOptions = false,
    description = {"The network's shape: model 1 (a hierarchy around one centre), model 2 (collaborating hubs) "
        + "or model 3 (a peer mesh), from Freeman's degree and betweenness centralization (1978) and how "
        + "much of the traffic the top members carry, with the figures that decided it."})
final class ShapeCommand extends NetworkCommand {

  @Override
  void execute() {
    SocialGraph graph = SocialGraph.of(network(), org.blendnet.graph.TieModel.defaults(), progress());
    ShapeReport report = ShapeAnalysis.withDefaults().analyse(graph, progress());
    if (json) {
      ObjectNode node = object();
      node.put("input", input);
      node.put("shape", report.shape().name().toLowerCase(Locale.ROOT));
      node.put("members", report.members());
      node.put("ties", report.ties());
      put(node, "degreeCentralization", report.degreeCentralization());
      put(node, "betweennessCentralization", report.betweennessCentralization());
      put(node, "topShare", report.topShare());
      node.put("hubCount", report.hubCount());
      put(node, "hubTieShare", report.hubTieShare());
      put(node, "peerTieShare", report.peerTieShare());
      node.put("exact", report.exact());
      ArrayNode top = node.putArray("topMembers");
      report.topMembers().forEach(m -> top.add(m.value()));
      node.put("explanation", report.explanation());
      print(node);
      return;
    }
    out().println(report.explanation());
    out().println(report);
  }
}
