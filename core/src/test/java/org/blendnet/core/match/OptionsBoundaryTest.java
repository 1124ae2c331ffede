package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Set;
import org.blendnet.core.MemberId;
import org.blendnet.core.match.groups.SeatingOptions;
import org.junit.jupiter.api.Test;

/** Every range check of the pairing and seating options at its boundary: the last value in, the first out. */
class OptionsBoundaryTest {

  private static final PairingOptions PAIRING = PairingOptions.defaults();
  private static final SeatingOptions SEATING = SeatingOptions.tablesOf(8);

  @Test
  void should_take_each_pairing_option_at_its_bound_and_refuse_the_value_past_it() {
    assertThat(PAIRING.withCandidates(1).candidates()).isEqualTo(1);
    assertThatIllegalArgumentException().isThrownBy(() -> PAIRING.withCandidates(0))
        .withMessage("candidates must be >= 1 but was 0");
    assertThat(PAIRING.withExactLimit(0).exactLimit()).isZero();
    assertThatIllegalArgumentException().isThrownBy(() -> PAIRING.withExactLimit(-1))
        .withMessage("exactLimit must be >= 0 but was -1");
    assertThat(PAIRING.withCrossUnits(1).crossUnits()).hasValue(1);
    assertThatIllegalArgumentException().isThrownBy(() -> PAIRING.withCrossUnits(0))
        .withMessage("crossUnits must be >= 1 but was 0");
    assertThat(PAIRING.withMaxCandidates(1).maxCandidates()).isEqualTo(1);
    assertThatIllegalArgumentException().isThrownBy(() -> PAIRING.withMaxCandidates(0))
        .withMessage("maxCandidates must be >= 1 but was 0");
    assertThat(PAIRING.withCrossUnits(3).withoutCrossUnits().crossUnits()).isEmpty();
    assertThat(PAIRING.withSeed(9).withoutSeed().seed()).isEmpty();
  }

  @Test
  void should_copy_the_pair_sets_and_show_the_options_in_words() {
    MemberPair pair = MemberPair.of(MemberId.of("b"), MemberId.of("a"));
    java.util.Set<MemberPair> mutable = new java.util.HashSet<>(Set.of(pair));
    PairingOptions options = PAIRING.withBlocked(mutable).withRequired(Set.of(pair)).withCrossUnits(2).withSeed(7)
        .withAsOf(Instant.parse("2026-01-01T00:00:00Z")).withCandidates(5).withMaxCandidates(300);
    mutable.clear();
    assertThat(options.blocked()).containsExactly(pair);
    assertThat(options.required()).containsExactly(pair);
    assertThat(options.toString()).isEqualTo("PairingOptions[candidates=5, exactLimit=2000, history="
        + PairingHistory.none() + ", blocked=1, required=1, crossUnits=2, pairEveryone=true, seed=7,"
        + " asOf=2026-01-01T00:00:00Z, maxCandidates=300]");
    assertThat(PAIRING.toString()).contains("crossUnits=none").contains("seed=none").contains("asOf=default");
    assertThat(PAIRING.withBlocked(Set.of()).blocked()).isEmpty();
  }

  @Test
  void should_take_each_seating_option_at_its_bound_and_refuse_the_value_past_it() {
    assertThat(SeatingOptions.tablesOf(2).tableSize()).isEqualTo(2);
    assertThat(SeatingOptions.tablesOf(2).maxSameUnit()).isEqualTo(1);
    assertThat(SeatingOptions.tablesOf(3).maxSameUnit()).isEqualTo(1);
    assertThat(SeatingOptions.tablesOf(9).maxSameUnit()).isEqualTo(4);
    assertThatIllegalArgumentException().isThrownBy(() -> SeatingOptions.tablesOf(1))
        .withMessage("tableSize must be >= 2 but was 1");
    assertThat(SEATING.withMaxSameUnit(1).maxSameUnit()).isEqualTo(1);
    assertThatIllegalArgumentException().isThrownBy(() -> SEATING.withMaxSameUnit(0))
        .withMessage("maxSameUnit must be >= 1 but was 0");
    assertThat(SEATING.withUnitDepth(1).unitDepth()).isEqualTo(1);
    assertThatIllegalArgumentException().isThrownBy(() -> SEATING.withUnitDepth(0))
        .withMessage("unitDepth must be >= 1 but was 0");
    assertThat(SEATING.withOnlineOnlyWeight(0).onlineOnlyWeight()).isZero();
    assertThatIllegalArgumentException().isThrownBy(() -> SEATING.withOnlineOnlyWeight(-0.001))
        .withMessage("onlineOnlyWeight must be a finite number >= 0 but was -0.001");
    assertThatIllegalArgumentException().isThrownBy(() -> SEATING.withOnlineOnlyWeight(Double.POSITIVE_INFINITY));
    assertThatIllegalArgumentException().isThrownBy(() -> SEATING.withOnlineOnlyWeight(Double.NaN));
    assertThat(SEATING.withShouldMeetWeight(0).shouldMeetWeight()).isZero();
    assertThatIllegalArgumentException().isThrownBy(() -> SEATING.withShouldMeetWeight(-0.001))
        .withMessage("shouldMeetWeight must be a finite number >= 0 but was -0.001");
    assertThatIllegalArgumentException().isThrownBy(() -> SEATING.withShouldMeetWeight(Double.POSITIVE_INFINITY));
    assertThat(SEATING.withShouldMeetPerMember(0).shouldMeetPerMember()).isZero();
    assertThatIllegalArgumentException().isThrownBy(() -> SEATING.withShouldMeetPerMember(-1))
        .withMessage("shouldMeetPerMember must be >= 0 but was -1");
    assertThat(SEATING.withMinShouldMeetScore(0).minShouldMeetScore()).isZero();
    assertThat(SEATING.withMinShouldMeetScore(1).minShouldMeetScore()).isEqualTo(1);
    assertThatIllegalArgumentException().isThrownBy(() -> SEATING.withMinShouldMeetScore(1.001))
        .withMessage("minShouldMeetScore must be in [0, 1] but was 1.001");
    assertThatIllegalArgumentException().isThrownBy(() -> SEATING.withMinShouldMeetScore(-0.001));
    assertThat(SEATING.withMaxPasses(0).maxPasses()).isZero();
    assertThatIllegalArgumentException().isThrownBy(() -> SEATING.withMaxPasses(-1))
        .withMessage("maxPasses must be >= 0 but was -1");
    assertThat(SEATING.withSeed(5).seed()).isEqualTo(5);
  }
}
