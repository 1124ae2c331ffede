package org.blendnet.graph.generate;

import java.util.Objects;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.internal.SplitMix64;
import org.jspecify.annotations.Nullable;

/**
 * Random graphs with planted communities, for testing and benchmarking community detection: the planted
 * partition model (A. Condon and R. M. Karp, "Algorithms for graph partitioning on the planted partition
 * model", Random Structures &amp; Algorithms 18(2) (2001) 116–140, doi:10.1002/1098-2418(200103)18:2&lt;116::AID-RSA1001&gt;3.0.CO;2-2),
 * optionally with the heterogeneous degrees and block sizes of the LFR benchmark (A. Lancichinetti, S.
 * Fortunato and F. Radicchi, "Benchmark graphs for testing community detection algorithms", Phys. Rev. E
 * 78, 046110 (2008), doi:10.1103/PhysRevE.78.046110).
 *
 * <p>Nodes are dealt at random into {@code blocks} blocks, of equal size or, with a block-size skew α,
 * of sizes proportional to {@code (b + 1)^-α}. Each node has a fitness: 1, or with a degree exponent τ a
 * draw from a power law {@code P(f) ∝ f^-τ} on {@code [1, √n]} (the cut-off keeps parallel edges rare:
 * M. Boguñá, R. Pastor-Satorras and A. Vespignani, Eur. Phys. J. B 38 (2004) 205–209,
 * doi:10.1140/epjb/e2004-00038-8). Then {@code round(n · averageDegree / 2)} edges are drawn: one end by
 * fitness among all nodes, the other by fitness within the first end's block with probability
 * {@code 1 − mixing} and outside it otherwise. So {@code mixing} is the expected share of a node's ties
 * that leave its block, the μ of LFR; an edge drawn twice gets weight 2, and self-loops are drawn again.
 * O(m log n) time.
 *
 * <pre>{@code
 * PlantedPartition.Sample s = PlantedPartition.builder().nodes(10_000).blocks(50).averageDegree(15)
 *     .mixing(0.3).seed(7).build().generate();
 * s.graph();      // SocialGraph[members=10000, ties=…]
 * s.block(0);     // the planted block of node 0
 * }</pre>
 *
 * <p>The same settings and seed give the same graph on every JVM.
 *
 * @implNote Thread-safe: immutable; {@link #generate()} works on buffers of its own.
 * @since 0.1
 */
public final class PlantedPartition {

  private final int nodes;
  private final int blocks;
  private final double averageDegree;
  private final double mixing;
  private final double degreeExponent;
  private final double blockSizeSkew;
  private final long seed;

  private PlantedPartition(Builder b) {
    this.nodes = b.nodes;
    this.blocks = b.blocks;
    this.averageDegree = b.averageDegree;
    this.mixing = b.mixing;
    this.degreeExponent = b.degreeExponent;
    this.blockSizeSkew = b.blockSizeSkew;
    this.seed = b.seed;
  }

  /** A builder: 1000 nodes, 10 blocks, average degree 10, mixing 0.2, equal degrees and block sizes, seed 1. */
  public static Builder builder() {
    return new Builder();
  }

