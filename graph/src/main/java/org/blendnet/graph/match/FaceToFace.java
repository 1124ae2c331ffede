package org.blendnet.graph.match;

import java.util.Optional;
import org.blendnet.core.match.MatchContext;
import org.blendnet.graph.SocialGraph;

/** See {@link GraphSignals#meetFaceToFace()}. */
final class FaceToFace extends GraphSignal {

  FaceToFace(SocialGraph graph) {
    super(GraphSignals.MEET_FACE_TO_FACE, graph);
  }

  @Override
  Scorer begin(MatchContext context, NodeMap nodes) {
    int seeker = nodes.node(context.seekerIndex());
    return new Scorer() {
      @Override
      public double score(int candidate) {
        int c = nodes.node(candidate);
        if (seeker < 0 || c < 0 || !graph.hasChannels()) {
          return 0;
        }
        int e = graph.edge(seeker, c);
        if (e < 0 || graph.offlineWeight(e) > 0) {
          return 0;
        }
        return 1 - Math.exp(-graph.onlineWeight(e));
      }

      @Override
      public Optional<String> explain(int candidate) {
        if (score(candidate) <= 0) {
          return Optional.empty();
        }
        int[] counts = GraphSignal.touchpoints(context.network(), context.seeker().id(),
            context.member(candidate).id());
        return Optional.of(counts[0] == 0 ? "in contact online, never face to face"
            : "met online " + GraphSignal.times(counts[0]) + ", never face to face");
      }
    };
  }
}
