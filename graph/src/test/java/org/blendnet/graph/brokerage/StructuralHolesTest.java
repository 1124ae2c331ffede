package org.blendnet.graph.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.blendnet.core.MemberId;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.StandardGraphs;
import org.blendnet.graph.TestGraphs;
import org.junit.jupiter.api.Test;

class StructuralHolesTest {

  private static final double EXACT = 1e-12;

  @Test
  void should_match_networkx_on_the_weighted_karate_club() {
    StructuralHoleScores s = StructuralHoles.weighted().compute(TestGraphs.karate().graph());
    assertThat(s.constraints()).containsExactly(Reference.KARATE_CONSTRAINT_WEIGHTED, within(EXACT));
    assertThat(s.effectiveSizes()).containsExactly(Reference.KARATE_EFFECTIVE_SIZE_WEIGHTED, within(EXACT));
    assertThat(s.hierarchies()).containsExactly(Reference.KARATE_HIERARCHY_WEIGHTED, within(EXACT));
  }

  @Test
  void should_match_networkx_on_the_unweighted_karate_club() {
    // weights are ignored: the weighted graph scored unweighted equals the plain graph
    StructuralHoleScores s = StructuralHoles.unweighted().compute(TestGraphs.karate().graph());
    assertThat(s.constraints()).containsExactly(Reference.KARATE_CONSTRAINT_UNWEIGHTED, within(EXACT));
    assertThat(s.effectiveSizes()).containsExactly(Reference.KARATE_EFFECTIVE_SIZE_UNWEIGHTED, within(EXACT));
    assertThat(s.hierarchies()).containsExactly(Reference.KARATE_HIERARCHY_UNWEIGHTED, within(EXACT));
    StructuralHoleScores plain = StructuralHoles.weighted().compute(TestGraphs.karate().unweightedGraph());
    assertThat(plain.constraints()).containsExactly(Reference.KARATE_CONSTRAINT_UNWEIGHTED, within(EXACT));
  }

  @Test
  void should_match_networkx_on_the_weighted_fixture() {
    StructuralHoleScores s = StructuralHoles.weighted().compute(Reference.fixture().graph());
    assertThat(s.constraints()).containsExactly(Reference.FIXTURE_CONSTRAINT, within(EXACT));
    assertThat(s.effectiveSizes()).containsExactly(Reference.FIXTURE_EFFECTIVE_SIZE, within(EXACT));
    assertThat(s.hierarchies()).containsExactly(Reference.FIXTURE_HIERARCHY, within(EXACT));
  }

  @Test
  void should_score_a_star_by_hand() {
    // centre of a 5-star: 4 unconnected contacts, p = 1/4 each, no indirect ties → C = 4 (1/4)² = 1/4,
    // effective size 4, efficiency 1, hierarchy 0 (all contacts equal); a leaf: one contact → C = 1, E = 1, H = 1
    StructuralHoleScores s = StructuralHoles.weighted().compute(StandardGraphs.star(5));
    assertThat(s.constraint(0)).isCloseTo(0.25, within(EXACT));
    assertThat(s.effectiveSize(0)).isCloseTo(4, within(EXACT));
    assertThat(s.efficiency(0)).isCloseTo(1, within(EXACT));
    assertThat(s.hierarchy(0)).isCloseTo(0, within(EXACT));
    assertThat(s.constraint(MemberId.of("3"))).isEqualTo(1.0);
    assertThat(s.effectiveSize(3)).isEqualTo(1.0);
    assertThat(s.hierarchy(3)).isEqualTo(1.0);
  }

  @Test
  void should_score_a_triangle_by_hand() {
    // each member: p = 1/2 to both others, who are tied: ℓ = (1/2 + 1/2 · 1/2)² = 9/16, C = 9/8;
    // effective size = 2 − 2t/n = 2 − 2 · 1 / 2 = 1
    StructuralHoleScores s = StructuralHoles.unweighted().compute(StandardGraphs.complete(3));
    for (int v = 0; v < 3; v++) {
      assertThat(s.constraint(v)).isCloseTo(9.0 / 8, within(EXACT));
      assertThat(s.effectiveSize(v)).isCloseTo(1, within(EXACT));
      assertThat(s.efficiency(v)).isCloseTo(0.5, within(EXACT));
      assertThat(s.hierarchy(v)).isCloseTo(0, within(EXACT));
    }
  }

