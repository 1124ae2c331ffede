/**
 * The shape of a network: {@link org.blendnet.graph.shape.ShapeAnalysis} measures Freeman's degree and
 * betweenness centralization and how much of the network's flow runs through its most central members,
 * and classifies the network as one of the three {@link org.blendnet.graph.shape.NetworkShape}s of the
 * source texts — a hierarchy, collaborating hubs or a peer-to-peer mesh — in a
 * {@link org.blendnet.graph.shape.ShapeReport} that says which figures led there.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.graph.shape;

import org.jspecify.annotations.NullMarked;
