package org.blendnet.graph.silo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.blendnet.core.Channel;
import org.blendnet.core.Member;
import org.blendnet.core.Network;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.community.PartitionSimilarity;
import org.junit.jupiter.api.Test;

/**
 * Silo figures on real networks against reference values computed by
 * {@code graph/src/test/reference/silo_reference.py} (NetworkX 3.6.1 for density, conductance and
 * reachability; the E-I definitions written out in Python), copied below as printed. The data: the mutual
 * co-work ties of Lazega's law firm by office and by practice, and CS-Aarhus by research group, online
 * (facebook), offline (lunch, leisure, work, co-authorship) and both (see the SOURCE.md of each data set).
 */
class SiloRealDataTest {

  private static final double EPS = 1e-9;

  /** One group's figures as the reference script prints them; bridges as their cut-off counts. */
  private record Row(String name, int size, long internalTies, long boundaryTies, double density, double eiIndex,
      double unweightedEiIndex, double expectedEiIndex, double conductance, int spannerCount, int[] bridges,
      boolean silo) {}

  private static Row row(String name, int size, long internalTies, long boundaryTies, double density, double ei,
      double eiTies, double expected, double conductance, int spanners, int[] bridges, boolean silo) {
    return new Row(name, size, internalTies, boundaryTies, density, ei, eiTies, expected, conductance, spanners,
        bridges, silo);
  }

