/**
 * Blendnet examples: runnable programs that tell the stories of blended networking on real data; the
 * command-line tool; generators and a simulation API for experiments.
 *
 * @since 0.1
 */
module org.blendnet.examples {
  requires transitive org.blendnet.metrics;
  requires org.slf4j;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires java.xml;
  requires info.picocli;

  exports org.blendnet.examples;
  exports org.blendnet.examples.cli;
  exports org.blendnet.examples.datasets;
  exports org.blendnet.examples.evaluation;
  exports org.blendnet.examples.generate;
  exports org.blendnet.examples.simulate;
  exports org.blendnet.examples.stories;

  opens org.blendnet.examples.cli to info.picocli;
}
