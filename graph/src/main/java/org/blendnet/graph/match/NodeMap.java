package org.blendnet.graph.match;

import java.util.Arrays;
import java.util.List;
import org.blendnet.core.Member;
import org.blendnet.core.Network;
import org.blendnet.graph.SocialGraph;

/**
 * Between a network's member positions (as the matchmaker numbers candidates) and a graph's nodes, both
 * ways; -1 where one side has no counterpart. O(n) to build with the graph's O(1) id look-up. Immutable.
 */
final class NodeMap {

  private final int[] nodeOf;
  private final int[] positionOf;

  private NodeMap(int[] nodeOf, int[] positionOf) {
    this.nodeOf = nodeOf;
    this.positionOf = positionOf;
  }

  static NodeMap of(SocialGraph graph, Network network) {
    List<Member> members = network.members();
    int[] nodeOf = new int[members.size()];
    int[] positionOf = new int[graph.nodeCount()];
    Arrays.fill(positionOf, -1);
    for (int i = 0; i < nodeOf.length; i++) {
      Member m = members.get(i);
      int node = graph.contains(m.id()) ? graph.node(m.id()) : -1;
      nodeOf[i] = node;
      if (node >= 0) {
        positionOf[node] = i;
      }
    }
    return new NodeMap(nodeOf, positionOf);
  }

  /** The graph node of the member at {@code position}, or -1. */
  int node(int position) {
    return nodeOf[position];
  }

  /** The member position of {@code node}, or -1. */
  int position(int node) {
    return positionOf[node];
  }
}
