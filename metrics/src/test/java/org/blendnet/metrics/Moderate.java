package org.blendnet.metrics;

import java.util.List;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;

/**
 * Generated networks with touchpoint weights a social graph can hold: the generator draws weights from
 * {@link Double#MIN_VALUE} to {@link Double#MAX_VALUE}, and {@link org.blendnet.graph.SocialGraph} keeps
 * floats, so weights are clamped to [10⁻³, 10⁶]. Members, events, communities and touchpoints are kept in
 * order; questions, answers and referrals (which no graph reads) are dropped.
 */
public final class Moderate {

  private Moderate() {}

  /** {@code network} with its touchpoint weights clamped to [10⁻³, 10⁶]. */
  public static Network weights(Network network) {
    List<Touchpoint> touchpoints = network.touchpoints().stream()
        .map(t -> t.weight() >= 1e-3 && t.weight() <= 1e6 ? t : new Touchpoint(t.id(), t.at(), t.medium(),
            t.participants(), t.initiator(), t.event(), t.community(), t.topics(),
            Math.max(1e-3, Math.min(1e6, t.weight()))))
        .toList();
    return Network.builder().members(network.members()).events(network.events()).communities(network.communities())
        .touchpoints(touchpoints).build();
  }
}
