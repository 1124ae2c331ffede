package org.blendnet.core.match;

import java.util.List;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;

/**
 * Finds who could pass a question on: the chains of contacts from an asker to an answerer they are not
 * directly in touch with. The {@link Matchmaker} asks its chains, if it was given some
 * ({@link Matchmaker.Builder#referralChains(ReferralChains)}), for each answerer a routed question is not
 * sent to directly, and suggests the chain's first hop — "ask karyn, who knows the expert" — as the
 * Aardvark engine did for friends of friends (Horowitz &amp; Kamvar, "The anatomy of a large-scale social
 * search engine", WWW 2010, doi:10.1145/1772690.1772735). The {@code graph} module implements it over the
 * social graph.
 *
 * <p>Like {@link MatchSignal}, chains are prepared once per network snapshot ({@link #prepare(Network)})
 * and asked once per answerer.
 *
 * @implSpec Implementations and their {@link Prepared} forms must be thread-safe.
 * @since 0.1
 */
public interface ReferralChains {

  /** The name, short and stable ("referral-paths"). */
  String name();

  /**
   * Prepares the chains for one network snapshot; called once, when a {@link Matchmaker} is built.
   *
   * @param network the snapshot
   * @return the prepared chains, immutable and thread-safe
   */
  Prepared prepare(Network network);

  /**
   * Chains prepared for one network. Immutable and thread-safe.
   *
   * @since 0.1
   */
  @FunctionalInterface
  interface Prepared {

    /**
     * The chains from {@code from} to {@code to}, best first. Each chain lists its members from
     * {@code from} to {@code to}, both included, each consecutive pair in contact; a direct contact is the
     * two-member chain {@code [from, to]}. Every intermediary must have agreed to be recommended and
     * contacted. Empty (never null) if there is none within the implementation's limits, or if either
     * member is unknown to it.
     *
     * @param from the asker
     * @param to the answerer
     * @return the chains, best first
     */
    List<List<MemberId>> find(MemberId from, MemberId to);
  }
}
