/**
 * The structure of a social graph: {@link org.blendnet.graph.structure.Components} (who can reach whom at
 * all), {@link org.blendnet.graph.structure.CoreDecomposition} (the k-cores: the densely knit centre and
 * the periphery) and {@link org.blendnet.graph.structure.Bridges} (the single ties that hold parts of the
 * network together). Every algorithm here is linear in the size of the graph and iterative, so that
 * graphs of millions of members need no deep recursion.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.graph.structure;

import org.jspecify.annotations.NullMarked;
