package org.blendnet.metrics.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blendnet.metrics.Fixtures.answer;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.m;
import static org.blendnet.metrics.Fixtures.members;
import static org.blendnet.metrics.Fixtures.question;

import java.time.Duration;
import org.blendnet.core.Network;
import org.blendnet.core.TimeWindow;
import org.blendnet.metrics.TimeWindows;
import org.junit.jupiter.api.Test;

class ProfileTransitionsTest {

  /**
   * Window 0 (days 0–9): t, u and v each ask two questions that g answers — each T = 2·0.5 + 2 = 3,
   * G = 0: takers. Window 1 (days 10–19): g asks four questions; t answers two (G = 2, a giver), v answers
   * one and asks one that g answers (G = 1, T = 1.5, B = −0.2, a matcher); u does nothing (inactive).
   * Window 2 (days 20–29): nothing.
   */
  private static Network network() {
    Network.Builder b = members("g", "t", "u", "v");
    int i = 0;
    for (String taker : new String[] {"t", "u", "v"}) {
      for (int k = 0; k < 2; k++) {
        b.question(question("q" + i, taker, day(1))).answer(answer("a" + i, "q" + i, "g", day(2)));
        i++;
      }
    }
    for (int k = 0; k < 4; k++) {
      b.question(question("g" + k, "g", day(10)));
    }
    b.answer(answer("b0", "g0", "t", day(11))).answer(answer("b1", "g1", "t", day(11)))
        .answer(answer("b2", "g2", "v", day(11)))
        .question(question("vq", "v", day(12))).answer(answer("b3", "vq", "g", day(13)));
    return b.build();
  }

  @Test
  void should_find_takers_who_became_givers_or_matchers() {
    LedgerSeries series = ReciprocityLedger.byWindow(network(), GiveTakeWeights.defaults(),
        TimeWindows.of(day(0), Duration.ofDays(10), 3));
    ProfileTransitions transitions = ProfileTransitions.of(series);
    assertThat(transitions.steps()).hasSize(2);
    ProfileTransitions.Step first = transitions.steps().get(0);
    assertThat(first.from()).isEqualTo(TimeWindow.of(day(0), day(10)));
    assertThat(first.toGiver()).containsExactly(m("t"));
    assertThat(first.toMatcher()).containsExactly(m("v"));
    assertThat(transitions.steps().get(1).count()).isZero();
    assertThat(transitions.count()).isEqualTo(2);
    assertThat(transitions.members()).containsExactly(m("t"), m("v"));
    assertThat(first).hasToString("[2026-03-02T09:00:00Z, 2026-03-12T09:00:00Z) → "
        + "[2026-03-12T09:00:00Z, 2026-03-22T09:00:00Z): toGiver=[t], toMatcher=[v]");
  }

  @Test
  void should_find_no_transitions_in_a_single_window() {
    LedgerSeries one = ReciprocityLedger.byWindow(network(), GiveTakeWeights.defaults(),
        TimeWindows.of(day(0), Duration.ofDays(30), 1));
    assertThat(ProfileTransitions.of(one).steps()).isEmpty();
    assertThat(ProfileTransitions.of(one)).hasToString("ProfileTransitions[count=0, steps=[]]");
  }
}
