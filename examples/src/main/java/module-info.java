/**
 * Blendnet examples: runnable programs that tell the stories of blended networking on real data.
 *
 * @since 0.1
 */
module org.blendnet.examples {
  requires transitive org.blendnet.metrics;
  requires org.slf4j;

  exports org.blendnet.examples;
  exports org.blendnet.examples.datasets;
}
