package org.blendnet.examples.cli;

import java.util.Locale;
import org.blendnet.core.Channel;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.community.Leiden;
import org.blendnet.graph.community.LeidenOptions;
import org.blendnet.graph.silo.SiloDetector;
import org.blendnet.graph.silo.SiloGroup;
import org.blendnet.graph.silo.SiloOptions;
import org.blendnet.graph.silo.SiloReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code silos INPUT [--by unit|community|both] [--layer online|offline|all]}: the silo report. */
@Command(name = "silos", sortOptions = false,
    description = {"Finds silos: organisational units or detected communities whose ties stay inside "
        + "(E-I index, Krackhardt & Stern 1988), with the members who span their boundaries.",
        "Groups smaller than the privacy floor are not reported one by one."})
final class SilosCommand extends NetworkCommand {

  /** What to group members by. */
  enum By {
    /** Organisational units (affiliations). */
    UNIT,
    /** Communities found by Leiden. */
    COMMUNITY,
    /** Both, with how well they agree. */
    BOTH
  }

  /** Which ties to count. */
  enum Layer {
    /** Online ties only. */
    ONLINE,
    /** Face-to-face ties only. */
    OFFLINE,
    /** Both channels. */
    ALL
  }

  @Option(names = "--by", paramLabel = "GROUPING", defaultValue = "unit",
      description = "unit, community or both (default: ${DEFAULT-VALUE}).")
  By by = By.UNIT;

  @Option(names = "--layer", paramLabel = "LAYER", defaultValue = "all",
      description = "online, offline or all (default: ${DEFAULT-VALUE}).")
  Layer layer = Layer.ALL;

  @Option(names = "--unit-depth", paramLabel = "D", defaultValue = "2",
      description = "How deep in the affiliation path a unit is: 2 = organisation/unit (default: ${DEFAULT-VALUE}).")
  int unitDepth = SiloOptions.DEFAULT_UNIT_DEPTH;

  @Option(names = "--privacy-floor", paramLabel = "N", defaultValue = "5",
      description = "Groups smaller than N are pooled, never named (default: ${DEFAULT-VALUE}).")
  int privacyFloor = SiloOptions.DEFAULT_PRIVACY_FLOOR;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "The seed of community detection (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Override
  void execute() {
    SocialGraph graph = SocialGraph.of(network(), org.blendnet.graph.TieModel.defaults(), progress());
    SiloOptions.Builder options = SiloOptions.builder().unitDepth(unitDepth).privacyFloor(privacyFloor);
    if (layer != Layer.ALL) {
      options.layer(layer == Layer.ONLINE ? Channel.ONLINE : Channel.OFFLINE);
    }
    SiloDetector detector = SiloDetector.withOptions(options.build());
    SiloReport report = switch (by) {
      case UNIT -> detector.units(graph);
      case COMMUNITY -> detector.communities(graph, communities(graph));
      case BOTH -> detector.unitsAndCommunities(graph, communities(graph));
    };
    if (json) {
      ObjectNode node = object();
      node.put("input", input);
      node.put("by", by.name().toLowerCase(Locale.ROOT));
      node.put("layer", layer.name().toLowerCase(Locale.ROOT));
      node.put("members", report.memberCount());
      put(node, "networkEiIndex", report.networkEiIndex());
      put(node, "networkEiExcess", report.networkEiExcess());
      report.alignment().ifPresent(a -> {
        ObjectNode alignment = node.putObject("alignment");
        put(alignment, "nmi", a.normalizedMutualInformation());
        put(alignment, "ari", a.adjustedRandIndex());
      });
      groups(node.putArray("groups"), report);
      report.communities().ifPresent(c -> groups(node.putArray("communities"), c));
      print(node);
    } else {
      out().println(report);
    }
  }

  private org.blendnet.graph.community.Partition communities(SocialGraph graph) {
    return Leiden.withOptions(LeidenOptions.defaults().withSeed(seed)).detect(graph, progress());
  }

  private static void groups(ArrayNode array, SiloReport report) {
    for (SiloGroup g : report.groups()) {
      ObjectNode group = array.addObject();
      group.put("name", g.name());
      group.put("kind", g.kind().name().toLowerCase(Locale.ROOT));
      group.put("size", g.size());
      group.put("internalTies", g.internalTies());
      group.put("boundaryTies", g.boundaryTies());
      put(group, "eiIndex", g.eiIndex());
      put(group, "eiExcess", g.eiExcess());
      put(group, "outsideShare", g.outsideShare());
      group.put("silo", g.silo());
      group.put("fragile", g.fragile());
      ArrayNode spanners = group.putArray("spanners");
      g.spanners().forEach(s -> spanners.add(s.member().value()));
    }
  }
}
