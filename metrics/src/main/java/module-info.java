/**
 * Blendnet metrics: reciprocity, engagement, blendedness and channel precedence, knowledge at risk and
 * the network health report.
 *
 * <ul>
 *   <li>{@link org.blendnet.metrics}: what every measure shares — time windows and inequality;
 *   <li>{@link org.blendnet.metrics.reciprocity}: give and take — the reciprocity ledger, giver / matcher /
 *       taker profiles, dyadic and generalized reciprocity, overload and the referral funnel;
 *   <li>{@link org.blendnet.metrics.engagement}: who takes part — active share, participation
 *       inequality, retention, answer rates, group sizes;
 *   <li>{@link org.blendnet.metrics.blended}: blendedness and channel precedence — online only, face to
 *       face only and blended ties, which channel came first, and event catalysis;
 *   <li>{@link org.blendnet.metrics.silo}: silo indices of the declared units — E-I index, attribute
 *       assortativity and modularity;
 *   <li>{@link org.blendnet.metrics.expertise}: knowledge at risk;
 *   <li>{@link org.blendnet.metrics.report}: the network health report — all of the above, with silos and
 *       network shape, as JSON, Markdown and a self-contained HTML page.
 * </ul>
 *
 * @since 0.1
 */
module org.blendnet.metrics {
  requires transitive org.blendnet.graph;
  requires tools.jackson.core;
  requires static transitive org.jspecify;

  exports org.blendnet.metrics;
  exports org.blendnet.metrics.reciprocity;
  exports org.blendnet.metrics.engagement;
  exports org.blendnet.metrics.blended;
  exports org.blendnet.metrics.silo;
  exports org.blendnet.metrics.expertise;
  exports org.blendnet.metrics.report;
}
