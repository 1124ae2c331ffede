package org.blendnet.examples.stories;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.blendnet.core.Network;
import org.blendnet.examples.generate.BlendedCommunity;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.shape.ShapeAnalysis;
import org.blendnet.graph.shape.ShapeReport;

/**
 * From model 1 to model 3. Model 1 is the hierarchy: a centre, its managers, their staff; everything
 * goes through the top. Model 2 is a handful of organisations that collaborate: hubs tied to each other,
 * each with its own people. Model 3 is the peer mesh, where people make their own connections as well as
 * through some hubs.
 *
 * <p>Blendnet's part: {@link ShapeAnalysis} tells the three apart from degree and betweenness
 * centralization and how much of the traffic the top members carry, and says why.
 *
 * @implNote Thread-safe: stateless; each run builds its own networks.
 * @since 0.1
 */
public final class ThreeModels {

  private ThreeModels() {}

  /**
   * Tells the story on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Classifies the three networks, printing each, and returns the reports in order. */
  public static List<ShapeReport> run(PrintStream out) {
    java.util.Objects.requireNonNull(out, "out");
    List<ShapeReport> reports = new ArrayList<>();
    String[] names = {"Model 1, the hierarchy", "Model 2, collaborating hubs", "Model 3, the peer mesh"};
    SocialGraph[] graphs = {hierarchy(), collaboratingHubs(), peerMesh()};
    for (int i = 0; i < 3; i++) {
      ShapeReport report = ShapeAnalysis.withDefaults().analyse(graphs[i]);
      reports.add(report);
      out.println(names[i] + ": " + report.shape());
      out.println("  " + report.explanation());
    }
    return reports;
  }

  /** A centre (node 0), 4 managers, 6 staff each: a tree of 29. */
  static SocialGraph hierarchy() {
    List<int[]> ties = new ArrayList<>();
    int next = 1;
    for (int m = 0; m < 4; m++) {
      int manager = next++;
      ties.add(new int[] {0, manager});
      for (int s = 0; s < 6; s++) {
        ties.add(new int[] {manager, next++});
      }
    }
    return graph(next, ties);
  }

  /** Four hubs tied to each other, each with 7 people of its own, some of whom know each other. */
  static SocialGraph collaboratingHubs() {
    List<int[]> ties = new ArrayList<>();
    int hubs = 4;
    for (int a = 0; a < hubs; a++) {
      for (int b = a + 1; b < hubs; b++) {
        ties.add(new int[] {a, b});
      }
    }
    int next = hubs;
    for (int h = 0; h < hubs; h++) {
      int first = next;
      for (int s = 0; s < 7; s++) {
        ties.add(new int[] {h, next++});
      }
      ties.add(new int[] {first, first + 1});
    }
    return graph(next, ties);
  }

  /** A generated blended community: people tied mostly within, partly across units, no centre. */
  static SocialGraph peerMesh() {
    Network network = BlendedCommunity.builder().members(32).units(4).questions(0).events(0).seed(3).build()
        .generate();
    return SocialGraph.of(network);
  }

  private static SocialGraph graph(int nodes, List<int[]> ties) {
    int[] from = new int[ties.size()];
    int[] to = new int[ties.size()];
    for (int i = 0; i < ties.size(); i++) {
      from[i] = ties.get(i)[0];
      to[i] = ties.get(i)[1];
    }
    return SocialGraph.fromEdges(nodes, from, to);
  }
}
