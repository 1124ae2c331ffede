package org.blendnet.metrics.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table of a section: in JSON an array of objects, one per row, keyed by the columns.
 *
 * @param key the JSON field name
 * @param title the caption
 * @param definition what a row is and what was left out
 * @param columns the columns
 * @param rows the rows, each with one value per column (null when undefined)
 * @param omitted rows left out by a cap (0 when none)
 */
record Table(String key, String title, String definition, List<Column> columns, List<List<Object>> rows,
    int omitted) {

  Table {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(definition, "definition");
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(key + ": a row has " + row.size() + " cells for " + columns.size()
            + " columns");
      }
      for (int c = 0; c < row.size(); c++) {
        Values.check(columns.get(c).key(), row.get(c));
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copy);
    Values.check(key, null);
  }
}
