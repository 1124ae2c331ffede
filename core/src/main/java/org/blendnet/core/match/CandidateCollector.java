package org.blendnet.core.match;

import java.util.Objects;
import org.blendnet.core.MemberId;

/** The distinct candidates of one request, in the order first proposed. Not thread-safe. */
final class CandidateCollector implements CandidateSink {

  private final MemberTable table;
  private final IntSet candidates;

  CandidateCollector(MemberTable table, int expected) {
    this.table = table;
    this.candidates = new IntSet(expected);
  }

  @Override
  public void add(int index) {
    if (index < 0 || index >= table.size()) {
      throw new IllegalArgumentException(
          "member index must be in [0, " + table.size() + ") but was " + index);
    }
    candidates.add(index);
  }

  @Override
  public void add(MemberId member) {
    int index = table.indexOf(Objects.requireNonNull(member, "member"));
    if (index < 0) {
      throw new IllegalArgumentException("Unknown member: " + member);
    }
    candidates.add(index);
  }

  /** Adds a position known to be valid; does nothing if it is already there. */
  void addUnchecked(int index) {
    candidates.add(index);
  }

  int size() {
    return candidates.size();
  }

  int get(int i) {
    return candidates.get(i);
  }

  @Override
  public String toString() {
    return "CandidateSink[" + candidates.size() + " candidates]";
  }
}
