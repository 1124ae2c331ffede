/**
 * Blendnet metrics: reciprocity, engagement, blendedness and channel precedence, knowledge at risk and
 * the network health report.
 *
 * @since 0.1
 */
module org.blendnet.metrics {
  requires transitive org.blendnet.graph;
  requires static transitive org.jspecify;
}
