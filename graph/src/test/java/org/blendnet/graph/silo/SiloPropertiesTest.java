package org.blendnet.graph.silo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.core.testing.Networks;
import org.blendnet.core.testing.Theories;
import org.blendnet.graph.SocialGraph;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Invariants of silo reports over random networks: figures in range, group sizes adding up, the same
 * figures whatever the member ids, and bridges that really cut the group off (checked by breadth-first
 * search with the tie removed).
 */
class SiloPropertiesTest {

  private static final Instant T0 = Instant.parse("2026-02-01T00:00:00Z");

  /** A random network's recipe: member count, units, ties; turned into a network with any list of ids. */
  private record Recipe(int n, int units, long seed, int floor, List<MemberId> ids, List<MemberId> otherIds) {

    Network network(List<MemberId> memberIds) {
      Random random = new Random(seed);
      Network.Builder b = Network.builder();
      for (int i = 0; i < n; i++) {
        b.member(Member.builder(memberIds.get(i)).affiliation(Affiliation.of("Org", "U" + random.nextInt(units)))
            .build());
      }
      double density = 0.02 + random.nextDouble() * 0.3;
      int t = 0;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (random.nextDouble() < density) {
            b.touchpoint(Touchpoint.builder(TouchpointId.of("t" + t++)).at(T0)
                .medium(random.nextBoolean() ? Medium.MEETING : Medium.CHAT)
                .between(memberIds.get(i), memberIds.get(j)).weight(1 + random.nextInt(3)).build());
          }
        }
      }
      return b.build();
    }
  }

  private static Gen<Recipe> recipes() {
    return in -> {
      int n = Generate.range(1, 40).generate(in);
      int units = Generate.range(1, 7).generate(in);
      long seed = Generate.longRange(0, Long.MAX_VALUE).generate(in);
      int floor = Generate.range(1, 6).generate(in);
      List<MemberId> ids = Networks.uniqueIds(in, n, MemberId::of);
      List<MemberId> otherIds = Networks.uniqueIds(in, n, MemberId::of);
      return new Recipe(n, units, seed, floor, ids, otherIds);
    };
  }

  private static SiloDetector detector(Recipe r) {
    return SiloDetector.withOptions(SiloOptions.builder().privacyFloor(r.floor()).topSpanners(3).build());
  }

  @Test
  void should_keep_every_figure_in_its_range() {
    Theories.qt(150).forAll(recipes()).checkAssert(r -> {
      SiloReport report = detector(r).units(SocialGraph.of(r.network(r.ids())));
      for (SiloGroup g : report.groups()) {
        boolean ties = g.internalTies() + g.boundaryTies() > 0;
        if (ties) {
          assertThat(g.eiIndex()).isBetween(-1.0, 1.0);
          assertThat(g.unweightedEiIndex()).isBetween(-1.0, 1.0);
        } else {
          assertThat(g.eiIndex()).isNaN();
          assertThat(g.silo()).isFalse();
        }
        if (!Double.isNaN(g.conductance())) {
          assertThat(g.conductance()).isBetween(0.0, 1.0);
        }
        assertThat(g.expectedEiIndex()).satisfiesAnyOf(x -> assertThat(x).isNaN(),
            x -> assertThat(x).isBetween(-1.0, 1.0));
        assertThat(g.density()).isBetween(0.0, 1.0);
        assertThat(g.outsideShare()).isBetween(0.0, 1.0);
        assertThat(g.spannerCount()).isBetween(0, g.size());
        assertThat(g.spanners()).hasSizeLessThanOrEqualTo(3);
        assertThat(g.bridges()).hasSizeLessThanOrEqualTo((int) g.boundaryTies());
      }
      if (!Double.isNaN(report.networkEiIndex())) {
        assertThat(report.networkEiIndex()).isBetween(-1.0, 1.0);
        assertThat(report.networkUnweightedEiIndex()).isBetween(-1.0, 1.0);
      }
    });
  }

  @Test
  void should_account_for_every_member_and_name_no_group_below_the_floor() {
    Theories.qt(150).forAll(recipes()).checkAssert(r -> {
      SiloReport report = detector(r).units(SocialGraph.of(r.network(r.ids())));
      int sum = report.groups().stream().mapToInt(SiloGroup::size).sum();
      assertThat(sum + report.unreportedMembers()).isEqualTo(r.n());
      assertThat(report.groups()).allSatisfy(g -> assertThat(g.size()).isGreaterThanOrEqualTo(r.floor()));
      if (report.unreportedMembers() > 0) {
        assertThat(report.unreportedMembers()).isLessThan(r.floor());
        assertThat(report.other()).isEmpty();
      }
      assertThat(r.ids().stream().filter(id -> report.groupOf(id).isPresent()).count()).isEqualTo(sum);
      for (SiloGroup g : report.groups()) {
        assertThat(r.ids().stream().filter(id -> report.groupOf(id).map(x -> x == g).orElse(false)).count())
            .isEqualTo(g.size());
      }
    });
  }

  @Test
  void should_give_the_same_figures_whatever_the_member_ids() {
    Theories.qt(100).forAll(recipes()).checkAssert(r -> {
      SiloReport a = detector(r).units(SocialGraph.of(r.network(r.ids())));
      SiloReport b = detector(r).units(SocialGraph.of(r.network(r.otherIds())));
      assertThat(b.groups()).extracting(SiloGroup::name).containsExactlyElementsOf(
          a.groups().stream().map(SiloGroup::name).toList());
      for (int i = 0; i < a.groups().size(); i++) {
        SiloGroup x = a.groups().get(i);
        SiloGroup y = b.groups().get(i);
        assertThat(y.size()).isEqualTo(x.size());
        assertThat(y.internalTies()).isEqualTo(x.internalTies());
        assertThat(y.boundaryTies()).isEqualTo(x.boundaryTies());
        assertThat(y.internalWeight()).isCloseTo(x.internalWeight(), within(1e-9));
        assertThat(y.boundaryWeight()).isCloseTo(x.boundaryWeight(), within(1e-9));
        assertSame(y.eiIndex(), x.eiIndex());
        assertSame(y.conductance(), x.conductance());
        assertThat(y.spannerCount()).isEqualTo(x.spannerCount());
        assertThat(y.bridges()).extracting(BridgeTie::cutOff)
            .containsExactlyInAnyOrderElementsOf(x.bridges().stream().map(BridgeTie::cutOff).toList());
        assertThat(y.spanners()).extracting(BoundarySpanner::groupsReached)
            .containsExactlyElementsOf(x.spanners().stream().map(BoundarySpanner::groupsReached).toList());
        assertThat(y.silo()).isEqualTo(x.silo());
      }
      assertSame(b.networkEiIndex(), a.networkEiIndex());
      assertThat(b.unreportedMembers()).isEqualTo(a.unreportedMembers());
    });
  }

  @Test
  void should_list_exactly_the_boundary_ties_whose_removal_cuts_the_group_off_from_their_far_end() {
    Theories.qt(150).forAll(recipes()).checkAssert(r -> {
      SocialGraph graph = SocialGraph.of(r.network(r.ids()));
      SiloReport report = detector(r).units(graph);
      for (SiloGroup g : report.groups()) {
        boolean[] member = new boolean[graph.nodeCount()];
        for (int v = 0; v < graph.nodeCount(); v++) {
          member[v] = report.groupOf(graph.member(v)).map(x -> x == g).orElse(false);
        }
        int before = reach(graph, member, -1, -1).size();
        List<String> expected = new ArrayList<>();
        for (int u = 0; u < graph.nodeCount(); u++) {
          if (!member[u]) {
            continue;
          }
          for (int e = graph.edgeStart(u); e < graph.edgeEnd(u); e++) {
            int v = graph.target(e);
            if (member[v]) {
              continue;
            }
            List<Integer> after = reach(graph, member, u, v);
            if (!after.contains(v)) {
              expected.add(graph.member(u) + "|" + graph.member(v) + "|" + (before - after.size()));
            }
          }
        }
        assertThat(g.bridges()).extracting(t -> t.inside() + "|" + t.outside() + "|" + t.cutOff())
            .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(g.fragile()).isEqualTo(g.boundaryTies() > 0 && expected.size() == g.boundaryTies());
      }
    });
  }

  /** The nodes reachable from any member of the group, without the tie {@code x–y} (none if x is -1). */
  private static List<Integer> reach(SocialGraph graph, boolean[] member, int x, int y) {
    int n = graph.nodeCount();
    boolean[] seen = new boolean[n];
    List<Integer> queue = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (member[v]) {
        seen[v] = true;
        queue.add(v);
      }
    }
    for (int head = 0; head < queue.size(); head++) {
      int u = queue.get(head);
      for (int e = graph.edgeStart(u); e < graph.edgeEnd(u); e++) {
        int v = graph.target(e);
        if (u == x && v == y || u == y && v == x) {
          continue;
        }
        if (!seen[v]) {
          seen[v] = true;
          queue.add(v);
        }
      }
    }
    return queue;
  }

  private static void assertSame(double actual, double expected) {
    if (Double.isNaN(expected)) {
      assertThat(actual).isNaN();
    } else {
      assertThat(actual).isCloseTo(expected, within(1e-9));
    }
  }
}
