package org.blendnet.metrics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/** Collects the parts of a {@link Section}. Not thread-safe. */
final class SectionBuilder {

  private final String key;
  private final String title;
  private final String summary;
  private final List<Figure> figures = new ArrayList<>();
  private final List<Table> tables = new ArrayList<>();
  private final List<Chart> charts = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  SectionBuilder(String key, String title, String summary) {
    this.key = key;
    this.title = title;
    this.summary = summary;
  }

  SectionBuilder count(String figureKey, String label, long value, String definition) {
    figures.add(new Figure(figureKey, label, Kind.COUNT, value, definition));
    return this;
  }

  SectionBuilder ratio(String figureKey, String label, double value, String definition) {
    figures.add(new Figure(figureKey, label, Kind.RATIO, Values.number(value), definition));
    return this;
  }

  SectionBuilder ratio(String figureKey, String label, OptionalDouble value, String definition) {
    figures.add(new Figure(figureKey, label, Kind.RATIO,
        value.isPresent() ? Values.number(value.getAsDouble()) : null, definition));
    return this;
  }

  SectionBuilder amount(String figureKey, String label, double value, String definition) {
    figures.add(new Figure(figureKey, label, Kind.AMOUNT, Values.number(value), definition));
    return this;
  }

  SectionBuilder seconds(String figureKey, String label, Optional<java.time.Duration> value, String definition) {
    figures.add(new Figure(figureKey, label, Kind.SECONDS, value.map(java.time.Duration::getSeconds).orElse(null),
        definition));
    return this;
  }

  SectionBuilder text(String figureKey, String label, @Nullable String value, String definition) {
    figures.add(new Figure(figureKey, label, Kind.TEXT, value, definition));
    return this;
  }

  SectionBuilder flag(String figureKey, String label, boolean value, String definition) {
    figures.add(new Figure(figureKey, label, Kind.FLAG, value, definition));
    return this;
  }

  SectionBuilder table(Table table) {
    tables.add(table);
    return this;
  }

  SectionBuilder chart(Chart chart) {
    charts.add(chart);
    return this;
  }

  SectionBuilder note(String note) {
    notes.add(note);
    return this;
  }

  Section build() {
    return new Section(key, title, summary, figures, tables, charts, notes);
  }
}
