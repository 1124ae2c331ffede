package org.blendnet.metrics.report;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One figure of a section: its JSON key, a label for people, its value and its definition.
 *
 * @param key the JSON field name, lower snake case
 * @param label the label shown in Markdown and HTML
 * @param kind how the value is shown
 * @param value a {@link Long}, {@link Double}, {@link String} or {@link Boolean}; null when undefined
 * @param definition what the figure means, in one or two sentences
 */
record Figure(String key, String label, Kind kind, @Nullable Object value, String definition) {

  Figure {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(definition, "definition");
    Values.check(key, value);
  }
}
