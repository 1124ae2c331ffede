package org.blendnet.metrics.report;

/** What a value of the report is, which decides how Markdown and HTML show it (JSON writes it as is). */
enum Kind {
  /** A whole number. */
  COUNT,
  /** A ratio or coefficient, shown with three decimals. */
  RATIO,
  /** A weighted amount, shown without trailing zeros. */
  AMOUNT,
  /** A duration in whole seconds, shown as days, hours and minutes. */
  SECONDS,
  /** Text (an id, a name, a class, an instant). */
  TEXT,
  /** Yes or no. */
  FLAG,
  /** A list of amounts, one per period. */
  SERIES
}
