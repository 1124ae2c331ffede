package org.blendnet.graph.silo;

import org.blendnet.core.TimeWindow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.graph.silo.SiloFixtures.unit;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Channel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.TieModel;
import org.blendnet.graph.community.Leiden;
import org.blendnet.graph.community.Partition;
import org.junit.jupiter.api.Test;

/** Silo figures on small networks computed by hand. */
class SiloDetectorTest {

  private static final double EPS = 1e-12;

  private static SiloDetector floor(int floor) {
    return SiloDetector.withOptions(SiloOptions.builder().privacyFloor(floor).build());
  }

  /**
   * Unit A, a triangle a1 a2 a3, and unit B, b1 b2 b3 b4 on a ring with the chord b1–b3, all met face to
   * face (weight 1); joined only by a chat a3–b1 (weight 0.5).
   */
  private static Network twoUnitsAndABridge() {
    return new SiloFixtures().members("A", "a1", "a2", "a3").members("B", "b1", "b2", "b3", "b4")
        .meetRing("a1", "a2", "a3").meetRing("b1", "b2", "b3", "b4").meet("b1", "b3")
        .chat("a3", "b1").build();
  }

  @Test
  void should_give_every_figure_of_two_units_joined_by_one_bridge() {
    SiloReport report = floor(3).units(SocialGraph.of(twoUnitsAndABridge()));

    assertThat(report.groups()).extracting(SiloGroup::name).containsExactly("Acme / B", "Acme / A");
    SiloGroup a = report.group(unit("A")).orElseThrow();
    SiloGroup b = report.group("Acme / B").orElseThrow();

    // A: n = 3 of N = 7, I = 3 ties (weight 3), E = 1 tie (weight 0.5)
    assertThat(a.kind()).isEqualTo(GroupKind.UNIT);
    assertThat(a.unit()).contains(unit("A"));
    assertThat(a.size()).isEqualTo(3);
    assertThat(a.internalTies()).isEqualTo(3);
    assertThat(a.boundaryTies()).isEqualTo(1);
    assertThat(a.internalWeight()).isEqualTo(3.0);
    assertThat(a.boundaryWeight()).isEqualTo(0.5);
    assertThat(a.density()).isEqualTo(1.0);
    assertThat(a.unweightedEiIndex()).isCloseTo((1 - 6) / 7.0, within(EPS)); // (E − 2I) / (E + 2I)
    assertThat(a.eiIndex()).isCloseTo((0.5 - 6) / 6.5, within(EPS)); // −11/13
    assertThat(a.expectedEiIndex()).isCloseTo((7 - 6 + 1) / 6.0, within(EPS)); // (N − 2n + 1) / (N − 1) = 1/3
    assertThat(a.eiExcess()).isCloseTo(-11.0 / 13 - 1.0 / 3, within(EPS));
    // vol(A) = 2·3 + 0.5 = 6.5, vol(B) = 2·5 + 0.5 = 10.5: 0.5 / 6.5
    assertThat(a.conductance()).isCloseTo(1.0 / 13, within(EPS));
    assertThat(a.outsideShare()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(a.spannerCount()).isEqualTo(1);
    assertThat(a.spanners()).containsExactly(new BoundarySpanner(MemberId.of("a3"), 1, 0.5, 1));
    assertThat(a.bridges()).containsExactly(new BridgeTie(MemberId.of("a3"), MemberId.of("b1"), 0.5, 4));
    assertThat(a.fragile()).isTrue();
    assertThat(a.silo()).isTrue();

    // B: n = 4, I = 5 ties (weight 5), E = 1 (weight 0.5)
    assertThat(b.size()).isEqualTo(4);
    assertThat(b.density()).isCloseTo(5.0 / 6, within(EPS));
    assertThat(b.unweightedEiIndex()).isCloseTo((1 - 10) / 11.0, within(EPS));
    assertThat(b.eiIndex()).isCloseTo((0.5 - 10) / 10.5, within(EPS));
    assertThat(b.expectedEiIndex()).isCloseTo(0.0, within(EPS)); // (7 − 8 + 1) / 6
    assertThat(b.conductance()).isCloseTo(1.0 / 13, within(EPS)); // 0.5 / min(10.5, 6.5)
    assertThat(b.outsideShare()).isCloseTo(0.25, within(EPS));
    assertThat(b.spanners()).containsExactly(new BoundarySpanner(MemberId.of("b1"), 1, 0.5, 1));
    assertThat(b.bridges()).containsExactly(new BridgeTie(MemberId.of("b1"), MemberId.of("a3"), 0.5, 3));
    assertThat(b.silo()).isTrue();

    // the network: E = 1 tie (0.5), I = 8 ties (8); p = 1 − (3·2 + 4·3) / (7·6) = 4/7, expected 2p − 1 = 1/7
    assertThat(report.networkUnweightedEiIndex()).isCloseTo(-7.0 / 9, within(EPS));
    assertThat(report.networkEiIndex()).isCloseTo((0.5 - 8) / 8.5, within(EPS));
    assertThat(report.networkExpectedEiIndex()).isCloseTo(1.0 / 7, within(EPS));
    assertThat(report.silos()).extracting(SiloGroup::name).containsExactly("Acme / B", "Acme / A");
    assertThat(report.unreportedMembers()).isZero();
    assertThat(report.memberCount()).isEqualTo(7);
    assertThat(report.isInSilo(MemberId.of("a1"))).isTrue();
    assertThat(report.groupOf(MemberId.of("b4"))).contains(b);
  }

  @Test
  void should_print_a_small_table() {
    SiloReport report = floor(3).units(SocialGraph.of(twoUnitsAndABridge()));
    assertThat(report.toString()).isEqualTo(String.join("\n",
        "SiloReport[units at depth 2, both layers, members=7, groups=2, silos=2, network E-I=-0.88 (ties -0.78,"
            + " expected 0.14)]",
        "  group                            size density    E-I E-I ties expected excess conduct outside bridges  silo",
        "  Acme / B                            4    0.83  -0.90    -0.82     0.00  -0.90    0.08    0.25       1  "
            + "silo, fragile",
        "  Acme / A                            3    1.00  -0.85    -0.71     0.33  -1.18    0.08    0.33       1  "
            + "silo, fragile"));
    assertThat(report.group("Acme / A").orElseThrow()).hasToString(
        "SiloGroup[Acme / A, size=3, E-I=-0.85 (expected 0.33), conductance=0.08, outside=0.33, bridges=1, fragile,"
            + " silo]");
  }

  @Test
  void should_expect_the_e_i_index_from_group_sizes_alone() {
    // N = 10 on a ring; units of 7 and 3: expected (10 − 14 + 1) / 9 = −1/3 and (10 − 6 + 1) / 9 = 5/9;
    // network: p = 1 − (7·6 + 3·2) / (10·9) = 7/15, expected 2p − 1 = −1/15
    SiloFixtures f = new SiloFixtures().members("Big", "m0", "m1", "m2", "m3", "m4", "m5", "m6")
        .members("Small", "m7", "m8", "m9");
    f.meetRing("m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9");
    SiloReport report = floor(1).units(SocialGraph.of(f.build()));

    SiloGroup big = report.group(unit("Big")).orElseThrow();
    SiloGroup small = report.group(unit("Small")).orElseThrow();
    assertThat(big.expectedEiIndex()).isCloseTo(-1.0 / 3, within(EPS));
    assertThat(small.expectedEiIndex()).isCloseTo(5.0 / 9, within(EPS));
    assertThat(report.networkExpectedEiIndex()).isCloseTo(-1.0 / 15, within(EPS));
    // both have 2 boundary ties: Big I = 6 → (2 − 12) / 14; Small I = 2 → (2 − 4) / 6
    assertThat(big.eiIndex()).isCloseTo(-10.0 / 14, within(EPS));
    assertThat(small.eiIndex()).isCloseTo(-2.0 / 6, within(EPS));
    // Big's raw index is low, but it is what a group of 70% expects: excess −5/7 + 1/3, not a silo
    assertThat(big.eiExcess()).isCloseTo(-10.0 / 14 + 1.0 / 3, within(EPS));
    assertThat(big.silo()).isFalse();
  }

  /** Big1 (6) and Big2 (5) named; Tiny1 (2) and Tiny2 (3) below the floor of 5, together (other). */
  private static Network withSmallUnits() {
    return new SiloFixtures().members("Big1", "b1", "b2", "b3", "b4", "b5", "b6")
        .members("Big2", "c1", "c2", "c3", "c4", "c5").members("Tiny1", "t1", "t2").members("Tiny2", "u1", "u2", "u3")
        .meetRing("b1", "b2", "b3", "b4", "b5", "b6").meetRing("c1", "c2", "c3", "c4", "c5")
        .meet("t1", "t2").meet("u1", "u2").meet("u2", "u3")
        .meet("t2", "u1").meet("u3", "b1").meet("c1", "b2").build();
  }

  @Test
  void should_merge_units_below_the_privacy_floor_into_other_and_analyse_it_as_one_group() {
    SiloReport report = SiloDetector.withDefaults().units(SocialGraph.of(withSmallUnits()));

    assertThat(report.groups()).extracting(SiloGroup::name).containsExactly("Acme / Big1", "Acme / Big2", "(other)");
    SiloGroup other = report.other().orElseThrow();
    assertThat(other.kind()).isEqualTo(GroupKind.OTHER);
    assertThat(other.unit()).isEmpty();
    assertThat(other.size()).isEqualTo(5);
    // t1–t2, u1–u2, u2–u3 and t2–u1 (between the two small units) are all inside (other); u3–b1 crosses
    assertThat(other.internalTies()).isEqualTo(4);
    assertThat(other.boundaryTies()).isEqualTo(1);
    assertThat(other.density()).isCloseTo(4 / 10.0, within(EPS));
    assertThat(other.eiIndex()).isCloseTo((1 - 8) / 9.0, within(EPS));
    assertThat(other.expectedEiIndex()).isCloseTo((16 - 10 + 1) / 15.0, within(EPS));
    assertThat(other.spanners()).extracting(BoundarySpanner::member).containsExactly(MemberId.of("u3"));
    assertThat(other.bridges()).containsExactly(new BridgeTie(MemberId.of("u3"), MemberId.of("b1"), 1, 11));
    assertThat(report.groupOf(MemberId.of("t1"))).contains(other);
    assertThat(report.unreportedMembers()).isZero();
    // the network's index keeps every unit: internal 6 + 5 + 1 + 2 = 14 ties, external t2–u1, u3–b1, c1–b2;
    // p = 1 − (30 + 20 + 2 + 6) / 240, expected 2p − 1 = 31/60
    assertThat(report.networkEiIndex()).isCloseTo((3 - 14) / 17.0, within(EPS));
    assertThat(report.networkExpectedEiIndex()).isCloseTo(31.0 / 60, within(EPS));
    // b1's ties reach Big2? no: b1 reaches (other) only; b2 reaches Big2
    SiloGroup big1 = report.group(unit("Big1")).orElseThrow();
    assertThat(big1.spanners()).extracting(BoundarySpanner::member).containsExactly(MemberId.of("b1"),
        MemberId.of("b2"));
  }

  @Test
  void should_never_name_a_unit_below_the_floor() {
    SiloReport report = SiloDetector.withDefaults().units(SocialGraph.of(withSmallUnits()));

    assertThat(report.toString()).doesNotContain("Tiny").contains("(other)");
    assertThat(report.groups()).allSatisfy(g -> assertThat(g.toString()).doesNotContain("Tiny"));
    assertThat(report.group(unit("Tiny1"))).isEmpty();
    assertThat(report.group("Acme / Tiny2")).isEmpty();
    assertThat(report.silos()).allSatisfy(g -> assertThat(g.name()).doesNotContain("Tiny"));
  }

  @Test
  void should_leave_out_other_when_it_would_be_below_the_floor_and_count_its_members() {
    Network network = new SiloFixtures().members("Big1", "b1", "b2", "b3", "b4", "b5", "b6")
        .members("Big2", "c1", "c2", "c3", "c4", "c5").members("Tiny", "u1", "u2", "u3")
        .meetRing("b1", "b2", "b3", "b4", "b5", "b6").meetRing("c1", "c2", "c3", "c4", "c5")
        .meet("u1", "u2").meet("u3", "b1").meet("c1", "b2").build();
    SiloReport report = SiloDetector.withDefaults().units(SocialGraph.of(network));

    assertThat(report.groups()).extracting(SiloGroup::name).containsExactly("Acme / Big1", "Acme / Big2");
    assertThat(report.other()).isEmpty();
    assertThat(report.unreportedMembers()).isEqualTo(3);
    assertThat(report.groups().stream().mapToInt(SiloGroup::size).sum() + report.unreportedMembers()).isEqualTo(14);
    assertThat(report.groupOf(MemberId.of("u1"))).isEmpty();
    assertThat(report.isInSilo(MemberId.of("u1"))).isFalse();
    assertThat(report.toString()).contains("unreported=3").doesNotContain("Tiny");
    // b1's tie to the unreported u3 still crosses Big1's boundary
    SiloGroup big1 = report.group(unit("Big1")).orElseThrow();
    assertThat(big1.boundaryTies()).isEqualTo(2);
    assertThat(big1.spanners()).extracting(BoundarySpanner::member).containsExactly(MemberId.of("b1"),
        MemberId.of("b2"));
  }

  /**
   * Sales and Eng chat only among themselves (each a ring of chats), but every Sales member has lunch with one
   * Eng member.
   */
  private static Network siloedOnlineConnectedFaceToFace() {
    return new SiloFixtures().members("Sales", "s1", "s2", "s3", "s4", "s5")
        .members("Eng", "e1", "e2", "e3", "e4", "e5")
        .chatRing("s1", "s2", "s3", "s4", "s5").chatRing("e1", "e2", "e3", "e4", "e5")
        .meet("s1", "e1").meet("s2", "e2").meet("s3", "e3").meet("s4", "e4").meet("s5", "e5").build();
  }

  @Test
  void should_find_a_unit_siloed_online_yet_connected_face_to_face() {
    SocialGraph graph = SocialGraph.of(siloedOnlineConnectedFaceToFace());
    SiloReport online = SiloDetector.withOptions(SiloOptions.builder().layer(Channel.ONLINE).build()).units(graph);
    SiloReport offline = SiloDetector.withOptions(SiloOptions.builder().layer(Channel.OFFLINE).build()).units(graph);
    SiloReport both = SiloDetector.withDefaults().units(graph);

    SiloGroup salesOnline = online.group(unit("Sales")).orElseThrow();
    assertThat(salesOnline.eiIndex()).isEqualTo(-1.0);
    assertThat(salesOnline.expectedEiIndex()).isCloseTo(1.0 / 9, within(EPS)); // (10 − 10 + 1) / 9
    assertThat(salesOnline.outsideShare()).isZero();
    assertThat(salesOnline.conductance()).isZero();
    assertThat(salesOnline.silo()).isTrue();
    assertThat(online.silos()).hasSize(2);
    assertThat(online.layer()).contains(Channel.ONLINE);
    assertThat(online.toString()).contains("ONLINE layer");

    SiloGroup salesOffline = offline.group(unit("Sales")).orElseThrow();
    assertThat(salesOffline.eiIndex()).isEqualTo(1.0);
    assertThat(salesOffline.outsideShare()).isEqualTo(1.0);
    assertThat(salesOffline.silo()).isFalse();
    assertThat(offline.silos()).isEmpty();

    // together: inside 5 chats of 0.5 (counted from both ends: 5), outside 5 lunches of 1: E-I 0
    SiloGroup sales = both.group(unit("Sales")).orElseThrow();
    assertThat(sales.eiIndex()).isCloseTo(0.0, within(EPS));
    assertThat(sales.unweightedEiIndex()).isCloseTo((5 - 10) / 15.0, within(EPS));
    assertThat(both.silos()).isEmpty();
  }

  @Test
  void should_show_a_silo_trend_over_windows_of_time() {
    // first quarter: each unit meets only itself; second quarter: lunches across
    SiloFixtures f = new SiloFixtures().members("Sales", "s1", "s2", "s3", "s4", "s5")
        .members("Eng", "e1", "e2", "e3", "e4", "e5");
    f.onDay(10).meetRing("s1", "s2", "s3", "s4", "s5").meetRing("e1", "e2", "e3", "e4", "e5");
    f.onDay(100).meet("s1", "e1").meet("s2", "e2").meet("s3", "e3").meet("s4", "e4").meet("s5", "e5");
    Network network = f.build();
    List<TimeWindow> quarters = TimeWindow.split(SiloFixtures.T0, SiloFixtures.T0.plus(Duration.ofDays(182)),
        Duration.ofDays(91));

    SiloTrend trend = SiloDetector.withDefaults().trend(network, TieModel.defaults(), quarters);

    assertThat(trend.windows()).isEqualTo(quarters);
    assertThat(trend.eiIndex(unit("Sales"))).containsExactly(-1.0, 1.0);
    assertThat(trend.networkEiIndex()).containsExactly(-1.0, 1.0);
    assertThat(trend.report(0).silos()).hasSize(2);
    assertThat(trend.report(1).silos()).isEmpty();
    assertThat(trend.report(0).window()).contains(quarters.get(0));
    assertThat(trend.of(unit("Sales"))).allSatisfy(g -> assertThat(g).isPresent());
    assertThat(trend.of(unit("Nowhere"))).allSatisfy(g -> assertThat(g).isEmpty());
    assertThat(trend.toString()).startsWith("SiloTrend[windows=2]").contains("silos=2: Acme / Eng, Acme / Sales");

    // the same window through the options
    SiloReport firstQuarter = SiloDetector.withOptions(SiloOptions.builder().window(quarters.get(0)).build())
        .units(SocialGraph.of(network));
    assertThat(firstQuarter.groups()).isEqualTo(trend.report(0).groups());
    assertThat(firstQuarter.graph().tieCount()).isEqualTo(10);
  }

  @Test
  void should_rank_spanners_by_groups_reached_then_outside_weight() {
    // a1 reaches B and C with light ties; a2 reaches B alone with a heavy one; a3 reaches B with a light one
    SiloFixtures f = new SiloFixtures().members("A", "a1", "a2", "a3", "a4").members("B", "b1", "b2")
        .members("C", "c1");
    f.meetRing("a1", "a2", "a3", "a4").chat("a1", "b1").chat("a1", "c1").meet("a2", "b2").meet("a2", "b1")
        .chat("a3", "b2");
    SiloReport report = SiloDetector.withOptions(SiloOptions.builder().privacyFloor(1).topSpanners(2).build())
        .units(SocialGraph.of(f.build()));
    SiloGroup a = report.group(unit("A")).orElseThrow();

    assertThat(a.spannerCount()).isEqualTo(3);
    assertThat(a.spanners()).containsExactly(new BoundarySpanner(MemberId.of("a1"), 2, 1.0, 2),
        new BoundarySpanner(MemberId.of("a2"), 2, 2.0, 1));
  }

  @Test
  void should_not_list_a_boundary_bridge_whose_far_side_holds_another_member_of_the_group() {
    // A = {a1, a2, a3}, B = {x, y}: a1–a2, a2–x, x–a3, x–y. Every tie is a bridge of the graph, but A still
    // reaches x through a3 if a2–x breaks, and through a2 if x–a3 breaks; B loses {a1, a2} or {a3}.
    SiloFixtures f = new SiloFixtures().members("A", "a1", "a2", "a3").members("B", "x", "y");
    f.meet("a1", "a2").meet("a2", "x").meet("x", "a3").meet("x", "y");
    SiloReport report = floor(1).units(SocialGraph.of(f.build()));

    SiloGroup a = report.group(unit("A")).orElseThrow();
    assertThat(a.boundaryTies()).isEqualTo(2);
    assertThat(a.bridges()).isEmpty();
    assertThat(a.fragile()).isFalse();
    SiloGroup b = report.group(unit("B")).orElseThrow();
    assertThat(b.bridges()).containsExactly(new BridgeTie(MemberId.of("x"), MemberId.of("a2"), 1, 2),
        new BridgeTie(MemberId.of("x"), MemberId.of("a3"), 1, 1));
    assertThat(b.fragile()).isTrue();
  }

  @Test
  void should_give_nan_for_a_group_without_ties_and_not_flag_it() {
    Network network = new SiloFixtures().members("A", "a1", "a2").members("B", "b1", "b2").meet("b1", "b2").build();
    SiloReport report = floor(1).units(SocialGraph.of(network));
    SiloGroup a = report.group(unit("A")).orElseThrow();

    assertThat(a.eiIndex()).isNaN();
    assertThat(a.unweightedEiIndex()).isNaN();
    assertThat(a.conductance()).isNaN();
    assertThat(a.density()).isZero();
    assertThat(a.silo()).isFalse();
    // B holds every tie: the rest has no volume, so its conductance is undefined too
    assertThat(report.group(unit("B")).orElseThrow().conductance()).isNaN();
    assertThat(report.toString()).contains("–");
  }

  @Test
  void should_find_communities_that_coincide_with_units() {
    SocialGraph graph = SocialGraph.of(twoUnitsAndABridge());
    Partition communities = Leiden.withDefaults().detect(graph);
    SiloReport report = floor(3).unitsAndCommunities(graph, communities);

    assertThat(communities.communityCount()).isEqualTo(2);
    SiloReport.Alignment alignment = report.alignment().orElseThrow();
    assertThat(alignment.normalizedMutualInformation()).isCloseTo(1.0, within(EPS));
    assertThat(alignment.adjustedRandIndex()).isCloseTo(1.0, within(EPS));
    assertThat(alignment.units()).isEqualTo(2);
    assertThat(alignment.communities()).isEqualTo(2);
    SiloReport byCommunity = report.communities().orElseThrow();
    assertThat(byCommunity.grouping()).isEqualTo(GroupKind.COMMUNITY);
    assertThat(byCommunity.groups()).extracting(SiloGroup::name).containsExactly("community 0", "community 1");
    assertThat(byCommunity.groups().get(0).community()).hasValue(0);
    assertThat(byCommunity.groups().get(0).eiIndex()).isEqualTo(report.groups().get(0).eiIndex());
    assertThat(report.toString()).contains("communities vs units: NMI 1.00, ARI 1.00 (2 units, 2 communities)");

    SiloReport onlyCommunities = floor(3).communities(graph, communities);
    assertThat(onlyCommunities.groups()).isEqualTo(byCommunity.groups());
    assertThat(onlyCommunities.alignment()).isEmpty();
  }

  @Test
  void should_take_units_from_a_map_for_a_graph_read_from_an_edge_list() {
    SocialGraph graph = SocialGraph.fromEdges(4, new int[] {0, 2, 1}, new int[] {1, 3, 2});
    Map<MemberId, Affiliation> units = new HashMap<>();
    units.put(MemberId.of("0"), Affiliation.of("X", "left"));
    units.put(MemberId.of("1"), Affiliation.of("X", "left"));
    units.put(MemberId.of("2"), Affiliation.of("X", "right"));
    units.put(MemberId.of("3"), Affiliation.of("X", "right", "team"));
    SiloReport report = floor(1).units(graph, units);

    assertThat(report.groups()).extracting(SiloGroup::name).containsExactly("X / left", "X / right");
    assertThat(report.group("X / left").orElseThrow().bridges())
        .containsExactly(new BridgeTie(MemberId.of("1"), MemberId.of("2"), 1, 2));

    units.remove(MemberId.of("3"));
    assertThatThrownBy(() -> floor(1).units(graph, units)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("affiliations has no entry for member 3");
    units.put(MemberId.of("3"), Affiliation.none());
    units.put(MemberId.of("9"), Affiliation.none());
    assertThatThrownBy(() -> floor(1).units(graph, units)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("affiliations has 5 entries for a graph of 4 members; member 9 is not in the graph");
  }

  @Test
  void should_reject_what_a_graph_from_an_edge_list_cannot_give() {
    SocialGraph graph = SocialGraph.fromEdges(2, new int[] {0}, new int[] {1});
    assertThatThrownBy(() -> SiloDetector.withDefaults().units(graph)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("declared units need a graph made from a network");
    Map<MemberId, Affiliation> units = Map.of(MemberId.of("0"), Affiliation.none(), MemberId.of("1"),
        Affiliation.none());
    assertThatThrownBy(() -> SiloDetector.withOptions(SiloOptions.builder().layer(Channel.ONLINE).build())
        .units(graph, units)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the ONLINE layer needs a graph with channel layers");
    TimeWindow window = TimeWindow.of(SiloFixtures.T0, SiloFixtures.T0.plusSeconds(1));
    assertThatThrownBy(() -> SiloDetector.withOptions(SiloOptions.builder().window(window).build())
        .units(graph, units)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a time window needs a graph made from a network");
  }

  @Test
  void should_reject_a_partition_of_other_members() {
    SocialGraph graph = SocialGraph.of(twoUnitsAndABridge());
    Partition other = Leiden.withDefaults().detect(SocialGraph.fromEdges(7, new int[] {0}, new int[] {1}));
    assertThatThrownBy(() -> SiloDetector.withDefaults().communities(graph, other))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the partition divides another graph");
  }

  @Test
  void should_put_members_without_affiliation_in_the_unit_none_and_cut_paths_to_the_depth() {
    Network network = new SiloFixtures().members("A", "a1", "a2").build().toBuilder()
        .member(Member.of(MemberId.of("z"), "Zed")).build();
    SiloReport byUnit = floor(1).units(SocialGraph.of(network));
    assertThat(byUnit.groups()).extracting(SiloGroup::name).containsExactly("Acme / A", "(none)");
    SiloReport byOrganisation = SiloDetector.withOptions(SiloOptions.builder().privacyFloor(1).unitDepth(1).build())
        .units(SocialGraph.of(network));
    assertThat(byOrganisation.groups()).extracting(SiloGroup::name).containsExactly("Acme", "(none)");
  }

  @Test
  void should_validate_options() {
    assertThatThrownBy(() -> SiloOptions.builder().privacyFloor(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("privacyFloor must be >= 1 but was 0");
    assertThatThrownBy(() -> SiloOptions.builder().unitDepth(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unitDepth must be >= 1 but was 0");
    assertThatThrownBy(() -> SiloOptions.builder().eiThreshold(1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("eiThreshold must be in [-1.0, 1.0] but was 1.5");
    assertThatThrownBy(() -> SiloOptions.builder().excessThreshold(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("excessThreshold");
    assertThatThrownBy(() -> SiloOptions.builder().outsideShareThreshold(-0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outsideShareThreshold");
    assertThatThrownBy(() -> SiloOptions.builder().topSpanners(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TimeWindow.of(SiloFixtures.T0, SiloFixtures.T0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to must be after from");
    assertThat(SiloOptions.defaults()).hasToString(
        "SiloOptions[unitDepth=2, privacyFloor=5, ei<=0.0, excess<=-0.5, outsideShare<=1.0, topSpanners=10]");
    assertThat(SiloOptions.defaults().toBuilder().build()).isEqualTo(SiloOptions.defaults());
    assertThat(SiloOptions.builder().layer(Channel.ONLINE).build().hashCode())
        .isEqualTo(SiloOptions.builder().layer(Channel.ONLINE).build().hashCode());
  }

  @Test
  void should_switch_conditions_off_at_their_largest_value() {
    // face to face, Sales and Eng are wide open (E-I +1, outside share 1); with the E-I and excess conditions
    // off (1 and 2) and the outside share at 1, every group with ties is flagged; at 0.99 none
    SocialGraph graph = SocialGraph.of(siloedOnlineConnectedFaceToFace());
    SiloOptions onlyShare = SiloOptions.builder().layer(Channel.OFFLINE).eiThreshold(1).excessThreshold(2)
        .outsideShareThreshold(1).build();
    assertThat(SiloDetector.withOptions(onlyShare).units(graph).silos()).hasSize(2);
    SiloOptions strict = onlyShare.toBuilder().outsideShareThreshold(0.99).build();
    assertThat(SiloDetector.withOptions(strict).units(graph).silos()).isEmpty();
  }

  @Test
  void should_split_time_into_windows_end_to_end() {
    List<TimeWindow> windows = TimeWindow.split(SiloFixtures.T0, SiloFixtures.T0.plus(Duration.ofDays(10)),
        Duration.ofDays(4));
    assertThat(windows).extracting(TimeWindow::length)
        .containsExactly(Duration.ofDays(4), Duration.ofDays(4), Duration.ofDays(2));
    assertThat(windows.get(0).to()).isEqualTo(windows.get(1).from());
    assertThat(windows.get(0).contains(windows.get(1).from())).isFalse();
    assertThat(windows.get(1).contains(windows.get(1).from())).isTrue();
    assertThat(windows.get(0)).hasToString("[2026-01-05T09:00:00Z, 2026-01-09T09:00:00Z)");
    TieModel restricted = TieModel.defaults().within(windows.get(1));
    assertThat(restricted.since()).contains(windows.get(1).from());
    assertThat(restricted.asOf()).contains(windows.get(1).to().minusNanos(1));
    assertThatThrownBy(() -> TimeWindow.split(SiloFixtures.T0, SiloFixtures.T0.plusSeconds(20_000),
        Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 10000");
  }
}
