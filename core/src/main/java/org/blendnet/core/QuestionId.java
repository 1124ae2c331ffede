package org.blendnet.core;

/**
 * The identifier of a question; {@code toString()} is its bare value.
 *
 * <p>{@code QuestionId.of("q-42")}. See {@link Identifier} for what a valid value is. Immutable and thread-safe.
 *
 * @param value the identifier's text
 * @since 0.1
 */
public record QuestionId(String value) implements Identifier, Comparable<QuestionId> {

  /**
   * Creates an identifier.
   *
   * @throws IllegalArgumentException if {@code value} is blank, too long, has control characters or
   *     surrounding white space
   */
  public QuestionId {
    Checks.identifier(value, "QuestionId");
  }

  /** Returns the identifier with the given value. */
  public static QuestionId of(String value) {
    return new QuestionId(value);
  }

  @Override
  public int compareTo(QuestionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
