package org.blendnet.graph.match;

import java.util.Optional;
import org.blendnet.core.match.MatchContext;
import org.blendnet.graph.SocialGraph;

/** See {@link GraphSignals#bridge()}. */
final class Bridge extends GraphSignal {

  Bridge(SocialGraph graph) {
    super(GraphSignals.BRIDGE, graph);
  }

  @Override
  Scorer begin(MatchContext context, NodeMap nodes) {
    int seeker = nodes.node(context.seekerIndex());
    Reach reach = Reach.of(context, graph, seeker);
    return new Scorer() {
      @Override
      public double score(int candidate) {
        int c = nodes.node(candidate);
        if (c < 0) {
          return 0;
        }
        return outside(c) / (graph.degree(c) + 1.0);
      }

      private int outside(int c) {
        int n = 0;
        for (int e = graph.edgeStart(c); e < graph.edgeEnd(c); e++) {
          int y = graph.target(e);
          if (y != seeker && !reach.contains(y)) {
            n++;
          }
        }
        return n;
      }

      @Override
      public Optional<String> explain(int candidate) {
        int c = nodes.node(candidate);
        if (c < 0 || graph.degree(c) == 0) {
          return Optional.empty();
        }
        int out = outside(c);
        if (out == 0) {
          return Optional.empty();
        }
        int degree = graph.degree(c);
        return Optional.of(out == degree
            ? (degree == 1 ? "their one contact is" : "all " + degree + " of their contacts are")
                + " outside your circles"
            : out + " of their " + degree + " contacts are outside your circles");
      }
    };
  }
}
