package org.blendnet.core;

/**
 * The identifier of a member; {@code toString()} is its bare value.
 *
 * <p>{@code MemberId.of("ana")}. See {@link Identifier} for what a valid value is. Immutable and thread-safe.
 *
 * @param value the identifier's text
 * @since 0.1
 */
public record MemberId(String value) implements Identifier, Comparable<MemberId> {

  /**
   * Creates an identifier.
   *
   * @throws IllegalArgumentException if {@code value} is blank, too long, has control characters or
   *     surrounding white space
   */
  public MemberId {
    Checks.identifier(value, "MemberId");
  }

  /** Returns the identifier with the given value. */
  public static MemberId of(String value) {
    return new MemberId(value);
  }

  @Override
  public int compareTo(MemberId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
