package org.blendnet.examples.simulate;

import java.util.List;
import org.blendnet.core.MemberId;
import org.blendnet.core.Question;

/**
 * How a simulated community decides whom to ask a question: at random, by topic only, with the full
 * matchmaker, or with the matchmaker plus reciprocity balancing. {@link RoutingPolicies} has the
 * standard ones; a new policy is one implementation of this interface.
 *
 * <p>Each round the simulation calls {@link #prepare(RoundContext)} once with the network as it stands at
 * the start of the round, then asks the prepared router for each of the round's questions.
 *
 * @implSpec Implementations must be deterministic given the context (use {@link RoundContext#random()} for
 *     every random choice) and must never return the asker or a member twice. A policy object should be
 *     immutable and thread-safe (simulations may run concurrently); a {@link Router} serves one round on
 *     one thread.
 * @since 0.1
 */
public interface RoutingPolicy {

  /** The policy's name, as shown in results and charts ("matchmaker"). */
  String name();

  /**
   * Prepares the policy for one round.
   *
   * @param context the network at the start of the round, the answering load so far, the round's random source
   * @return the router for the round's questions
   */
  Router prepare(RoundContext context);

  /**
   * Routes the questions of one round. Used by one thread.
   *
   * @since 0.1
   */
  @FunctionalInterface
  interface Router {

    /**
     * Whom to ask, best first.
     *
     * @param question the question (not yet in the network)
     * @param k how many members to ask at most
     * @return at most {@code k} distinct members, never the asker
     */
    List<MemberId> route(Question question, int k);
  }
}
