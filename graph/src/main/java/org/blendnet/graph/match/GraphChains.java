package org.blendnet.graph.match;

import java.util.ArrayList;
import java.util.List;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.match.ReferralChains;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.path.ReferralOptions;
import org.blendnet.graph.path.ReferralPath;
import org.blendnet.graph.path.ReferralPaths;

/** See {@link GraphSignals#referralChains(ReferralOptions)}. */
final class GraphChains implements ReferralChains {

  private final SocialGraph graph;
  private final ReferralOptions options;

  GraphChains(SocialGraph graph, ReferralOptions options) {
    this.graph = graph;
    this.options = options;
  }

  @Override
  public String name() {
    return GraphSignals.REFERRAL_PATHS;
  }

  @Override
  public Prepared prepare(Network network) {
    ReferralPaths paths = ReferralPaths.on(graph, options);
    return (from, to) -> {
      if (from.equals(to) || !graph.contains(from) || !graph.contains(to)) {
        return List.of();
      }
      if (graph.edge(graph.node(from), graph.node(to)) >= 0) {
        return List.of(List.of(from, to));
      }
      List<List<MemberId>> chains = new ArrayList<>();
      for (ReferralPath path : paths.find(from, to)) {
        chains.add(path.members());
      }
      return chains;
    };
  }

  /** {@code referral-paths on SocialGraph[…]}. */
  @Override
  public String toString() {
    return name() + " on " + graph + " " + options;
  }
}
