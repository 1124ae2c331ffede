/**
 * The social graph of a network: {@link org.blendnet.graph.SocialGraph}, a compact weighted graph with
 * an online and an offline layer, made from a {@link org.blendnet.core.Network} under a
 * {@link org.blendnet.graph.TieModel} or read from a plain edge list.
 *
 * <p>Algorithms on the graph live in packages named after their problem:
 * {@link org.blendnet.graph.community} finds communities; {@link org.blendnet.graph.silo} finds silos;
 * {@link org.blendnet.graph.structure} gives components, k-cores and bridges; {@link org.blendnet.graph.export}
 * writes GraphML, GEXF and DOT; {@link org.blendnet.graph.generate} makes random graphs with known structure
 * for experiments and benchmarks.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.graph;

import org.jspecify.annotations.NullMarked;
