package org.blendnet.core.match;

import java.util.Optional;
import org.blendnet.core.Member;
import org.blendnet.core.Network;

/**
 * One reason two members should meet (or one should be asked): scores a candidate for a seeker in
 * [0, 1] and says why in words — "can teach you negotiation (expert)", "prefers face to face, as you do".
 * The {@link Matchmaker} combines the signals it was built with into one score.
 *
 * <p><b>Three stages</b>, so that each piece of work is done as rarely as it can be:
 * <ol>
 *   <li>{@link #prepare(Network)} — once per network snapshot, when the {@link Matchmaker} is built: build
 *       whatever the signal needs about the whole network (a social graph, a reciprocity ledger, a table of
 *       time zones). The result must be immutable and thread-safe: every request shares it.
 *   <li>{@link Prepared#begin(MatchContext)} — once per request: work out what depends on the seeker only
 *       (their distances in the graph, their time zone's offset now). The {@link Scorer} it returns serves
 *       that one request on one thread, so it may keep scratch state.
 *   <li>{@link Scorer#score(int)} — once per candidate: must be cheap, allocation-free where it can be,
 *       and a pure function of the candidate within the request (the same candidate gets the same score).
 *       {@link Scorer#explain(int)} is called only for the candidates returned.
 * </ol>
 *
 * <p>A signal that needs nothing beyond the two members can implement all three in one small class; see
 * {@link CoreSignals} for the ones core ships. Signals needing the social graph or the reciprocity
 * ledger are added by the modules that compute those, through this same interface.
 *
 * <p><b>Contract.</b> {@link #name()} is short, stable and unique within a matchmaker (it labels the
 * breakdown of every result). Scores are in [0, 1] — the matchmaker throws {@link IllegalStateException}
 * naming the signal if one is not — where 0 means "no reason at all" and 1 "as good a reason as this
 * signal knows". A hard rule (never match these two) is not a score of 0: use the request's filters and
 * exclusions, so that such a member is not returned at all.
 *
 * @implSpec Implementations must be thread-safe ({@link #prepare(Network)} may run on any thread);
 *     {@link Prepared} instances must be thread-safe; {@link Scorer}s are used by one thread at a time.
 * @since 0.1
 */
public interface MatchSignal {

  /** The signal's name, as shown in breakdowns: short, lower case, hyphenated ("topic-fit"). */
  String name();

  /**
   * Prepares the signal for one network snapshot; called once, when a {@link Matchmaker} is built.
   *
   * @param network the snapshot every request of that matchmaker is scored against
   * @return the prepared signal, immutable and thread-safe
   */
  Prepared prepare(Network network);

  /**
   * A signal prepared for one network. Immutable and thread-safe.
   *
   * @since 0.1
   */
  @FunctionalInterface
  interface Prepared {

    /**
     * Starts scoring one request.
     *
     * @param context the request: seeker, topics, as-of instant, network
     * @return a scorer for this request's candidates, used by one thread
     */
    Scorer begin(MatchContext context);
  }

  /**
   * Scores the candidates of one request. Used by one thread at a time; may keep scratch state.
   *
   * <p>Candidates are given by their position in {@code context.network().members()}, so that signals
   * keeping per-member arrays (a graph's node numbers, a ledger's counts) read them directly;
   * {@link MatchContext#member(int)} gives the {@link Member} when a signal needs it.
   *
   * @since 0.1
   */
  interface Scorer {

    /**
     * The candidate's score for this request's seeker, in [0, 1].
     *
     * @param candidate the candidate's position in {@code context.network().members()}
     * @return the score, in [0, 1]
     */
    double score(int candidate);

    /**
     * Why the candidate scored as they did, in a few words addressed to the seeker ("prefers face to face,
     * as you do"), or empty if the signal has nothing to say (a neutral score). Called only for the
     * candidates returned, after {@link #score(int)}.
     *
     * @param candidate the candidate's position in {@code context.network().members()}
     * @return the explanation, or empty
     */
    Optional<String> explain(int candidate);
  }
}
