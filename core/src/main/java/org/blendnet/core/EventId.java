package org.blendnet.core;

/**
 * The identifier of an event; {@code toString()} is its bare value.
 *
 * <p>{@code EventId.of("kent-camp-2011")}. See {@link Identifier} for what a valid value is. Immutable and thread-safe.
 *
 * @param value the identifier's text
 * @since 0.1
 */
public record EventId(String value) implements Identifier, Comparable<EventId> {

  /**
   * Creates an identifier.
   *
   * @throws IllegalArgumentException if {@code value} is blank, too long, has control characters or
   *     surrounding white space
   */
  public EventId {
    Checks.identifier(value, "EventId");
  }

  /** Returns the identifier with the given value. */
  public static EventId of(String value) {
    return new EventId(value);
  }

  @Override
  public int compareTo(EventId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
