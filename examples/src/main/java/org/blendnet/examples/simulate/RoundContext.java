package org.blendnet.examples.simulate;

import java.time.Instant;
import java.util.Objects;
import java.util.Random;
import org.blendnet.core.Network;
import org.blendnet.core.match.LoadTracker;

/**
 * What a {@link RoutingPolicy} knows at the start of a round: the network so far (members, ties,
 * questions and answers of earlier rounds), when the round starts, who has been answering lately, and the
 * round's random source.
 *
 * @param network the network at the start of the round
 * @param round the round's number, from 0
 * @param start when the round starts
 * @param answeringLoad answers given per member within the recent window (read by the matchmaker's
 *     availability signal)
 * @param random the round's random source, seeded by the simulation; the only one a policy may use
 * @implNote Not thread-safe: the random source and the load tracker are shared with the simulation.
 * @since 0.1
 */
public record RoundContext(Network network, int round, Instant start, LoadTracker answeringLoad, Random random) {

  /** Creates a context. */
  public RoundContext {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(answeringLoad, "answeringLoad");
    Objects.requireNonNull(random, "random");
    if (round < 0) {
      throw new IllegalArgumentException("round must be >= 0 but was " + round);
    }
  }

  /** {@code RoundContext[round=3, start=…, members=120]}. */
  @Override
  public String toString() {
    return "RoundContext[round=" + round + ", start=" + start + ", members=" + network.members().size() + "]";
  }
}
