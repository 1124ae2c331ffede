package org.blendnet.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The touchpoints of each member of a {@link NetworkStore}, as the positions of the touchpoints in the
 * store's touchpoint log: one {@code int[]} per member (by the member's position in the member log),
 * appended to in increasing order, each entry a position plus one so that 0 marks the unwritten end.
 * A snapshot reads them through a {@link View}, which stops at the first entry at or past its own
 * number of touchpoints: later appends are invisible to it.
 *
 * <p><b>Publication.</b> A single writer (the store, under its lock). The entries a view needs — those
 * below its size — were all written before the view's snapshot was published (a volatile write) and so
 * are visible to any thread that got the snapshot. When a member's array fills, the writer copies it and
 * stores the copy with release semantics; a view loads the array with acquire semantics, so it sees
 * either an array it may read (the old one, never written again below its old length) or a complete
 * copy. An entry written after the view's snapshot may be seen as 0 or as its value (an {@code int} read
 * is atomic), and both end the scan. The outer array, when it grows, is copied and the old one is never
 * written again; each view keeps the outer array of its own snapshot.
 *
 * <p>Append O(1) amortised; a member's look-up O(d log d) for d touchpoints (O(d) when they were appended
 * in time order, the usual case for live data: the sort is a stable merge sort, linear on sorted input).
 */
final class MemberPostings {

  private static final VarHandle LIST = MethodHandles.arrayElementVarHandle(int[][].class);

  private int[][] lists;
  /** How many entries each member's array holds; the writer's alone. */
  private int[] counts;

  MemberPostings(int expectedMembers) {
    int capacity = Math.max(16, expectedMembers);
    lists = new int[capacity][];
    counts = new int[capacity];
  }

  /** Records that the touchpoint at {@code position} involves the member at {@code member}. */
  void add(int member, int position) {
    if (member >= lists.length) {
      int capacity = Math.max(member + 1, lists.length * 2);
      lists = Arrays.copyOf(lists, capacity);
      counts = Arrays.copyOf(counts, capacity);
    }
    int[] list = lists[member];
    int n = counts[member];
    if (list == null) {
      list = new int[4];
      list[0] = position + 1;
      LIST.setRelease(lists, member, list);
    } else if (n == list.length) {
      list = Arrays.copyOf(list, n * 2);
      list[n] = position + 1;
      LIST.setRelease(lists, member, list);
    } else {
      list[n] = position + 1;
    }
    counts[member] = n + 1;
  }

  /** The look-ups of one snapshot: its members and touchpoints. O(1). */
  View view(Table<MemberId, Member> members, Table<TouchpointId, Touchpoint> touchpoints) {
    return new View(lists, members, touchpoints);
  }

  /** The touchpoint look-ups of a snapshot. Immutable and thread-safe. */
  static final class View implements TouchpointIndex {

    private final int[][] lists;
    private final Table<MemberId, Member> members;
    private final Table<TouchpointId, Touchpoint> touchpoints;

    View(int[][] lists, Table<MemberId, Member> members, Table<TouchpointId, Touchpoint> touchpoints) {
      this.lists = lists;
      this.members = members;
      this.touchpoints = touchpoints;
    }

    private int[] list(MemberId member) {
      int index = members.indexOf(member);
      if (index < 0 || index >= lists.length) {
        return new int[0];
      }
      int[] list = (int[]) LIST.getAcquire(lists, index);
      return list == null ? new int[0] : list;
    }

    @Override
    public List<Touchpoint> of(MemberId member) {
      return collect(list(member), null);
    }

    @Override
    public List<Touchpoint> between(MemberId a, MemberId b) {
      int[] la = list(a);
      int[] lb = list(b);
      return la.length <= lb.length ? collect(la, b) : collect(lb, a);
    }

    /** The touchpoints of a list below this snapshot's size, those involving {@code other} if given, by time. */
    private List<Touchpoint> collect(int[] list, @Nullable MemberId other) {
      int limit = touchpoints.size();
      List<Touchpoint> result = new ArrayList<>();
      for (int entry : list) {
        if (entry == 0 || entry > limit) {
          break;
        }
        Touchpoint t = touchpoints.row(entry - 1);
        if (other == null || t.involves(other)) {
          result.add(t);
        }
      }
      if (result.isEmpty()) {
        return List.of();
      }
      result.sort(TouchpointIndex.BY_TIME);
      return Collections.unmodifiableList(result);
    }
  }
}
