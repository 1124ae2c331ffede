package org.blendnet.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.blendnet.graph.silo.SiloOptions;
import org.blendnet.metrics.report.NetworkHealthReport;
import org.blendnet.metrics.report.ReportOptions;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report INPUT [--as html|json|markdown] [--out FILE] [--period P] [--unit-depth D]
 * [--participation-attribute KEY]}: the network health report.
 */
@Command(name = "report", sortOptions = false,
    description = {"The network health report: engagement, give and take, silos, shape, blendedness and "
        + "knowledge at risk, each figure with its definition; as one self-contained HTML page with charts, "
        + "as JSON (the fields of docs/health-report.md) or as Markdown."})
final class ReportCommand extends NetworkCommand {

  /** The renderings. */
  enum As {
    /** One HTML page with inline SVG charts. */
    HTML,
    /** JSON. */
    JSON,
    /** Markdown. */
    MARKDOWN
  }

  @Option(names = "--as", paramLabel = "FORMAT",
      description = "html, json or markdown (default: from --out's extension, else html; json with --json).")
  @Nullable As as;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report to FILE (default: standard output).")
  @Nullable Path out;

  @Option(names = "--period", paramLabel = "P", defaultValue = "P1M",
      description = "The period of the activity series, ISO-8601 (P1W, P1M) (default: ${DEFAULT-VALUE}).")
  String period = "P1M";

  @Option(names = "--unit-depth", paramLabel = "D", defaultValue = "2",
      description = "How deep in the affiliation path a unit is (default: ${DEFAULT-VALUE}).")
  int unitDepth = SiloOptions.DEFAULT_UNIT_DEPTH;

  @Option(names = "--participation-attribute", paramLabel = "KEY",
      description = "Group the participation table by the values of this member attribute (default: by unit).")
  @Nullable String participationAttribute;

  @Override
  void execute() {
    requireAtLeast("--unit-depth", unitDepth, 1);
    Period step;
    try {
      step = Period.parse(period);
    } catch (DateTimeParseException e) {
      throw CliException.usage("--period must be an ISO-8601 period such as P1W or P1M but was '" + period + "'");
    }
    ReportOptions options;
    try {
      ReportOptions.Builder b = ReportOptions.builder().period(step)
          .siloOptions(SiloOptions.builder().unitDepth(unitDepth).build());
      if (participationAttribute != null) {
        b.participationAttribute(participationAttribute);
      }
      options = b.build();
    } catch (IllegalArgumentException e) {
      throw CliException.usage(String.valueOf(e.getMessage()));
    }
    NetworkHealthReport report = NetworkHealthReport.of(network(), options);
    As format = as != null ? as : json ? As.JSON : out != null ? fromExtension(out) : As.HTML;
    if (json && format != As.JSON) {
      throw CliException.usage("--json and --as " + format.name().toLowerCase(Locale.ROOT) + " disagree");
    }
    String text = switch (format) {
      case HTML -> report.toHtml();
      case JSON -> report.toJson();
      case MARKDOWN -> report.toMarkdown();
    };
    if (out == null) {
      out().print(text);
      return;
    }
    try {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("--out " + out + ": " + e.getMessage(), e);
    }
    if (!json) {
      out().println("wrote the " + format.name().toLowerCase(Locale.ROOT) + " report to " + out.toAbsolutePath());
    }
  }

  private static As fromExtension(Path file) {
    Path last = file.getFileName();
    String name = last == null ? "" : last.toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") ? As.JSON : name.endsWith(".md") ? As.MARKDOWN : As.HTML;
  }
}
