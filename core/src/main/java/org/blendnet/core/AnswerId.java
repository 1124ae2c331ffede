package org.blendnet.core;

/**
 * The identifier of an answer; {@code toString()} is its bare value.
 *
 * <p>{@code AnswerId.of("a-7")}. See {@link Identifier} for what a valid value is. Immutable and thread-safe.
 *
 * @param value the identifier's text
 * @since 0.1
 */
public record AnswerId(String value) implements Identifier, Comparable<AnswerId> {

  /**
   * Creates an identifier.
   *
   * @throws IllegalArgumentException if {@code value} is blank, too long, has control characters or
   *     surrounding white space
   */
  public AnswerId {
    Checks.identifier(value, "AnswerId");
  }

  /** Returns the identifier with the given value. */
  public static AnswerId of(String value) {
    return new AnswerId(value);
  }

  @Override
  public int compareTo(AnswerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
