package org.blendnet.examples.cli;

import java.nio.file.Path;
import org.blendnet.core.Network;
import org.blendnet.core.io.NetworkJson;
import org.blendnet.examples.generate.BlendedCommunity;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ObjectNode;

/** {@code generate [--members N] [--units U] [--overlap X] [--skew S] [--seed S] [--out FILE]}: a blended community. */
@Command(name = "generate", sortOptions = false,
    description = {"Generates a blended community (seeded): members in units with topics, face-to-face and "
        + "online ties with a chosen overlap, events, and questions answered with a chosen give/take skew; "
        + "writes it as network JSON."})
final class GenerateCommand extends BaseCommand {

  @Option(names = "--members", paramLabel = "N", defaultValue = "120", description = "Members (default: ${DEFAULT-VALUE}).")
  int members = 120;

  @Option(names = "--units", paramLabel = "U", defaultValue = "4", description = "Units (default: ${DEFAULT-VALUE}).")
  int units = 4;

  @Option(names = "--overlap", paramLabel = "X", defaultValue = "0.3",
      description = "Share of online ties between members who also meet face to face (default: ${DEFAULT-VALUE}).")
  double overlap = 0.3;

  @Option(names = "--mixing", paramLabel = "M", defaultValue = "0.2",
      description = "Share of ties across units (default: ${DEFAULT-VALUE}).")
  double mixing = 0.2;

  @Option(names = "--questions", paramLabel = "Q", defaultValue = "200",
      description = "Questions asked (default: ${DEFAULT-VALUE}).")
  int questions = 200;

  @Option(names = "--skew", paramLabel = "S", defaultValue = "0.5",
      description = "Give/take skew: 0 everyone answers alike, 1 a few answer most (default: ${DEFAULT-VALUE}).")
  double skew = 0.5;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "The seed (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the network JSON to FILE (default: standard output).")
  @Nullable Path out;

  @Override
  void execute() {
    BlendedCommunity generator;
    try {
      generator = BlendedCommunity.builder().members(members).units(units).overlap(overlap).mixing(mixing)
          .questions(questions).giveTakeSkew(skew).seed(seed).build();
    } catch (IllegalArgumentException e) {
      throw CliException.usage(String.valueOf(e.getMessage()));
    }
    Network network = generator.generate();
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
      node.put("generator", generator.toString());
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
