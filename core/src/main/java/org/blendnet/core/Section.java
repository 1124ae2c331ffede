package org.blendnet.core;

/**
 * The kinds of record a {@link Network} holds, in the order the JSON format writes them. A
 * {@link Violation} names the section and the position of the record it is about.
 *
 * @since 0.1
 */
public enum Section {
  /** {@link Member}s. */
  MEMBERS("members"),
  /** {@link Event}s. */
  EVENTS("events"),
  /** {@link Community}s. */
  COMMUNITIES("communities"),
  /** {@link Touchpoint}s. */
  TOUCHPOINTS("touchpoints"),
  /** {@link Question}s. */
  QUESTIONS("questions"),
  /** {@link Answer}s. */
  ANSWERS("answers"),
  /** {@link Referral}s. */
  REFERRALS("referrals");

  private final String key;

  Section(String key) {
    this.key = key;
  }

  /** The section's name in the JSON format ({@code "touchpoints"}). */
  public String key() {
    return key;
  }
}
