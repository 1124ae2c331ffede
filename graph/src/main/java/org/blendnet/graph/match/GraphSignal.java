package org.blendnet.graph.match;

import java.util.List;
import org.blendnet.core.Channel;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.match.MatchContext;
import org.blendnet.core.match.MatchSignal;
import org.blendnet.graph.SocialGraph;

/** What the graph signals share: a name, the graph, and the member-to-node map made in {@link #prepare}. */
abstract class GraphSignal implements MatchSignal {

  private final String name;
  final SocialGraph graph;

  GraphSignal(String name, SocialGraph graph) {
    this.name = name;
    this.graph = graph;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Prepared prepare(Network network) {
    NodeMap nodes = NodeMap.of(graph, network);
    warm(network);
    return context -> begin(context, nodes);
  }

  /**
   * Builds the network's index of touchpoints by member now, once, rather than in the first request that
   * explains a result (on a million members that index takes seconds to build).
   */
  static void warm(Network network) {
    if (!network.members().isEmpty()) {
      network.touchpointsOf(network.members().get(0).id());
    }
  }

  /** Starts one request. */
  abstract Scorer begin(MatchContext context, NodeMap nodes);

  /** {@code social-proximity on SocialGraph[…]}. */
  @Override
  public String toString() {
    return name + " on " + graph;
  }

  /** "once", "twice", "6 times". */
  static String times(int n) {
    return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
  }

  /**
   * How many touchpoints of each channel two members share: {@code [online, offline]}. O(t) for the t
   * touchpoints of {@code a}, read from the network's by-member index.
   */
  static int[] touchpoints(Network network, MemberId a, MemberId b) {
    List<Touchpoint> of = network.touchpointsOf(a);
    int[] counts = new int[2];
    for (Touchpoint t : of) {
      if (t.involves(b)) {
        counts[t.channel() == Channel.ONLINE ? 0 : 1]++;
      }
    }
    return counts;
  }

  /** "met 3 times (twice online, once face to face)", or "in contact" if the network records no touchpoint. */
  static String met(Network network, MemberId a, MemberId b) {
    int[] c = touchpoints(network, a, b);
    int total = c[0] + c[1];
    if (total == 0) {
      return "in contact";
    }
    if (c[0] == 0) {
      return "met face to face " + times(total);
    }
    if (c[1] == 0) {
      return "met online " + times(total);
    }
    return "met " + times(total) + " (" + times(c[0]) + " online, " + times(c[1]) + " face to face)";
  }
}
