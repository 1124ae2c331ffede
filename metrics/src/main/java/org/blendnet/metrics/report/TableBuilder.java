package org.blendnet.metrics.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects the columns and rows of a {@link Table}. Not thread-safe. */
final class TableBuilder {

  private final String key;
  private final String title;
  private final String definition;
  private final List<Column> columns = new ArrayList<>();
  private final List<List<Object>> rows = new ArrayList<>();
  private int omitted;

  TableBuilder(String key, String title, String definition) {
    this.key = key;
    this.title = title;
    this.definition = definition;
  }

  TableBuilder column(String columnKey, String label, Kind kind) {
    columns.add(new Column(columnKey, label, kind));
    return this;
  }

  /** Adds a row; doubles that are NaN or infinite become null (undefined). */
  TableBuilder row(@Nullable Object... cells) {
    List<Object> row = new ArrayList<>(Arrays.asList(cells));
    for (int i = 0; i < row.size(); i++) {
      Object v = row.get(i);
      if (v instanceof Integer n) {
        row.set(i, n.longValue());
      } else if (v instanceof Double d) {
        row.set(i, Values.number(d));
      }
    }
    rows.add(row);
    return this;
  }

  TableBuilder omitted(int count) {
    this.omitted = count;
    return this;
  }

  Table build() {
    return new Table(key, title, definition, columns, rows, omitted);
  }
}
