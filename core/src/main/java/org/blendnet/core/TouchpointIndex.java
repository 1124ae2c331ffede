package org.blendnet.core;

import java.util.Comparator;
import java.util.List;

/**
 * The touchpoints of a {@link Network} by member and by pair of members. A network made by its builder
 * indexes all its touchpoints once, on first use ({@link FullTouchpointIndex}); a snapshot of a {@link NetworkStore}
 * reads the store's per-member postings instead, so that taking a snapshot never re-indexes.
 */
interface TouchpointIndex {

  /** Time order, ties in the order added (the sorts used are stable). */
  Comparator<Touchpoint> BY_TIME = (x, y) -> x.at().compareTo(y.at());

  /** The touchpoints of a member the network holds, in time order. */
  List<Touchpoint> of(MemberId member);

  /** The touchpoints of two different members the network holds, in time order. */
  List<Touchpoint> between(MemberId a, MemberId b);
}
