package org.blendnet.graph.match;

import java.util.Optional;
import org.blendnet.core.MemberId;
import org.blendnet.core.match.MatchContext;
import org.blendnet.graph.SocialGraph;

/** See {@link GraphSignals#socialProximity()}. */
final class SocialProximity extends GraphSignal {

  SocialProximity(SocialGraph graph) {
    super(GraphSignals.SOCIAL_PROXIMITY, graph);
  }

  @Override
  Scorer begin(MatchContext context, NodeMap nodes) {
    int seeker = nodes.node(context.seekerIndex());
    Reach reach = Reach.of(graph, seeker);
    return new Scorer() {
      @Override
      public double score(int candidate) {
        int c = nodes.node(candidate);
        if (c < 0 || reach.max() <= 0) {
          return 0;
        }
        return Math.min(1, reach.reach(c) / reach.max());
      }

      @Override
      public Optional<String> explain(int candidate) {
        int c = nodes.node(candidate);
        if (c < 0 || seeker < 0 || !reach.contains(c)) {
          return Optional.empty();
        }
        MemberId a = graph.member(seeker);
        MemberId b = graph.member(c);
        int common = commonContacts(graph, seeker, c);
        String shared = common == 0 ? "" : (common == 1 ? "1 contact" : common + " contacts") + " in common";
        if (reach.oneStep(c) > 0) {
          return Optional.of("you have " + GraphSignal.met(context.network(), a, b).replaceFirst("^in contact",
              "been in contact") + (shared.isEmpty() ? "" : "; " + shared));
        }
        return Optional.of("you have " + shared);
      }
    };
  }

  /** The number of nodes tied to both {@code u} and {@code v}: a merge of their sorted half-edges. */
  static int commonContacts(SocialGraph graph, int u, int v) {
    int i = graph.edgeStart(u);
    int j = graph.edgeStart(v);
    int n = 0;
    while (i < graph.edgeEnd(u) && j < graph.edgeEnd(v)) {
      int a = graph.target(i);
      int b = graph.target(j);
      if (a == b) {
        n++;
        i++;
        j++;
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }
}