  @Test
  void should_give_nan_to_members_without_ties_and_leave_them_out_of_the_ranking() {
    SocialGraph g = new StandardGraphs.Builder(4).tie(0, 1).tie(1, 2).graph(); // node 3 is alone
    StructuralHoleScores s = StructuralHoles.weighted().compute(g);
    assertThat(s.constraint(3)).isNaN();
    assertThat(s.effectiveSize(3)).isNaN();
    assertThat(s.efficiency(3)).isNaN();
    assertThat(s.hierarchy(3)).isNaN();
    assertThat(s.leastConstrained(10)).containsExactly(MemberId.of("1"), MemberId.of("0"), MemberId.of("2"));
    assertThatThrownBy(() -> s.leastConstrained(-1)).hasMessage("k must be >= 0 but was -1");
    assertThatThrownBy(() -> s.constraint(MemberId.of("9"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_score_a_200k_member_path_by_its_closed_form() {
    // inside the path: two unconnected contacts, C = 2 (1/2)² = 1/2, E = 2, H = 0; ends: C = 1, E = 1, H = 1
    int n = 200_000;
    StructuralHoleScores s = StructuralHoles.weighted().compute(StandardGraphs.path(n));
    for (int v : new int[] {1, 2, n / 2, n - 2}) {
      assertThat(s.constraint(v)).isEqualTo(0.5);
      assertThat(s.effectiveSize(v)).isEqualTo(2.0);
      assertThat(s.hierarchy(v)).isEqualTo(0.0);
    }
    assertThat(s.constraint(0)).isEqualTo(1.0);
    assertThat(s.hierarchy(n - 1)).isEqualTo(1.0);
  }

  @Test
  void should_agree_with_borgattis_formula_on_random_unweighted_graphs() {
    // unweighted effective size = n − 2t / n for n contacts with t ties among them (Borgatti 1997)
    qt().withExamples(100).forAll(integers().between(1, 30), integers().between(5, 60), longs().all())
        .checkAssert((n, percent, seed) -> {
          SocialGraph g = StandardGraphs.erdosRenyi(n, percent / 100.0, seed);
          StructuralHoleScores s = StructuralHoles.unweighted().compute(g);
          for (int v = 0; v < n; v++) {
            int k = g.degree(v);
            if (k == 0) {
              assertThat(s.effectiveSize(v)).isNaN();
              continue;
            }
            int t = 0;
            for (int a = 0; a < k; a++) {
              for (int b = a + 1; b < k; b++) {
                t += g.edge(g.neighbour(v, a), g.neighbour(v, b)) >= 0 ? 1 : 0;
              }
            }
            assertThat(s.effectiveSize(v)).isCloseTo(k - 2.0 * t / k, within(1e-9));
            assertThat(s.efficiency(v)).isBetween(0.0, 1.0 + 1e-12);
            assertThat(s.hierarchy(v)).isBetween(-1e-12, 1.0 + 1e-12);
            assertThat(s.constraint(v)).isGreaterThanOrEqualTo(1.0 / k - 1e-12);
          }
        });
  }

  @Test
  void should_read_well_in_toString() {
    StructuralHoleScores s = StructuralHoles.weighted().compute(TestGraphs.karate().graph());
    assertThat(s.toString()).isEqualTo("StructuralHoleScores[members=34, weighted, leastConstrained=[33 (C=0.1863, "
        + "E=15.23, H=0.3049), 0 (C=0.1906, E=13.78, H=0.1660), 2 (C=0.2557, E=7.95, H=0.1852), 32 (C=0.2583, "
        + "E=10.09, H=0.3336), 31 (C=0.2755, E=5.14, H=0.2113), …(+29 more)]]");
    assertThat(StructuralHoles.unweighted()).hasToString("StructuralHoles[unweighted]");
  }
}
