package org.blendnet.graph.brokerage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.graph.community.Partition;

/**
 * A division of members into named groups — their declared units, detected communities or any labels —
 * for {@link GouldFernandez} brokerage analysis. Groups are numbered {@code 0 .. groupCount() - 1} in the
 * order of their names (for a partition, in community order).
 *
 * <pre>{@code
 * Grouping.byAffiliation(network, 2);        // organisation / unit
 * Grouping.of(Leiden.withDefaults().detect(graph));
 * }</pre>
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class Grouping {

  private static final int SHOWN = 10;

  private final MemberId[] members;
  private final int[] group;
  private final String[] names;
  private final int[] sizes;

  private Grouping(MemberId[] sortedMembers, int[] group, String[] names) {
    this.members = sortedMembers;
    this.group = group;
    this.names = names;
    this.sizes = new int[names.length];
    for (int g : group) {
      sizes[g]++;
    }
  }

  /**
   * The members' declared units: their {@link Affiliation} cut to {@code depth} segments (1: organisation,
   * 2: unit, …), the group named by the cut path ({@code "Acme / Sales"}). Members whose affiliation is
   * shallower keep their whole path; members without an affiliation form the group {@code "(none)"}.
   *
   * @throws IllegalArgumentException if {@code depth < 1}
   */
  public static Grouping byAffiliation(Network network, int depth) {
    Objects.requireNonNull(network, "network");
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be >= 1 but was " + depth);
    }
    Map<MemberId, String> labels = new TreeMap<>();
    for (Member m : network.members()) {
      labels.put(m.id(), m.affiliation().truncate(depth).toString());
    }
    return of(labels);
  }

  /** The communities of a partition, named {@code "community 0"}, {@code "community 1"}, … (largest first). */
  public static Grouping of(Partition partition) {
    Objects.requireNonNull(partition, "partition");
    int n = partition.nodeCount();
    MemberId[] ids = new MemberId[n];
    int[] byNode = partition.membership();
    for (int v = 0; v < n; v++) {
      ids[v] = partition.graph().member(v);
    }
    // sort members by id, carrying their community
    Integer[] order = new Integer[n];
    for (int v = 0; v < n; v++) {
      order[v] = v;
    }
    Arrays.sort(order, (a, b) -> ids[a].compareTo(ids[b]));
    MemberId[] sorted = new MemberId[n];
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = ids[order[i]];
      group[i] = byNode[order[i]];
    }
    int count = partition.communityCount();
    String[] names = new String[count];
    for (int c = 0; c < count; c++) {
      names[c] = "community " + c;
    }
    // community numbers are already dense and ordered by size; keep them (names sort differently past 9)
    return new Grouping(sorted, group, names);
  }

  /**
   * Explicit groups: each member's group name.
   *
   * @throws IllegalArgumentException if a group name is blank
   */
  public static Grouping of(Map<MemberId, String> groupOf) {
    Objects.requireNonNull(groupOf, "groupOf");
    TreeMap<MemberId, String> sorted = new TreeMap<>();
    for (Map.Entry<MemberId, String> e : groupOf.entrySet()) {
      MemberId m = Objects.requireNonNull(e.getKey(), "member");
      String name = Objects.requireNonNull(e.getValue(), "group of " + m);
      if (name.isBlank()) {
        throw new IllegalArgumentException("the group of member " + m + " is blank");
      }
      sorted.put(m, name);
    }
    String[] names = sorted.values().stream().distinct().sorted().toArray(String[]::new);
    MemberId[] members = new MemberId[sorted.size()];
    int[] group = new int[members.length];
    int i = 0;
    for (Map.Entry<MemberId, String> e : sorted.entrySet()) {
      members[i] = e.getKey();
      group[i++] = Arrays.binarySearch(names, e.getValue());
    }
    return new Grouping(members, group, names);
  }

  /** The number of groups. */
  public int groupCount() {
    return names.length;
  }

  /** The number of members grouped. */
  public int memberCount() {
    return members.length;
  }

  /**
   * The name of a group.
   *
   * @throws IndexOutOfBoundsException if {@code group} is not a group
   */
  public String groupName(int group) {
    return names[Objects.checkIndex(group, names.length)];
  }

  /**
   * The number of members of a group.
   *
   * @throws IndexOutOfBoundsException if {@code group} is not a group
   */
  public int size(int group) {
    return sizes[Objects.checkIndex(group, sizes.length)];
  }

  /** True if the member is grouped. */
  public boolean contains(MemberId member) {
    return Arrays.binarySearch(members, Objects.requireNonNull(member, "member")) >= 0;
  }

  /**
   * The group of a member, O(log n).
   *
   * @throws IllegalArgumentException if the member is not grouped
   */
  public int groupOf(MemberId member) {
    int i = Arrays.binarySearch(members, Objects.requireNonNull(member, "member"));
    if (i < 0) {
      throw new IllegalArgumentException("member " + member + " is in no group");
    }
    return group[i];
  }

  /** The members grouped, in id order: an unmodifiable copy. */
  public List<MemberId> members() {
    return List.of(members);
  }

  /** {@code Grouping[groups=3, members=34, sizes=[Acme / Ops=5, Acme / Sales=12, (none)=17]]}, at most ten groups. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Grouping[groups=").append(names.length).append(", members=")
        .append(members.length).append(", sizes=[");
    int shown = Math.min(SHOWN, names.length);
    for (int g = 0; g < shown; g++) {
      if (g > 0) {
        s.append(", ");
      }
      s.append(names[g]).append('=').append(sizes[g]);
    }
    if (names.length > shown) {
      s.append(", …(+").append(names.length - shown).append(" more)");
    }
    return s.append("]]").toString();
  }
}
