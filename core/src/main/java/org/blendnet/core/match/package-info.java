/**
 * Matchmaking: who should meet whom, and who can answer a question — ranked, explained, and within
 * what members agreed to.
 *
 * <p>The engine is {@link org.blendnet.core.match.Matchmaker}: built once from a
 * {@link org.blendnet.core.Network} snapshot, immutable and thread-safe, it answers requests in
 * milliseconds on networks of a million members. A request goes through three steps:
 * <ol>
 *   <li><b>Candidates.</b> An inverted index from topics to members, built at construction, proposes the
 *       members who know a topic the request seeks or want to learn a topic the seeker offers; pluggable
 *       {@link org.blendnet.core.match.CandidateSource}s add more (a graph neighbourhood). Nobody else is
 *       looked at.
 *   <li><b>Hard filters.</b> The seeker, members who declined to be recommended (and, when they would be
 *       asked something, members who declined to be contacted), exclusions, blocked pairs, members with no
 *       capacity or request budget left, and the request's own filter. A filter is never a low score: a
 *       filtered member is not returned at all.
 *   <li><b>Scores.</b> Each {@link org.blendnet.core.match.MatchSignal} scores a candidate in [0, 1] and
 *       explains itself in words; the weighted mean of the signals ranks the candidates, and a bounded heap
 *       keeps the best k. Every {@link org.blendnet.core.match.Match} carries the per-signal breakdown.
 * </ol>
 *
 * <p>Core signals ({@link org.blendnet.core.match.CoreSignals}) read members' own attributes: topic fit,
 * mutual complementarity, channel compatibility, time-zone overlap and availability. Signals that need
 * the social graph or the reciprocity ledger live in the modules that compute those and plug in through
 * the same interfaces; this package depends on neither.
 *
 * <p>Planners on the engine: peer recommendations
 * ({@link org.blendnet.core.match.Matchmaker#recommendPeers(org.blendnet.core.MemberId, MatchOptions)})
 * and question routing
 * ({@link org.blendnet.core.match.Matchmaker#routeQuestion(org.blendnet.core.Question, MatchOptions)});
 * pairing rounds and mentoring by the heaviest total score ({@link org.blendnet.core.match.PairingRound});
 * and stable mentoring by everyone's own rankings ({@link org.blendnet.core.match.StableMentoring}, with
 * {@link org.blendnet.core.match.MentoringPreferences} written down or derived from the engine's scores).
 *
 * @since 0.1
 */
@NullMarked
package org.blendnet.core.match;

import org.jspecify.annotations.NullMarked;
