/**
 * The network health report: one call that computes the measures of a network — engagement, give and
 * take, silos, network shape — and renders them as JSON with stable field names, as Markdown, and as one
 * self-contained HTML page with SVG charts.
 *
 * <pre>{@code
 * NetworkHealthReport report = NetworkHealthReport.of(network);
 * Files.writeString(Path.of("health.html"), report.toHtml());
 * }</pre>
 *
 * <p>The JSON fields and every definition are documented in {@code docs/health-report.md}.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.metrics.report;

import org.jspecify.annotations.NullMarked;
