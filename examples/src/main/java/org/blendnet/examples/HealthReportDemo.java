package org.blendnet.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.blendnet.core.Network;
import org.blendnet.examples.datasets.CsAarhus;
import org.blendnet.graph.silo.SiloOptions;
import org.blendnet.metrics.report.NetworkHealthReport;
import org.blendnet.metrics.report.ReportOptions;

/**
 * The network health report of the CS-Aarhus department, by research group: writes
 * {@code cs-aarhus-health.html} (open it in any browser), {@code .md} and {@code .json} to a folder
 * (default {@code target/health-report}) and prints the headline figures.
 *
 * <pre>{@code
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.blendnet.examples.HealthReportDemo -Dexec.args=out
 * }</pre>
 *
 * @since 0.1
 */
public final class HealthReportDemo {

  private HealthReportDemo() {}

  /**
   * Writes the report.
   *
   * @param args the output folder, optional
   * @throws UncheckedIOException if a file cannot be written
   */
  public static void main(String[] args) {
    run(Path.of(args.length > 0 ? args[0] : "target/health-report"), System.out);
  }

  /**
   * Writes the report's three forms into {@code folder} (created if missing) and prints where to {@code out}.
   *
   * @return the report
   * @throws UncheckedIOException if a file cannot be written
   */
  public static NetworkHealthReport run(Path folder, PrintStream out) {
    Network network = CsAarhus.load();
    // affiliations are Aarhus University / Computer Science / group: units at depth 3 are the research groups
    NetworkHealthReport report = NetworkHealthReport.of(network,
        ReportOptions.builder().siloOptions(SiloOptions.builder().unitDepth(3).build()).build());
    try {
      Files.createDirectories(folder);
      Path html = folder.resolve("cs-aarhus-health.html");
      Files.writeString(html, report.toHtml(), StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("cs-aarhus-health.md"), report.toMarkdown(), StandardCharsets.UTF_8);
      try (OutputStream json = Files.newOutputStream(folder.resolve("cs-aarhus-health.json"))) {
        report.writeJson(json);
      }
      out.println(report);
      out.println("wrote " + html.toAbsolutePath() + " (and .md, .json)");
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the report to " + folder, e);
    }
    return report;
  }
}
