package org.blendnet.graph.match;

import java.util.Optional;
import org.blendnet.core.match.MatchContext;
import org.blendnet.graph.SocialGraph;

/** See {@link GraphSignals#newTie()}. */
final class NewTie extends GraphSignal {

  NewTie(SocialGraph graph) {
    super(GraphSignals.NEW_TIE, graph);
  }

  @Override
  Scorer begin(MatchContext context, NodeMap nodes) {
    int seeker = nodes.node(context.seekerIndex());
    double strongest = 0;
    if (seeker >= 0) {
      for (int e = graph.edgeStart(seeker); e < graph.edgeEnd(seeker); e++) {
        strongest = Math.max(strongest, graph.weight(e));
      }
    }
    double max = strongest;
    return new Scorer() {
      @Override
      public double score(int candidate) {
        int e = edge(candidate);
        return e < 0 ? 1 : Math.max(0, 1 - graph.weight(e) / max);
      }

      private int edge(int candidate) {
        int c = nodes.node(candidate);
        return seeker < 0 || c < 0 ? -1 : graph.edge(seeker, c);
      }

      @Override
      public Optional<String> explain(int candidate) {
        int e = edge(candidate);
        if (e < 0) {
          return Optional.of("someone new to you");
        }
        return Optional.of("not yet a close contact (" + GraphSignal.met(context.network(), context.seeker().id(),
            context.member(candidate).id()) + ")");
      }
    };
  }
}
