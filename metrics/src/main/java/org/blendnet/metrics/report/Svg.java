package org.blendnet.metrics.report;

import java.util.List;
import java.util.Locale;
import org.blendnet.metrics.internal.Format;

/**
 * Draws the {@link Chart}s as inline SVG: no script, no external reference, well-formed XML, every data mark
 * an element of class {@code mark} with a {@code <title>} tooltip. Coordinates are written with one decimal in
 * the root locale, so the same chart gives the same text everywhere.
 */
final class Svg {

  private static final String NS = "http://www.w3.org/2000/svg";
  private static final String[] COLOURS = {"#2b6cb0", "#dd6b20", "#38a169", "#805ad5", "#718096"};
  private static final int LABEL_CHARS = 30;

  private Svg() {}

  static String draw(Chart chart) {
    if (chart.marks() == 0) {
      return open(chart, 360, 40) + text(180, 24, "middle", "Nothing to draw: no data in the window.") + "</svg>";
    }
    if (chart instanceof Chart.Bars b) {
      return bars(b);
    }
    if (chart instanceof Chart.Scatter s) {
      return scatter(s);
    }
    if (chart instanceof Chart.Matrix m) {
      return matrix(m);
    }
    if (chart instanceof Chart.Heatmap h) {
      return heatmap(h);
    }
    return stacked((Chart.StackedBars) chart);
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String open(Chart chart, double width, double height) {
    return "<svg xmlns=\"" + NS + "\" class=\"chart\" id=\"" + Escape.xml(chart.key()) + "\" width=\"" + n(width)
        + "\" height=\"" + n(height) + "\" viewBox=\"0 0 " + n(width) + " " + n(height) + "\" role=\"img\""
        + " aria-labelledby=\"" + Escape.xml(chart.key()) + "-title\"><title id=\"" + Escape.xml(chart.key())
        + "-title\">" + Escape.xml(chart.title()) + "</title>";
  }

  private static String text(double x, double y, String anchor, String content) {
    return "<text font-size=\"11\" x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\">" + Escape.xml(content)
        + "</text>";
  }

  private static String line(double x1, double y1, double x2, double y2, String cls) {
    String stroke = switch (cls) {
      case "grid" -> "stroke=\"#e2e8f0\"";
      case "diagonal" -> "stroke=\"#a0aec0\" stroke-dasharray=\"4 3\"";
      default -> "stroke=\"#2d3748\"";
    };
    return "<line class=\"" + cls + "\" " + stroke + " x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\""
        + n(y2) + "\"/>";
  }

  /** A long label keeps its end, where the unit's own name is: {@code …Computer Science / G2}. */
  private static String cut(String label) {
    return label.length() <= LABEL_CHARS ? label : "…" + label.substring(label.length() - LABEL_CHARS + 1);
  }

  static String bars(Chart.Bars b) {
    int k = b.values().size();
    double left = 48;
    double top = 12;
    double plotH = 180;
    double slot = Math.max(4, Math.min(72, 640.0 / Math.max(1, k)));
    double width = left + Math.max(slot * k, 240) + 16;
    double height = top + plotH + 44;
    StringBuilder s = new StringBuilder(open(b, width, height));
    double base = top + plotH;
    for (double tick : new double[] {0, 0.5, 1}) {
      double y = base - tick * plotH;
      s.append(line(left, y, left + slot * k, y, "grid"));
      s.append(text(left - 6, y + 4, "end", Format.amount(tick * b.max())));
    }
    // a label is about 66 pixels wide: label every bar that has room
    int every = Math.max(1, (int) Math.ceil(70 / slot));
    for (int i = 0; i < k; i++) {
      double v = Math.max(0, Math.min(b.max(), b.values().get(i)));
      double h = v / b.max() * plotH;
      double x = left + i * slot + slot * 0.1;
      s.append("<rect class=\"mark\" x=\"").append(n(x)).append("\" y=\"").append(n(base - h))
          .append("\" width=\"").append(n(slot * 0.8)).append("\" height=\"").append(n(h)).append("\" fill=\"")
          .append(COLOURS[0]).append("\"><title>").append(Escape.xml(b.labels().get(i) + ": "
              + Format.ratio(b.values().get(i)))).append("</title></rect>");
      if (i % every == 0) {
        s.append(text(x + slot * 0.4, base + 16, "middle", b.labels().get(i)));
      }
    }
    s.append(line(left, base, left + slot * k, base, "axis"));
    s.append(text(left, height - 6, "start", b.axis() + " per period"));
    return s.append("</svg>").toString();
  }

  static String scatter(Chart.Scatter c) {
    double size = 360;
    double left = 56;
    double top = 12;
    double max = 0;
    for (Chart.Point p : c.points()) {
      max = Math.max(max, Math.max(p.x(), p.y()));
    }
    max = max > 0 ? max : 1;
    double width = left + size + 16;
    double height = top + size + 44;
    double base = top + size;
    StringBuilder s = new StringBuilder(open(c, width, height));
    s.append(line(left, base, left + size, base, "axis")).append(line(left, top, left, base, "axis"));
    s.append(line(left, base, left + size, top, "diagonal"));
    s.append(text(left, base + 16, "middle", "0")).append(text(left + size, base + 16, "end", Format.amount(max)));
    s.append(text(left - 6, top + 10, "end", Format.amount(max)));
    for (Chart.Point p : c.points()) {
      double x = left + p.x() / max * size;
      double y = base - p.y() / max * size;
      s.append("<circle class=\"mark\" cx=\"").append(n(x)).append("\" cy=\"").append(n(y))
          .append("\" r=\"3.5\" fill=\"").append(COLOURS[0]).append("\" fill-opacity=\"0.6\">");
      s.append("<title>").append(Escape.xml((p.label() == null ? "" : p.label() + ": ") + c.yAxis() + " "
          + Format.amount(p.y()) + ", " + c.xAxis() + " " + Format.amount(p.x()))).append("</title></circle>");
    }
    s.append(text(left + size / 2, height - 6, "middle", c.xAxis()));
    s.append("<text x=\"14\" y=\"").append(n(top + size / 2)).append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
        .append(n(top + size / 2)).append(")\">").append(Escape.xml(c.yAxis())).append("</text>");
    return s.append("</svg>").toString();
  }

  static String matrix(Chart.Matrix m) {
    int k = m.labels().size();
    double cell = Math.max(10, Math.min(28, 520.0 / Math.max(1, k)));
    double left = 200;
    double top = 140;
    double width = left + cell * k + 140;
    double height = top + cell * k + 16;
    StringBuilder s = new StringBuilder(open(m, width, height));
    for (int i = 0; i < k; i++) {
      String label = cut(m.labels().get(i));
      s.append(text(left - 6, top + i * cell + cell * 0.65, "end", label));
      double x = left + i * cell + cell * 0.65;
      s.append("<text font-size=\"11\" x=\"").append(n(x)).append("\" y=\"").append(n(top - 6))
          .append("\" text-anchor=\"start\" transform=\"rotate(-45 ").append(n(x)).append(' ').append(n(top - 6))
          .append(")\">").append(Escape.xml(label)).append("</text>");
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double v = m.cells().get(i).get(j);
        s.append("<rect class=\"mark\" x=\"").append(n(left + j * cell)).append("\" y=\"").append(n(top + i * cell))
            .append("\" width=\"").append(n(cell - 1)).append("\" height=\"").append(n(cell - 1))
            .append("\" fill=\"").append(COLOURS[0]).append("\" fill-opacity=\"")
            .append(String.format(Locale.ROOT, "%.3f", 0.04 + 0.96 * Math.max(0, Math.min(1, v))))
            .append("\"><title>").append(Escape.xml(m.labels().get(i) + " → " + m.labels().get(j) + ": "
                + Format.ratio(v))).append("</title></rect>");
      }
    }
    return s.append("</svg>").toString();
  }

