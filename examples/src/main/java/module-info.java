/**
 * Blendnet examples: runnable programs that tell the stories of blended networking on real data.
 *
 * @since 0.1
 */
module org.blendnet.examples {
  requires transitive org.blendnet.metrics;
  requires org.slf4j;
  requires tools.jackson.core;
  requires java.xml;

  exports org.blendnet.examples;
  exports org.blendnet.examples.datasets;
  exports org.blendnet.examples.evaluation;
}
