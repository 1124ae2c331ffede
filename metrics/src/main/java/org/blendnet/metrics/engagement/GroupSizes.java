package org.blendnet.metrics.engagement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.blendnet.core.Answer;
import org.blendnet.core.Community;
import org.blendnet.core.CommunityId;
import org.blendnet.core.CommunityKind;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.Referral;
import org.blendnet.core.Touchpoint;
import org.blendnet.metrics.TimeWindows;
import org.blendnet.metrics.internal.Format;
import org.blendnet.metrics.internal.IdIndex;
import org.jspecify.annotations.Nullable;

/**
 * How big the communities of a network are ("an average of 17 people taking part in each network") and how
 * many of them are active: each community's member count and its members who took part in it, the mean and
 * median size, over all communities or those of one {@link CommunityKind}.
 *
 * <p>A member is <em>active in a community</em> when they performed an act in it — the acts of
 * {@link Engagement#of(Network, TimeWindows, CommunityId)}: taking part in a touchpoint that happened in it,
 * asking a question in it, answering such a question, referring it on — within the periods, so that
 * {@link Group#active()} equals that engagement's {@link Engagement#activeMembers()}. A community is active
 * when at least one of its members is.
 *
 * <p>One pass over the records: O(r log s) for r records and communities of at most s members, plus
 * O(c log c) for c communities; O(a) space for a pairs of a community and an active member of it.
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

  /** The sizes of all communities of {@code network}, and their members active in them in any record. */
  public static GroupSizes of(Network network) {
    Objects.requireNonNull(network, "network");
    return count(network, null);
  }

  /** The sizes of all communities of {@code network}, and their members active in them within {@code periods}. */
  public static GroupSizes of(Network network, TimeWindows periods) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(periods, "periods");
    return count(network, periods);
  }

  private static boolean within(@Nullable TimeWindows periods, Instant at) {
    return periods == null || periods.indexOf(at) >= 0;
  }

  private static GroupSizes count(Network network, @Nullable TimeWindows periods) {
    List<Community> communities = network.communities();
    Map<CommunityId, Integer> position = new HashMap<>();
    List<Set<MemberId>> active = new ArrayList<>(communities.size());
    for (Community c : communities) {
      position.put(c.id(), active.size());
      active.add(new HashSet<>());
    }
    for (Touchpoint t : network.touchpoints()) {
      if (t.community().isPresent() && within(periods, t.at())) {
        int c = Objects.requireNonNull(position.get(t.community().get()), "community of a touchpoint");
        for (MemberId m : t.participants()) {
          mark(communities.get(c), active.get(c), m);
        }
      }
    }
    // answers and referrals count in the community of their question
    int[] questionCommunity = new int[network.questions().size()];
    for (int i = 0; i < questionCommunity.length; i++) {
      Question q = network.questions().get(i);
      questionCommunity[i] = q.community().map(position::get).orElse(-1);
      if (questionCommunity[i] >= 0 && within(periods, q.askedAt())) {
        mark(communities.get(questionCommunity[i]), active.get(questionCommunity[i]), q.asker());
      }
    }
    IdIndex<org.blendnet.core.QuestionId> questions = IdIndex.questions(network);
    for (Answer a : network.answers()) {
      int c = questionCommunity[questions.positionOfKnown(a.question())];
      if (c >= 0 && within(periods, a.answeredAt())) {
        mark(communities.get(c), active.get(c), a.responder());
      }
    }
    for (Referral r : network.referrals()) {
      int c = r.question().map(q -> questionCommunity[questions.positionOfKnown(q)]).orElse(-1);
      if (c >= 0 && within(periods, r.at())) {
        mark(communities.get(c), active.get(c), r.referrer());
      }
    }
    List<Group> groups = new ArrayList<>(communities.size());
    for (int c = 0; c < communities.size(); c++) {
      Community community = communities.get(c);
      groups.add(new Group(community.id(), community.kind(), community.members().size(), active.get(c).size()));
    }
    return new GroupSizes(groups);
  }

  private static void mark(Community community, Set<MemberId> active, MemberId member) {
    if (community.members().contains(member)) {
      active.add(member);
    }
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

  /** The number of active communities: those with at least one active member. */
  public int activeCount() {
    return (int) groups.stream().filter(Group::isActive).count();
  }

  /** activeCount / count; 0 when there are no communities. */
  public double activeShare() {
    return groups.isEmpty() ? 0 : (double) activeCount() / groups.size();
  }

  /** The community with this id, if it is one of these. */
  public Optional<Group> group(CommunityId community) {
    Objects.requireNonNull(community, "community");
    return groups.stream().filter(g -> g.community().equals(community)).findFirst();
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

  /** {@code GroupSizes[count=6, active=5, mean=17.2, median=17, largest=25, groups=[…]]}. */
  @Override
  public String toString() {
    return "GroupSizes[count=" + count() + ", active=" + activeCount() + ", mean=" + Format.amount(mean())
        + ", median=" + Format.amount(median()) + ", largest=" + largest() + ", groups=" + Format.capped(groups) + "]";
  }

  /**
   * One community's size and activity.
   *
   * @implNote Thread-safe: immutable.
   * @param community the community
   * @param kind its kind
   * @param size its number of members
   * @param active of those, members active in it
   * @since 0.1
   */
  public record Group(CommunityId community, CommunityKind kind, int size, int active) {

    /**
     * Creates the figures.
     *
     * @throws IllegalArgumentException unless {@code 0 <= active <= size}
     */
    public Group {
      Objects.requireNonNull(community, "community");
      Objects.requireNonNull(kind, "kind");
      if (size < 0) {
        throw new IllegalArgumentException("size must be >= 0 but was " + size);
      }
      if (active < 0 || active > size) {
        throw new IllegalArgumentException("need 0 <= active <= size but was active=" + active + ", size=" + size);
      }
    }

    /** True when at least one member was active in the community. */
    public boolean isActive() {
      return active > 0;
    }

    /** active / size; 0 for an empty community. */
    public double activeShare() {
      return size == 0 ? 0 : (double) active / size;
    }

    /** {@code lg3 (LEARNING_GROUP): 17, 13 active}. */
    @Override
    public String toString() {
      return community + " (" + kind + "): " + size + ", " + active + " active";
    }
  }
}
