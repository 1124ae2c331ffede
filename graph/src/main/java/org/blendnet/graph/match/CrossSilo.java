package org.blendnet.graph.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Member;
import org.blendnet.core.Network;
import org.blendnet.core.match.MatchContext;
import org.blendnet.core.match.MatchSignal;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.community.Partition;
import org.jspecify.annotations.Nullable;

/** See {@link GraphSignals#crossSilo()}. */
final class CrossSilo implements MatchSignal {

  private final SocialGraph graph;
  private final @Nullable Partition partition;

  CrossSilo(SocialGraph graph, @Nullable Partition partition) {
    this.graph = graph;
    this.partition = partition;
  }

  @Override
  public String name() {
    return GraphSignals.CROSS_SILO;
  }

  @Override
  public Prepared prepare(Network network) {
    List<Member> members = network.members();
    int n = members.size();
    // units numbered in name order, so that nothing depends on hash order
    TreeMap<Affiliation, Integer> ids = new TreeMap<>((a, b) -> String.join("\u0000", a.path())
        .compareTo(String.join("\u0000", b.path())));
    for (Member m : members) {
      if (m.affiliation().depth() >= 2) {
        ids.putIfAbsent(m.affiliation().truncate(2), 0);
      }
    }
    int next = 0;
    for (var e : ids.entrySet()) {
      e.setValue(next++);
    }
    int[] unit = new int[n];
    int[] community = new int[n];
    Partition p = partition;
    for (int i = 0; i < n; i++) {
      Member m = members.get(i);
      unit[i] = m.affiliation().depth() >= 2 ? Objects.requireNonNull(ids.get(m.affiliation().truncate(2))) : -1;
      community[i] = p != null && p.graph().contains(m.id()) ? p.communityOf(m.id()) : -1;
    }
    return context -> new Request(context, unit, community);
  }

  /** {@code cross-silo on SocialGraph[…] with communities}. */
  @Override
  public String toString() {
    return name() + " on " + graph + (partition == null ? "" : " with communities");
  }

  private static final class Request implements Scorer {
    private final MatchContext context;
    private final int[] unit;
    private final int[] community;
    private final int seeker;

    Request(MatchContext context, int[] unit, int[] community) {
      this.context = context;
      this.unit = unit;
      this.community = community;
      this.seeker = context.seekerIndex();
    }

    @Override
    public double score(int candidate) {
      int dims = 0;
      int differ = 0;
      if (unit[seeker] >= 0 && unit[candidate] >= 0) {
        dims++;
        differ += unit[seeker] != unit[candidate] ? 1 : 0;
      }
      if (community[seeker] >= 0 && community[candidate] >= 0) {
        dims++;
        differ += community[seeker] != community[candidate] ? 1 : 0;
      }
      return dims == 0 ? 0 : (double) differ / dims;
    }

    @Override
    public Optional<String> explain(int candidate) {
      List<String> why = new ArrayList<>(2);
      if (unit[seeker] >= 0 && unit[candidate] >= 0 && unit[seeker] != unit[candidate]) {
        why.add("works in another unit (" + context.member(candidate).affiliation().unit().orElseThrow() + ")");
      }
      if (community[seeker] >= 0 && community[candidate] >= 0 && community[seeker] != community[candidate]) {
        why.add("belongs to another community of the network");
      }
      return why.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", why));
    }
  }
}
