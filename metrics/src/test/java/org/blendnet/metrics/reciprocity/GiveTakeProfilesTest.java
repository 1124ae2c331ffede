package org.blendnet.metrics.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.directed;
import static org.blendnet.metrics.Fixtures.m;
import static org.blendnet.metrics.Fixtures.members;
import static org.blendnet.metrics.Fixtures.undirected;

import java.util.Map;
import org.blendnet.core.Network;
import org.blendnet.core.TimeWindow;
import org.junit.jupiter.api.Test;

class GiveTakeProfilesTest {

  @Test
  void should_profile_the_ledger_fixture() {
    Network network = LedgerFixture.network();
    GiveTakeProfiles profiles = GiveTakeProfiles.of(network, ReciprocityLedger.of(network));
    // B: ana −0.692 (taker), bo 0.2 (matcher), cy, dee, eve 1 (givers)
    assertThat(profiles.profileOf(m("ana"))).isEqualTo(GiveTakeProfile.TAKER);
    assertThat(profiles.profileOf(m("bo"))).isEqualTo(GiveTakeProfile.MATCHER);
    assertThat(profiles.members(GiveTakeProfile.GIVER)).containsExactly(m("cy"), m("dee"), m("eve"));
    assertThat(profiles.counts()).containsExactly(Map.entry(GiveTakeProfile.GIVER, 3),
        Map.entry(GiveTakeProfile.MATCHER, 1), Map.entry(GiveTakeProfile.TAKER, 1), Map.entry(GiveTakeProfile.INACTIVE, 0));
    assertThat(profiles.count(GiveTakeProfile.TAKER)).isEqualTo(1);
    assertThat(profiles.broadcasters()).isEmpty();
    assertThat(profiles).hasToString("GiveTakeProfiles[GIVER=3, MATCHER=1, TAKER=1, INACTIVE=0, broadcasters=[]]");
  }

  @Test
  void should_classify_at_the_documented_thresholds() {
    ProfileThresholds t = ProfileThresholds.defaults();
    // G = 2T: B = 1/3, a giver; G = T/2: B = −1/3, a taker; just inside: matchers
    assertThat(t.classify(2, 1)).isEqualTo(GiveTakeProfile.GIVER);
    assertThat(t.classify(1, 2)).isEqualTo(GiveTakeProfile.TAKER);
    assertThat(t.classify(1.99, 1)).isEqualTo(GiveTakeProfile.MATCHER);
    assertThat(t.classify(1, 1.99)).isEqualTo(GiveTakeProfile.MATCHER);
    assertThat(t.classify(1, 1.5)).isEqualTo(GiveTakeProfile.MATCHER); // one answered question each way
    // below the minimum activity of 1, and nothing at all
    assertThat(t.classify(0, 0.5)).isEqualTo(GiveTakeProfile.INACTIVE);
    assertThat(t.classify(0, 0)).isEqualTo(GiveTakeProfile.INACTIVE);
    assertThat(t.withMinActivity(0).classify(0, 0.5)).isEqualTo(GiveTakeProfile.TAKER);
    assertThat(t.withMinActivity(0).classify(0, 0)).isEqualTo(GiveTakeProfile.INACTIVE);
    assertThat(t.withSymmetricBalance(0.5).classify(2, 1)).isEqualTo(GiveTakeProfile.MATCHER);
    assertThat(t.withGiverAtLeast(0.1).withTakerAtMost(-0.9).classify(1, 3)).isEqualTo(GiveTakeProfile.MATCHER);
  }

