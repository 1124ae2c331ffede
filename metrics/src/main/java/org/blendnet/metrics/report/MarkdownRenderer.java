package org.blendnet.metrics.report;

import java.util.List;
import org.blendnet.core.TimeWindow;

/**
 * Writes a report as Markdown (CommonMark with GitHub tables): a heading per section, its summary, a table of
 * its figures with their definitions, its tables, and a pointer to the HTML page for its charts. All text from
 * the data is escaped, so that no name can open a link, a table cell or raw HTML.
 */
final class MarkdownRenderer {

  private MarkdownRenderer() {}

  static String render(List<Section> sections, TimeWindow window, ReportOptions options) {
    StringBuilder s = new StringBuilder();
    s.append("# Network health report\n\n");
    s.append("Window ").append(Escape.markdown(window.from().toString())).append(" to ")
        .append(Escape.markdown(window.to().toString())).append(" (end excluded), periods of ")
        .append(Escape.markdown(options.period().toString())).append(". Field names and definitions: ")
        .append("docs/health-report.md.\n");
    for (Section section : sections) {
      s.append("\n## ").append(Escape.markdown(section.title())).append("\n\n");
      s.append(Escape.markdown(section.summary())).append("\n\n");
      s.append("| Figure | Value | Definition |\n|---|---:|---|\n");
      for (Figure f : section.figures()) {
        s.append("| ").append(Escape.markdown(f.label())).append(" | ")
            .append(Escape.markdown(Values.show(f.kind(), f.value()))).append(" | ")
            .append(Escape.markdown(f.definition())).append(" |\n");
      }
      for (Table t : section.tables()) {
        s.append("\n### ").append(Escape.markdown(t.title())).append("\n\n");
        s.append(Escape.markdown(t.definition())).append("\n\n");
        if (t.rows().isEmpty()) {
          s.append("None.\n");
          continue;
        }
        s.append('|');
        for (Column col : t.columns()) {
          s.append(' ').append(Escape.markdown(col.label())).append(" |");
        }
        s.append("\n|");
        for (Column col : t.columns()) {
          s.append(col.kind() == Kind.TEXT || col.kind() == Kind.FLAG ? "---|" : "---:|");
        }
        s.append('\n');
        for (List<Object> row : t.rows()) {
          s.append('|');
          for (int i = 0; i < row.size(); i++) {
            s.append(' ').append(Escape.markdown(Values.show(t.columns().get(i).kind(), row.get(i)))).append(" |");
          }
          s.append('\n');
        }
        if (t.omitted() > 0) {
          s.append("\n…(+").append(t.omitted()).append(" more)\n");
        }
      }
      for (Chart chart : section.charts()) {
        s.append("\n*Chart in the HTML report: ").append(Escape.markdown(chart.title())).append(".* ")
            .append(Escape.markdown(chart.definition())).append('\n');
      }
      for (String note : section.notes()) {
        s.append("\n> ").append(Escape.markdown(note)).append('\n');
      }
    }
    return s.toString();
  }
}
