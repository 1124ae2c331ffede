package org.blendnet.core;

/**
 * The identifier of a referral; {@code toString()} is its bare value.
 *
 * <p>{@code ReferralId.of("r-3")}. See {@link Identifier} for what a valid value is. Immutable and thread-safe.
 *
 * @param value the identifier's text
 * @since 0.1
 */
public record ReferralId(String value) implements Identifier, Comparable<ReferralId> {

  /**
   * Creates an identifier.
   *
   * @throws IllegalArgumentException if {@code value} is blank, too long, has control characters or
   *     surrounding white space
   */
  public ReferralId {
    Checks.identifier(value, "ReferralId");
  }

  /** Returns the identifier with the given value. */
  public static ReferralId of(String value) {
    return new ReferralId(value);
  }

  @Override
  public int compareTo(ReferralId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
