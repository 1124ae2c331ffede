/**
 * Blendnet graph: the social graph of a network and the algorithms on it — community detection, silo
 * detection, structure (components, cores, bridges), brokerage, referral paths, network shape — and its
 * export to GraphML, GEXF and DOT.
 *
 * @since 0.1
 */
module org.blendnet.graph {
  requires transitive org.blendnet.core;
  requires static transitive org.jspecify;
  requires java.xml;

  exports org.blendnet.graph;
  exports org.blendnet.graph.brokerage;
  exports org.blendnet.graph.community;
  exports org.blendnet.graph.export;
  exports org.blendnet.graph.generate;
  exports org.blendnet.graph.match;
  exports org.blendnet.graph.path;
  exports org.blendnet.graph.shape;
  exports org.blendnet.graph.silo;
  exports org.blendnet.graph.structure;
}
