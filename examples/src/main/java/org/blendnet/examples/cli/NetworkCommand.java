package org.blendnet.examples.cli;

import java.nio.file.Path;
import org.blendnet.core.Network;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A command that reads one network: the INPUT parameter, {@code --format} and {@code --members}. */
abstract class NetworkCommand extends BaseCommand {

  @Parameters(index = "0", paramLabel = "INPUT", description = {
      "The network: a Blendnet JSON file (*.json), touchpoints as CSV (*.csv), a plain edge list "
          + "(u v [w]; anything else), or a name: @cs-aarhus (the bundled department), "
          + "@generated[:SEED] (a generated blended community)."})
  String input = "";

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "AUTO",
      description = "How to read INPUT: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, from the file name).")
  Inputs.Format format = Inputs.Format.AUTO;

  @Option(names = "--members", paramLabel = "FILE", description = "Members as CSV, with touchpoint CSV input.")
  @Nullable Path members;

  /** Reads the network. */
  Network network() {
    return Inputs.network(input, format, members);
  }
}
