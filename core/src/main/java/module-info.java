/**
 * Blendnet core: the domain model of a blended network (members, online and offline touchpoints,
 * events, communities, questions, answers and referrals), the immutable {@link org.blendnet.core.Network}
 * aggregate, its JSON and CSV input and output, and the matchmaking engine
 * ({@link org.blendnet.core.match.Matchmaker}).
 *
 * @since 0.1
 */
module org.blendnet.core {
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires org.slf4j;
  requires static transitive org.jspecify;

  exports org.blendnet.core;
  exports org.blendnet.core.io;
  exports org.blendnet.core.match;
  exports org.blendnet.core.match.groups;
  exports org.blendnet.core.match.intro;
  // org.blendnet.core.internal is not exported: access between our own packages only
}
