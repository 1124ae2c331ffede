package org.blendnet.core.match;

import org.blendnet.core.Network;

/**
 * Proposes candidates for a request beyond those the {@link Matchmaker}'s topic index finds: the members
 * of the seeker's graph neighbourhood, the attendees of an event, a host's own shortlist. Proposed
 * members go through the same hard filters and the same scoring as every other candidate.
 *
 * <p>Like {@link MatchSignal}, a source is prepared once per network ({@link #prepare(Network)}) and
 * asked once per request ({@link Prepared#propose(MatchContext, CandidateSink)}). A source should
 * propose a bounded number of members (a neighbourhood, not the network): every member proposed is
 * scored, and the {@link MatchOptions#maxCandidates()} cap applies to the topic index only.
 *
 * @implSpec Implementations and their {@link Prepared} forms must be thread-safe.
 * @since 0.1
 */
public interface CandidateSource {

  /** The source's name, short and stable ("graph-neighbourhood"). */
  String name();

  /**
   * Prepares the source for one network snapshot; called once, when a {@link Matchmaker} is built.
   *
   * @param network the snapshot
   * @return the prepared source, immutable and thread-safe
   */
  Prepared prepare(Network network);

  /**
   * A source prepared for one network. Immutable and thread-safe.
   *
   * @since 0.1
   */
  @FunctionalInterface
  interface Prepared {

    /**
     * Proposes candidates for one request by adding them to {@code sink}. Proposing a member twice, the
     * seeker, or a member the filters will reject is harmless.
     *
     * @param context the request
     * @param sink where to put the candidates
     */
    void propose(MatchContext context, CandidateSink sink);
  }
}
