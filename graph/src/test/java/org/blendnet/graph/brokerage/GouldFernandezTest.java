package org.blendnet.graph.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.StandardGraphs;
import org.blendnet.graph.community.Leiden;
import org.blendnet.graph.community.Partition;
import org.junit.jupiter.api.Test;

class GouldFernandezTest {

  private static final BrokerageRole[] ROLES = BrokerageRole.values();

  /**
   * Six members in three groups, A = {0, 1, 2}, B = {3, 4}, C = {5}, and nine arcs:
   * 0→1, 0→2, 1→2, 1→3, 2→0, 3→1, 3→4, 4→5, 5→3. Brokered pairs (a, b) through v, worked out by hand
   * (a → v → b with no a → b):
   * <pre>
   * v=0: in {2}, out {1, 2}:     (2,1) A→A→A coordinator
   * v=1: in {0, 3}, out {2, 3}:  (0,2) closed by 0→2; (0,3) A→A→B representative; (3,2) B→A→A gatekeeper
   * v=2: in {0, 1}, out {0}:     (1,0) A→A→A coordinator
   * v=3: in {1, 5}, out {1, 4}:  (1,4) A→B→B gatekeeper; (5,1) C→B→A liaison; (5,4) C→B→B gatekeeper
   * v=4: in {3}, out {5}:        (3,5) B→B→C representative
   * v=5: in {4}, out {3}:        (4,3) B→C→B itinerant
   * </pre>
   * Totals: coordinator 2, itinerant 1, gatekeeper 3, representative 2, liaison 1.
   */
  private static BrokerageRoles handFixture() {
    ContactGraph g = ContactGraph.fromArcs(6, new int[] {0, 0, 1, 1, 2, 3, 3, 4, 5}, new int[] {1, 2, 2, 3, 0, 1, 4, 5, 3});
    Map<MemberId, String> groups = new LinkedHashMap<>();
    String[] label = {"A", "A", "A", "B", "B", "C"};
    for (int v = 0; v < 6; v++) {
      groups.put(MemberId.of(Integer.toString(v)), label[v]);
    }
    return GouldFernandez.analyse(g, Grouping.of(groups));
  }

  private static long[] counts(BrokerageRoles roles, int node) {
    long[] c = new long[ROLES.length];
    for (BrokerageRole r : ROLES) {
      c[r.ordinal()] = roles.score(node, r).observed();
    }
    return c;
  }

  @Test
  void should_count_the_hand_worked_fixture() {
    BrokerageRoles roles = handFixture();
    // order: coordinator, itinerant, gatekeeper, representative, liaison
    assertThat(counts(roles, 0)).containsExactly(1, 0, 0, 0, 0);
    assertThat(counts(roles, 1)).containsExactly(0, 0, 1, 1, 0);
    assertThat(counts(roles, 2)).containsExactly(1, 0, 0, 0, 0);
    assertThat(counts(roles, 3)).containsExactly(0, 0, 2, 0, 1);
    assertThat(counts(roles, 4)).containsExactly(0, 0, 0, 1, 0);
    assertThat(counts(roles, 5)).containsExactly(0, 1, 0, 0, 0);
    assertThat(roles.networkCount(BrokerageRole.COORDINATOR)).isEqualTo(2);
    assertThat(roles.networkCount(BrokerageRole.ITINERANT)).isEqualTo(1);
    assertThat(roles.networkCount(BrokerageRole.GATEKEEPER)).isEqualTo(3);
    assertThat(roles.networkCount(BrokerageRole.REPRESENTATIVE)).isEqualTo(2);
    assertThat(roles.networkCount(BrokerageRole.LIAISON)).isEqualTo(1);
    assertThat(roles.total(MemberId.of("3")).observed()).isEqualTo(3);
    assertThat(roles.top(BrokerageRole.GATEKEEPER, 5)).containsExactly(MemberId.of("3"), MemberId.of("1"));
  }

