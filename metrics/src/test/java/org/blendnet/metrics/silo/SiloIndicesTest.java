package org.blendnet.metrics.silo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.m;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.silo.SiloDetector;
import org.junit.jupiter.api.Test;

/** The silo indices on a hand-made path and on the karate club against NetworkX 3.6.1. */
class SiloIndicesTest {

  static Touchpoint meeting(String id, String a, String b, double weight) {
    return new Touchpoint(TouchpointId.of(id), day(1), Medium.FACE_TO_FACE, List.of(m(a), m(b)), Optional.empty(),
        Optional.empty(), Optional.empty(), Set.of(), weight);
  }

  static Member member(String id, String unit) {
    return Member.builder(m(id)).name(id).affiliation(Affiliation.of("Org", unit)).build();
  }

  @Test
  void should_compute_the_indices_of_a_path_by_hand() {
    // a–b in X, c–d in Y, b–c across: f = 2/3 inside, Σa² = 1/2
    Network n = Network.builder().member(member("a", "X")).member(member("b", "X")).member(member("c", "Y"))
        .member(member("d", "Y")).touchpoint(meeting("t1", "a", "b", 1)).touchpoint(meeting("t2", "b", "c", 1))
        .touchpoint(meeting("t3", "c", "d", 1)).build();
    SiloIndices s = SiloIndices.of(SocialGraph.of(n));
    assertThat(s.unitCount()).isEqualTo(2);
    assertThat(s.eiIndex()).isCloseTo(-1.0 / 3, within(1e-12));
    assertThat(s.unweightedEiIndex()).isCloseTo(-1.0 / 3, within(1e-12));
    // expected: p = 1 − (2·1 + 2·1)/(4·3) = 2/3, 2p − 1 = 1/3
    assertThat(s.expectedEiIndex()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(s.assortativity()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(s.weightedAssortativity()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(s.modularity()).isCloseTo(2.0 / 3 - 1.0 / 2, within(1e-12));
    assertThat(s).hasToString("SiloIndices[2 units, 0 silos: E-I -0.333 (ties -0.333, expected 0.333), "
        + "assortativity 0.333 (weighted 0.333), modularity 0.167]");
  }

  static Network karate() {
    Network.Builder b = Network.builder();
    for (String[] node : Datasets.karateNodes()) {
      b.member(Member.builder(MemberId.of("k" + node[0])).name(node[1]).affiliation(Affiliation.of("karate", node[3]))
          .build());
    }
    int i = 0;
    for (String[] e : Datasets.karateEdges()) {
      b.touchpoint(meeting("e" + i++, "k" + e[0], "k" + e[1], Double.parseDouble(e[2])));
    }
    return b.build();
  }

  @Test
  void should_match_networkx_on_the_karate_club_and_agree_with_the_silo_report() {
    SocialGraph g = SocialGraph.of(karate());
    SiloIndices s = SiloIndices.of(g);
    // networkx 3.6.1: attribute_assortativity_coefficient(G, "club"); modularity(G, clubs, weight="weight")
    assertThat(s.assortativity()).isCloseTo(0.717530864197531, within(1e-12));
    assertThat(s.modularity()).isCloseTo(0.39143756676224206, within(1e-12));
    assertThat(s.eiIndex()).isEqualTo(SiloDetector.withDefaults().units(g).networkEiIndex());
    // E-I = 1 − 2f, Q = f − Σa², r_w = Q / (1 − Σa²)
    double f = (1 - s.eiIndex()) / 2;
    double sumSquares = f - s.modularity();
    assertThat(s.weightedAssortativity()).isCloseTo(s.modularity() / (1 - sumSquares), within(1e-12));
  }
}
