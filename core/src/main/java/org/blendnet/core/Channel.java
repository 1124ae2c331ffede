package org.blendnet.core;

/**
 * The two sides of blended networking: contact in the same room, or contact through a medium.
 *
 * <p>{@code OFFLINE} means face to face (meetings, events, lunch); {@code ONLINE} means mediated by
 * technology (forums, chat, social media — and also phone and video calls, which are remote). A tie that
 * has touchpoints on both channels is <em>blended</em>.
 *
 * @since 0.1
 */
public enum Channel {
  /** Mediated contact: forums, Q&amp;A boards, chat, e-mail, social media, calls. */
  ONLINE,
  /** Face-to-face contact: conversations, meetings, events, workshops. */
  OFFLINE
}
