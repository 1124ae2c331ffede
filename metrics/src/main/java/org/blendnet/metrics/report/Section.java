package org.blendnet.metrics.report;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One section of a report: its figures, tables and charts, and notes on what it covers.
 *
 * @param key the JSON field name of the section
 * @param title the heading
 * @param summary one paragraph: what the section is about and what data it covers
 * @param figures the single figures, in reading order
 * @param tables the tables
 * @param charts the charts
 * @param notes caveats (what could not be computed, what was capped), possibly none
 */
record Section(String key, String title, String summary, List<Figure> figures, List<Table> tables,
    List<Chart> charts, List<String> notes) {

  Section {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    figures = List.copyOf(figures);
    tables = List.copyOf(tables);
    charts = List.copyOf(charts);
    notes = List.copyOf(notes);
    Values.check(key, null);
    Set<String> keys = new HashSet<>();
    for (Figure f : figures) {
      if (!keys.add(f.key())) {
        throw new IllegalArgumentException(key + ": duplicate field " + f.key());
      }
    }
    for (Table t : tables) {
      if (!keys.add(t.key())) {
        throw new IllegalArgumentException(key + ": duplicate field " + t.key());
      }
    }
  }

  /** The figure with this key. */
  Optional<Figure> figure(String figureKey) {
    return figures.stream().filter(f -> f.key().equals(figureKey)).findFirst();
  }

  /** The table with this key. */
  Optional<Table> table(String tableKey) {
    return tables.stream().filter(t -> t.key().equals(tableKey)).findFirst();
  }
}
