package org.blendnet.core.match;

import java.util.Objects;
import org.blendnet.core.MemberId;

/**
 * Two different members, unordered: {@code MemberPair.of(a, b)} equals {@code MemberPair.of(b, a)}. Used
 * for pairs that must not be matched (blocked pairs) and, in later planners, for pairs already matched.
 *
 * <p>The constructor puts the smaller id first, so {@link #first()} is never greater than
 * {@link #second()}. Immutable and thread-safe.
 *
 * @param first the member with the smaller id
 * @param second the member with the greater id
 * @since 0.1
 */
public record MemberPair(MemberId first, MemberId second) {

  /**
   * Creates a pair, ordering the two ids.
   *
   * @throws IllegalArgumentException if both are the same member
   */
  public MemberPair {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    int order = first.compareTo(second);
    if (order == 0) {
      throw new IllegalArgumentException("a pair needs two different members but got " + first + " twice");
    }
    if (order > 0) {
      MemberId swap = first;
      first = second;
      second = swap;
    }
  }

  /**
   * The pair of {@code a} and {@code b}, in either order.
   *
   * @throws IllegalArgumentException if both are the same member
   */
  public static MemberPair of(MemberId a, MemberId b) {
    return new MemberPair(a, b);
  }

  /** True if {@code member} is one of the two. */
  public boolean contains(MemberId member) {
    Objects.requireNonNull(member, "member");
    return first.equals(member) || second.equals(member);
  }

  /**
   * The member paired with {@code member}.
   *
   * @throws IllegalArgumentException if {@code member} is not in the pair
   */
  public MemberId other(MemberId member) {
    Objects.requireNonNull(member, "member");
    if (first.equals(member)) {
      return second;
    }
    if (second.equals(member)) {
      return first;
    }
    throw new IllegalArgumentException(member + " is not in the pair " + this);
  }

  /** {@code {ana, bo}}. */
  @Override
  public String toString() {
    return "{" + first + ", " + second + "}";
  }
}
