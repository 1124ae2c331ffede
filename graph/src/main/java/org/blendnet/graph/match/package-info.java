/**
 * Graph-side matchmaking: {@link org.blendnet.graph.match.GraphSignals} gives the
 * {@link org.blendnet.core.match.Matchmaker} what the social graph knows — social proximity, the value of a
 * new tie, of crossing a silo, of meeting face to face someone met only online, of a bridge to distant
 * parts of the network — as {@link org.blendnet.core.match.MatchSignal}s, candidates from the seeker's
 * graph neighbourhood as a {@link org.blendnet.core.match.CandidateSource}, and chains of contacts for
 * routed questions as {@link org.blendnet.core.match.ReferralChains}.
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.graph.match;

import org.jspecify.annotations.NullMarked;