  @Test
  void should_give_the_expectations_of_a_bernoulli_digraph_of_the_same_density() {
    // d = 9 / (6 · 5) = 0.3, p = d²(1 − d) = 0.063, c = d³(1 − d)³ = 0.009261, p(1 − p) = 0.059031
    BrokerageRoles roles = handFixture();
    assertThat(roles.density()).isCloseTo(0.3, within(1e-15));
    // broker 0 in A (n = 3): K = 2 others in A, O = 3 outside; B has 2, C has 1
    // coordinator: pairs K(K − 1) = 2 → E = 0.126, Var = 2 · 0.059031 + 0 → sd 0.3436015…
    check(roles.score(0, BrokerageRole.COORDINATOR), 1, 0.126, Math.sqrt(2 * 0.059031));
    // itinerant: pairs 2·1 + 1·0 = 2 → E = 0.126; shared 2 Σ n(n−1)(n−2) = 0
    check(roles.score(0, BrokerageRole.ITINERANT), 0, 0.126, Math.sqrt(2 * 0.059031));
    // gatekeeper and representative: pairs K·O = 6 → E = 0.378; shared K·O(O−1) + O·K(K−1) = 12 + 6 = 18
    check(roles.score(1, BrokerageRole.GATEKEEPER), 1, 0.378, Math.sqrt(6 * 0.059031 + 18 * 0.009261));
    check(roles.score(1, BrokerageRole.REPRESENTATIVE), 1, 0.378, Math.sqrt(6 * 0.059031 + 18 * 0.009261));
    // liaison: pairs 2(3 − 2) + 1(3 − 1) = 4 → E = 0.252; shared 2(2·1·0 + 1·2·1) = 4
    check(roles.score(0, BrokerageRole.LIAISON), 0, 0.252, Math.sqrt(4 * 0.059031 + 4 * 0.009261));
    // total: pairs (N − 1)(N − 2) = 20 → E = 1.26; shared 2 · 5 · 4 · 3 = 120
    check(roles.total(0), 1, 1.26, Math.sqrt(20 * 0.059031 + 120 * 0.009261));
    // broker 3 in B (n = 2): K = 1, O = 4; gatekeeper pairs 4, shared 1·4·3 = 12; liaison pairs
    // 3(4 − 3) + 1(4 − 1) = 6, shared 2(3·1·0 + 1·3·2) = 12
    check(roles.score(3, BrokerageRole.GATEKEEPER), 2, 0.252, Math.sqrt(4 * 0.059031 + 12 * 0.009261));
    check(roles.score(3, BrokerageRole.LIAISON), 1, 0.378, Math.sqrt(6 * 0.059031 + 12 * 0.009261));
    // broker 5 alone in C: K = 0 → no coordinator or mixed pairs (sd 0, z NaN); itinerant pairs 3·2 + 2·1 = 8
    check(roles.score(5, BrokerageRole.ITINERANT), 1, 0.504, Math.sqrt(8 * 0.059031 + 12 * 0.009261));
    assertThat(roles.score(5, BrokerageRole.COORDINATOR)).isEqualTo(new BrokerScore(0, 0, 0));
    assertThat(roles.score(5, BrokerageRole.COORDINATOR).z()).isNaN();
    // z for broker 3 as gatekeeper: (2 − 0.252) / 0.5893… = 2.966…
    assertThat(roles.score(3, BrokerageRole.GATEKEEPER).z())
        .isCloseTo((2 - 0.252) / Math.sqrt(4 * 0.059031 + 12 * 0.009261), within(1e-12));
    // network expectation: Σ over the six brokers (3 in A, 2 in B, 1 in C) of coordinator: 3 · 0.126
    assertThat(roles.networkExpected(BrokerageRole.COORDINATOR)).isCloseTo(3 * 0.126, within(1e-12));
  }

  private static void check(BrokerScore s, long observed, double expected, double sd) {
    assertThat(s.observed()).isEqualTo(observed);
    assertThat(s.expected()).isCloseTo(expected, within(1e-12));
    assertThat(s.standardDeviation()).isCloseTo(sd, within(1e-12));
  }

