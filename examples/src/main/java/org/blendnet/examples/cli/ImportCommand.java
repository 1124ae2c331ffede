package org.blendnet.examples.cli;

import java.nio.file.Path;
import org.blendnet.core.Network;
import org.blendnet.core.io.NetworkJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ObjectNode;

/** {@code import INPUT [--members FILE] [--out FILE]}: CSV touchpoints (and members) or an edge list to network JSON. */
@Command(name = "import", sortOptions = false,
    description = {"Converts touchpoints as CSV (with --members, members as CSV) or a plain edge list "
        + "into a Blendnet network JSON.",
        "Every record is checked; a bad line is reported with its file, line and column and nothing is written."})
final class ImportCommand extends NetworkCommand {

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the network JSON to FILE (default: standard output).")
  @Nullable Path out;

  @Override
  void execute() {
    Network network = network();
    if (out == null) {
      if (json) {
        throw CliException.usage("--json prints a summary of what was written: give --out FILE with it");
      }
      out().println(NetworkJson.toJson(network));
      return;
    }
    NetworkJson.write(network, out);
    if (json) {
      ObjectNode node = object();
      node.put("input", input);
      node.put("out", out.toString());
      node.put("members", network.members().size());
      node.put("touchpoints", network.touchpoints().size());
      node.put("events", network.events().size());
      node.put("questions", network.questions().size());
      node.put("answers", network.answers().size());
      print(node);
    } else {
      out().println("wrote " + network + " to " + out);
    }
  }
}
