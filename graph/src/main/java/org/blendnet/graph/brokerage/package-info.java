/**
 * Who brokers between whom: {@link org.blendnet.graph.brokerage.Betweenness} (Brandes, exact or
 * sampled, hop or weighted distances), Burt's {@link org.blendnet.graph.brokerage.StructuralHoles}
 * (constraint, effective size, efficiency, hierarchy) and the Gould–Fernandez
 * {@linkplain org.blendnet.graph.brokerage.GouldFernandez brokerage roles} over a directed
 * {@link org.blendnet.graph.brokerage.ContactGraph} and a
 * {@link org.blendnet.graph.brokerage.Grouping} of members.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.graph.brokerage;

import org.jspecify.annotations.NullMarked;