  @Test
  void should_have_moments_equal_to_an_exact_enumeration_of_all_digraphs_on_five_members() {
    // every digraph on 5 nodes (2^20 of them), weighted d^arcs (1 − d)^(20 − arcs): the mean and variance
    // of each broker's count in each role must equal the closed forms
    int n = 5;
    double d = 0.3;
    int[][] groupings = {{0, 0, 0, 0, 1}, {0, 1, 1, 2, 2}};
    for (int[] group : groupings) {
      int groups = 0;
      for (int g : group) {
        groups = Math.max(groups, g + 1);
      }
      long[] size = new long[groups];
      for (int g : group) {
        size[g]++;
      }
      double[][] mean = new double[n][ROLES.length + 1];
      double[][] square = new double[n][ROLES.length + 1];
      int[] bit = new int[n * n];
      int k = 0;
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          bit[a * n + b] = a == b ? -1 : k++;
        }
      }
      double[] weightOfArcs = new double[21];
      for (int m = 0; m <= 20; m++) {
        weightOfArcs[m] = Math.pow(d, m) * Math.pow(1 - d, 20 - m);
      }
      int[] count = new int[ROLES.length + 1];
      for (int mask = 0; mask < 1 << 20; mask++) {
        double w = weightOfArcs[Integer.bitCount(mask)];
        for (int v = 0; v < n; v++) {
          java.util.Arrays.fill(count, 0);
          for (int a = 0; a < n; a++) {
            if (a == v || (mask >>> bit[a * n + v] & 1) == 0) {
              continue;
            }
            for (int b = 0; b < n; b++) {
              if (b == v || b == a || (mask >>> bit[v * n + b] & 1) == 0 || (mask >>> bit[a * n + b] & 1) != 0) {
                continue;
              }
              count[BrokerageRole.of(group[a], group[v], group[b]).ordinal()]++;
              count[ROLES.length]++;
            }
          }
          for (int r = 0; r <= ROLES.length; r++) {
            mean[v][r] += w * count[r];
            square[v][r] += w * count[r] * count[r];
          }
        }
      }
      double[][][] moments = GouldFernandez.moments(n, size, d);
      for (int v = 0; v < n; v++) {
        for (int r = 0; r <= ROLES.length; r++) {
          double variance = square[v][r] - mean[v][r] * mean[v][r];
          assertThat(moments[0][r][group[v]]).as("mean, broker %d, role %d", v, r).isCloseTo(mean[v][r], within(1e-9));
          assertThat(moments[1][r][group[v]]).as("sd, broker %d, role %d", v, r)
              .isCloseTo(Math.sqrt(Math.max(0, variance)), within(1e-9));
        }
      }
    }
  }

  @Test
  void should_count_like_a_brute_force_recount_on_random_digraphs() {
    qt().withExamples(150).forAll(integers().between(2, 14), integers().between(1, 5), longs().all())
        .checkAssert((n, groups, seed) -> {
          Random random = new Random(seed);
          int[] from = new int[n * n];
          int[] to = new int[n * n];
          boolean[][] arc = new boolean[n][n];
          int m = 0;
          double p = random.nextDouble();
          for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
              if (a != b && random.nextDouble() < p) {
                from[m] = a;
                to[m++] = b;
                arc[a][b] = true;
              }
            }
          }
          Map<MemberId, String> byMember = new LinkedHashMap<>();
          int[] group = new int[n];
          for (int v = 0; v < n; v++) {
            group[v] = random.nextInt(groups);
            byMember.put(MemberId.of(Integer.toString(v)), "g" + group[v]);
          }
          ContactGraph g = ContactGraph.fromArcs(n, java.util.Arrays.copyOf(from, m), java.util.Arrays.copyOf(to, m));
          Grouping grouping = Grouping.of(byMember);
          BrokerageRoles roles = GouldFernandez.analyse(g, grouping);
          for (int v = 0; v < n; v++) {
            long[] expected = new long[ROLES.length];
            for (int a = 0; a < n; a++) {
              for (int b = 0; b < n; b++) {
                if (a != v && b != v && a != b && arc[a][v] && arc[v][b] && !arc[a][b]) {
                  expected[BrokerageRole.of(group[a], group[v], group[b]).ordinal()]++;
                }
              }
            }
            assertThat(counts(roles, v)).containsExactly(expected);
            assertThat(roles.groupOf(v)).isEqualTo(grouping.groupOf(MemberId.of(Integer.toString(v))));
          }
        });
  }

  @Test
  void should_build_the_contact_graph_from_directed_and_undirected_touchpoints() {
    Instant t = Instant.parse("2026-03-02T10:00:00Z");
    Network network = Network.builder()
        .member(member("ana", "Acme", "Sales")).member(member("bo", "Acme", "Sales"))
        .member(member("cy", "Acme", "Ops")).member(member("dee", "Beta"))
        .member(Member.of(MemberId.of("eve"), "eve"))
        // ana writes to bo and cy (directed, three participants): ana→bo, ana→cy
        .touchpoint(Touchpoint.builder(TouchpointId.of("t1")).at(t).medium(Medium.EMAIL)
            .between(MemberId.of("bo"), MemberId.of("cy")).initiatedBy(MemberId.of("ana")).build())
        // bo and dee meet (undirected): bo↔dee
        .touchpoint(Touchpoint.between(TouchpointId.of("t2"), t, Medium.FACE_TO_FACE, MemberId.of("bo"),
            MemberId.of("dee")))
        // dee calls cy twice: dee→cy once
        .touchpoint(Touchpoint.builder(TouchpointId.of("t3")).at(t).medium(Medium.PHONE)
            .between(MemberId.of("dee"), MemberId.of("cy")).initiatedBy(MemberId.of("dee")).build())
        .touchpoint(Touchpoint.builder(TouchpointId.of("t4")).at(t).medium(Medium.PHONE)
            .between(MemberId.of("dee"), MemberId.of("cy")).initiatedBy(MemberId.of("dee")).build())
        .build();
    ContactGraph all = ContactGraph.of(network);
    // nodes in id order: ana 0, bo 1, cy 2, dee 3, eve 4 — as in SocialGraph.of(network)
    SocialGraph social = SocialGraph.of(network);
    for (int v = 0; v < 5; v++) {
      assertThat(all.member(v)).isEqualTo(social.member(v));
    }
    assertThat(all.arcCount()).isEqualTo(5);
    assertThat(all.successors(0)).containsExactly(1, 2);
    assertThat(all.successors(1)).containsExactly(3);
    assertThat(all.successors(3)).containsExactly(1, 2);
    assertThat(all.predecessors(2)).containsExactly(0, 3);
    assertThat(all.hasArc(1, 0)).isFalse();
    assertThat(all.density()).isCloseTo(5 / 20.0, within(1e-15));
    assertThat(all).hasToString("ContactGraph[members=5, arcs=5, density=0.2500]");
    ContactGraph directed = ContactGraph.directedOnly(network);
    assertThat(directed.arcCount()).isEqualTo(3);
    assertThat(directed.hasArc(1, 3)).isFalse();
    // brokerage by unit: bo brokers ana → bo → dee (Acme/Sales → Acme/Sales → Beta: representative)
    BrokerageRoles roles = GouldFernandez.analyse(all, Grouping.byAffiliation(network, 2));
    assertThat(roles.score(MemberId.of("bo"), BrokerageRole.REPRESENTATIVE).observed()).isEqualTo(1);
    assertThat(roles.total(MemberId.of("bo")).observed()).isEqualTo(1);
    // dee brokers bo → dee → cy (Sales → Beta → Ops: liaison)
    assertThat(roles.score(MemberId.of("dee"), BrokerageRole.LIAISON).observed()).isEqualTo(1);
    // by organisation, that is Acme → Beta → Acme: itinerant
    BrokerageRoles byOrganisation = GouldFernandez.analyse(all, Grouping.byAffiliation(network, 1));
    assertThat(byOrganisation.score(MemberId.of("dee"), BrokerageRole.ITINERANT).observed()).isEqualTo(1);
    assertThat(Grouping.byAffiliation(network, 2))
        .hasToString("Grouping[groups=4, members=5, sizes=[(none)=1, Acme / Ops=1, Acme / Sales=2, Beta=1]]");
  }

  private static Member member(String id, String organisation, String... units) {
    return Member.builder(MemberId.of(id)).affiliation(Affiliation.of(organisation, units)).build();
  }

  @Test
  void should_group_by_a_detected_partition() {
    SocialGraph g = StandardGraphs.multiStar(2, 5, false);
    Partition p = Leiden.withDefaults().detect(g);
    Grouping grouping = Grouping.of(p);
    assertThat(grouping.groupCount()).isEqualTo(p.communityCount());
    for (int v = 0; v < g.nodeCount(); v++) {
      assertThat(grouping.groupOf(g.member(v))).isEqualTo(p.communityOf(v));
    }
    // the two hubs are the only brokers; each brokers its leaves with each other (coordinator) and its
    // leaves with the other hub both ways (representative and gatekeeper)
    BrokerageRoles roles = GouldFernandez.analyse(ContactGraph.of(g), grouping);
    assertThat(roles.score(0, BrokerageRole.COORDINATOR).observed()).isEqualTo(5 * 4);
    assertThat(roles.score(0, BrokerageRole.REPRESENTATIVE).observed()).isEqualTo(5);
    assertThat(roles.score(0, BrokerageRole.GATEKEEPER).observed()).isEqualTo(5);
    assertThat(roles.total(2).observed()).isZero();
  }

  @Test
  void should_count_a_200k_member_path_of_mutual_contact() {
    // every inner node brokers its two neighbours both ways; with blocks of 1,000 consecutive members,
    // 999 and 1000 sit on a block border
    int n = 200_000;
    SocialGraph path = StandardGraphs.path(n);
    Map<MemberId, String> blocks = new LinkedHashMap<>();
    for (int v = 0; v < n; v++) {
      blocks.put(path.member(v), String.format("block %03d", v / 1000));
    }
    BrokerageRoles roles = GouldFernandez.analyse(ContactGraph.of(path), Grouping.of(blocks));
    assertThat(counts(roles, 500)).containsExactly(2, 0, 0, 0, 0);
    assertThat(counts(roles, 999)).containsExactly(0, 0, 1, 1, 0);
    assertThat(counts(roles, 1000)).containsExactly(0, 0, 1, 1, 0);
    assertThat(counts(roles, 0)).containsExactly(0, 0, 0, 0, 0);
    assertThat(roles.networkCount(BrokerageRole.COORDINATOR)).isEqualTo(2L * (n - 2) - 4 * 199);
  }

  @Test
  void should_reject_a_member_in_no_group_and_bad_arcs() {
    ContactGraph g = ContactGraph.fromArcs(3, new int[] {0, 1}, new int[] {1, 2});
    Grouping partial = Grouping.of(Map.of(MemberId.of("0"), "x", MemberId.of("1"), "y"));
    assertThatThrownBy(() -> GouldFernandez.analyse(g, partial)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("member 2 of the contact graph is in no group");
    assertThatThrownBy(() -> ContactGraph.fromArcs(3, new int[] {0}, new int[] {3}))
        .hasMessage("arc 0 (0 -> 3) has a node outside [0, 3)");
    assertThatThrownBy(() -> ContactGraph.fromArcs(3, new int[] {1, 2}, new int[] {2, 2}))
        .hasMessage("arc 1 is a self-loop on node 2");
    assertThatThrownBy(() -> ContactGraph.fromArcs(3, new int[] {1}, new int[0]))
        .hasMessage("from and to must have the same length but have 1 and 0");
    assertThatThrownBy(() -> Grouping.byAffiliation(Network.empty(), 0)).hasMessage("depth must be >= 1 but was 0");
    assertThatThrownBy(() -> Grouping.of(Map.of(MemberId.of("a"), " "))).hasMessage("the group of member a is blank");
    assertThatThrownBy(() -> partial.groupOf(MemberId.of("7"))).hasMessage("member 7 is in no group");
  }

  @Test
  void should_read_well_in_toString() {
    BrokerageRoles roles = handFixture();
    assertThat(roles).hasToString("BrokerageRoles[members=6, groups=3, density=0.3000, coordinator=2 (top: 0, 2), "
        + "itinerant=1 (top: 5), gatekeeper=3 (top: 3, 1), representative=2 (top: 1, 4), liaison=1 (top: 3)]");
    assertThat(roles.score(3, BrokerageRole.GATEKEEPER)).hasToString("2 (expected 0.25 ± 0.59, z=2.97)");
    assertThat(BrokerageRole.GATEKEEPER.label()).isEqualTo("gatekeeper");
  }
}
