package org.blendnet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.blendnet.metrics.report.NetworkHealthReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthReportDemoTest {

  @Test
  void should_write_the_three_forms_of_the_report(@TempDir Path folder) throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    NetworkHealthReport report = HealthReportDemo.run(folder.resolve("out"),
        new PrintStream(printed, true, StandardCharsets.UTF_8));
    assertThat(Files.readString(folder.resolve("out/cs-aarhus-health.html"))).isEqualTo(report.toHtml());
    assertThat(Files.readString(folder.resolve("out/cs-aarhus-health.md"))).isEqualTo(report.toMarkdown());
    assertThat(Files.readString(folder.resolve("out/cs-aarhus-health.json"))).isEqualTo(report.toJson());
    assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("NetworkHealthReport[").contains("members=61")
        .contains("cs-aarhus-health.html");
  }
}
