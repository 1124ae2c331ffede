package org.blendnet.metrics.reciprocity;

import java.util.Objects;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.TimeWindow;
import org.blendnet.metrics.internal.IdIndex;
import org.jspecify.annotations.Nullable;

/**
 * Network-level reciprocity on two directed graphs built from a network:
 *
 * <ul>
 *   <li>the <b>contact graph</b>: a tie initiator → each other participant from every touchpoint that has an
 *       initiator (undirected touchpoints say nothing about who reached out, and are left out);
 *   <li>the <b>help-flow graph</b>: a tie responder → asker for every answer to another member's question,
 *       and referrer → beneficiary ({@code onBehalfOf}, else {@code from}) for every referral made for
 *       someone else — who helped whom. Its weights are the numbers of acts of help.
 * </ul>
 *
 * <p>For each, the binary reciprocity r, density ā and Garlaschelli–Loffredo ρ
 * ({@link DyadicReciprocity}); for help flows also the weighted r<sub>w</sub> of Squartini et al.
 * ({@link WeightedReciprocity}). All members of the network are nodes. O(a log a) time and O(a) space
 * for a recorded contacts and acts of help (sorting the ties).
 *
 * <pre>{@code
 * NetworkReciprocity.of(network);
 * // NetworkReciprocity[contact=DyadicReciprocity[members=61, ties=140, reciprocated=48, r=0.343, …], …]
 * }</pre>
 *
 * @implNote Thread-safe: immutable.
 * @param contact reciprocity of the contact graph
 * @param helpFlow reciprocity of the help-flow graph (binary)
 * @param helpFlowWeighted weighted reciprocity of the help-flow graph
 * @since 0.1
 */
public record NetworkReciprocity(DyadicReciprocity contact, DyadicReciprocity helpFlow,
    WeightedReciprocity helpFlowWeighted) {

  /** Creates the figures. */
  public NetworkReciprocity {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(helpFlow, "helpFlow");
    Objects.requireNonNull(helpFlowWeighted, "helpFlowWeighted");
  }

  /** Reciprocity over all time. */
  public static NetworkReciprocity of(Network network) {
    return compute(Objects.requireNonNull(network, "network"), null);
  }

  /** Reciprocity of the touchpoints, answers and referrals within {@code window}. */
  public static NetworkReciprocity of(Network network, TimeWindow window) {
    return compute(Objects.requireNonNull(network, "network"), Objects.requireNonNull(window, "window"));
  }

  private static NetworkReciprocity compute(Network network, @Nullable TimeWindow window) {
    IdIndex<MemberId> index = IdIndex.members(network);
    Arcs help = Arcs.helpFlow(network, index, window);
    long[] back = help.reverseCounts();
    long total = 0;
    long reciprocated = 0;
    for (int i = 0; i < help.size(); i++) {
      total += help.counts[i];
      reciprocated += Math.min(help.counts[i], back[i]);
    }
    return new NetworkReciprocity(dyadic(Arcs.contact(network, index, window)), dyadic(help, back),
        new WeightedReciprocity(total, reciprocated));
  }

  private static DyadicReciprocity dyadic(Arcs arcs) {
    return dyadic(arcs, arcs.reverseCounts());
  }

  private static DyadicReciprocity dyadic(Arcs arcs, long[] back) {
    long reciprocated = 0;
    for (long b : back) {
      if (b > 0) {
        reciprocated++;
      }
    }
    return new DyadicReciprocity(arcs.members, arcs.size(), reciprocated);
  }
}
