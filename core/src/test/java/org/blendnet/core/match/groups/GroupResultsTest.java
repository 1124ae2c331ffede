package org.blendnet.core.match.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blendnet.core.Affiliation;
import org.blendnet.core.EventId;
import org.blendnet.core.MemberId;
import org.blendnet.core.Topic;
import org.blendnet.core.match.MemberPair;
import org.junit.jupiter.api.Test;

/** The learning-group and seating results: each bound at its edge, and their words for one and for many. */
class GroupResultsTest {

  private static final MemberId ANA = MemberId.of("ana");
  private static final MemberId BO = MemberId.of("bo");
  private static final Affiliation SALES = Affiliation.of("Acme", "Sales");
  private static final Affiliation LEGAL = Affiliation.of("Acme", "Legal");

  private static LearningGroup group(int number, long pairs, Map<Affiliation, Integer> units) {
    return new LearningGroup(number, List.of(ANA, BO), Map.of(Topic.of("pricing"), 2), units, pairs);
  }

  @Test
  void should_check_a_learning_group_and_word_it() {
    assertThat(group(1, 0, Map.of(SALES, 2)).sharedTopicPairs()).isZero();
    assertThatIllegalArgumentException().isThrownBy(() -> group(0, 1, Map.of()))
        .withMessage("number must be >= 1 but was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> group(1, -1, Map.of()))
        .withMessage("sharedTopicPairs must be >= 0 but was -1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new LearningGroup(2, List.of(), Map.of(), Map.of(), 0))
        .withMessage("group 2 must have members");
    assertThat(group(1, 1, Map.of(SALES, 2)).toString())
        .isEqualTo("LearningGroup[#1, 2 members, 1 shared topic pairs, 1 unit]");
    Map<Affiliation, Integer> two = new LinkedHashMap<>();
    two.put(SALES, 1);
    two.put(LEGAL, 1);
    assertThat(group(3, 2, two).toString()).isEqualTo("LearningGroup[#3, 2 members, 2 shared topic pairs, 2 units]");
    assertThat(group(1, 1, Map.of(SALES, 2)).explanation())
        .isEqualTo("2 members; share pricing (2); from Acme / Sales 2; 1 shared topic pair");
    assertThat(group(1, 2, two).explanation())
        .isEqualTo("2 members; share pricing (2); from Acme / Sales 1, Acme / Legal 1; 2 shared topic pairs");
    assertThat(new LearningGroup(1, List.of(ANA), Map.of(), Map.of(SALES, 1), 0).explanation())
        .isEqualTo("1 members; no topic in common; from Acme / Sales 1; 0 shared topic pairs");
  }

  @Test
  void should_cap_long_lists_in_words() {
    assertThat(Wording.capped(List.of("a", "b", "c"), 3)).isEqualTo("a, b, c");
    assertThat(Wording.capped(List.of("a", "b", "c", "d"), 3)).isEqualTo("a, b, c …(+1 more)");
    assertThat(Wording.capped(List.of("a", "b", "c", "d", "e", "f"), 2)).isEqualTo("a, b …(+4 more)");
    assertThat(Wording.capped(List.of(), 2)).isEmpty();
  }

  @Test
  void should_check_a_seat_pair_and_a_table_and_word_them() {
    MemberPair pair = MemberPair.of(ANA, BO);
    SeatPair online = new SeatPair(pair, 3, 0, 1, List.of("met online 3 times"));
    SeatPair meet = new SeatPair(pair, 0, 1, 0, List.of("should meet"));
    assertThat(online.metOnlineOnly()).isTrue();
    assertThat(online.isShouldMeet()).isFalse();
    assertThat(meet.metOnlineOnly()).isFalse();
    assertThat(meet.isShouldMeet()).isTrue();
    assertThat(online.toString()).isEqualTo("SeatPair[" + pair + ", online 3]");
    assertThat(meet.toString()).isEqualTo("SeatPair[" + pair + ", should meet 1.000]");
    assertThat(new SeatPair(pair, 0, 0, 0, List.of()).toString()).isEqualTo("SeatPair[" + pair + "]");
    assertThatIllegalArgumentException().isThrownBy(() -> new SeatPair(pair, -1, 0, 0, List.of()))
        .withMessage("onlineContacts must be >= 0 but was -1");
    assertThatIllegalArgumentException().isThrownBy(() -> new SeatPair(pair, 0, 1.0001, 0, List.of()))
        .withMessage("shouldMeet must be in [0, 1] but was 1.0001");
    assertThatIllegalArgumentException().isThrownBy(() -> new SeatPair(pair, 0, -0.0001, 0, List.of()));
    assertThatIllegalArgumentException().isThrownBy(() -> new SeatPair(pair, 0, 0, -0.0001, List.of()))
        .withMessage("weight must be >= 0 but was -1.0E-4");

    SeatingTable one = new SeatingTable(1, List.of(ANA, BO), List.of(online), Map.of(SALES, 2), 0);
    assertThat(one.toString()).isEqualTo("SeatingTable[#1, 2 seats, 1 pair, weight 0.000]");
    assertThat(one.explanation()).isEqualTo("2 seats; ana and bo met online 3 times; units Acme / Sales 2");
    SeatingTable two = new SeatingTable(2, List.of(ANA, BO), List.of(online, meet), Map.of(SALES, 2), 2.5);
    assertThat(two.toString()).isEqualTo("SeatingTable[#2, 2 seats, 2 pairs, weight 2.500]");
    assertThat(new SeatingTable(3, List.of(ANA), List.of(), Map.of(), 0).explanation())
        .isEqualTo("1 seats; no pair chosen on purpose; units ");
    assertThatIllegalArgumentException().isThrownBy(() -> new SeatingTable(0, List.of(ANA), List.of(), Map.of(), 0))
        .withMessage("number must be >= 1 but was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> new SeatingTable(4, List.of(), List.of(), Map.of(), 0))
        .withMessage("table 4 must have members");
    assertThatIllegalArgumentException().isThrownBy(() -> new SeatingTable(1, List.of(ANA), List.of(), Map.of(), -1))
        .withMessage("weight must be >= 0 but was -1.0");
  }

  @Test
  void should_check_a_seating_plan_and_word_it() {
    EventId event = EventId.of("e1");
    SeatingOptions options = SeatingOptions.tablesOf(2);
    SeatingTable t1 = new SeatingTable(1, List.of(ANA, BO), List.of(), Map.of(), 0);
    SeatingTable t2 = new SeatingTable(2, List.of(MemberId.of("cy")), List.of(), Map.of(), 0);
    SeatingPlan plan = new SeatingPlan(event, List.of(t1, t2), options, 3.5, 1.25, 2, 2, 3, 0, 1, true);
    assertThat(plan.seated()).isEqualTo(3);
    assertThat(plan.toString()).isEqualTo("SeatingPlan[e1: 3 seated at 2 tables, online-only 2/2, should-meet 0/3,"
        + " objective 3.50 (dealt 1.25), 1 pass]");
    assertThat(new SeatingPlan(event, List.of(t1), options, 0, 0, 0, 0, 0, 0, 2, false).toString())
        .isEqualTo("SeatingPlan[e1: 2 seated at 1 table, online-only 0/0, should-meet 0/0,"
            + " objective 0.00 (dealt 0.00), 2 passes, pass limit reached]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SeatingPlan(event, List.of(), options, 0, 0, 0, 0, 0, 0, 0, true))
        .withMessage("a seating must have tables");
    int[][] bad = {{-1, 0, 0, 0, 0}, {2, 1, 0, 0, 0}, {0, 0, -1, 0, 0}, {0, 0, 2, 1, 0}, {0, 0, 0, 0, -1}};
    for (int[] b : bad) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new SeatingPlan(event, List.of(t1), options, 0, 0, b[1], b[0], b[3], b[2], b[4], true))
          .withMessageStartingWith("counts must be >= 0 and within their totals");
    }
  }

  @Test
  void should_check_a_group_plan_find_members_and_word_it() {
    GroupOptions options = GroupOptions.sizes(2, 3);
    LearningGroup g1 = group(1, 1, Map.of(SALES, 2));
    LearningGroup g2 = new LearningGroup(2, List.of(MemberId.of("cy"), MemberId.of("di"), MemberId.of("ed")),
        Map.of(), Map.of(), 0);
    GroupPlan plan = new GroupPlan(List.of(g1, g2), options, 5, 2, 1, true);
    assertThat(plan.members()).isEqualTo(5);
    assertThat(plan.groupOf(BO)).contains(g1);
    assertThat(plan.groupOf(MemberId.of("ed"))).contains(g2);
    assertThat(plan.groupOf(MemberId.of("zed"))).isEmpty();
    assertThat(plan.toString())
        .isEqualTo("GroupPlan[5 members in 2 groups of 2–3, 5 shared topic pairs (dealt 2), 1 pass, converged]");
    assertThat(new GroupPlan(List.of(g1), options, 0, 0, 3, false).toString())
        .isEqualTo("GroupPlan[2 members in 1 group of 2, 0 shared topic pairs (dealt 0), 3 passes, pass limit reached]");
    assertThatIllegalArgumentException().isThrownBy(() -> new GroupPlan(List.of(), options, 0, 0, 0, true))
        .withMessage("a plan must have groups");
    assertThatIllegalArgumentException().isThrownBy(() -> new GroupPlan(List.of(g1), options, -1, 0, 0, true));
    assertThatIllegalArgumentException().isThrownBy(() -> new GroupPlan(List.of(g1), options, 0, -1, 0, true));
    assertThatIllegalArgumentException().isThrownBy(() -> new GroupPlan(List.of(g1), options, 0, 0, -1, true));
  }

  @Test
  void should_take_each_group_option_at_its_bound_and_refuse_the_value_past_it() {
    GroupOptions o = GroupOptions.sizes(2, 2);
    assertThat(o.targetSize()).isEqualTo(2);
    assertThat(GroupOptions.sizes(15, 20).targetSize()).isEqualTo(17);
    assertThatIllegalArgumentException().isThrownBy(() -> GroupOptions.sizes(1, 3))
        .withMessage("minSize must be >= 2 but was 1");
    assertThatIllegalArgumentException().isThrownBy(() -> GroupOptions.sizes(5, 4))
        .withMessage("maxSize must be >= minSize (5) but was 4");
    GroupOptions range = GroupOptions.sizes(4, 6);
    assertThat(range.withTargetSize(4).targetSize()).isEqualTo(4);
    assertThat(range.withTargetSize(6).targetSize()).isEqualTo(6);
    assertThatIllegalArgumentException().isThrownBy(() -> range.withTargetSize(3))
        .withMessage("targetSize must be within 4–6 but was 3");
    assertThatIllegalArgumentException().isThrownBy(() -> range.withTargetSize(7));
    assertThat(range.withMaxUnitShare(1).maxSameUnit()).isEqualTo(Integer.MAX_VALUE);
    assertThat(range.withMaxUnitShare(0.999).maxSameUnit()).isEqualTo(3);
    assertThat(range.withMaxUnitShare(0.01).maxSameUnit()).isEqualTo(1);
    assertThat(range.withMaxUnitShare(0.5).maxSameUnit()).isEqualTo(2);
    assertThatIllegalArgumentException().isThrownBy(() -> range.withMaxUnitShare(0))
        .withMessage("maxUnitShare must be in (0, 1] but was 0.0");
    assertThatIllegalArgumentException().isThrownBy(() -> range.withMaxUnitShare(1.0001));
    assertThat(range.withUnitDepth(1).unitDepth()).isEqualTo(1);
    assertThatIllegalArgumentException().isThrownBy(() -> range.withUnitDepth(0))
        .withMessage("unitDepth must be >= 1 but was 0");
    assertThat(range.withMaxPasses(0).maxPasses()).isZero();
    assertThatIllegalArgumentException().isThrownBy(() -> range.withMaxPasses(-1))
        .withMessage("maxPasses must be >= 0 but was -1");
    assertThat(range.toString()).isEqualTo("GroupOptions[4–6, target 5, unit share ≤ 0.5 (2 a group), depth 2,"
        + " seed 0, passes ≤ 20]");
    assertThat(range.withMaxUnitShare(1).withSeed(3).toString())
        .isEqualTo("GroupOptions[4–6, target 5, unit share ≤ 1.0, depth 2, seed 3, passes ≤ 20]");
  }
}
