/**
 * Random graphs with known structure, for experiments, tests and benchmarks:
 * {@link org.blendnet.graph.generate.PlantedPartition} plants communities of chosen size and mixing.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.graph.generate;

import org.jspecify.annotations.NullMarked;
