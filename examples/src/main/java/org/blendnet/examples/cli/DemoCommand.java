package org.blendnet.examples.cli;

import org.blendnet.examples.FlagshipDemo;
import picocli.CommandLine.Command;

/** {@code demo}: the flagship tour on the bundled CS-Aarhus department. */
@Command(name = "demo",
    description = {"The flagship tour: the bundled CS-Aarhus department (61 people, face to face and on "
        + "Facebook) in a few lines — ties by channel, communities, silos face to face and online, "
        + "reciprocity, the right to erasure — then peer recommendations and a routed question on a "
        + "generated blended community (the real data has no topics)."})
final class DemoCommand extends BaseCommand {

  @Override
  void execute() {
    if (json) {
      throw CliException.usage("demo prints a tour for people; use the other commands' --json for figures");
    }
    FlagshipDemo.run(out());
  }
}