  /** Draws a graph and its planted blocks. */
  public Sample generate() {
    SplitMix64 rng = new SplitMix64(seed);
    // block sizes
    int[] size = new int[blocks];
    if (blockSizeSkew == 0) {
      for (int b = 0; b < blocks; b++) {
        size[b] = nodes / blocks + (b < nodes % blocks ? 1 : 0);
      }
    } else {
      double[] share = new double[blocks];
      double total = 0;
      for (int b = 0; b < blocks; b++) {
        share[b] = StrictMath.pow(b + 1, -blockSizeSkew);
        total += share[b];
      }
      int assigned = 0;
      for (int b = 0; b < blocks; b++) {
        size[b] = Math.max(1, (int) (nodes * share[b] / total));
        assigned += size[b];
      }
      for (int b = 0; assigned != nodes; b = (b + 1) % blocks) {
        if (assigned < nodes) {
          size[b]++;
          assigned++;
        } else if (size[b] > 1) {
          size[b]--;
          assigned--;
        }
      }
    }
    // positions 0..n-1 are laid out block by block; node = permutation[position]
    int[] blockStart = new int[blocks + 1];
    for (int b = 0; b < blocks; b++) {
      blockStart[b + 1] = blockStart[b] + size[b];
    }
    int[] nodeAt = new int[nodes];
    for (int i = 0; i < nodes; i++) {
      nodeAt[i] = i;
    }
    for (int i = nodes - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = nodeAt[i];
      nodeAt[i] = nodeAt[j];
      nodeAt[j] = t;
    }
    int[] blockAtPosition = new int[nodes];
    int[] block = new int[nodes];
    for (int b = 0; b < blocks; b++) {
      for (int p = blockStart[b]; p < blockStart[b + 1]; p++) {
        blockAtPosition[p] = b;
        block[nodeAt[p]] = b;
      }
    }
    // fitness, cumulative by position
    double @Nullable [] cumulative = null;
    if (degreeExponent > 0) {
      cumulative = new double[nodes];
      double cap = Math.sqrt(nodes);
      double running = 0;
      for (int p = 0; p < nodes; p++) {
        double f;
        do {
          f = StrictMath.pow(1 - rng.nextDouble(), -1 / (degreeExponent - 1));
        } while (f > cap);
        running += f;
        cumulative[p] = running;
      }
    }
    long edgeCount = Math.round(nodes * averageDegree / 2);
    if (edgeCount > Integer.MAX_VALUE / 2 - 16) {
      throw new IllegalArgumentException("too many edges: " + edgeCount);
    }
    int m = (int) edgeCount;
    int[] us = new int[m];
    int[] vs = new int[m];
    for (int e = 0; e < m; e++) {
      int pu = draw(rng, cumulative, 0, nodes);
      int b = blockAtPosition[pu];
      int pv;
      boolean inside = blocks == 1 || rng.nextDouble() >= mixing;
      do {
        if (inside) {
          pv = draw(rng, cumulative, blockStart[b], blockStart[b + 1]);
        } else {
          do {
            pv = draw(rng, cumulative, 0, nodes);
          } while (blockAtPosition[pv] == b);
        }
      } while (pv == pu);
      us[e] = nodeAt[pu];
      vs[e] = nodeAt[pv];
    }
    return new Sample(SocialGraph.fromEdges(nodes, us, vs), block, blocks);
  }

