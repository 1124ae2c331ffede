package org.blendnet.metrics.report;

import java.util.HashMap;
import java.util.Map;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;

/**
 * How a report shows a member: by id, or — when the report shows names — by name if the member consented to
 * be recommended to others. Members not in the network (erased ones) cannot be shown at all.
 *
 * @implNote Thread-safe: immutable after construction (the map is only read).
 */
final class MemberLabels {

  private final Map<MemberId, String> labels;

  MemberLabels(Network network, boolean names) {
    this.labels = new HashMap<>();
    for (Member m : network.members()) {
      labels.put(m.id(), names && m.consent().recommendable() ? m.name() : m.id().value());
    }
  }

  /**
   * The label of a member of the network.
   *
   * @throws IllegalArgumentException if the member is not in the network
   */
  String of(MemberId member) {
    String label = labels.get(member);
    if (label == null) {
      throw new IllegalArgumentException("Unknown member: " + member);
    }
    return label;
  }
}
