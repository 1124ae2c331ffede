package org.blendnet.graph.community;

import java.util.Objects;
import org.blendnet.core.ProgressListener;
import org.blendnet.graph.SocialGraph;

/**
 * Community detection with the Leiden algorithm: divides a {@link SocialGraph} into communities that
 * maximise {@linkplain Objective#MODULARITY modularity} or the {@linkplain Objective#CPM constant Potts
 * model}, each community guaranteed to be connected.
 *
 * <p>V. A. Traag, L. Waltman and N. J. van Eck, "From Louvain to Leiden: guaranteeing well-connected
 * communities", Scientific Reports 9, 5233 (2019), doi:10.1038/s41598-019-41695-z. Written from the paper.
 * Each iteration repeats, on ever smaller aggregate graphs:
 *
 * <ol>
 *   <li><b>fast local moving</b> — nodes are taken from a queue, first in random order, and each moves to
 *       the neighbouring community (or an empty one) that gains the most; when a node moves, its
 *       neighbours outside its new community rejoin the queue;
 *   <li><b>refinement</b> — within each community, starting from single nodes, each node that is still
 *       alone and well connected to its community merges into a well-connected sub-community chosen at
 *       random among those with a non-negative gain, with probability proportional to exp(gain / θ), θ
 *       being the {@linkplain LeidenOptions#randomness() randomness}; sub-communities are therefore
 *       connected;
 *   <li><b>aggregation</b> — each sub-community becomes one node of the next level, which starts from the
 *       unrefined communities;
 * </ol>
 *
 * until local moving leaves every node of a level in a community of its own. The result is the start of
 * the next iteration; iterations stop when one changes nothing ({@link Partition#converged()}) or after
 * {@linkplain LeidenOptions#maxIterations() the iteration limit}. A last O(n + m) pass splits a community
 * into its connected parts should one ever not be connected (possible only when a start partition puts
 * unconnected members together), which can only raise the quality.
 *
 * <p><b>Engineering.</b> Three choices of ours, for speed, that the paper leaves open: the queue starts in
 * a random order of blocks of 16 consecutive nodes (rather than of single nodes), so that consecutive
 * visits read neighbouring memory; after the first iteration the graph is renumbered so that each
 * community's members are adjacent in memory (results are mapped back); and all buffers are flat
 * primitive arrays allocated once per run.
 *
 * <p><b>Complexity.</b> Each local-moving pass is O(m) for m ties, and in practice few passes are needed;
 * refinement and aggregation are O(n + m) per level, and the levels shrink geometrically, so an iteration
 * takes roughly O(m) time on real networks (the paper measures this). Memory: O(n + m) — about 150 bytes
 * per member and up to 48 bytes per tie, allocated once per run and reused by every level and iteration.
 *
 * <p><b>Determinism.</b> Every random choice comes from a generator seeded with
 * {@link LeidenOptions#seed()}, ties in gain go to the first candidate in a fixed order, and the
 * exponential of the refinement is computed by plain arithmetic: the same graph, options and start give
 * the same partition on every JVM.
 *
 * <pre>{@code
 * Partition p = Leiden.withOptions(LeidenOptions.defaults().withSeed(42)).detect(graph);
 * }</pre>
 *
 * @implNote Thread-safe: immutable; each call works on buffers of its own.
 * @since 0.1
 */
public final class Leiden {

  private static final Leiden DEFAULT = new Leiden(LeidenOptions.defaults());

  private final LeidenOptions options;

  private Leiden(LeidenOptions options) {
    this.options = options;
  }

  /** Leiden with {@link LeidenOptions#defaults()}: modularity, resolution 1, seed 1. */
  public static Leiden withDefaults() {
    return DEFAULT;
  }

  /** Leiden with the given options. */
  public static Leiden withOptions(LeidenOptions options) {
    return new Leiden(Objects.requireNonNull(options, "options"));
  }

  /** The options this instance runs with. */
  public LeidenOptions options() {
    return options;
  }

  /** Finds communities, starting from every member alone. */
  public Partition detect(SocialGraph graph) {
    return detect(graph, ProgressListener.NONE);
  }

  /** Finds communities, starting from every member alone, reporting each iteration ({@code "leiden iteration"}). */
  public Partition detect(SocialGraph graph, ProgressListener progress) {
    Objects.requireNonNull(graph, "graph");
    int[] singletons = new int[graph.nodeCount()];
    for (int i = 0; i < singletons.length; i++) {
      singletons[i] = i;
    }
    return run(graph, singletons, progress);
  }

  /**
   * Improves a given partition of the graph, for example the result of an earlier run on the same graph
   * or the members' declared units.
   *
   * @param start the community of each node, numbers in {@code [0, nodeCount)}
   * @throws IllegalArgumentException if {@code start} does not have one entry per node in range
   */
  public Partition improve(SocialGraph graph, int[] start) {
    return improve(graph, start, ProgressListener.NONE);
  }

  /**
   * Improves a partition found before on the same graph.
   *
   * @throws IllegalArgumentException if {@code start} divides another graph
   */
  public Partition improve(SocialGraph graph, Partition start) {
    Objects.requireNonNull(start, "start");
    if (start.graph() != graph) {
      throw new IllegalArgumentException("the start partition divides another graph: " + start.graph());
    }
    return improve(graph, start.membership(), ProgressListener.NONE);
  }

  /**
   * Improves a given partition, reporting each iteration.
   *
   * @throws IllegalArgumentException if {@code start} does not have one entry per node in range
   */
  public Partition improve(SocialGraph graph, int[] start, ProgressListener progress) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(start, "start");
    Objective.checkMembership(start, graph.nodeCount());
    return run(graph, start, progress);
  }

  private Partition run(SocialGraph graph, int[] start, ProgressListener progress) {
    Objects.requireNonNull(progress, "progress");
    LeidenEngine engine = new LeidenEngine(graph, options, progress);
    int[] membership = engine.run(start, options.maxIterations());
    return new Partition(graph, membership, options.objective(), options.resolution(), engine.iterations(),
        engine.converged());
  }

  @Override
  public String toString() {
    return "Leiden[" + options + "]";
  }
}
