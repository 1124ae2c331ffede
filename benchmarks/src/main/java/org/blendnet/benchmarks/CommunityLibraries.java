package org.blendnet.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.community.Leiden;
import org.blendnet.graph.community.LeidenOptions;
import org.blendnet.graph.community.Partition;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The three community detection implementations compared in the benchmarks, each run on the same
 * {@link SocialGraph}, each returning a membership array (community per node) so that one independent
 * modularity function can score them all. Converting the graph into each library's own structure is done
 * once, outside the timed runs.
 *
 * <p>Settings, chosen to be comparable:
 *
 * <ul>
 *   <li>Blendnet Leiden: modularity, resolution 1, randomness 0.01, at most {@code iterations} iterations
 *       (it stops earlier when an iteration changes nothing);
 *   <li>CWTS {@code LeidenAlgorithm} 1.3.0: modularity as its {@code RunNetworkClustering} sets it up
 *       (node weights = strengths, resolution 1 / 2m), randomness 0.01, exactly {@code iterations}
 *       iterations, its own fast local moving;
 *   <li>JGraphT {@code LabelPropagationClustering}: unweighted (it has no weights), until no label
 *       changes, at most {@code iterations × 10} rounds; it does not optimise modularity at all and is in
 *       the table as the simple, popular alternative.
 * </ul>
 */
final class CommunityLibraries {

  private CommunityLibraries() {}

  /** Blendnet's Leiden. */
  static Partition blendnet(SocialGraph graph, int iterations, long seed) {
    return Leiden.withOptions(LeidenOptions.defaults().withMaxIterations(iterations).withSeed(seed)).detect(graph);
  }

  /** The graph as a CWTS network: CSR arrays, node weights = strengths (for modularity). */
  static nl.cwts.networkanalysis.Network toCwts(SocialGraph graph) {
    int n = graph.nodeCount();
    int halfEdges = n == 0 ? 0 : graph.edgeEnd(n - 1);
    long[] first = new long[n + 1];
    int[] neighbours = new int[halfEdges];
    double[] weights = new double[halfEdges];
    double[] nodeWeights = new double[n];
    for (int u = 0; u < n; u++) {
      first[u + 1] = graph.edgeEnd(u);
      nodeWeights[u] = graph.strength(u);
      for (int e = graph.edgeStart(u); e < graph.edgeEnd(u); e++) {
        neighbours[e] = graph.target(e);
        weights[e] = graph.weight(e);
      }
    }
    return new nl.cwts.networkanalysis.Network(nodeWeights, first, new LargeIntArray(neighbours),
        new LargeDoubleArray(weights), false);
  }

  /** CWTS's Leiden for modularity with resolution 1. */
  static int[] cwts(nl.cwts.networkanalysis.Network network, int iterations, long seed) {
    double resolution = 1.0 / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
    Clustering clustering = new Clustering(network.getNNodes());
    new LeidenAlgorithm(resolution, iterations, LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(seed))
        .improveClustering(network, clustering);
    return clustering.getClusters();
  }

  /** The graph as a JGraphT simple graph with vertices 0 .. n-1. */
  static Graph<Integer, DefaultEdge> toJGraphT(SocialGraph graph) {
    Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
    for (int u = 0; u < graph.nodeCount(); u++) {
      g.addVertex(u);
    }
    for (int u = 0; u < graph.nodeCount(); u++) {
      for (int e = graph.edgeStart(u); e < graph.edgeEnd(u); e++) {
        int v = graph.target(e);
        if (v > u) {
          g.addEdge(u, v);
        }
      }
    }
    return g;
  }

  /** JGraphT's label propagation. */
  static int[] labelPropagation(Graph<Integer, DefaultEdge> g, int maxRounds, long seed) {
    List<Set<Integer>> clusters = new LabelPropagationClustering<>(g, maxRounds, new Random(seed))
        .getClustering().getClusters();
    int[] membership = new int[g.vertexSet().size()];
    Arrays.fill(membership, -1);
    for (int c = 0; c < clusters.size(); c++) {
      for (int v : clusters.get(c)) {
        membership[v] = c;
      }
    }
    return membership;
  }

  /** The number of distinct communities in a membership array. */
  static int communities(int[] membership) {
    int[] sorted = membership.clone();
    Arrays.sort(sorted);
    int count = sorted.length == 0 ? 0 : 1;
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] != sorted[i - 1]) {
        count++;
      }
    }
    return count;
  }
}