  /** Rows of shaded cells, each with its value written in it when there is room, white on the dark ones. */
  static String heatmap(Chart.Heatmap h) {
    int columns = h.columns().size();
    double cell = Math.max(12, Math.min(40, 640.0 / Math.max(1, columns)));
    double row = Math.max(12, Math.min(22, cell));
    double left = 150;
    double top = 40;
    double width = left + cell * columns + 16;
    double height = top + row * h.rows().size() + 12;
    StringBuilder s = new StringBuilder(open(h, width, height));
    s.append(text(left, 12, "start", h.columnAxis()));
    s.append(text(left - 6, 12, "end", h.rowAxis()));
    int every = Math.max(1, (int) Math.ceil(24 / cell));
    for (int j = 0; j < columns; j += every) {
      s.append(text(left + j * cell + cell / 2, top - 8, "middle", h.columns().get(j)));
    }
    boolean values = cell >= 36;
    for (int i = 0; i < h.rows().size(); i++) {
      double y = top + i * row;
      s.append(text(left - 6, y + row * 0.7, "end", cut(h.rows().get(i))));
      List<Double> cells = h.cells().get(i);
      for (int j = 0; j < cells.size(); j++) {
        double v = Math.max(0, Math.min(1, cells.get(j)));
        double x = left + j * cell;
        s.append("<rect class=\"mark\" x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
            .append(n(cell - 1)).append("\" height=\"").append(n(row - 1)).append("\" fill=\"").append(COLOURS[0])
            .append("\" fill-opacity=\"").append(String.format(Locale.ROOT, "%.3f", 0.04 + 0.96 * v))
            .append("\"><title>").append(Escape.xml(h.rows().get(i) + ", " + h.columns().get(j) + ": "
                + Format.ratio(v))).append("</title></rect>");
        if (values) {
          s.append("<text font-size=\"10\" x=\"").append(n(x + (cell - 1) / 2)).append("\" y=\"").append(n(y + row * 0.7))
              .append("\" text-anchor=\"middle\"").append(v > 0.55 ? " class=\"light\"" : "").append('>')
              .append(String.format(Locale.ROOT, "%.2f", v)).append("</text>");
        }
      }
    }
    return s.append("</svg>").toString();
  }

  static String stacked(Chart.StackedBars b) {
    int k = b.labels().size();
    double left = 200;
    double top = 14 + 16 * b.series().size();
    double barW = 400;
    double row = 20;
    double width = left + barW + 16;
    double height = top + row * k + 12;
    StringBuilder s = new StringBuilder(open(b, width, height));
    List<String> series = b.series();
    for (int j = 0; j < series.size(); j++) {
      double y = 6 + 16 * j;
      s.append("<rect x=\"").append(n(left)).append("\" y=\"").append(n(y)).append("\" width=\"10\" height=\"10\" fill=\"")
          .append(COLOURS[j % COLOURS.length]).append("\"/>");
      s.append(text(left + 14, y + 9, "start", series.get(j)));
    }
    for (int i = 0; i < k; i++) {
      double y = top + i * row;
      s.append(text(left - 6, y + row * 0.65, "end", cut(b.labels().get(i))));
      double x = left;
      for (int j = 0; j < series.size(); j++) {
        double v = Math.max(0, Math.min(1, b.shares().get(i).get(j)));
        s.append("<rect class=\"mark\" x=\"").append(n(x)).append("\" y=\"").append(n(y + 2)).append("\" width=\"")
            .append(n(v * barW)).append("\" height=\"").append(n(row - 4)).append("\" fill=\"")
            .append(COLOURS[j % COLOURS.length]).append("\"><title>").append(Escape.xml(b.labels().get(i) + ", "
                + series.get(j) + ": " + Format.ratio(v))).append("</title></rect>");
        x += v * barW;
      }
    }
    return s.append("</svg>").toString();
  }
}
