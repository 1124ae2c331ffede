package org.blendnet.examples.cli;

import java.nio.file.Path;
import org.blendnet.examples.FlagshipDemo;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: the flagship tour on the bundled CS-Aarhus department. */
@Command(name = "demo",
    description = {"The flagship tour: the bundled CS-Aarhus department (61 people, face to face and on "
        + "Facebook) in a few lines — ties by channel, communities, silos face to face and online, "
        + "reciprocity, the right to erasure — then peer recommendations and a routed question on a "
        + "generated blended community (the real data has no topics); writes the HTML health report and says where."})
final class DemoCommand extends BaseCommand {

  @Option(names = "--report", paramLabel = "FILE",
      description = "Where to write the HTML health report (default: blendnet-health-report.html in the temporary folder).")
  @Nullable Path report;

  @Override
  void execute() {
    if (json) {
      throw CliException.usage("demo prints a tour for people; use the other commands' --json for figures");
    }
    FlagshipDemo.run(out(), report != null ? report : FlagshipDemo.DEFAULT_REPORT);
  }
}
