package org.blendnet.examples.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.blendnet.core.ConsentState;
import org.blendnet.core.MemberId;
import org.blendnet.core.Referral;
import org.blendnet.examples.simulate.RoundStats;
import org.blendnet.examples.simulate.SimulationResult;
import org.blendnet.graph.shape.NetworkShape;
import org.blendnet.graph.shape.ShapeReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every story runs and tells what it says it tells. */
class StoriesTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void should_pass_the_question_on_to_the_expert_and_share_details_only_with_consent() {
    QuestionPassedOn.Outcome outcome = QuestionPassedOn.run(out);
    assertThat(outcome.answerers()).containsExactly(QuestionPassedOn.HAROLD);
    assertThat(outcome.chain()).containsExactly(QuestionPassedOn.ASKER, QuestionPassedOn.KARYN, QuestionPassedOn.JANE,
        QuestionPassedOn.HAROLD);
    List<Referral> referrals = outcome.referrals();
    assertThat(referrals).hasSize(3);
    assertThat(referrals.subList(0, 2)).allSatisfy(r -> {
      assertThat(r.consent()).isEqualTo(ConsentState.NOT_REQUESTED);
      assertThat(r.contactDetailsShared()).isFalse();
    });
    assertThat(referrals.get(2).onBehalfOf()).contains(QuestionPassedOn.ASKER);
    assertThat(referrals.get(2).consent()).isEqualTo(ConsentState.GRANTED);
    assertThat(outcome.contactShared()).isTrue();
    assertThat(printed()).contains("asker -> karyn -> jane -> harold").doesNotContain("would ask: [harold, quiet");
  }

  @Test
  void should_show_pitches_unreturned_and_hub_centred_against_a_reciprocal_mesh() {
    BusinessExchange.Outcome outcome = BusinessExchange.run(out);
    // 54 pitches and 6 chats, every one one-way: nothing returned
    assertThat(outcome.exchange().contact().ties()).isEqualTo(60);
    assertThat(outcome.exchange().contact().reciprocatedTies()).isZero();
    assertThat(outcome.exchange().contact().rho()).isNegative();
    assertThat(outcome.blended().contact().rho()).isGreaterThan(0.3);
    assertThat(outcome.exchangeShape().shape()).isNotEqualTo(NetworkShape.PEER_MESH);
    assertThat(outcome.exchangeShape().topMembers()).allMatch(m -> m.value().startsWith("seller-"));
    assertThat(outcome.blendedShape().shape()).isEqualTo(NetworkShape.PEER_MESH);
  }

  @Test
  void should_tell_the_three_models_apart() {
    List<ShapeReport> reports = ThreeModels.run(out);
    assertThat(reports).extracting(ShapeReport::shape).containsExactly(NetworkShape.HIERARCHY,
        NetworkShape.COLLABORATING_HUBS, NetworkShape.PEER_MESH);
    // the tree's centre: 4 managers x 7 below each; the centre lies on all paths between branches:
    // pairs in different branches 6 * 7 * 7 = 294 of C(28, 2) = 378 others' pairs: 0.778
    assertThat(reports.get(0).topMembers()).containsExactly(MemberId.of("0"));
    assertThat(printed()).contains("77.8% of the shortest paths");
  }

  @Test
  void should_turn_online_acquaintances_into_blended_ties_at_the_event() {
    EventFaceToFace.Outcome outcome = EventFaceToFace.run(out);
    assertThat(outcome.blendedBefore()).isZero();
    // attendees p1..p8: ring ties p1-p2 … p7-p8 (7) and the chat p1-p6 (1) were online before the camp
    assertThat(outcome.blendedAfter()).isEqualTo(8);
    assertThat(outcome.onlineFirst()).isEqualTo(8);
    // C(8, 2) = 28 pairs at the camp (co-attendance), 8 of them known online
    assertThat(outcome.newInTheRoom()).isEqualTo(20);
  }

  @Test
  void should_compare_the_routing_policies_and_write_the_chart(@TempDir Path dir) {
    Path chart = dir.resolve("policies.html");
    List<SimulationResult> results = PolicyComparison.run(out, chart, 4, 1);
    assertThat(results).extracting(SimulationResult::policy).containsExactly("random", "topic only", "matchmaker",
        "matchmaker + balancing");
    double random = results.get(0).mean(RoundStats::answerRate);
    double topic = results.get(1).mean(RoundStats::answerRate);
    assertThat(topic).isGreaterThan(random);
    assertThat(results.get(2).mean(RoundStats::answeringGini)).isLessThan(results.get(1).mean(RoundStats::answeringGini));
    assertThat(results).allSatisfy(r -> assertThat(r.rounds()).hasSize(4));
    assertThat(chart).content().contains("<svg").contains("<polyline").contains("matchmaker + balancing");
  }

  @Test
  void should_form_groups_of_about_17_by_mutual_interest_and_measure_their_engagement() {
    LearningGroupsAfterCourse.Outcome outcome = LearningGroupsAfterCourse.run(out);
    // 68 people in groups of 15..20 aiming at 17: the only possible count is 4 (ceil(68 / 20) = 4 = floor(68 / 15))
    assertThat(outcome.byInterest().groups()).hasSize(4);
    assertThat(outcome.byInterest().members()).isEqualTo(68);
    assertThat(outcome.byInterest().groups()).allSatisfy(g -> assertThat(g.size()).isBetween(15, 20));
    assertThat(outcome.byUnitOnly().groups()).hasSize(4);
    // the search found more shared topic pairs than the unit-balanced deal it started from
    assertThat(outcome.byInterest().objective()).isGreaterThan(outcome.byUnitOnly().objective());
    assertThat(outcome.byUnitOnly().objective()).isEqualTo(outcome.byInterest().dealtObjective());
    // three monthly shares a group, each a share of its members: k / size for a whole k
    assertThat(outcome.interestGroups()).hasSize(4).allSatisfy(f -> {
      assertThat(f.monthlyEngagement()).hasSize(3);
      for (double share : f.monthlyEngagement()) {
        assertThat(share * f.size()).isCloseTo(Math.rint(share * f.size()), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(share).isBetween(0.0, 1.0);
      }
      assertThat(f.answerRate()).isBetween(0.0, 1.0);
    });
    // under the story's assumption, groups that share more topics take part more
    assertThat(outcome.interestEngagement()).isGreaterThan(outcome.unitOnlyEngagement());
    assertThat(printed()).contains("After the course: 68 people from 4 units")
        .contains("Groups by mutual interest: GroupPlan[68 members in 4 groups")
        .contains("Mean engagement: ");
    // seeded: the same story twice
    assertThat(LearningGroupsAfterCourse.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
        .isEqualTo(outcome);
  }
}
