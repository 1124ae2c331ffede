package org.blendnet.core;

/**
 * The identifier of a touchpoint; {@code toString()} is its bare value.
 *
 * <p>{@code TouchpointId.of("t-0001")}. See {@link Identifier} for what a valid value is. Immutable and thread-safe.
 *
 * @param value the identifier's text
 * @since 0.1
 */
public record TouchpointId(String value) implements Identifier, Comparable<TouchpointId> {

  /**
   * Creates an identifier.
   *
   * @throws IllegalArgumentException if {@code value} is blank, too long, has control characters or
   *     surrounding white space
   */
  public TouchpointId {
    Checks.identifier(value, "TouchpointId");
  }

  /** Returns the identifier with the given value. */
  public static TouchpointId of(String value) {
    return new TouchpointId(value);
  }

  @Override
  public int compareTo(TouchpointId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
