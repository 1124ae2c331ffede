package org.blendnet.core;

/**
 * Hears how far a long run has got: building a social graph from millions of touchpoints, community
 * detection on a large graph, a report over a whole network.
 *
 * <p>A run calls {@link #progress(String, long, long)} from the thread that does the work, a bounded
 * number of times per stage (never once per record), so a listener may update a progress bar or log a
 * line directly. It should return quickly; an exception it throws ends the run and reaches the caller.
 * Stage names are short lower-case phrases ({@code "aggregating touchpoints"}, {@code "leiden iteration"})
 * meant for people, not for matching.
 *
 * <pre>{@code
 * ProgressListener print = (stage, done, total) -> System.out.printf("%s %d/%d%n", stage, done, total);
 * }</pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores every report. */
  ProgressListener NONE = (stage, done, total) -> { };

  /**
   * Reports progress within a stage.
   *
   * @param stage what the run is doing now
   * @param done how many units of the stage are done, {@code 0 <= done}
   * @param total how many units the stage has, or {@code -1} if that is not known in advance
   */
  void progress(String stage, long done, long total);
}
