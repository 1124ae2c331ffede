package org.blendnet.graph.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.TestGraphs;
import org.blendnet.graph.TestGraphs.Edges;
import org.junit.jupiter.api.Test;

/** Invariants of Leiden on random graphs (sparse and dense, weighted, with isolated members). */
class LeidenPropertiesTest {

  /** A random graph: n nodes, each pair tied with probability p percent, weights 1..5 or all 1. */
  private static Edges randomGraph(int n, int percent, long seed) {
    Random random = new Random(seed);
    boolean weighted = random.nextBoolean();
    int[] u = new int[n * (n - 1) / 2];
    int[] v = new int[u.length];
    double[] w = new double[u.length];
    int m = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (random.nextInt(100) < percent) {
          u[m] = i;
          v[m] = j;
          w[m++] = weighted ? 1 + random.nextInt(5) : 1;
        }
      }
    }
    return new Edges(n, java.util.Arrays.copyOf(u, m), java.util.Arrays.copyOf(v, m), java.util.Arrays.copyOf(w, m));
  }

  @Test
  void should_make_every_community_connected() {
    qt().withExamples(200).forAll(integers().between(1, 80), integers().between(1, 30), longs().all())
        .checkAssert((n, percent, seed) -> {
          SocialGraph graph = randomGraph(n, percent, seed).graph();
          Partition p = Leiden.withOptions(LeidenOptions.defaults().withSeed(seed)).detect(graph);
          assertThat(TestGraphs.communitiesConnected(graph, p.membership())).isTrue();
        });
  }

  @Test
  void should_make_every_community_connected_under_cpm_and_from_random_starts() {
    qt().withExamples(100).forAll(integers().between(2, 60), integers().between(1, 40), longs().all())
        .checkAssert((n, percent, seed) -> {
          SocialGraph graph = randomGraph(n, percent, seed).graph();
          Random random = new Random(seed);
          int[] start = new int[n];
          for (int i = 0; i < n; i++) {
            start[i] = random.nextInt(Math.max(1, n / 4));
          }
          LeidenOptions options = LeidenOptions.defaults().withObjective(Objective.CPM)
              .withResolution(random.nextDouble()).withSeed(seed).withMaxIterations(2);
          Partition p = Leiden.withOptions(options).improve(graph, start);
          assertThat(TestGraphs.communitiesConnected(graph, p.membership())).isTrue();
        });
  }

  @Test
  void should_report_the_modularity_of_its_partition_and_never_do_worse_than_everyone_alone() {
    qt().withExamples(100).forAll(integers().between(2, 60), integers().between(1, 50), longs().all())
        .checkAssert((n, percent, seed) -> {
          Edges edges = randomGraph(n, percent, seed);
          if (edges.u().length == 0) {
            return;
          }
          Partition p = Leiden.withOptions(LeidenOptions.defaults().withSeed(seed)).detect(edges.graph());
          int[] alone = new int[n];
          for (int i = 0; i < n; i++) {
            alone[i] = i;
          }
          double q = TestGraphs.modularity(edges, true, p.membership(), 1.0);
          assertThat(q).isCloseTo(p.quality(), within(1e-9));
          assertThat(q).isGreaterThanOrEqualTo(TestGraphs.modularity(edges, true, alone, 1.0) - 1e-12);
        });
  }

  @Test
  void should_give_the_same_partition_for_the_same_seed_and_cover_every_node_once() {
    qt().withExamples(50).forAll(integers().between(1, 60), integers().between(1, 30), longs().all())
        .checkAssert((n, percent, seed) -> {
          SocialGraph graph = randomGraph(n, percent, seed).graph();
          LeidenOptions options = LeidenOptions.defaults().withSeed(seed ^ 0x5DEECE66DL);
          Partition a = Leiden.withOptions(options).detect(graph);
          Partition b = Leiden.withOptions(options).detect(graph);
          assertThat(a.membership()).isEqualTo(b.membership());
          int total = 0;
          for (int c = 0; c < a.communityCount(); c++) {
            total += a.size(c);
            for (int node : a.nodes(c)) {
              assertThat(a.communityOf(node)).isEqualTo(c);
            }
          }
          assertThat(total).isEqualTo(n);
        });
  }
}
