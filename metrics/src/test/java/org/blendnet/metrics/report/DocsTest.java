package org.blendnet.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@code docs/health-report.md} documents every JSON field the report writes. */
class DocsTest {

  private static final Path DOCS = Path.of("..", "docs", "health-report.md");

  @SuppressWarnings("unchecked")
  private static void collect(Object value, TreeSet<String> keys) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        keys.add((String) e.getKey());
        collect(e.getValue(), keys);
      }
    } else if (value instanceof List<?> list) {
      for (Object o : list) {
        collect(o, keys);
      }
    }
  }

  @Test
  void should_document_every_json_field() throws IOException {
    assertThat(DOCS).as("run from the metrics module").exists();
    String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
    TreeSet<String> keys = new TreeSet<>();
    collect(Json.parse(NetworkHealthReport.of(ReportFixture.network(), ReportFixture.options()).toJson()), keys);
    List<String> missing = new ArrayList<>();
    for (String key : keys) {
      if (!docs.contains("`" + key + "`")) {
        missing.add(key);
      }
    }
    assertThat(keys).hasSizeGreaterThan(100);
    assertThat(missing).isEmpty();
  }

  @Test
  void should_document_every_section_and_chart() throws IOException {
    String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
    NetworkHealthReport report = NetworkHealthReport.of(ReportFixture.network(), ReportFixture.options());
    for (String section : report.sections()) {
      assertThat(docs).contains("### `" + section + "`");
      for (Chart chart : report.section(section).charts()) {
        assertThat(docs).contains("| `" + chart.key() + "` | " + section + " |");
      }
    }
  }
}
