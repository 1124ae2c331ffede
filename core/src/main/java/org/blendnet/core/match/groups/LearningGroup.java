package org.blendnet.core.match.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.blendnet.core.Affiliation;
import org.blendnet.core.MemberId;
import org.blendnet.core.Topic;

/**
 * One learning group of a {@link GroupPlan}: its members, what they share and where they come from.
 *
 * <p>{@link #explanation()} says why the group hangs together in words: "17 members; share negotiation
 * (9), pricing (6), export finance (4); from Acme / Sales 4, Acme / Finance 3, Beta / Legal 3 …(+4 more);
 * 41 shared topic pairs". It names topics and units, never members.
 *
 * @param number the group's number in the plan, from 1
 * @param members the members, in id order
 * @param sharedTopics the topics at least two members hold (as an interest or as expertise), with how many
 *     hold each; most held first, then by topic
 * @param units the members' units (affiliation cut to the plan's depth; {@link Affiliation#none()} for
 *     members without one), with how many come from each; largest first, then by name
 * @param sharedTopicPairs the group's part of the objective: Σ over its topics of C(holders, 2), the number
 *     of (pair of members, topic both hold) triples
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record LearningGroup(int number, List<MemberId> members, Map<Topic, Integer> sharedTopics,
    Map<Affiliation, Integer> units, long sharedTopicPairs) {

  /** How many shared topics and units {@link #explanation()} names before "…(+n more)". */
  public static final int NAMED = 5;

  /**
   * Creates a group.
   *
   * @throws IllegalArgumentException if the number is below 1, the group is empty or the pair count negative
   */
  public LearningGroup {
    members = List.copyOf(Objects.requireNonNull(members, "members"));
    Objects.requireNonNull(sharedTopics, "sharedTopics");
    Objects.requireNonNull(units, "units");
    if (number < 1) {
      throw new IllegalArgumentException("number must be >= 1 but was " + number);
    }
    if (members.isEmpty()) {
      throw new IllegalArgumentException("group " + number + " must have members");
    }
    sharedTopics = Wording.orderedCopy(sharedTopics, "sharedTopics");
    units = Wording.orderedCopy(units, "units");
    if (sharedTopicPairs < 0) {
      throw new IllegalArgumentException("sharedTopicPairs must be >= 0 but was " + sharedTopicPairs);
    }
  }

  /** The number of members. */
  public int size() {
    return members.size();
  }

  /** Why the group hangs together: shared topics, units and the pair count, in words. */
  public String explanation() {
    List<String> topics = new ArrayList<>();
    sharedTopics.forEach((t, c) -> topics.add(t.name() + " (" + c + ")"));
    String shares = topics.isEmpty() ? "no topic in common" : "share " + Wording.capped(topics, NAMED);
    return size() + " members; " + shares + "; from " + Wording.capped(Wording.counted(units), NAMED) + "; "
        + sharedTopicPairs + " shared topic pair" + (sharedTopicPairs == 1 ? "" : "s");
  }

  /** {@code LearningGroup[#3, 17 members, 41 shared topic pairs, 6 units]}: numbers only. */
  @Override
  public String toString() {
    return "LearningGroup[#" + number + ", " + size() + " members, " + sharedTopicPairs + " shared topic pairs, "
        + units.size() + " unit" + (units.size() == 1 ? "" : "s") + "]";
  }
}
