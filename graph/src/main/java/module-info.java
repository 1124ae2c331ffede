/**
 * Blendnet graph: the social graph of a network and the algorithms on it — community detection, silo
 * detection, brokerage, referral paths and network shape.
 *
 * @since 0.1
 */
module org.blendnet.graph {
  requires transitive org.blendnet.core;
  requires static transitive org.jspecify;

  exports org.blendnet.graph;
  exports org.blendnet.graph.brokerage;
  exports org.blendnet.graph.community;
  exports org.blendnet.graph.generate;
  exports org.blendnet.graph.path;
  exports org.blendnet.graph.shape;
}
