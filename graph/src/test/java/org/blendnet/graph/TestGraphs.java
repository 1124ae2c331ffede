package org.blendnet.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Fixtures and independent reference computations for the graph tests. */
public final class TestGraphs {

  private TestGraphs() {}

  /** An undirected weighted edge list with 0-based nodes. */
  public record Edges(int nodes, int[] u, int[] v, double[] w) {
    public SocialGraph graph() {
      return SocialGraph.fromEdges(nodes, u, v, w);
    }

    public SocialGraph unweightedGraph() {
      return SocialGraph.fromEdges(nodes, u, v);
    }
  }

  /** Zachary's karate club (34 members, 78 weighted ties), from the test resources, nodes shifted to 0-based. */
  public static Edges karate() {
    List<int[]> rows = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(
        TestGraphs.class.getResourceAsStream("/datasets/karate-club/karate_edges.csv"), "karate_edges.csv");
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = r.readLine(); // header
      while ((line = r.readLine()) != null) {
        String[] c = line.split(",");
        rows.add(new int[] {Integer.parseInt(c[0]) - 1, Integer.parseInt(c[1]) - 1});
        weights.add(Double.parseDouble(c[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int[] u = new int[rows.size()];
    int[] v = new int[rows.size()];
    double[] w = new double[rows.size()];
    for (int i = 0; i < u.length; i++) {
      u[i] = rows.get(i)[0];
      v[i] = rows.get(i)[1];
      w[i] = weights.get(i);
    }
    return new Edges(34, u, v, w);
  }

  /**
   * Modularity straight from Newman's definition over an edge list (each undirected edge once):
   * {@code Q = Σ_c [ e_c / m − γ (K_c / 2m)² ]}. Independent of the library's graph and quality code.
   */
  public static double modularity(Edges edges, boolean weighted, int[] membership, double gamma) {
    int n = edges.nodes();
    double m = 0;
    double[] strength = new double[n];
    double[] inside = new double[n];
    for (int i = 0; i < edges.u().length; i++) {
      double w = weighted ? edges.w()[i] : 1.0;
      m += w;
      strength[edges.u()[i]] += w;
      strength[edges.v()[i]] += w;
      if (membership[edges.u()[i]] == membership[edges.v()[i]]) {
        inside[membership[edges.u()[i]]] += w;
      }
    }
    double[] total = new double[n];
    for (int i = 0; i < n; i++) {
      total[membership[i]] += strength[i];
    }
    double q = 0;
    for (int c = 0; c < n; c++) {
      q += inside[c] / m - gamma * (total[c] / (2 * m)) * (total[c] / (2 * m));
    }
    return q;
  }

  /** True if every community of {@code membership} is connected in {@code graph} (breadth-first search). */
  public static boolean communitiesConnected(SocialGraph graph, int[] membership) {
    int n = graph.nodeCount();
    boolean[] seen = new boolean[n];
    boolean[] communitySeen = new boolean[n];
    for (int s = 0; s < n; s++) {
      if (seen[s]) {
        continue;
      }
      if (communitySeen[membership[s]]) {
        return false; // a second piece of a community already visited
      }
      communitySeen[membership[s]] = true;
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(s);
      seen[s] = true;
      while (!queue.isEmpty()) {
        int v = queue.poll();
        for (int e = graph.edgeStart(v); e < graph.edgeEnd(v); e++) {
          int u = graph.target(e);
          if (!seen[u] && membership[u] == membership[s]) {
            seen[u] = true;
            queue.add(u);
          }
        }
      }
    }
    return true;
  }
}
