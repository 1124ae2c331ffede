package org.blendnet.core;

/**
 * The identifier of a community; {@code toString()} is its bare value.
 *
 * <p>{@code CommunityId.of("any-answers")}. See {@link Identifier} for what a valid value is. Immutable and thread-safe.
 *
 * @param value the identifier's text
 * @since 0.1
 */
public record CommunityId(String value) implements Identifier, Comparable<CommunityId> {

  /**
   * Creates an identifier.
   *
   * @throws IllegalArgumentException if {@code value} is blank, too long, has control characters or
   *     surrounding white space
   */
  public CommunityId {
    Checks.identifier(value, "CommunityId");
  }

  /** Returns the identifier with the given value. */
  public static CommunityId of(String value) {
    return new CommunityId(value);
  }

  @Override
  public int compareTo(CommunityId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
