package org.blendnet.core;

/**
 * What kind of group a {@link Community} is.
 *
 * @since 0.1
 */
public enum CommunityKind {
  /** An online community: a forum, a Q&amp;A board, a group on a social network. */
  ONLINE_COMMUNITY,
  /** A social learning group, formed around shared interests (often after a course). */
  LEARNING_GROUP,
  /** A community of practice: people who share a craft and learn from each other over time. */
  COMMUNITY_OF_PRACTICE,
  /** A network inside an organisation: a department or cross-department network. */
  ORGANISATIONAL_NETWORK,
  /** A business or professional network: a chamber, a business exchange, a networking club. */
  BUSINESS_NETWORK,
  /** Any other group. */
  OTHER
}
