package org.blendnet.examples.simulate;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.blendnet.core.Network;

/**
 * The outcome of one simulation run: the statistics of each round and the network at the end.
 *
 * @param policy the routing policy's name
 * @param rounds the rounds, in order
 * @param network the network at the end: the starting network plus every question, answer, event and
 *     touchpoint the rounds added
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record SimulationResult(String policy, List<RoundStats> rounds, Network network) {

  /** Creates a result; {@code rounds} is copied. */
  public SimulationResult {
    Objects.requireNonNull(policy, "policy");
    rounds = List.copyOf(Objects.requireNonNull(rounds, "rounds"));
    Objects.requireNonNull(network, "network");
  }

  /** The mean of a round statistic over the rounds, NaN values left out; NaN if there are none. */
  public double mean(ToDoubleFunction<RoundStats> statistic) {
    Objects.requireNonNull(statistic, "statistic");
    return rounds.stream().mapToDouble(statistic).filter(Double::isFinite).average().orElse(Double.NaN);
  }

  /** The last round's statistics. */
  public RoundStats last() {
    if (rounds.isEmpty()) {
      throw new IllegalStateException("the simulation ran no round");
    }
    return rounds.get(rounds.size() - 1);
  }

  /**
   * {@code SimulationResult[matchmaker, 12 rounds: answered 0.84 in 7.9 h, gini 0.52, takers->givers
   * 0.47 (last), E-I -0.21 (last)]}.
   */
  @Override
  public String toString() {
    if (rounds.isEmpty()) {
      return "SimulationResult[" + policy + ", 0 rounds]";
    }
    return String.format(Locale.ROOT, "SimulationResult[%s, %d rounds: answered %.2f in %.1f h, gini %.2f, "
        + "takers->givers %.2f (last), E-I %.2f (last)]", policy, rounds.size(), mean(RoundStats::answerRate),
        mean(RoundStats::meanHoursToAnswer), mean(RoundStats::answeringGini), last().takersWhoGave(),
        last().eiIndex());
  }
}
