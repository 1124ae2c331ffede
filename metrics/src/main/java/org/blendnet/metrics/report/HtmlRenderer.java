package org.blendnet.metrics.report;

import java.util.List;
import org.blendnet.core.TimeWindow;

/**
 * Writes a report as one self-contained HTML page: inline CSS and inline SVG charts, no script, no external
 * resource (the only URIs are the XML namespace names). The page is well-formed XML (XHTML syntax), so that
 * any browser opens it and any XML parser reads it. Every figure is shown with its definition, every chart
 * inside a {@code <figure>} whose caption defines it.
 */
final class HtmlRenderer {

  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:1100px;margin:2em auto;
      padding:0 1em;color:#1a202c;line-height:1.45}
      h1{font-size:1.8em}h2{border-bottom:2px solid #2b6cb0;padding-bottom:.2em;margin-top:2em}
      table{border-collapse:collapse;margin:1em 0;font-size:.92em}
      th,td{border:1px solid #cbd5e0;padding:.3em .6em;vertical-align:top;text-align:left}
      th{background:#edf2f7}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      td.def,caption{color:#4a5568}caption{text-align:left;caption-side:top;padding:.3em 0}
      figure{margin:1.5em 0}figcaption{color:#4a5568;max-width:48em;font-size:.92em}
      svg.chart text{font-size:11px;fill:#2d3748}svg.chart .axis{stroke:#2d3748;stroke-width:1}
      svg.chart text.light{fill:#fff}svg.chart .grid{stroke:#e2e8f0;stroke-width:1}
      svg.chart .diagonal{stroke:#a0aec0;stroke-dasharray:4 3}
      nav ul{columns:3;list-style:none;padding:0}.note{color:#744210;background:#fffaf0;padding:.4em .8em}""";

  private HtmlRenderer() {}

  static String render(List<Section> sections, TimeWindow window, ReportOptions options) {
    StringBuilder s = new StringBuilder();
    s.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>Network health report</title>\n<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
    s.append("<h1>Network health report</h1>\n<p>Window ").append(Escape.xml(window.from().toString()))
        .append(" to ").append(Escape.xml(window.to().toString())).append(" (end excluded), periods of ")
        .append(Escape.xml(options.period().toString()))
        .append(". Each figure is given with its definition; the JSON form of this report has the same figures "
            + "under the field names in docs/health-report.md.</p>\n");
    s.append("<nav><ul>\n");
    for (Section section : sections) {
      s.append("<li><a href=\"#").append(Escape.xml(section.key())).append("\">").append(Escape.xml(section.title()))
          .append("</a></li>\n");
    }
    s.append("</ul></nav>\n");
    for (Section section : sections) {
      section(s, section);
    }
    s.append("</body>\n</html>\n");
    return s.toString();
  }

  private static void section(StringBuilder s, Section section) {
    s.append("<section id=\"").append(Escape.xml(section.key())).append("\">\n<h2>")
        .append(Escape.xml(section.title())).append("</h2>\n<p>").append(Escape.xml(section.summary()))
        .append("</p>\n");
    for (Chart chart : section.charts()) {
      s.append("<figure>\n").append(Svg.draw(chart)).append("\n<figcaption><strong>")
          .append(Escape.xml(chart.title())).append(".</strong> ").append(Escape.xml(chart.definition()))
          .append("</figcaption>\n</figure>\n");
    }
    s.append("<table class=\"figures\">\n<thead><tr><th>Figure</th><th>Value</th><th>Definition</th>"
        + "<th>Field</th></tr></thead>\n<tbody>\n");
    for (Figure f : section.figures()) {
      s.append("<tr><td>").append(Escape.xml(f.label())).append("</td><td class=\"num\">")
          .append(Escape.xml(Values.show(f.kind(), f.value()))).append("</td><td class=\"def\">")
          .append(Escape.xml(f.definition())).append("</td><td><code>").append(Escape.xml(f.key()))
          .append("</code></td></tr>\n");
    }
    s.append("</tbody>\n</table>\n");
    for (Table t : section.tables()) {
      s.append("<table class=\"data\" id=\"").append(Escape.xml(section.key() + "-" + t.key())).append("\">\n")
          .append("<caption><strong>").append(Escape.xml(t.title())).append(".</strong> ")
          .append(Escape.xml(t.definition())).append("</caption>\n<thead><tr>");
      for (Column col : t.columns()) {
        s.append("<th>").append(Escape.xml(col.label())).append("</th>");
      }
      s.append("</tr></thead>\n<tbody>\n");
      if (t.rows().isEmpty()) {
        s.append("<tr><td colspan=\"").append(t.columns().size()).append("\">None.</td></tr>\n");
      }
      for (List<Object> row : t.rows()) {
        s.append("<tr>");
        for (int i = 0; i < row.size(); i++) {
          Kind kind = t.columns().get(i).kind();
          s.append(kind == Kind.TEXT || kind == Kind.FLAG ? "<td>" : "<td class=\"num\">")
              .append(Escape.xml(Values.show(kind, row.get(i)))).append("</td>");
        }
        s.append("</tr>\n");
      }
      if (t.omitted() > 0) {
        s.append("<tr><td colspan=\"").append(t.columns().size()).append("\">…(+").append(t.omitted())
            .append(" more)</td></tr>\n");
      }
      s.append("</tbody>\n</table>\n");
    }
    for (String note : section.notes()) {
      s.append("<p class=\"note\">").append(Escape.xml(note)).append("</p>\n");
    }
    s.append("</section>\n");
  }
}
