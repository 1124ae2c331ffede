/**
 * Silo detection: {@link org.blendnet.graph.silo.SiloDetector} finds the groups of a network — declared
 * units, detected communities, or both — that keep their contact to themselves, and returns a
 * {@link org.blendnet.graph.silo.SiloReport}: per group the Krackhardt–Stern E-I index against its
 * expectation under random tie placement, density, conductance, outside share, boundary spanners and
 * bridges ({@link org.blendnet.graph.silo.SiloGroup}); the network's E-I index; and how far communities
 * follow units. Layers and windows of time can be analysed apart ({@link org.blendnet.graph.silo.SiloOptions},
 * {@link org.blendnet.graph.silo.SiloTrend}). Groups below a privacy floor are never named.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.graph.silo;

import org.jspecify.annotations.NullMarked;
