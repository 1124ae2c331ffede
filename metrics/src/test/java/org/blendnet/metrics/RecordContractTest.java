package org.blendnet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.blendnet.core.ConsentState;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.TimeWindow;
import org.blendnet.core.Topic;
import org.blendnet.core.ReferralKind;
import org.blendnet.core.testing.RecordContracts;
import org.blendnet.metrics.blended.TieMix;
import org.blendnet.metrics.engagement.CohortRetention;
import org.blendnet.metrics.expertise.KnowledgeAtRisk;
import org.blendnet.metrics.engagement.ParticipationInequality;
import org.blendnet.metrics.reciprocity.DyadicReciprocity;
import org.blendnet.metrics.reciprocity.GiveTakeWeights;
import org.blendnet.metrics.reciprocity.LedgerSeries;
import org.blendnet.metrics.reciprocity.PayItForward;
import org.blendnet.metrics.reciprocity.ProfileThresholds;
import org.blendnet.metrics.reciprocity.ReciprocityLedger;
import org.blendnet.metrics.reciprocity.ReferralFunnel;
import org.junit.jupiter.api.Test;

/**
 * Every public record of {@code org.blendnet.metrics} and its subpackages, found reflectively (so a new one is covered
 * without a new test), keeps the value contracts: equality over every component, a
 * {@link NullPointerException} for every null argument, a working {@code toString()}.
 */
class RecordContractTest {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  /** Samples of the records whose components constrain each other, and of the classes the checker cannot make. */
  static RecordContracts contracts() {
    return new RecordContracts()
        .sample(TimeWindows.class, TimeWindows.of(T0, Duration.ofDays(7), 2), TimeWindows.of(T0, Duration.ofDays(1), 3))
        .sample(ReciprocityLedger.class, ReciprocityLedger.of(Network.empty()), ReciprocityLedger.of(Network.builder()
            .member(Member.of(MemberId.of("a"), "A")).build()))
        .sample(CohortRetention.Cohort.class, new CohortRetention.Cohort(TimeWindow.of(T0, T0.plusSeconds(60)), 2,
            List.of(2, 1)), new CohortRetention.Cohort(TimeWindow.of(T0, T0.plusSeconds(120)), 3, List.of(3, 3, 0)))
        .sample(LedgerSeries.class,
            ReciprocityLedger.byWindow(Network.empty(), GiveTakeWeights.defaults(), TimeWindows.of(T0, Duration.ofDays(7), 2)),
            ReciprocityLedger.byWindow(Network.empty(), GiveTakeWeights.defaults(), TimeWindows.of(T0, Duration.ofDays(1), 3)))
        .sample(TieMix.class, new TieMix(1, 2, 3, 2, 1), new TieMix(0, 0, 1, 0, 1))
        .sample(KnowledgeAtRisk.TopicRisk.class,
            new KnowledgeAtRisk.TopicRisk(Topic.of("pricing"), 2, 1, List.of(MemberId.of("a")), 0,
                Set.of(KnowledgeAtRisk.Reason.FEW_ACTIVE_HOLDERS)),
            new KnowledgeAtRisk.TopicRisk(Topic.of("tax"), 3, 2, List.of(MemberId.of("a"), MemberId.of("b")), 1,
                Set.of()))
        .sample(DyadicReciprocity.class, new DyadicReciprocity(3, 2, 1), new DyadicReciprocity(4, 3, 2))
        .sample(ParticipationInequality.class, new ParticipationInequality(3, 1, 5, 0.5, 1, 0.5, 1, 0.25, 1, 0.25),
            new ParticipationInequality(4, 2, 6, 0.25, 1, 0.25, 1, 0.5, 2, 0.5))
        .sample(PayItForward.class, new PayItForward(2, 1, List.of(MemberId.of("a")), Optional.empty(), Optional.empty()),
            new PayItForward(3, 1, List.of(MemberId.of("b")), Optional.of(Duration.ofMinutes(1)),
                Optional.of(Duration.ofMinutes(2))))
        .sample(ProfileThresholds.class, ProfileThresholds.defaults(), new ProfileThresholds(0.5, -0.5, 2, 3, 0.9, 0.1))
        .sample(ReferralFunnel.Stages.class,
            new ReferralFunnel.Stages(ReferralKind.QUESTION_FORWARD, 3, 2, 1, 1, 0, 0, 0, Map.of(),
                new ReferralFunnel.Crossing(1, 0), new ReferralFunnel.Crossing(1, 1)),
            new ReferralFunnel.Stages(ReferralKind.INTRODUCTION, 4, 3, 2, 0, 1, 0, 0, Map.of(ConsentState.GRANTED, 1),
                new ReferralFunnel.Crossing(2, 1), new ReferralFunnel.Crossing(2, 0)));
  }

  @Test
  void should_find_the_public_records() {
    assertThat(RecordContracts.publicRecords(TimeWindows.class)).isNotEmpty();
  }

  @Test
  void should_keep_the_value_contracts_in_every_public_record() {
    List<Class<?>> records = RecordContracts.publicRecords(TimeWindows.class);
    assertThat(contracts().check(records)).isEmpty();
  }
}
