package org.blendnet.core;

import java.util.Locale;

/**
 * How a touchpoint happened, each medium on one {@link Channel}.
 *
 * <p>{@link #parse(String)} accepts the constant's name in any case, with spaces or hyphens for the
 * underscores ({@code "face-to-face"}, {@code "QA board"}), as CSV files and people write them.
 *
 * @since 0.1
 */
public enum Medium {
  /** A conversation in person, outside any organised gathering. */
  FACE_TO_FACE(Channel.OFFLINE),
  /** A planned meeting in person. */
  MEETING(Channel.OFFLINE),
  /** An organised gathering in person: a conference, a camp, a networking evening. */
  EVENT(Channel.OFFLINE),
  /** A hands-on session in person. */
  WORKSHOP(Channel.OFFLINE),
  /** Lunch, coffee or dinner together. */
  MEAL(Channel.OFFLINE),
  /** Spending free time together. */
  LEISURE(Channel.OFFLINE),
  /** Working side by side in the same place. */
  WORKING_TOGETHER(Channel.OFFLINE),
  /** Writing a paper, report or product together. */
  CO_AUTHORING(Channel.OFFLINE),
  /** A telephone call. */
  PHONE(Channel.ONLINE),
  /** A video call. */
  VIDEO_CALL(Channel.ONLINE),
  /** An online gathering: a webinar or online event. */
  WEBINAR(Channel.ONLINE),
  /** E-mail. */
  EMAIL(Channel.ONLINE),
  /** A post or reply in a discussion forum. */
  FORUM_POST(Channel.ONLINE),
  /** A question or answer on a Q&amp;A board. */
  QA_BOARD(Channel.ONLINE),
  /** Instant messaging or chat. */
  CHAT(Channel.ONLINE),
  /** A social network (Facebook, LinkedIn…). */
  SOCIAL_MEDIA(Channel.ONLINE),
  /** A microblog (Twitter/X, Mastodon…). */
  MICROBLOG(Channel.ONLINE),
  /** A comment on a blog post. */
  BLOG_COMMENT(Channel.ONLINE);

  private final Channel channel;

  Medium(Channel channel) {
    this.channel = channel;
  }

  /** The channel this medium belongs to. */
  public Channel channel() {
    return channel;
  }

  /**
   * Parses a medium leniently: case-insensitive, with spaces and hyphens read as underscores.
   *
   * @throws IllegalArgumentException naming the text and the accepted values if nothing matches
   */
  public static Medium parse(String text) {
    Checks.notNull(text, "medium");
    String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (Medium m : values()) {
      if (m.name().equals(key)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown medium '" + text + "'; expected one of "
        + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT));
  }
}
