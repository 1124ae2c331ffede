package org.blendnet.graph;

import java.util.Arrays;
import java.util.Random;

/** Standard graphs for the brokerage, path and shape tests: stars, paths, lattices, random graphs. */
public final class StandardGraphs {

  private StandardGraphs() {}

  /** An edge list being built. */
  public static final class Builder {
    private final int nodes;
    private int[] u = new int[16];
    private int[] v = new int[16];
    private double[] w = new double[16];
    private int m;

    public Builder(int nodes) {
      this.nodes = nodes;
    }

    public Builder tie(int a, int b) {
      return tie(a, b, 1.0);
    }

    public Builder tie(int a, int b, double weight) {
      if (m == u.length) {
        u = Arrays.copyOf(u, m * 2);
        v = Arrays.copyOf(v, m * 2);
        w = Arrays.copyOf(w, m * 2);
      }
      u[m] = a;
      v[m] = b;
      w[m++] = weight;
      return this;
    }

    public TestGraphs.Edges edges() {
      return new TestGraphs.Edges(nodes, Arrays.copyOf(u, m), Arrays.copyOf(v, m), Arrays.copyOf(w, m));
    }

    public SocialGraph graph() {
      return edges().graph();
    }
  }

  /** A star: node 0 tied to nodes 1 .. n-1. */
  public static SocialGraph star(int n) {
    Builder b = new Builder(n);
    for (int i = 1; i < n; i++) {
      b.tie(0, i);
    }
    return b.graph();
  }

  /** The complete graph on n nodes. */
  public static SocialGraph complete(int n) {
    Builder b = new Builder(n);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        b.tie(i, j);
      }
    }
    return b.graph();
  }

  /** The path 0 - 1 - … - (n-1). */
  public static SocialGraph path(int n) {
    Builder b = new Builder(n);
    for (int i = 0; i + 1 < n; i++) {
      b.tie(i, i + 1);
    }
    return b.graph();
  }

  /** A rows × cols grid, node r * cols + c. */
  public static SocialGraph grid(int rows, int cols) {
    Builder b = new Builder(rows * cols);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        int v = r * cols + c;
        if (c + 1 < cols) {
          b.tie(v, v + 1);
        }
        if (r + 1 < rows) {
          b.tie(v, v + cols);
        }
      }
    }
    return b.graph();
  }

  /** A ring of n nodes, each tied to its k nearest neighbours on each side. */
  public static SocialGraph ringLattice(int n, int k) {
    Builder b = new Builder(n);
    for (int i = 0; i < n; i++) {
      for (int d = 1; d <= k; d++) {
        b.tie(i, (i + d) % n);
      }
    }
    return b.graph();
  }

  /** An Erdős–Rényi G(n, p) graph drawn with java.util.Random(seed). */
  public static SocialGraph erdosRenyi(int n, double p, long seed) {
    Random random = new Random(seed);
    Builder b = new Builder(n);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (random.nextDouble() < p) {
          b.tie(i, j);
        }
      }
    }
    return b.graph();
  }

  /**
   * {@code hubs} stars of {@code leaves} leaves each, hubs joined in a clique (or a ring). Hub {@code i} is
   * node {@code i}; its leaves follow all hubs.
   */
  public static SocialGraph multiStar(int hubs, int leaves, boolean ring) {
    Builder b = new Builder(hubs + hubs * leaves);
    for (int i = 0; i < hubs; i++) {
      for (int j = 0; j < leaves; j++) {
        b.tie(i, hubs + i * leaves + j);
      }
      for (int k = i + 1; k < hubs; k++) {
        if (!ring || k == i + 1 || i == 0 && k == hubs - 1) {
          b.tie(i, k);
        }
      }
    }
    return b.graph();
  }
}
