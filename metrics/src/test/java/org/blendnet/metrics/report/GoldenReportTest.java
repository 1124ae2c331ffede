package org.blendnet.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The whole HTML page (every chart's SVG, coordinates included) and the Markdown of the two report fixtures,
 * byte for byte against golden files: a change to the drawing must be made on purpose
 * ({@code -Dgolden.update=true} rewrites the files; review the diff). The charts' figures are checked
 * elsewhere by value; this pins where they are drawn.
 */
class GoldenReportTest {

  private static final Path DIR = Path.of("src", "test", "resources", "golden", "report");

  private static void golden(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("run from the metrics module").exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void should_draw_the_small_fixture_exactly_as_before() throws IOException {
    NetworkHealthReport report = NetworkHealthReport.of(ReportFixture.network(), ReportFixture.options());
    golden("small.html", report.toHtml());
    golden("small.md", report.toMarkdown());
  }

  @Test
  void should_draw_the_engagement_fixture_exactly_as_before() throws IOException {
    NetworkHealthReport report = NetworkHealthReport.of(EngagementFixture.network(), EngagementFixture.options());
    golden("engagement-full.html", report.toHtml());
  }
}
