/**
 * Export of a social graph to the files graph tools open: {@link org.blendnet.graph.export.GraphExport}
 * writes GraphML, GEXF 1.3 and Graphviz DOT ({@link org.blendnet.graph.export.ExportFormat}), with member
 * ids, tie weights and layers, and — when {@link org.blendnet.graph.export.ExportOptions} asks — names,
 * units, communities and silo flags. Output is deterministic: the same graph gives the same bytes.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.graph.export;

import org.jspecify.annotations.NullMarked;
