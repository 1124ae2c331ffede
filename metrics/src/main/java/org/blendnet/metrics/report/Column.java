package org.blendnet.metrics.report;

import java.util.Objects;

/**
 * A column of a {@link Table}.
 *
 * @param key the JSON field name of the column in each row
 * @param label the column heading
 * @param kind how the cells are shown
 */
record Column(String key, String label, Kind kind) {

  Column {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Values.check(key, null);
  }
}
