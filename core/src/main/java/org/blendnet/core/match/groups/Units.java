package org.blendnet.core.match.groups;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Member;

/**
 * Members' units for the diversity cap: each member's affiliation cut to a depth, numbered in order of
 * first appearance (so in the planners' member order, never in hash order); -1 for no affiliation.
 */
final class Units {

  final int[] unitOf;
  final List<Affiliation> units;
  final int[] sizes;

  Units(List<Member> members, int depth) {
    unitOf = new int[members.size()];
    units = new ArrayList<>();
    Map<Affiliation, Integer> ids = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      Affiliation a = members.get(i).affiliation().truncate(depth);
      if (a.isNone()) {
        unitOf[i] = -1;
        continue;
      }
      Integer id = ids.get(a);
      if (id == null) {
        id = units.size();
        ids.put(a, id);
        units.add(a);
      }
      unitOf[i] = id;
    }
    sizes = new int[units.size()];
    for (int u : unitOf) {
      if (u >= 0) {
        sizes[u]++;
      }
    }
  }

  /** The unit with the most members (the first of them in numbering order), or -1 if there is none. */
  int largest() {
    int best = -1;
    for (int u = 0; u < sizes.length; u++) {
      if (best < 0 || sizes[u] > sizes[best]) {
        best = u;
      }
    }
    return best;
  }
}
