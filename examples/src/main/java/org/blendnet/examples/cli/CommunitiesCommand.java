package org.blendnet.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.community.Leiden;
import org.blendnet.graph.community.LeidenOptions;
import org.blendnet.graph.community.Objective;
import org.blendnet.graph.community.Partition;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code communities INPUT [--objective modularity|cpm] [--resolution R] [--seed S] [--out FILE]}: Leiden
 * community detection on a network JSON or a plain edge list.
 */
@Command(name = "communities", sortOptions = false,
    description = {"Finds communities with the Leiden algorithm (Traag, Waltman & van Eck 2019).",
        "Prints the quality, the number of communities and the times to load and to cluster; "
            + "--out writes one 'node<TAB>community' line per node, with the input's own node ids."})
final class CommunitiesCommand extends BaseCommand {

  @Parameters(index = "0", paramLabel = "INPUT",
      description = "A Blendnet network JSON (*.json), a plain edge list (u v [w], whitespace- or tab-separated, "
          + "# comments), or @cs-aarhus / @generated[:SEED].")
  String input = "";

  @Option(names = "--objective", paramLabel = "OBJECTIVE", defaultValue = "modularity",
      description = "modularity or cpm (the constant Potts model) (default: ${DEFAULT-VALUE}).")
  String objective = "modularity";

  @Option(names = "--resolution", paramLabel = "R", defaultValue = "1.0",
      description = "The resolution parameter: larger gives more, smaller communities (default: ${DEFAULT-VALUE}).")
  double resolution = 1.0;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "The seed of Leiden's random choices; the same seed gives the same partition (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "FILE", description = "Write node<TAB>community lines to FILE.")
  @Nullable Path out;

  @Override
  void execute() {
    Objective chosen = switch (objective.toLowerCase(Locale.ROOT)) {
      case "modularity" -> Objective.MODULARITY;
      case "cpm" -> Objective.CPM;
      default -> throw CliException.usage("--objective must be modularity or cpm but was '" + objective + "'");
    };
    LeidenOptions options;
    try {
      options = LeidenOptions.defaults().withObjective(chosen).withResolution(resolution).withSeed(seed);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("--resolution: " + e.getMessage());
    }
    long start = System.nanoTime();
    SocialGraph graph;
    if (!Inputs.isNamed(input) && Inputs.formatOf(input, Inputs.Format.AUTO) == Inputs.Format.EDGES) {
      graph = SocialGraph.fromEdgeList(Inputs.existing(input, "INPUT"), progress());
    } else {
      graph = SocialGraph.of(Inputs.network(input, Inputs.Format.AUTO, null), org.blendnet.graph.TieModel.defaults(),
          progress());
    }
    long loaded = System.nanoTime();
    Partition partition = Leiden.withOptions(options).detect(graph, progress());
    long clustered = System.nanoTime();
    if (out != null) {
      write(graph, partition, out);
    }
    if (json) {
      ObjectNode node = object();
      node.put("input", input);
      node.put("objective", chosen.name().toLowerCase(Locale.ROOT));
      put(node, "resolution", resolution);
      node.put("seed", seed);
      node.put("nodes", graph.nodeCount());
      node.put("ties", graph.tieCount());
      node.put("communities", partition.communityCount());
      put(node, "quality", partition.quality());
      node.put("iterations", partition.iterations());
      node.put("loadMillis", millis(loaded - start));
      node.put("clusterMillis", millis(clustered - loaded));
      if (out != null) {
        node.put("out", out.toString());
      }
      print(node);
    } else {
      out().printf(Locale.ROOT, "%s: %d nodes, %d ties%n", input, graph.nodeCount(), graph.tieCount());
      out().printf(Locale.ROOT, "objective   %s (resolution %s, seed %d)%n", chosen.name().toLowerCase(Locale.ROOT),
          resolution, seed);
      out().printf(Locale.ROOT, "quality     %.6f%n", partition.quality());
      out().printf(Locale.ROOT, "communities %d%n", partition.communityCount());
      out().printf(Locale.ROOT, "load        %.1f ms%n", millis(loaded - start));
      out().printf(Locale.ROOT, "cluster     %.1f ms%n", millis(clustered - loaded));
      if (out != null) {
        out().println("wrote " + graph.nodeCount() + " lines to " + out);
      }
    }
  }

  private static void write(SocialGraph graph, Partition partition, Path file) {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int node = 0; node < graph.nodeCount(); node++) {
        w.write(graph.member(node).value());
        w.write('\t');
        w.write(Integer.toString(partition.communityOf(node)));
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("--out " + file + ": " + e.getMessage(), e);
    }
  }
}
