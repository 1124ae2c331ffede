/**
 * Offline evaluations on real data: {@link org.blendnet.examples.evaluation.RoutingEvaluation} replays a
 * Stack Exchange site's {@code Posts.xml} ({@link org.blendnet.examples.evaluation.StackExchangePosts}) and
 * measures how well question routing finds the people who actually answered.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.examples.evaluation;

import org.jspecify.annotations.NullMarked;
