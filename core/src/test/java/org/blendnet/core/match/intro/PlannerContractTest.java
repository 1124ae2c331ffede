package org.blendnet.core.match.intro;

import static org.blendnet.core.match.intro.IntroductionTest.T0;
import static org.blendnet.core.match.intro.IntroductionTest.m;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.MemberPair;
import org.blendnet.core.match.groups.EventSeating;
import org.blendnet.core.match.groups.GroupOptions;
import org.blendnet.core.match.groups.GroupPlan;
import org.blendnet.core.match.groups.LearningGroup;
import org.blendnet.core.match.groups.LearningGroups;
import org.blendnet.core.match.groups.SeatPair;
import org.blendnet.core.match.groups.SeatingOptions;
import org.blendnet.core.match.groups.SeatingPlan;
import org.blendnet.core.match.groups.SeatingTable;
import org.junit.jupiter.api.Test;

/** The contracts of the public types of the planner packages: null-hostility and value equality. */
class PlannerContractTest {

  private static final Referral REFERRAL = Referral.introduction(ReferralId.of("r1"), m("hal"), m("ana"), m("bo"), T0);
  private static final Network NETWORK = Network.builder().member(Member.of(m("ana"), "Ana"))
      .member(Member.of(m("bo"), "Bo")).member(Member.of(m("hal"), "Hal"))
      .event(Event.builder(EventId.of("e")).title("E").medium(Medium.EVENT).time(T0, T0).host(m("hal"))
          .attendee(m("ana")).attendee(m("bo")).build())
      .build();
  private static final Matchmaker MATCHMAKER = Matchmaker.withCoreSignals(NETWORK);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Referral.class, REFERRAL)
        .setDefault(ReferralId.class, ReferralId.of("r1"))
        .setDefault(org.blendnet.core.QuestionId.class, org.blendnet.core.QuestionId.of("q"))
        .setDefault(org.blendnet.core.match.MatchOptions.class, org.blendnet.core.match.MatchOptions.defaults())
        .setDefault(MemberId.class, m("ana"))
        .setDefault(EventId.class, EventId.of("e"))
        .setDefault(Network.class, NETWORK)
        .setDefault(Matchmaker.class, MATCHMAKER)
        .setDefault(MemberPair.class, MemberPair.of(m("ana"), m("bo")))
        .setDefault(GroupOptions.class, GroupOptions.sizes(2, 3))
        .setDefault(SeatingOptions.class, SeatingOptions.tablesOf(2))
        .setDefault(FollowUpOptions.class, FollowUpOptions.defaults())
        .setDefault(org.blendnet.core.match.RequestBudget.class, org.blendnet.core.match.RequestBudget.unlimited())
        .setDefault(Duration.class, Duration.ofDays(1));
  }

  @Test
  void should_throw_a_null_pointer_exception_for_every_null_argument() {
    NullPointerTester tester = tester();
    for (Class<?> type : List.of(LearningGroups.class, EventSeating.class, EventFollowUp.class, Introduction.class,
        IntroductionBook.class, GroupOptions.class, SeatingOptions.class, FollowUpOptions.class, LearningGroup.class,
        GroupPlan.class, SeatPair.class, SeatingTable.class, SeatingPlan.class, FollowUp.class,
        FollowUpSuggestion.class, Transition.class, IllegalTransitionException.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(Introduction.suggest(REFERRAL, 3));
    tester.testAllPublicInstanceMethods(IntroductionBook.create(Duration.ofDays(1), 3));
    tester.testAllPublicInstanceMethods(GroupOptions.sizes(2, 3));
    tester.testAllPublicInstanceMethods(FollowUpOptions.defaults());
    GroupPlan plan = LearningGroups.form(NETWORK, GroupOptions.sizes(3, 3));
    tester.testAllPublicInstanceMethods(plan);
  }

  @Test
  void should_compare_values_by_their_fields() {
    Introduction i = Introduction.suggest(REFERRAL, 3);
    new EqualsTester()
        .addEqualityGroup(i, Introduction.suggest(REFERRAL, 3))
        .addEqualityGroup(Introduction.suggest(REFERRAL, 2))
        .addEqualityGroup(i.request(T0, T0.plusSeconds(1)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(FollowUpOptions.defaults(), FollowUpOptions.defaults().withPerAbsentee(3))
        .addEqualityGroup(FollowUpOptions.defaults().withBlocked(Set.of(MemberPair.of(m("ana"), m("bo")))))
        .addEqualityGroup(new FollowUpOptions(3, 0, Optional.of(m("hal")), Optional.empty(), Set.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(LearningGroups.form(NETWORK, GroupOptions.sizes(3, 3)),
            LearningGroups.form(NETWORK, GroupOptions.sizes(3, 3)))
        .addEqualityGroup(LearningGroups.form(NETWORK, GroupOptions.sizes(3, 3).withSeed(1)))
        .testEquals();
  }
}
