package org.blendnet.core;

/**
 * What a member has agreed to. Blendnet enforces it: a member who may not be recommended is never
 * returned by matchmaking, and contact details are never passed on without both this consent and a
 * {@link ConsentState#GRANTED} answer on the referral that passes them.
 *
 * <p>{@link #defaults()} is what a member who joined a networking platform expects: may be contacted and
 * recommended, but contact details stay private until they say otherwise. Immutable and thread-safe.
 *
 * @param contactable may be contacted through the platform (asked questions, sent introductions)
 * @param shareContactDetails may have contact details passed on to another member
 * @param recommendable may be recommended to others (as a peer, an answerer, a referral hop)
 * @since 0.1
 */
public record Consent(boolean contactable, boolean shareContactDetails, boolean recommendable) {

  private static final Consent DEFAULTS = new Consent(true, false, true);
  private static final Consent ALL = new Consent(true, true, true);
  private static final Consent NONE = new Consent(false, false, false);

  /** Contactable and recommendable; contact details not shared. */
  public static Consent defaults() {
    return DEFAULTS;
  }

  /** Everything agreed. */
  public static Consent all() {
    return ALL;
  }

  /** Nothing agreed: the member is only counted, never contacted, recommended or shared. */
  public static Consent none() {
    return NONE;
  }

  /** This consent with {@code shareContactDetails} set. */
  public Consent withShareContactDetails(boolean value) {
    return value == shareContactDetails ? this : new Consent(contactable, value, recommendable);
  }

  /** This consent with {@code recommendable} set. */
  public Consent withRecommendable(boolean value) {
    return value == recommendable ? this : new Consent(contactable, shareContactDetails, value);
  }

  /** This consent with {@code contactable} set. */
  public Consent withContactable(boolean value) {
    return value == contactable ? this : new Consent(value, shareContactDetails, recommendable);
  }
}
