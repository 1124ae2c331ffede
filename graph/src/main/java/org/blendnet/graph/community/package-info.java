/**
 * Community detection: {@link org.blendnet.graph.community.Leiden} divides a social graph into
 * connected communities maximising an {@link org.blendnet.graph.community.Objective} (modularity or the
 * constant Potts model) and returns an immutable {@link org.blendnet.graph.community.Partition};
 * {@link org.blendnet.graph.community.PartitionSimilarity} compares two partitions.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.graph.community;

import org.jspecify.annotations.NullMarked;
