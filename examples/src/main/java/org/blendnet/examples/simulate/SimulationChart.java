package org.blendnet.examples.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Draws simulation results side by side: one small panel per statistic, one line per policy, as an SVG
 * image inside a self-contained HTML page (no scripts, no external files).
 *
 * @implNote Thread-safe: stateless.
 * @since 0.1
 */
public final class SimulationChart {

  private static final String[] COLOURS = {"#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02"};
  private static final int PANEL_W = 300;
  private static final int PANEL_H = 180;
  private static final int PAD = 36;

  private record Panel(String title, ToDoubleFunction<RoundStats> value, boolean unitRange) { }

  private static final List<Panel> PANELS = List.of(
      new Panel("answer rate", RoundStats::answerRate, true),
      new Panel("hours to first answer", RoundStats::meanHoursToAnswer, false),
      new Panel("Gini of answering load", RoundStats::answeringGini, true),
      new Panel("takers who became givers", RoundStats::takersWhoGave, true),
      new Panel("E-I index across units", RoundStats::eiIndex, false));

  private SimulationChart() {}

  /**
   * The chart as an SVG document.
   *
   * @throws IllegalArgumentException if there are no results
   */
  public static String svg(List<SimulationResult> results) {
    Objects.requireNonNull(results, "results");
    if (results.isEmpty()) {
      throw new IllegalArgumentException("results must not be empty");
    }
    int columns = 3;
    int rows = (PANELS.size() + columns - 1) / columns;
    int width = columns * (PANEL_W + PAD) + PAD;
    int height = rows * (PANEL_H + 2 * PAD) + 30 + 20 * results.size();
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "font-family=\"sans-serif\" font-size=\"11\">%n", width, height));
    for (int p = 0; p < PANELS.size(); p++) {
      int x0 = PAD + (p % columns) * (PANEL_W + PAD);
      int y0 = PAD + (p / columns) * (PANEL_H + 2 * PAD);
      panel(s, PANELS.get(p), results, x0, y0);
    }
    int legendY = rows * (PANEL_H + 2 * PAD) + 20;
    for (int i = 0; i < results.size(); i++) {
      int y = legendY + 20 * i;
      s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"4\" fill=\"%s\"/>"
          + "<text x=\"%d\" y=\"%d\">%s</text>%n", PAD, y - 4, colour(i), PAD + 20, y, escape(results.get(i).policy())));
    }
    return s.append("</svg>\n").toString();
  }

  /** The chart in an HTML page with a table of the means under it. */
  public static String html(String title, List<SimulationResult> results) {
    Objects.requireNonNull(title, "title");
    StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(title)).append("</title></head>\n<body style=\"font-family:sans-serif\">\n<h1>")
        .append(escape(title)).append("</h1>\n").append(svg(results));
    s.append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th>policy</th>");
    for (Panel p : PANELS) {
      s.append("<th>").append(escape(p.title())).append(" (mean)</th>");
    }
    s.append("</tr>\n");
    for (SimulationResult r : results) {
      s.append("<tr><td>").append(escape(r.policy())).append("</td>");
      for (Panel p : PANELS) {
        s.append(String.format(Locale.ROOT, "<td>%.3f</td>", r.mean(p.value())));
      }
      s.append("</tr>\n");
    }
    return s.append("</table>\n</body></html>\n").toString();
  }

  /** Writes {@link #html(String, List)} to {@code file}, UTF-8. */
  public static void write(String title, List<SimulationResult> results, Path file) {
    Objects.requireNonNull(file, "file");
    try {
      Files.writeString(file, html(title, results), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write chart " + file + ": " + e.getMessage(), e);
    }
  }

  private static void panel(StringBuilder s, Panel panel, List<SimulationResult> results, int x0, int y0) {
    double lo = panel.unitRange() ? 0 : Double.POSITIVE_INFINITY;
    double hi = panel.unitRange() ? 1 : Double.NEGATIVE_INFINITY;
    int rounds = 1;
    for (SimulationResult r : results) {
      rounds = Math.max(rounds, r.rounds().size());
      for (RoundStats st : r.rounds()) {
        double v = panel.value().applyAsDouble(st);
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (!(hi > lo)) {
      lo = Double.isFinite(lo) ? lo - 1 : 0;
      hi = Double.isFinite(hi) ? hi + 1 : 1;
    }
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n", x0, y0 - 8,
        escape(panel.title())));
    s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
        + "stroke=\"#999\"/>%n", x0, y0, PANEL_W, PANEL_H));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.2f</text>"
        + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.2f</text>%n", x0 - 3, y0 + 10, hi, x0 - 3, y0 + PANEL_H, lo));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">round 1</text><text x=\"%d\" y=\"%d\" "
        + "text-anchor=\"end\">round %d</text>%n", x0, y0 + PANEL_H + 14, x0 + PANEL_W, y0 + PANEL_H + 14, rounds));
    for (int i = 0; i < results.size(); i++) {
      StringBuilder points = new StringBuilder();
      List<RoundStats> stats = results.get(i).rounds();
      for (int r = 0; r < stats.size(); r++) {
        double v = panel.value().applyAsDouble(stats.get(r));
        if (!Double.isFinite(v)) {
          continue;
        }
        double x = x0 + (rounds == 1 ? PANEL_W / 2.0 : (double) r * PANEL_W / (rounds - 1));
        double y = y0 + PANEL_H - (v - lo) / (hi - lo) * PANEL_H;
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      }
      s.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
          + "points=\"%s\"/>%n", colour(i), points.toString().trim()));
    }
  }

  private static String colour(int i) {
    return COLOURS[i % COLOURS.length];
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
