package org.blendnet.metrics.blended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.core.testing.Theories.qt;

import java.time.Duration;
import org.blendnet.core.Member;
import org.blendnet.core.Network;
import org.blendnet.core.testing.Networks;
import org.blendnet.graph.SocialGraph;
import org.blendnet.metrics.Moderate;
import org.blendnet.metrics.Relabel;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of blendedness and event catalysis over generated networks. */
class BlendedPropertiesTest {

  static Gen<Network> networks() {
    return Networks.networks(Networks.Sizes.small().withMembers(2, 8).withEvents(4).withTouchpoints(20))
        .map(Moderate::weights);
  }

  static void checkShares(TieMix mix) {
    assertThat(mix.onlineOnlyShare()).isBetween(0.0, 1.0);
    assertThat(mix.offlineOnlyShare()).isBetween(0.0, 1.0);
    assertThat(mix.blendedShare()).isBetween(0.0, 1.0);
    assertThat(mix.offlineFirstShare()).isBetween(0.0, 1.0);
    assertThat(mix.onlineFirstShare()).isBetween(0.0, 1.0);
    if (mix.ties() > 0) {
      assertThat(mix.onlineOnlyShare() + mix.offlineOnlyShare() + mix.blendedShare()).isCloseTo(1, within(1e-12));
    }
    if (mix.blended() > 0) {
      assertThat(mix.offlineFirstShare() + mix.onlineFirstShare()).isCloseTo(1, within(1e-12));
    }
  }

  @Test
  void should_keep_shares_in_range_and_totals_equal_to_the_graph() {
    qt(300).forAll(networks()).checkAssert(n -> {
      SocialGraph g = SocialGraph.of(n);
      Blendedness b = Blendedness.of(g, 1, 1);
      assertThat(b.network().ties()).isEqualTo(g.tieCount());
      checkShares(b.network());
      TieMix sum = new TieMix(0, 0, 0, 0, 0);
      for (Blendedness.MemberMix m : b.members()) {
        checkShares(m.mix());
        assertThat(m.mix().ties()).isEqualTo(g.degree(g.node(m.member())));
        sum = sum.plus(m.mix());
      }
      assertThat(sum).isEqualTo(b.network().plus(b.network()));
      long unitMembers = 0;
      for (Blendedness.UnitMix u : b.units()) {
        checkShares(u.mix());
        assertThat(u.mix().ties()).isLessThanOrEqualTo(b.network().ties());
        unitMembers += u.members();
      }
      assertThat(unitMembers + b.unreportedMembers()).isEqualTo(n.members().size());
    });
  }

  @Test
  void should_not_depend_on_member_ids() {
    qt(200).forAll(networks()).checkAssert(n -> {
      Relabel r = Relabel.of(n);
      Blendedness b = Blendedness.of(SocialGraph.of(n), 2, 1);
      Blendedness rb = Blendedness.of(SocialGraph.of(r.network()), 2, 1);
      assertThat(rb.network()).isEqualTo(b.network());
      for (Member m : n.members()) {
        assertThat(rb.member(r.of(m.id()))).isEqualTo(b.member(m.id()));
      }
      assertThat(rb.units()).isEqualTo(b.units());
      assertThat(EventCatalysis.of(r.network()).toString()).isEqualTo(EventCatalysis.of(n).toString());
    });
  }

  @Test
  void should_keep_catalysis_rates_in_range() {
    qt(300).forAll(networks()).checkAssert(n -> {
      for (Duration h : new Duration[] {Duration.ofDays(1), Duration.ofDays(28), Duration.ofDays(3650)}) {
        EventCatalysis c = EventCatalysis.of(n, h);
        assertThat(c.exposedStarted()).isBetween(0L, c.exposedPairs());
        assertThat(c.comparableStarted()).isBetween(0L, c.comparablePairs());
        assertThat(c.exposedRate()).isBetween(0.0, 1.0);
        assertThat(c.baselineRate()).isBetween(0.0, 1.0);
        assertThat(c.rateDifference()).isBetween(-1.0, 1.0);
        long members = n.members().size();
        assertThat(c.exposedPairs() + c.comparablePairs()).isLessThanOrEqualTo(members * (members - 1) / 2 * 2);
        if (c.lift().isPresent()) {
          assertThat(c.lift().getAsDouble()).isCloseTo(c.exposedRate() / c.baselineRate(), within(1e-12));
        }
      }
    });
  }
}
