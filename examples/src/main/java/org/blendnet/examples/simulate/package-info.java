/**
 * A small simulation API for experiments: run a community over rounds in which members ask questions and
 * a {@link org.blendnet.examples.simulate.RoutingPolicy} decides whom to ask
 * ({@link org.blendnet.examples.simulate.Simulation}), record per round the answer rate, time to answer,
 * Gini of answering load, takers who became givers and E-I index
 * ({@link org.blendnet.examples.simulate.RoundStats}), and chart policies side by side
 * ({@link org.blendnet.examples.simulate.SimulationChart}).
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.examples.simulate;

import org.jspecify.annotations.NullMarked;
