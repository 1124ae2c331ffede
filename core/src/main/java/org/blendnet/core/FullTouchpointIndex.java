package org.blendnet.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes every touchpoint, each index on its first use: O(n log n) once (n = touchpoints, counting a
 * touchpoint once per participant, or per pair of participants), O(1) per look-up after.
 */
final class FullTouchpointIndex implements TouchpointIndex {

  private final List<Touchpoint> touchpoints;
  private final int members;
  private final Lazy<Map<MemberId, List<Touchpoint>>> byMember = new Lazy<>(this::indexByMember);
  private final Lazy<Map<MemberPair, List<Touchpoint>>> byPair = new Lazy<>(this::indexByPair);

  FullTouchpointIndex(List<Touchpoint> touchpoints, int members) {
    this.touchpoints = touchpoints;
    this.members = members;
  }

  @Override
  public List<Touchpoint> of(MemberId member) {
    return byMember.get().getOrDefault(member, List.of());
  }

  @Override
  public List<Touchpoint> between(MemberId a, MemberId b) {
    return byPair.get().getOrDefault(MemberPair.of(a, b), List.of());
  }

  private Map<MemberId, List<Touchpoint>> indexByMember() {
    Map<MemberId, List<Touchpoint>> index = new HashMap<>(Math.max(16, members * 2));
    for (Touchpoint t : touchpoints) {
      for (MemberId m : t.participants()) {
        index.computeIfAbsent(m, k -> new ArrayList<>()).add(t);
      }
    }
    return NetworkIndex.seal(index, TouchpointIndex.BY_TIME);
  }

  private Map<MemberPair, List<Touchpoint>> indexByPair() {
    Map<MemberPair, List<Touchpoint>> index = new HashMap<>();
    for (Touchpoint t : touchpoints) {
      List<MemberId> p = t.participants();
      for (int i = 0; i < p.size(); i++) {
        for (int j = i + 1; j < p.size(); j++) {
          index.computeIfAbsent(MemberPair.of(p.get(i), p.get(j)), k -> new ArrayList<>(2)).add(t);
        }
      }
    }
    return NetworkIndex.seal(index, TouchpointIndex.BY_TIME);
  }

  /** An unordered pair of members, kept with the smaller id first. */
  private record MemberPair(MemberId low, MemberId high) {
    static MemberPair of(MemberId a, MemberId b) {
      return a.compareTo(b) <= 0 ? new MemberPair(a, b) : new MemberPair(b, a);
    }
  }
}
