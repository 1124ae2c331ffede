package org.blendnet.core.match;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.blendnet.core.MemberId;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.util.SupplierUtil;

/**
 * Benchmark access to the matching instances of pairing rounds: the candidate graph a round hands to
 * its matching algorithm, and the package's exact and approximate algorithms and JGraphT's blossom V run
 * on it. It lives in the core's package (on the class path the benchmarks share it) so that the
 * algorithms stay package-private in the library. Not part of any API.
 *
 * <p>Not thread-safe: a holder of static methods over mutable arrays.
 */
public final class PairingInstances {

  private PairingInstances() {}

  /** A round's candidate graph: vertices 0 .. n − 1, edges {@code from[k] — to[k]} of weight {@code weight[k]}. */
  public record Instance(int n, int[] from, int[] to, long[] weight) {

    /** The number of edges. */
    public int edges() {
      return from.length;
    }
  }

  /** The candidate graph of a round of {@code population} made by {@code rounds} with {@code options}. */
  public static Instance of(PairingRound rounds, Collection<MemberId> population, PairingOptions options) {
    PairingRound.CandidateGraph g = rounds.candidateGraph(population, options);
    return new Instance(g.n(), g.from(), g.to(), g.weight());
  }

  /** Each vertex's partner (or -1) by the package's exact blossom algorithm. */
  public static int[] exact(Instance g) {
    return MaximumWeightMatching.solve(g.n(), g.from(), g.to(), g.weight());
  }

  /** Each vertex's partner (or -1) by the package's approximation, vertices examined in index order. */
  public static int[] approximate(Instance g) {
    return approximate(g, 1);
  }

  /** As {@link #approximate(Instance)}, its searches on {@code threads} threads (the same matching). */
  public static int[] approximate(Instance g, int threads) {
    int[] order = new int[g.n()];
    for (int v = 0; v < order.length; v++) {
      order[v] = v;
    }
    return LocalSearchMatching.solve(g.n(), g.from(), g.to(), g.weight(), order, true, threads);
  }

  /** Each vertex's partner (or -1) by the greedy pass alone. */
  public static int[] greedy(Instance g) {
    int[] order = new int[g.n()];
    for (int v = 0; v < order.length; v++) {
      order[v] = v;
    }
    return LocalSearchMatching.solve(g.n(), g.from(), g.to(), g.weight(), order, false);
  }

  /** The weight of the matching JGraphT's Kolmogorov blossom V finds (exact maximum weight). */
  public static long jgrapht(Instance g) {
    Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(
        SupplierUtil.createIntegerSupplier(g.n()), SupplierUtil.createDefaultWeightedEdgeSupplier());
    for (int v = 0; v < g.n(); v++) {
      graph.addVertex(v);
    }
    for (int k = 0; k < g.edges(); k++) {
      DefaultWeightedEdge e = graph.addEdge(g.from()[k], g.to()[k]);
      graph.setEdgeWeight(e, g.weight()[k]);
    }
    MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> m =
        new KolmogorovWeightedMatching<>(graph, ObjectiveSense.MAXIMIZE).getMatching();
    long total = 0;
    for (DefaultWeightedEdge e : m.getEdges()) {
      total += Math.round(graph.getEdgeWeight(e));
    }
    return total;
  }

  /**
   * The total weight of a matching given as each vertex's partner, checking that it is one: O(n + m), no
   * hashing (the heaviest edge of each matched pair kept at its smaller vertex).
   */
  public static long weight(Instance g, int[] partner) {
    long[] pair = new long[partner.length];
    java.util.Arrays.fill(pair, -1);
    for (int k = 0; k < g.edges(); k++) {
      int a = Math.min(g.from()[k], g.to()[k]);
      int b = Math.max(g.from()[k], g.to()[k]);
      if (partner[a] == b) {
        pair[a] = Math.max(pair[a], g.weight()[k]);
      }
    }
    long total = 0;
    for (int v = 0; v < partner.length; v++) {
      int u = partner[v];
      if (u >= 0) {
        if (partner[u] != v) {
          throw new IllegalStateException("not a matching at " + v);
        }
        if (u > v) {
          if (pair[v] < 0) {
            throw new IllegalStateException("no edge " + v + "-" + u);
          }
          total += pair[v];
        }
      }
    }
    return total;
  }

  /** Writes an instance to a file. */
  public static void write(Instance g, Path file) {
    try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeInt(g.n());
      out.writeInt(g.edges());
      for (int k = 0; k < g.edges(); k++) {
        out.writeInt(g.from()[k]);
        out.writeInt(g.to()[k]);
        out.writeLong(g.weight()[k]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads an instance written by {@link #write}. */
  public static Instance read(Path file) {
    try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
      int n = in.readInt();
      int m = in.readInt();
      int[] from = new int[m];
      int[] to = new int[m];
      long[] weight = new long[m];
      for (int k = 0; k < m; k++) {
        from[k] = in.readInt();
        to[k] = in.readInt();
        weight[k] = in.readLong();
      }
      return new Instance(n, from, to, weight);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
