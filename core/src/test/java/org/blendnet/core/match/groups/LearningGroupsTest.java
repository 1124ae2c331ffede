package org.blendnet.core.match.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.match.groups.GroupFixtures.FINANCE;
import static org.blendnet.core.match.groups.GroupFixtures.GARDENING;
import static org.blendnet.core.match.groups.GroupFixtures.NEGOTIATION;
import static org.blendnet.core.match.groups.GroupFixtures.SALES;
import static org.blendnet.core.match.groups.GroupFixtures.id;
import static org.blendnet.core.match.groups.GroupFixtures.member;
import static org.blendnet.core.testing.Theories.qt;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Topic;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class LearningGroupsTest {

  /**
   * a1–a4 want negotiation, b1–b4 gardening; a1, a2, b1, b2 are in Sales, the others in Finance. In groups of
   * four the best split puts the a's together and the b's together: 2 · C(4, 2) = 12 shared topic pairs, and
   * each group is half Sales, half Finance.
   */
  private static Network mixedUnits() {
    return Network.builder()
        .member(member("a1", SALES, NEGOTIATION)).member(member("a2", SALES, NEGOTIATION))
        .member(member("a3", FINANCE, NEGOTIATION)).member(member("a4", FINANCE, NEGOTIATION))
        .member(member("b1", SALES, GARDENING)).member(member("b2", SALES, GARDENING))
        .member(member("b3", FINANCE, GARDENING)).member(member("b4", FINANCE, GARDENING))
        .build();
  }

  /** As above but every a is in Sales and every b in Finance: interest and diversity now pull apart. */
  private static Network oneUnitPerTopic() {
    return Network.builder()
        .member(member("a1", SALES, NEGOTIATION)).member(member("a2", SALES, NEGOTIATION))
        .member(member("a3", SALES, NEGOTIATION)).member(member("a4", SALES, NEGOTIATION))
        .member(member("b1", FINANCE, GARDENING)).member(member("b2", FINANCE, GARDENING))
        .member(member("b3", FINANCE, GARDENING)).member(member("b4", FINANCE, GARDENING))
        .build();
  }

  private static List<MemberId> ids(String... values) {
    List<MemberId> ids = new ArrayList<>();
    for (String v : values) {
      ids.add(id(v));
    }
    return ids;
  }

  @Test
  void should_put_members_who_share_a_topic_together_when_units_allow() {
    GroupPlan plan = LearningGroups.form(mixedUnits(), GroupOptions.sizes(4, 4).withSeed(3));

    assertThat(plan.groups()).hasSize(2);
    assertThat(plan.groups().get(0).members()).containsExactlyElementsOf(ids("a1", "a2", "a3", "a4"));
    assertThat(plan.groups().get(1).members()).containsExactlyElementsOf(ids("b1", "b2", "b3", "b4"));
    assertThat(plan.objective()).isEqualTo(12);
    assertThat(plan.converged()).isTrue();
    assertThat(plan.groups().get(0).explanation())
        .isEqualTo("4 members; share negotiation (4); from Acme / Finance 2, Acme / Sales 2; 6 shared topic pairs");
    assertThat(plan.groups().get(1).sharedTopics()).containsExactly(Map.entry(GARDENING, 4));
  }

  @Test
  void should_keep_no_unit_above_its_share_even_at_the_cost_of_shared_interest() {
    GroupPlan plan = LearningGroups.form(oneUnitPerTopic(), GroupOptions.sizes(4, 4).withMaxUnitShare(0.5));

    // at most 2 of one unit a group: each group is 2 a's and 2 b's, sharing one pair per topic
    assertThat(plan.objective()).isEqualTo(4);
    for (LearningGroup g : plan.groups()) {
      assertThat(g.units()).containsOnly(Map.entry(FINANCE, 2), Map.entry(SALES, 2));
      assertThat(g.sharedTopicPairs()).isEqualTo(2);
    }
  }

  @Test
  void should_group_one_department_together_when_the_cap_is_off() {
    GroupPlan plan = LearningGroups.form(oneUnitPerTopic(), GroupOptions.sizes(4, 4).withMaxUnitShare(1));

    assertThat(plan.objective()).isEqualTo(12);
    assertThat(plan.groups().get(0).units()).containsExactly(Map.entry(SALES, 4));
  }

  @Test
  void should_report_what_the_search_gained_over_the_dealt_start() {
    GroupPlan unimproved = LearningGroups.form(mixedUnits(), GroupOptions.sizes(4, 4).withMaxPasses(0));
    GroupPlan improved = LearningGroups.form(mixedUnits(), GroupOptions.sizes(4, 4));

    assertThat(unimproved.passes()).isZero();
    assertThat(unimproved.converged()).isFalse();
    assertThat(unimproved.objective()).isEqualTo(unimproved.dealtObjective());
    assertThat(improved.dealtObjective()).isEqualTo(unimproved.objective());
    assertThat(improved.objective()).isGreaterThan(improved.dealtObjective());
    assertThat(improved.toString()).isEqualTo("GroupPlan[8 members in 2 groups of 4, 12 shared topic pairs (dealt "
        + improved.dealtObjective() + "), " + improved.passes() + " passes, converged]");
  }

  @Test
  void should_choose_the_number_of_groups_closest_to_the_target_size() {
    Network n = mixedUnits();
    GroupOptions noCap = GroupOptions.sizes(2, 5).withMaxUnitShare(1);
    assertThat(LearningGroups.form(n, noCap.withTargetSize(2)).groups()).hasSize(4);
    assertThat(LearningGroups.form(n, noCap.withTargetSize(4)).groups()).hasSize(2);
    assertThat(LearningGroups.form(n, noCap.withTargetSize(3)).groups()).hasSize(3);
    // with the default share the cap is ⌊0.5 · 2⌋ = 1 of a unit a group: Sales' 4 members need 4 groups
    assertThat(LearningGroups.form(n, GroupOptions.sizes(2, 5).withTargetSize(4)).groups()).hasSize(4);
  }

  @Test
  void should_name_the_value_when_a_population_cannot_be_split() {
    Network n = mixedUnits();
    assertThatThrownBy(() -> LearningGroups.form(n, GroupOptions.sizes(3, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("population of 8 members cannot be split into groups of 3–3");
    assertThatThrownBy(() -> LearningGroups.form(n, GroupOptions.sizes(9, 12)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("population of 8 members cannot be split into groups of 9–12");
    assertThatThrownBy(() -> LearningGroups.form(n, List.of(), GroupOptions.sizes(2, 3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("population must not be empty");
    assertThatThrownBy(() -> LearningGroups.form(n, ids("a1", "a2", "a1"), GroupOptions.sizes(2, 3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("population names member a1 more than once");
    assertThatThrownBy(() -> LearningGroups.form(n, ids("a1", "zed"), GroupOptions.sizes(2, 3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown member: zed");
    assertThatThrownBy(() -> LearningGroups.form(oneUnitPerTopic(), GroupOptions.sizes(4, 4).withMaxUnitShare(0.25)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxUnitShare 0.25 cannot be met: unit Acme / Sales has 4 of the 8 members, but at most 2 groups"
            + " of 4–4 hold at most 1 of one unit each (2)");
  }

  @Test
  void should_add_groups_within_the_range_when_the_largest_unit_needs_them() {
    // 4 of Sales with at most 1 a group need 4 groups: sizes 2–4 allow 2 to 4, so 4 groups of 2
    GroupPlan plan = LearningGroups.form(oneUnitPerTopic(), GroupOptions.sizes(2, 4).withTargetSize(4)
        .withMaxUnitShare(0.5));
    assertThat(plan.groups()).hasSize(4);
    for (LearningGroup g : plan.groups()) {
      assertThat(g.units()).containsOnly(Map.entry(FINANCE, 1), Map.entry(SALES, 1));
    }
  }

  @Test
  void should_name_the_value_of_impossible_options() {
    assertThatThrownBy(() -> GroupOptions.sizes(1, 5)).hasMessage("minSize must be >= 2 but was 1");
    assertThatThrownBy(() -> GroupOptions.sizes(15, 12)).hasMessage("maxSize must be >= minSize (15) but was 12");
    assertThatThrownBy(() -> GroupOptions.sizes(15, 20).withTargetSize(21))
        .hasMessage("targetSize must be within 15–20 but was 21");
    assertThatThrownBy(() -> GroupOptions.sizes(15, 20).withMaxUnitShare(0))
        .hasMessage("maxUnitShare must be in (0, 1] but was 0.0");
    assertThatThrownBy(() -> GroupOptions.sizes(15, 20).withUnitDepth(0)).hasMessage("unitDepth must be >= 1 but was 0");
    assertThatThrownBy(() -> GroupOptions.sizes(15, 20).withMaxPasses(-1))
        .hasMessage("maxPasses must be >= 0 but was -1");
    assertThat(GroupOptions.sizes(15, 20).withMaxUnitShare(0.3).maxSameUnit()).isEqualTo(4);
    assertThat(GroupOptions.sizes(15, 20).toString())
        .isEqualTo("GroupOptions[15–20, target 17, unit share ≤ 0.5 (7 a group), depth 2, seed 0, passes ≤ 20]");
  }

  // ---- properties --------------------------------------------------------------------------------

  private record Case(int n, int units, int topics, int min, int span, double share, long seed) {}

  private static final Gen<Case> CASES = in -> new Case(range(1, 70).generate(in), range(1, 6).generate(in),
      range(2, 12).generate(in), range(2, 7).generate(in), range(0, 5).generate(in),
      pick(List.of(0.25, 0.34, 0.5, 1.0)).generate(in), longRange(-1000, 1000).generate(in));

  @Test
  void should_place_everyone_once_within_the_range_and_the_cap_or_refuse_an_impossible_split() {
    qt(150).forAll(CASES).checkAssert(LearningGroupsTest::check);
  }

  private static void check(Case c) {
    List<Member> members = GroupFixtures.population(c.n(), c.units(), c.topics(), c.seed());
    Network network = Network.builder().members(members).build();
    GroupOptions options = GroupOptions.sizes(c.min(), c.min() + c.span()).withMaxUnitShare(c.share())
        .withSeed(c.seed());
    int fewest = (c.n() + options.maxSize() - 1) / options.maxSize();
    int most = c.n() / options.minSize();
    Map<Affiliation, Integer> unitSizes = new HashMap<>();
    for (Member m : members) {
      if (!m.affiliation().isNone()) {
        unitSizes.merge(m.affiliation(), 1, Integer::sum);
      }
    }
    int largest = unitSizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    boolean possible = fewest <= most && (long) largest <= (long) most * options.maxSameUnit();
    if (!possible) {
      assertThatThrownBy(() -> LearningGroups.form(network, options)).isInstanceOf(IllegalArgumentException.class);
      return;
    }
    GroupPlan plan = LearningGroups.form(network, options);
    Set<MemberId> seen = new HashSet<>();
    long objective = 0;
    for (LearningGroup g : plan.groups()) {
      assertThat(g.size()).isBetween(options.minSize(), options.maxSize());
      for (MemberId m : g.members()) {
        assertThat(seen.add(m)).as("%s placed once", m).isTrue();
      }
      Map<Affiliation, Integer> units = new HashMap<>();
      Map<Topic, Integer> holders = new HashMap<>();
      for (MemberId m : g.members()) {
        Member member = network.member(m).orElseThrow();
        if (!member.affiliation().isNone()) {
          units.merge(member.affiliation(), 1, Integer::sum);
        }
        for (Topic t : LearningGroups.topicsOf(member)) {
          holders.merge(t, 1, Integer::sum);
        }
      }
      assertThat(units.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(options.maxSameUnit()));
      long pairs = holders.values().stream().mapToLong(h -> (long) h * (h - 1) / 2).sum();
      assertThat(g.sharedTopicPairs()).isEqualTo(pairs);
      assertThat(g.explanation()).as("names no member").doesNotContainPattern("\\bm\\d+\\b");
      objective += pairs;
    }
    assertThat(seen).hasSize(c.n());
    assertThat(plan.objective()).isEqualTo(objective).isGreaterThanOrEqualTo(plan.dealtObjective());
    List<MemberId> shuffled = new ArrayList<>(seen);
    shuffled.sort(null);
    Collections.shuffle(shuffled, new Random(c.seed()));
    assertThat(LearningGroups.form(network, shuffled, options)).as("same seed, any order").isEqualTo(plan);
  }

  @Test
  void should_stop_where_no_single_move_improves() {
    qt(60).forAll(range(8, 50), longRange(0, 1000), constant(0))
        .checkAssert((n, seed, unused) -> {
          List<Member> members = GroupFixtures.population(n, 3, 6, seed);
          Network network = Network.builder().members(members).build();
          GroupOptions options = GroupOptions.sizes(3, 5).withMaxUnitShare(1).withSeed(seed).withMaxPasses(1000);
          GroupPlan plan = LearningGroups.form(network, options);
          assertThat(plan.converged()).isTrue();
          List<List<Member>> groups = new ArrayList<>();
          for (LearningGroup g : plan.groups()) {
            List<Member> ms = new ArrayList<>();
            g.members().forEach(m -> ms.add(network.member(m).orElseThrow()));
            groups.add(ms);
          }
          // every move is checked by the search, so at convergence no feasible move raises the objective
          for (int a = 0; a < groups.size(); a++) {
            for (Member i : groups.get(a)) {
              for (int b = 0; b < groups.size(); b++) {
                if (b != a && groups.get(b).size() < options.maxSize() && groups.get(a).size() > options.minSize()) {
                  assertThat(affinity(i, groups.get(b), null) - affinity(i, groups.get(a), i))
                      .as("moving %s", i.id()).isLessThanOrEqualTo(0);
                }
              }
            }
          }
        });
  }

  private static long affinity(Member i, List<Member> group, Member self) {
    long sum = 0;
    for (Member j : group) {
      if (j != self) {
        Set<Topic> common = new HashSet<>(LearningGroups.topicsOf(i));
        common.retainAll(LearningGroups.topicsOf(j));
        sum += common.size();
      }
    }
    return sum;
  }
}
