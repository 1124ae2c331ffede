package org.blendnet.graph.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.blendnet.core.Consent;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.match.ReferralChains;
import org.blendnet.graph.SocialGraph;

/** See {@link GraphSignals#referralChains()}. */
final class CommonContactChains implements ReferralChains {

  private final SocialGraph graph;
  private final int k;

  CommonContactChains(SocialGraph graph, int k) {
    this.graph = graph;
    this.k = k;
  }

  @Override
  public String name() {
    return GraphSignals.COMMON_CONTACTS;
  }

  @Override
  public Prepared prepare(Network network) {
    // who may pass a question on: in the network, recommendable and contactable
    boolean[] passable = new boolean[graph.nodeCount()];
    for (Member m : network.members()) {
      if (graph.contains(m.id())) {
        Consent c = m.consent();
        passable[graph.node(m.id())] = c.recommendable() && c.contactable();
      }
    }
    return (from, to) -> {
      if (from.equals(to) || !graph.contains(from) || !graph.contains(to)) {
        return List.of();
      }
      int a = graph.node(from);
      int b = graph.node(to);
      if (graph.edge(a, b) >= 0) {
        return List.of(List.of(from, to));
      }
      return best(a, b, passable, from, to);
    };
  }

  /** The k strongest two-hop chains a → x → b through passable x: a merge of the sorted neighbourhoods. */
  private List<List<MemberId>> best(int a, int b, boolean[] passable, MemberId from, MemberId to) {
    int i = graph.edgeStart(a);
    int j = graph.edgeStart(b);
    double sa = graph.strength(a);
    double sb = graph.strength(b);
    int[] via = new int[Math.min(graph.degree(a), graph.degree(b))];
    double[] strength = new double[via.length];
    int n = 0;
    while (i < graph.edgeEnd(a) && j < graph.edgeEnd(b)) {
      int x = graph.target(i);
      int y = graph.target(j);
      if (x == y) {
        if (passable[x]) {
          double sx = graph.strength(x);
          via[n] = x;
          strength[n] = graph.weight(i) / Math.sqrt(sa * sx) * graph.weight(j) / Math.sqrt(sx * sb);
          n++;
        }
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    Integer[] order = new Integer[n];
    for (int p = 0; p < n; p++) {
      order[p] = p;
    }
    Arrays.sort(order, (p, q) -> {
      int c = Double.compare(strength[q], strength[p]);
      return c != 0 ? c : Integer.compare(via[p], via[q]);
    });
    List<List<MemberId>> chains = new ArrayList<>(Math.min(k, n));
    for (int p = 0; p < Math.min(k, n); p++) {
      chains.add(List.of(from, graph.member(via[order[p]]), to));
    }
    return chains;
  }

  /** {@code common-contacts(3) on SocialGraph[…]}. */
  @Override
  public String toString() {
    return name() + "(" + k + ") on " + graph;
  }
}
