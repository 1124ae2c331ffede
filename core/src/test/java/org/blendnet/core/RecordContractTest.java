package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.blendnet.core.match.Match;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.MemberPair;
import org.blendnet.core.match.Pairing;
import org.blendnet.core.match.groups.GroupOptions;
import org.blendnet.core.match.groups.LearningGroup;
import org.blendnet.core.match.groups.SeatingTable;
import org.blendnet.core.match.groups.SeatingOptions;
import org.blendnet.core.match.intro.FollowUpSuggestion;
import org.blendnet.core.match.intro.IntroductionState;
import org.blendnet.core.match.intro.Transition;
import org.blendnet.core.testing.RecordContracts;
import org.junit.jupiter.api.Test;

/**
 * Every public record of {@code org.blendnet.core} and its subpackages, found reflectively (so a new one is covered
 * without a new test), keeps the value contracts: equality over every component, a
 * {@link NullPointerException} for every null argument, a working {@code toString()}.
 */
class RecordContractTest {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  /** Samples of the types the checker cannot make on its own: interfaces, and records with invariants across components. */
  static RecordContracts contracts() {
    MemberId a = MemberId.of("a");
    MemberId b = MemberId.of("b");
    return new RecordContracts()
        .sample(Identifier.class, a, EventId.of("b"))
        .sample(TimeWindow.class, TimeWindow.of(T0, T0.plusSeconds(60)), TimeWindow.of(T0.minusSeconds(60), T0.plusSeconds(120)))
        .sample(MemberPair.class, MemberPair.of(a, b), MemberPair.of(a, MemberId.of("c")))
        .sample(Pairing.Pair.class,
            new Pairing.Pair(a, b, new Match(b, 0.5, List.of(), List.of()), new Match(a, 0.5, List.of(), List.of())),
            new Pairing.Pair(a, b, new Match(b, 0.25, List.of(), List.of()), new Match(a, 0.25, List.of(), List.of())))
        .sample(Referral.class, NetworkTest.R2, NetworkTest.R4)
        .sample(Matchmaker.class, Matchmaker.withCoreSignals(Network.empty()),
            Matchmaker.withCoreSignals(Network.builder().member(Member.builder(a).build()).build()))
        .sample(GroupOptions.class, GroupOptions.sizes(15, 20), GroupOptions.sizes(3, 4))
        .sample(LearningGroup.class,
            new LearningGroup(1, List.of(a, b), Map.of(Topic.of("pricing"), 2), Map.of(Affiliation.of("Acme"), 2), 1),
            new LearningGroup(2, List.of(a), Map.of(), Map.of(), 0))
        .sample(SeatingTable.class, new SeatingTable(1, List.of(a, b), List.of(), Map.of(Affiliation.of("Acme"), 2), 1.5),
            new SeatingTable(2, List.of(a), List.of(), Map.of(), 0))
        .sample(SeatingOptions.class, SeatingOptions.tablesOf(8), SeatingOptions.tablesOf(6))
        .sample(Transition.class, new Transition(IntroductionState.SUGGESTED, IntroductionState.REQUESTED, T0),
            new Transition(IntroductionState.REQUESTED, IntroductionState.ACCEPTED, T0.plusSeconds(60)))
        .sample(FollowUpSuggestion.class,
            new FollowUpSuggestion(Referral.introduction(ReferralId.of("i1"), a, b, MemberId.of("c"), T0), 0.5,
                List.of("shares pricing")),
            new FollowUpSuggestion(Referral.introduction(ReferralId.of("i2"), a, b, MemberId.of("d"), T0), 0.25,
                List.of("works in another unit")));
  }

  @Test
  void should_find_the_public_records() {
    assertThat(RecordContracts.publicRecords(Network.class)).isNotEmpty();
  }

  @Test
  void should_keep_the_value_contracts_in_every_public_record() {
    List<Class<?>> records = RecordContracts.publicRecords(Network.class);
    assertThat(contracts().check(records)).isEmpty();
  }
}
