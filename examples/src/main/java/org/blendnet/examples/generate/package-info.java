/**
 * Seeded generators of networks for experiments: {@link org.blendnet.examples.generate.BlendedCommunity}
 * (members with units and topics, online and face-to-face layers with a chosen overlap, events, questions
 * and answers with a chosen give/take skew) and {@link org.blendnet.examples.generate.PlantedUnits} (a
 * planted partition whose blocks are declared units). The same options and seed give the same network.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.examples.generate;

import org.jspecify.annotations.NullMarked;