  /** A position in [from, to) drawn uniformly, or by fitness when there are fitnesses. */
  private static int draw(SplitMix64 rng, double @Nullable [] cumulative, int from, int to) {
    if (cumulative == null) {
      return from + rng.nextInt(to - from);
    }
    double low = from == 0 ? 0 : cumulative[from - 1];
    double x = low + rng.nextDouble() * (cumulative[to - 1] - low);
    int lo = from;
    int hi = to - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  @Override
  public String toString() {
    return "PlantedPartition[nodes=" + nodes + ", blocks=" + blocks + ", averageDegree=" + averageDegree
        + ", mixing=" + mixing + (degreeExponent > 0 ? ", degreeExponent=" + degreeExponent : "")
        + (blockSizeSkew > 0 ? ", blockSizeSkew=" + blockSizeSkew : "") + ", seed=" + seed + "]";
  }

  /**
   * A generated graph and its planted blocks.
   *
   * @implNote Thread-safe: immutable.
   * @since 0.1
   */
  public static final class Sample {
    private final SocialGraph graph;
    private final int[] blocks;
    private final int blockCount;

    private Sample(SocialGraph graph, int[] blocks, int blockCount) {
      this.graph = graph;
      this.blocks = blocks;
      this.blockCount = blockCount;
    }

    /** The graph; member ids are the node numbers. */
    public SocialGraph graph() {
      return graph;
    }

    /** The number of planted blocks. */
    public int blockCount() {
      return blockCount;
    }

    /**
     * The planted block of a node.
     *
     * @throws IndexOutOfBoundsException if {@code node} is not a node
     */
    public int block(int node) {
      return blocks[Objects.checkIndex(node, blocks.length)];
    }

    /** The planted block of every node: a fresh copy. */
    public int[] blocks() {
      return blocks.clone();
    }

    @Override
    public String toString() {
      return "PlantedPartition.Sample[" + graph + ", blocks=" + blockCount + "]";
    }
  }

  /**
   * Collects a generator's settings. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private int nodes = 1000;
    private int blocks = 10;
    private double averageDegree = 10;
    private double mixing = 0.2;
    private double degreeExponent;
    private double blockSizeSkew;
    private long seed = 1;

    private Builder() {}

    /**
     * Sets the number of nodes.
     *
     * @throws IllegalArgumentException if {@code nodes} is less than 2
     */
    public Builder nodes(int nodes) {
      if (nodes < 2) {
        throw new IllegalArgumentException("nodes must be >= 2 but was " + nodes);
      }
      this.nodes = nodes;
      return this;
    }

    /**
     * Sets the number of planted blocks.
     *
     * @throws IllegalArgumentException if {@code blocks} is less than 1
     */
    public Builder blocks(int blocks) {
      if (blocks < 1) {
        throw new IllegalArgumentException("blocks must be >= 1 but was " + blocks);
      }
      this.blocks = blocks;
      return this;
    }

    /**
     * Sets the expected average degree.
     *
     * @throws IllegalArgumentException if {@code degree} is not a positive finite number
     */
    public Builder averageDegree(double degree) {
      if (!(degree > 0) || Double.isInfinite(degree)) {
        throw new IllegalArgumentException("averageDegree must be a finite number > 0 but was " + degree);
      }
      this.averageDegree = degree;
      return this;
    }

    /**
     * Sets the mixing μ: the expected share of a node's ties that leave its block.
     *
     * @throws IllegalArgumentException if {@code mixing} is not in [0, 1]
     */
    public Builder mixing(double mixing) {
      if (!(mixing >= 0 && mixing <= 1)) {
        throw new IllegalArgumentException("mixing must be in [0, 1] but was " + mixing);
      }
      this.mixing = mixing;
      return this;
    }

    /**
     * Gives nodes power-law degrees with exponent τ (LFR uses 2 to 3); 0 (the default) gives every node
     * the same expected degree.
     *
     * @throws IllegalArgumentException if {@code exponent} is neither 0 nor a finite number above 1
     */
    public Builder degreeExponent(double exponent) {
      if (exponent != 0 && !(exponent > 1 && !Double.isInfinite(exponent))) {
        throw new IllegalArgumentException("degreeExponent must be 0 or a finite number > 1 but was " + exponent);
      }
      this.degreeExponent = exponent;
      return this;
    }

    /**
     * Makes block sizes unequal: block {@code b} gets a share proportional to {@code (b + 1)^-skew}; 0
     * (the default) gives equal sizes.
     *
     * @throws IllegalArgumentException if {@code skew} is negative or not finite
     */
    public Builder blockSizeSkew(double skew) {
      if (!(skew >= 0) || Double.isInfinite(skew)) {
        throw new IllegalArgumentException("blockSizeSkew must be a finite number >= 0 but was " + skew);
      }
      this.blockSizeSkew = skew;
      return this;
    }

    /** Sets the seed of every random draw. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Builds the generator.
     *
     * @throws IllegalArgumentException if there are more blocks than nodes
     */
    public PlantedPartition build() {
      if (blocks > nodes) {
        throw new IllegalArgumentException("blocks (" + blocks + ") must not exceed nodes (" + nodes + ")");
      }
      return new PlantedPartition(this);
    }
  }
}