  @Test
  void should_reject_impossible_thresholds() {
    ProfileThresholds t = ProfileThresholds.defaults();
    assertThatThrownBy(() -> t.withGiverAtLeast(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("giverAtLeast must be in (-1, 1] but was -1.0");
    assertThatThrownBy(() -> t.withTakerAtMost(1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("takerAtMost must be in [-1, 1) but was 1.0");
    assertThatThrownBy(() -> t.withTakerAtMost(0.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("takerAtMost must be < giverAtLeast but was 0.5 >= 0.3333333333333333");
    assertThatThrownBy(() -> t.withMinActivity(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minActivity must be finite and >= 0 but was -1.0");
    assertThatThrownBy(() -> t.withBroadcasters(0, 0.8, 0.2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("broadcasterMinTargets must be >= 1 but was 0");
    assertThatThrownBy(() -> t.withBroadcasters(5, 1.1, 0.2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("broadcasterMinOutShare must be in [0, 1] but was 1.1");
    assertThatThrownBy(() -> t.withBroadcasters(5, 0.8, -0.1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("broadcasterMaxReciprocated must be in [0, 1] but was -0.1");
  }

  /**
   * pitcher contacts six members, one of whom (a1) contacts back: out 6 / in 1 = 0.857 ≥ 0.8, 1 of 6
   * targets reciprocated = 0.167 ≤ 0.2 — a broadcaster. edge contacts five, one contacts back: 5 ≥ 5
   * targets, out 5/6 = 0.833, 1/5 = 0.2 reciprocated — a broadcaster, just. chatty contacts five who all
   * answer: 5/10 out — not one. shy contacts four, no answers — too few targets.
   */
  private static Network pitchers() {
    Network.Builder b = members("pitcher", "edge", "chatty", "shy", "a1", "a2", "a3", "a4", "a5", "a6");
    int i = 0;
    for (String target : new String[] {"a1", "a2", "a3", "a4", "a5", "a6"}) {
      b.touchpoint(directed("p" + i++, day(1), "pitcher", target));
    }
    b.touchpoint(directed("p" + i++, day(2), "a1", "pitcher"));
    for (String target : new String[] {"a1", "a2", "a3", "a4", "a5"}) {
      b.touchpoint(directed("p" + i++, day(1), "edge", target));
      b.touchpoint(directed("p" + i++, day(1), "chatty", target));
      b.touchpoint(directed("p" + i++, day(2), target, "chatty"));
    }
    b.touchpoint(directed("p" + i++, day(2), "a3", "edge"));
    for (String target : new String[] {"a1", "a2", "a3", "a4"}) {
      b.touchpoint(directed("p" + i++, day(1), "shy", target));
    }
    // undirected contact says nothing about who reached out
    b.touchpoint(undirected("u1", day(3), "pitcher", "a2"));
    return b.build();
  }

  @Test
  void should_name_the_broadcasters() {
    Network network = pitchers();
    GiveTakeProfiles profiles = GiveTakeProfiles.of(network, ReciprocityLedger.of(network));
    assertThat(profiles.broadcasters()).extracting(Broadcaster::member).containsExactly(m("pitcher"), m("edge"));
    Broadcaster pitcher = profiles.broadcasters().get(0);
    assertThat(pitcher).isEqualTo(new Broadcaster(m("pitcher"), 6, 1, 6, 1));
    assertThat(pitcher.outShare()).isEqualTo(6.0 / 7);
    assertThat(pitcher.reciprocatedShare()).isEqualTo(1.0 / 6);
    assertThat(pitcher).hasToString("pitcher: out 6 / in 1 (0.857), 6 targets, 1 reciprocated (0.167)");
    assertThat(profiles.isBroadcaster(m("chatty"))).isFalse();
    assertThat(profiles.isBroadcaster(m("shy"))).isFalse();
    // stricter thresholds leave only the pitcher
    GiveTakeProfiles strict = GiveTakeProfiles.of(network, ReciprocityLedger.of(network),
        ProfileThresholds.defaults().withBroadcasters(6, 0.8, 0.2));
    assertThat(strict.broadcasters()).extracting(Broadcaster::member).containsExactly(m("pitcher"));
  }

  @Test
  void should_find_broadcasters_within_the_ledgers_window() {
    Network network = pitchers();
    // on day 1 alone nobody contacted anybody back
    ReciprocityLedger dayOne = ReciprocityLedger.of(network, GiveTakeWeights.defaults(), TimeWindow.of(day(1), day(2)));
    assertThat(GiveTakeProfiles.of(network, dayOne).broadcasters()).extracting(Broadcaster::member)
        .containsExactly(m("pitcher"), m("edge"), m("chatty"));
  }

  @Test
  void should_refuse_a_ledger_of_another_network() {
    Network network = pitchers();
    ReciprocityLedger other = ReciprocityLedger.of(LedgerFixture.network());
    assertThatThrownBy(() -> GiveTakeProfiles.of(network, other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the ledger was computed for 5 members but the network has 10");
    ReciprocityLedger reordered = ReciprocityLedger.of(members("edge", "pitcher", "chatty", "shy", "a1", "a2", "a3",
        "a4", "a5", "a6").build());
    assertThatThrownBy(() -> GiveTakeProfiles.of(network, reordered)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the ledger was computed for another network: member 0 is edge in the ledger but pitcher in the network");
  }
}