  private static void check(SiloReport report, List<Row> rows, double networkEi, double networkTieEi,
      double networkExpected) {
    assertThat(report.groups()).extracting(SiloGroup::name).containsExactlyElementsOf(rows.stream().map(Row::name)
        .toList());
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      SiloGroup g = report.groups().get(i);
      assertThat(g.size()).as(r.name()).isEqualTo(r.size());
      assertThat(g.internalTies()).as(r.name()).isEqualTo(r.internalTies());
      assertThat(g.boundaryTies()).as(r.name()).isEqualTo(r.boundaryTies());
      assertThat(g.density()).as(r.name()).isCloseTo(r.density(), within(EPS));
      assertThat(g.eiIndex()).as(r.name()).isCloseTo(r.eiIndex(), within(EPS));
      assertThat(g.unweightedEiIndex()).as(r.name()).isCloseTo(r.unweightedEiIndex(), within(EPS));
      assertThat(g.expectedEiIndex()).as(r.name()).isCloseTo(r.expectedEiIndex(), within(EPS));
      assertThat(g.conductance()).as(r.name()).isCloseTo(r.conductance(), within(EPS));
      assertThat(g.spannerCount()).as(r.name()).isEqualTo(r.spannerCount());
      assertThat(g.bridges()).as(r.name()).extracting(BridgeTie::cutOff)
          .containsExactly(Arrays.stream(r.bridges()).boxed().toArray(Integer[]::new));
      assertThat(g.silo()).as(r.name()).isEqualTo(r.silo());
    }
    assertThat(report.networkEiIndex()).isCloseTo(networkEi, within(EPS));
    assertThat(report.networkUnweightedEiIndex()).isCloseTo(networkTieEi, within(EPS));
    assertThat(report.networkExpectedEiIndex()).isCloseTo(networkExpected, within(EPS));
  }

  @Test
  void should_match_the_reference_for_the_offices_of_lazega_s_law_firm() {
    SiloReport report = SiloDetector.withDefaults().units(SocialGraph.of(Datasets.lazega(false)));

    // Providence has 4 lawyers: below the floor of 5, alone in (other), so (other) is left out too
    assertThat(report.unreportedMembers()).isEqualTo(4);
    assertThat(report.toString()).doesNotContain("Providence");
    check(report, List.of(
        row("Lazega / Boston", 48, 225, 71, 0.19946808510638298, -0.727447216890595, -0.727447216890595,
            -0.34285714285714286, 0.3021276595744681, 30, new int[] {}, false),
        row("Lazega / Hartford", 19, 76, 51, 0.4444444444444444, -0.4975369458128079, -0.4975369458128079,
            0.4857142857142857, 0.2512315270935961, 16, new int[] {}, true)),
        -0.6084656084656085, -0.6084656084656085, -0.05030181086519114);
    assertThat(report.silos()).extracting(SiloGroup::name).containsExactly("Lazega / Hartford");
  }

  @Test
  void should_match_the_reference_for_the_practices_of_lazega_s_law_firm() {
    SiloReport report = SiloDetector.withDefaults().units(SocialGraph.of(Datasets.lazega(true)));
    check(report, List.of(
        row("Lazega / litigation", 41, 178, 79, 0.21707317073170732, -0.6367816091954023, -0.6367816091954023,
            -0.14285714285714285, 0.24610591900311526, 27, new int[] {}, false),
        row("Lazega / corporate", 30, 121, 79, 0.27816091954022987, -0.5077881619937694, -0.5077881619937694,
            0.17142857142857143, 0.24610591900311526, 24, new int[] {}, true)),
        -0.582010582010582, -0.582010582010582, -0.010060362173038184);
  }

  @Test
  void should_find_offices_and_practices_of_lazega_s_law_firm_nearly_independent() {
    // office vs practice of the 71 lawyers, in member-id order: NMI and ARI by formula in silo_reference.py
    Network network = Datasets.lazega(false);
    List<Member> members = new ArrayList<>(network.members());
    members.sort((a, b) -> a.id().compareTo(b.id()));
    List<String> offices = List.of("Boston", "Hartford", "Providence");
    List<String> practices = List.of("litigation", "corporate");
    int[] office = members.stream().mapToInt(m -> offices.indexOf(m.affiliation().path().get(1))).toArray();
    int[] practice = members.stream().mapToInt(m -> practices.indexOf(m.affiliation().path().get(2))).toArray();
    assertThat(PartitionSimilarity.normalizedMutualInformation(office, practice))
        .isCloseTo(0.01841574119758911, within(EPS));
    assertThat(PartitionSimilarity.adjustedRandIndex(office, practice)).isCloseTo(0.006338199316278152, within(EPS));
  }

  @Test
  void should_match_the_reference_for_cs_aarhus_online() {
    SiloReport report = SiloDetector.withOptions(SiloOptions.builder().unitDepth(3).layer(Channel.ONLINE).build())
        .units(SocialGraph.of(Datasets.csAarhus()));
    // G5 (4) and G8 (1) are below the floor; together they make (other), 5 members
    check(report, List.of(
        row("Aarhus University / Computer Science / G2", 14, 40, 35, 0.43956043956043955, -0.391304347826087,
            -0.391304347826087, 0.5666666666666667, 0.30434782608695654, 8, new int[] {}, true),
        row("Aarhus University / Computer Science / G3", 8, 0, 15, 0, 1.0, 1.0, 0.7666666666666667, 1.0, 3,
            new int[] {}, false),
        row("Aarhus University / Computer Science / G7", 8, 8, 22, 0.2857142857142857, 0.15789473684210525,
            0.15789473684210525, 0.7666666666666667, 0.5789473684210527, 5, new int[] {}, false),
        row("Aarhus University / Computer Science / G4", 7, 6, 15, 0.2857142857142857, 0.1111111111111111,
            0.1111111111111111, 0.8, 0.5555555555555556, 4, new int[] {}, false),
        row("Aarhus University / Computer Science / G6", 7, 1, 11, 0.047619047619047616, 0.6923076923076923,
            0.6923076923076923, 0.8, 0.8461538461538461, 3, new int[] {}, false),
        row("Aarhus University / Computer Science", 6, 0, 8, 0, 1.0, 1.0, 0.8333333333333334, 1.0, 1, new int[] {},
            false),
        row("Aarhus University / Computer Science / G1", 6, 1, 9, 0.06666666666666667, 0.6363636363636364,
            0.6363636363636364, 0.8333333333333334, 0.8181818181818182, 2, new int[] {}, false),
        row("(other)", 5, 3, 15, 0.3, 0.42857142857142855, 0.42857142857142855, 0.8666666666666667,
            0.7142857142857143, 3, new int[] {}, false)),
        0.04838709677419355, 0.04838709677419355, 0.7540983606557377);
    assertThat(report.toString()).doesNotContain("G5").doesNotContain("G8");
  }

  @Test
  void should_match_the_reference_for_cs_aarhus_face_to_face() {
    SiloReport report = SiloDetector.withOptions(SiloOptions.builder().unitDepth(3).layer(Channel.OFFLINE).build())
        .units(SocialGraph.of(Datasets.csAarhus()));
    check(report, List.of(
        row("Aarhus University / Computer Science / G2", 14, 69, 63, 0.7582417582417582, -0.3953488372093023,
            -0.373134328358209, 0.5666666666666667, 0.3023255813953488, 12, new int[] {}, true),
        row("Aarhus University / Computer Science / G3", 8, 15, 23, 0.5357142857142857, -0.10526315789473684,
            -0.1320754716981132, 0.7666666666666667, 0.4473684210526316, 8, new int[] {}, true),
        row("Aarhus University / Computer Science / G7", 8, 23, 29, 0.8214285714285714, -0.4864864864864865,
            -0.22666666666666666, 0.7666666666666667, 0.25675675675675674, 7, new int[] {}, true),
        row("Aarhus University / Computer Science / G4", 7, 21, 42, 1.0, 0.10344827586206896, 0.0, 0.8,
            0.5517241379310345, 7, new int[] {}, false),
        row("Aarhus University / Computer Science / G6", 7, 20, 25, 0.9523809523809523, -0.4857142857142857,
            -0.23076923076923078, 0.8, 0.2571428571428571, 6, new int[] {}, true),
        row("Aarhus University / Computer Science", 6, 6, 37, 0.4, 0.4461538461538462, 0.5102040816326531,
            0.8333333333333334, 0.7230769230769231, 5, new int[] {}, false),
        row("Aarhus University / Computer Science / G1", 6, 15, 26, 1.0, -0.3793103448275862, -0.07142857142857142,
            0.8333333333333334, 0.3103448275862069, 6, new int[] {}, true),
        row("(other)", 5, 6, 23, 0.6, 0.015384615384615385, 0.3142857142857143, 0.8666666666666667,
            0.5076923076923077, 5, new int[] {}, false)),
        -0.2540322580645161, -0.13268608414239483, 0.7540983606557377);
  }

  @Test
  void should_match_the_reference_for_cs_aarhus_on_both_channels() {
    SiloReport report = SiloDetector.withOptions(SiloOptions.builder().unitDepth(3).build())
        .units(SocialGraph.of(Datasets.csAarhus()));
    check(report, List.of(
        row("Aarhus University / Computer Science / G2", 14, 78, 81, 0.8571428571428571, -0.3947001394700139,
            -0.31645569620253167, 0.5666666666666667, 0.30264993026499304, 12, new int[] {}, true),
        row("Aarhus University / Computer Science / G3", 8, 15, 33, 0.5357142857142857, -0.005988023952095809,
            0.047619047619047616, 0.7666666666666667, 0.49700598802395207, 8, new int[] {}, true),
        row("Aarhus University / Computer Science / G7", 8, 24, 41, 0.8571428571428571, -0.41317365269461076,
            -0.07865168539325842, 0.7666666666666667, 0.2934131736526946, 7, new int[] {}, true),
        row("Aarhus University / Computer Science / G4", 7, 21, 49, 1.0, 0.10424710424710425, 0.07692307692307693,
            0.8, 0.5521235521235521, 7, new int[] {}, false),
        row("Aarhus University / Computer Science / G6", 7, 20, 31, 0.9523809523809523, -0.4170403587443946,
            -0.1267605633802817, 0.8, 0.2914798206278027, 6, new int[] {}, true),
        row("Aarhus University / Computer Science", 6, 6, 39, 0.4, 0.4782608695652174, 0.5294117647058824,
            0.8333333333333334, 0.7391304347826086, 5, new int[] {}, false),
        row("Aarhus University / Computer Science / G1", 6, 15, 29, 1.0, -0.3333333333333333, -0.01694915254237288,
            0.8333333333333334, 0.3333333333333333, 6, new int[] {}, true),
        row("(other)", 5, 6, 33, 0.6, 0.0728476821192053, 0.4666666666666667, 0.8666666666666667, 0.5364238410596026,
            5, new int[] {}, false)),
        -0.22043010752688172, -0.04815864022662889, 0.7540983606557377);
  }
}
