/**
 * Silo indices of the declared units at network level — E-I index, attribute assortativity and modularity
 * in one place ({@link org.blendnet.metrics.silo.SiloIndices}), consistent with the graph module's
 * {@link org.blendnet.graph.silo.SiloReport} — and Newman's categorical assortativity for any attribute
 * ({@link org.blendnet.metrics.silo.Assortativity}).
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.metrics.silo;

import org.jspecify.annotations.NullMarked;
