package org.blendnet.metrics.report;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A chart of a section, drawn as inline SVG in HTML (and left out of JSON and Markdown, whose tables hold
 * the same numbers). Every chart carries its definition.
 */
sealed interface Chart {

  /** The chart's name, unique in the report; the SVG's id. */
  String key();

  /** The caption's heading. */
  String title();

  /** What is drawn, and what was left out. */
  String definition();

  /** The number of data marks the chart draws (bars, points, cells). */
  int marks();

  /**
   * Vertical bars, one per label, of height value / max.
   *
   * @param values one value per label, in [0, max]
   * @param max the value of a full-height bar
   */
  record Bars(String key, String title, String definition, String axis, List<String> labels, List<Double> values,
      double max) implements Chart {

    public Bars {
      Objects.requireNonNull(key, "key");
      labels = List.copyOf(labels);
      values = List.copyOf(values);
      if (labels.size() != values.size() || !(max > 0)) {
        throw new IllegalArgumentException(key + ": " + labels.size() + " labels for " + values.size()
            + " values, max " + max);
      }
    }

    @Override
    public int marks() {
      return values.size();
    }
  }

  /**
   * Horizontal stacked bars: one per label, split into the series' shares.
   *
   * @param series the names of the parts, in stacking order
   * @param shares per label, one share per series, adding up to at most 1
   */
  record StackedBars(String key, String title, String definition, List<String> labels, List<String> series,
      List<List<Double>> shares) implements Chart {

    public StackedBars {
      Objects.requireNonNull(key, "key");
      labels = List.copyOf(labels);
      series = List.copyOf(series);
      shares = shares.stream().map(List::copyOf).toList();
      if (labels.size() != shares.size()) {
        throw new IllegalArgumentException(key + ": " + labels.size() + " labels for " + shares.size() + " bars");
      }
    }

    @Override
    public int marks() {
      return labels.size() * series.size();
    }
  }

  /**
   * Points on two axes, with the diagonal y = x drawn for reference.
   *
   * @param points the points
   * @param omitted points left out by a cap
   */
  record Scatter(String key, String title, String definition, String xAxis, String yAxis, List<Point> points,
      int omitted) implements Chart {

    public Scatter {
      Objects.requireNonNull(key, "key");
      points = List.copyOf(points);
    }

    @Override
    public int marks() {
      return points.size();
    }
  }

  /**
   * One point of a {@link Scatter}.
   *
   * @param label the point's tooltip; null for none
   */
  record Point(double x, double y, @Nullable String label) {}

  /**
   * A square matrix of shares, one row and one column per label, drawn as shaded cells.
   *
   * @param cells {@code cells.get(i).get(j)} in [0, 1]
   */
  record Matrix(String key, String title, String definition, List<String> labels, List<List<Double>> cells)
      implements Chart {

    public Matrix {
      Objects.requireNonNull(key, "key");
      labels = List.copyOf(labels);
      cells = cells.stream().map(List::copyOf).toList();
      for (List<Double> row : cells) {
        if (row.size() != labels.size()) {
          throw new IllegalArgumentException(key + ": a row of " + row.size() + " cells for " + labels.size()
              + " labels");
        }
      }
    }

    @Override
    public int marks() {
      return labels.size() * labels.size();
    }
  }

  /**
   * A heat-map of shares: one row per label, each row a run of cells from the first column on (rows may be
   * shorter than others, as a cohort followed for fewer periods), drawn as shaded cells with their values.
   *
   * @param rows the row labels
   * @param columns the column labels
   * @param cells {@code cells.get(i)}: row i's shares in [0, 1], at most one per column
   */
  record Heatmap(String key, String title, String definition, String rowAxis, String columnAxis, List<String> rows,
      List<String> columns, List<List<Double>> cells) implements Chart {

    public Heatmap {
      Objects.requireNonNull(key, "key");
      rows = List.copyOf(rows);
      columns = List.copyOf(columns);
      cells = cells.stream().map(List::copyOf).toList();
      if (rows.size() != cells.size()) {
        throw new IllegalArgumentException(key + ": " + rows.size() + " row labels for " + cells.size() + " rows");
      }
      for (List<Double> row : cells) {
        if (row.size() > columns.size()) {
          throw new IllegalArgumentException(key + ": a row of " + row.size() + " cells for " + columns.size()
              + " columns");
        }
      }
    }

    @Override
    public int marks() {
      return cells.stream().mapToInt(List::size).sum();
    }
  }
}
