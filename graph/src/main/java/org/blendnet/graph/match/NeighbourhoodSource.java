package org.blendnet.graph.match;

import org.blendnet.core.Network;
import org.blendnet.core.match.CandidateSource;
import org.blendnet.graph.SocialGraph;

/** See {@link GraphSignals#neighbourhood(int)}. */
final class NeighbourhoodSource implements CandidateSource {

  private final SocialGraph graph;
  private final int limit;

  NeighbourhoodSource(SocialGraph graph, int limit) {
    this.graph = graph;
    this.limit = limit;
  }

  @Override
  public String name() {
    return GraphSignals.NEIGHBOURHOOD;
  }

  @Override
  public Prepared prepare(Network network) {
    NodeMap nodes = NodeMap.of(graph, network);
    return (context, sink) -> {
      int seeker = nodes.node(context.seekerIndex());
      Reach reach = Reach.of(context, graph, seeker);
      int added = 0;
      for (int node : reach.byReach()) {
        if (added == limit) {
          break;
        }
        int position = nodes.position(node);
        if (position >= 0) {
          sink.add(position);
          added++;
        }
      }
    };
  }

  /** {@code graph-neighbourhood(100) on SocialGraph[…]}. */
  @Override
  public String toString() {
    return name() + "(" + limit + ") on " + graph;
  }
}
