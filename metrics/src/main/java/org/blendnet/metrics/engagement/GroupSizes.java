package org.blendnet.metrics.engagement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.blendnet.core.Community;
import org.blendnet.core.CommunityId;
import org.blendnet.core.CommunityKind;
import org.blendnet.core.Network;
import org.blendnet.metrics.internal.Format;

/**
 * How big the communities of a network are ("an average of 17 people taking part in each network"): each
 * community's member count, and the mean and median, over all communities or those of one
 * {@link CommunityKind}. O(c log c) for c communities.
 *
 * @implNote Thread-safe: immutable.
 * @param groups each community's size, in network order
 * @since 0.1
 */
public record GroupSizes(List<Group> groups) {

  /** Creates the figures. */
  public GroupSizes {
    groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
  }

  /** The sizes of all communities of {@code network}. */
  public static GroupSizes of(Network network) {
    Objects.requireNonNull(network, "network");
    List<Group> groups = new ArrayList<>();
    for (Community c : network.communities()) {
      groups.add(new Group(c.id(), c.kind(), c.members().size()));
    }
    return new GroupSizes(groups);
  }

  /** The sizes of the communities of one kind. */
  public GroupSizes ofKind(CommunityKind kind) {
    Objects.requireNonNull(kind, "kind");
    return new GroupSizes(groups.stream().filter(g -> g.kind() == kind).toList());
  }

  /** The number of communities. */
  public int count() {
    return groups.size();
  }

  /** The mean size; 0 when there are no communities. */
  public double mean() {
    long sum = 0;
    for (Group g : groups) {
      sum += g.size();
    }
    return groups.isEmpty() ? 0 : (double) sum / groups.size();
  }

  /** The median size (the mean of the two middle sizes for an even count); 0 when there are no communities. */
  public double median() {
    int[] sizes = groups.stream().mapToInt(Group::size).toArray();
    if (sizes.length == 0) {
      return 0;
    }
    Arrays.sort(sizes);
    int k = sizes.length;
    return k % 2 == 1 ? sizes[k / 2] : (sizes[k / 2 - 1] + (double) sizes[k / 2]) / 2;
  }

  /** The largest size; 0 when there are no communities. */
  public int largest() {
    return groups.stream().mapToInt(Group::size).max().orElse(0);
  }

  /** {@code GroupSizes[count=6, mean=17.2, median=17, largest=25, groups=[…]]}. */
  @Override
  public String toString() {
    return "GroupSizes[count=" + count() + ", mean=" + Format.amount(mean()) + ", median=" + Format.amount(median())
        + ", largest=" + largest() + ", groups=" + Format.capped(groups) + "]";
  }

  /**
   * One community's size.
   *
   * @implNote Thread-safe: immutable.
   * @param community the community
   * @param kind its kind
   * @param size its number of members
   * @since 0.1
   */
  public record Group(CommunityId community, CommunityKind kind, int size) {

    /**
     * Creates the figures.
     *
     * @throws IllegalArgumentException if {@code size < 0}
     */
    public Group {
      Objects.requireNonNull(community, "community");
      Objects.requireNonNull(kind, "kind");
      if (size < 0) {
        throw new IllegalArgumentException("size must be >= 0 but was " + size);
      }
    }

    /** {@code lg3 (LEARNING_GROUP): 17}. */
    @Override
    public String toString() {
      return community + " (" + kind + "): " + size;
    }
  }
}
