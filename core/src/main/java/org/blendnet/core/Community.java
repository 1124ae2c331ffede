package org.blendnet.core;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A standing group of members: an online community, a learning group, a department network.
 *
 * <p>Touchpoints and questions may say which community they happened in; membership is the list here.
 * Immutable and thread-safe.
 *
 * @param id the community's identifier
 * @param name its name (not blank)
 * @param kind what kind of group it is
 * @param topics what it is about, in topic order
 * @param members its members, in id order
 * @since 0.1
 */
public record Community(CommunityId id, String name, CommunityKind kind, Set<Topic> topics, Set<MemberId> members) {

  /**
   * Creates a community.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public Community {
    Checks.notNull(id, "id");
    Checks.notBlank(name, "name");
    Checks.notNull(kind, "kind");
    topics = SortedArraySet.copyOf(topics, "topics");
    members = SortedArraySet.copyOf(members, "members");
  }

  /** A community with the given members and no topics. */
  public static Community of(CommunityId id, String name, CommunityKind kind, Set<MemberId> members) {
    return new Community(id, name, kind, Set.of(), members);
  }

  /** This community with {@code member} removed (or {@code this} if it was not a member). */
  public Community without(MemberId member) {
    if (!members.contains(Checks.notNull(member, "member"))) {
      return this;
    }
    return new Community(id, name, kind, topics, members.stream().filter(m -> !m.equals(member)).collect(Collectors.toSet()));
  }

  @Override
  public String toString() {
    return "Community[id=" + id + ", kind=" + kind + ", members=" + members.size() + "]";
  }
}
