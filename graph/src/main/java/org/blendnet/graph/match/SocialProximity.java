package org.blendnet.graph.match;

import java.util.Arrays;
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
    Reach reach = Reach.of(context, graph, seeker);
    // the scores keyed by member position, so that a candidate outside the neighbourhood — nearly all of
    // them — costs one look-up in a small table rather than a read of the member-to-node map
    ByPosition scores = new ByPosition(reach, nodes);
    return new Scorer() {
      @Override
      public double score(int candidate) {
        return scores.get(candidate);
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

  /**
   * The proximity scores {@code min(1, r(c) / max r)} of the members a {@link Reach} reached, by member
   * position: open addressing over the r reached members, O(r) to build, 0 for a member not reached.
   */
  private static final class ByPosition {
    private final int[] keys;
    private final double[] values;
    private final int mask;

    ByPosition(Reach reach, NodeMap nodes) {
      int[] reached = reach.nodes();
      int capacity = Integer.highestOneBit(Math.max(4, reached.length * 2 - 1)) << 1;
      keys = new int[capacity];
      values = new double[capacity];
      mask = capacity - 1;
      Arrays.fill(keys, -1);
      double max = reach.max();
      if (max <= 0) {
        return;
      }
      for (int node : reached) {
        int position = nodes.position(node);
        if (position >= 0) {
          int i = slot(position);
          keys[i] = position;
          values[i] = Math.min(1, reach.reach(node) / max);
        }
      }
    }

    private int slot(int position) {
      int h = position * 0x9e3779b9;
      int i = (h ^ (h >>> 16)) & mask;
      while (keys[i] >= 0 && keys[i] != position) {
        i = (i + 1) & mask;
      }
      return i;
    }

    double get(int position) {
      int i = slot(position);
      return keys[i] == position ? values[i] : 0;
    }
  }
}
