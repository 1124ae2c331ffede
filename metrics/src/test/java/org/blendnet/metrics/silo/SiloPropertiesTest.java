package org.blendnet.metrics.silo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.core.testing.Theories.qt;

import org.blendnet.core.Network;
import org.blendnet.core.testing.Networks;
import org.blendnet.graph.SocialGraph;
import org.blendnet.metrics.Moderate;
import org.blendnet.metrics.Relabel;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Invariants of assortativity and the silo indices over generated graphs and networks. */
class SiloPropertiesTest {

  static Gen<Network> networks() {
    return Networks.networks(Networks.Sizes.small().withMembers(2, 10).withTouchpoints(25)).map(Moderate::weights);
  }

  /** A random graph on n nodes with random categories: {n, k, seed}. */
  static Gen<int[]> shapes() {
    return SourceDSL.integers().between(2, 30).zip(SourceDSL.integers().between(1, 5),
        SourceDSL.integers().allPositive(), (n, k, seed) -> new int[] {n, k, seed});
  }

  static final class Drawn {
    final SocialGraph graph;
    final int[] category;

    Drawn(int[] shape) {
      int n = shape[0];
      java.util.Random random = new java.util.Random(shape[2]);
      java.util.List<int[]> edges = new java.util.ArrayList<>();
      for (int u = 0; u < n; u++) {
        for (int v = u + 1; v < n; v++) {
          if (random.nextDouble() < 0.3) {
            edges.add(new int[] {u, v});
          }
        }
      }
      graph = SocialGraph.fromEdges(n, edges.stream().mapToInt(e -> e[0]).toArray(),
          edges.stream().mapToInt(e -> e[1]).toArray());
      category = new int[n];
      for (int v = 0; v < n; v++) {
        category[v] = random.nextInt(shape[1]);
      }
    }
  }

  @Test
  void should_keep_assortativity_in_range_and_ignore_category_names() {
    qt(300).forAll(shapes()).checkAssert(shape -> {
      Drawn d = new Drawn(shape);
      double r = Assortativity.categorical(d.graph, d.category);
      if (!Double.isNaN(r)) {
        assertThat(r).isBetween(-1.0, 1.0);
      }
      // renaming categories (c -> k − 1 − c + 3) changes nothing
      int[] renamed = new int[d.category.length];
      for (int v = 0; v < renamed.length; v++) {
        renamed[v] = shape[1] + 2 - d.category[v];
      }
      double r2 = Assortativity.categorical(d.graph, renamed);
      if (Double.isNaN(r)) {
        assertThat(r2).isNaN();
      } else {
        assertThat(r2).isCloseTo(r, within(1e-12));
      }
      // with unit weights, weighted and unweighted agree
      double w = Assortativity.weightedCategorical(d.graph, d.category);
      if (Double.isNaN(r)) {
        assertThat(w).isNaN();
      } else {
        assertThat(w).isCloseTo(r, within(1e-12));
      }
    });
  }

  @Test
  void should_tie_e_i_modularity_and_assortativity_together() {
    qt(200).forAll(networks()).checkAssert(n -> {
      SiloIndices s = SiloIndices.of(SocialGraph.of(n));
      if (Double.isNaN(s.eiIndex())) {
        assertThat(s.modularity()).isZero();
        return;
      }
      assertThat(s.eiIndex()).isBetween(-1.0, 1.0);
      assertThat(s.modularity()).isBetween(-0.5, 1.0);
      double f = (1 - s.eiIndex()) / 2;
      double sumSquares = f - s.modularity();
      assertThat(sumSquares).isBetween(-1e-9, 1 + 1e-9);
      if (!Double.isNaN(s.weightedAssortativity())) {
        assertThat(s.weightedAssortativity()).isCloseTo(s.modularity() / (1 - sumSquares), within(1e-6));
      }
    });
  }

  @Test
  void should_not_depend_on_member_ids() {
    qt(200).forAll(networks()).checkAssert(n -> {
      SiloIndices s = SiloIndices.of(SocialGraph.of(n));
      SiloIndices r = SiloIndices.of(SocialGraph.of(Relabel.of(n).network()));
      assertThat(r.toString()).isEqualTo(s.toString());
      assertThat(r.unitCount()).isEqualTo(s.unitCount());
    });
  }
}
