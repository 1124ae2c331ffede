package org.blendnet.graph.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blendnet.core.testing.Theories.qt;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.blendnet.core.Consent;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.Referral;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.match.Match;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.Routing;
import org.blendnet.core.match.SignalScore;
import org.blendnet.core.testing.Networks;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.community.Leiden;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the graph signals and of routing through chains, over generated networks. */
class GraphSignalsPropertiesTest {

  static final Instant AS_OF = Instant.parse("2026-06-01T12:00:00Z");

  /** Medium generated networks, touchpoint weights capped at 1e6 so that every tie fits a float. */
  static final Gen<Network> NETWORKS = Networks.networks(Networks.Sizes.medium()).map(n -> {
    List<Touchpoint> capped = n.touchpoints().stream().map(t -> t.weight() <= 1e6 ? t
        : new Touchpoint(t.id(), t.at(), t.medium(), t.participants(), t.initiator(), t.event(), t.community(),
            t.topics(), 1e6)).toList();
    return Network.builder().members(n.members()).events(n.events()).communities(n.communities())
        .touchpoints(capped).questions(n.questions()).answers(n.answers()).referrals(n.referrals()).build();
  });

  static Matchmaker everything(Network network) {
    SocialGraph graph = SocialGraph.of(network);
    GraphSignals g = GraphSignals.of(graph, Leiden.withDefaults().detect(graph));
    return g.addTo(Matchmaker.builder(network).coreSignals()).referralChains(g.referralChains()).build();
  }

  @Test
  void should_score_in_unit_range_and_return_only_consenting_members() {
    qt(80).forAll(NETWORKS).checkAssert(network -> {
      Matchmaker m = everything(network);
      Map<MemberId, Consent> consent = new HashMap<>();
      network.members().forEach(x -> consent.put(x.id(), x.consent()));
      MatchOptions options = MatchOptions.defaults().withAsOf(AS_OF);
      for (Member seeker : network.members()) {
        for (Match match : m.recommendPeers(seeker.id(), options).matches()) {
          assertThat(consent.get(match.candidate()).recommendable()).isTrue();
          assertThat(match.score()).isBetween(0.0, 1.0);
          for (SignalScore s : match.breakdown()) {
            assertThat(s.score()).as(s.signal()).isBetween(0.0, 1.0);
          }
        }
      }
    });
  }

  @Test
  void should_only_ever_ask_consenting_members_along_well_formed_chains() {
    qt(80).forAll(NETWORKS).checkAssert(network -> {
      Matchmaker m = everything(network);
      Map<MemberId, Consent> consent = new HashMap<>();
      network.members().forEach(x -> consent.put(x.id(), x.consent()));
      for (Question q : network.questions()) {
        Routing r = m.routeQuestion(q, MatchOptions.defaults());
        assertThat(r.referrals()).hasSameSizeAs(r.answerers().matches());
        for (int i = 0; i < r.referrals().size(); i++) {
          Referral first = r.referrals().get(i);
          MemberId answerer = r.answerers().matches().get(i).candidate();
          assertThat(first.from()).isEqualTo(q.asker());
          // follow the chain from its first hop through onward to the answerer
          Referral hop = first;
          int hops = 1;
          while (!hop.to().equals(answerer)) {
            Consent c = consent.get(hop.to());
            assertThat(c.recommendable() && c.contactable()).as("intermediary %s", hop.to()).isTrue();
            Referral current = hop;
            List<Referral> next = r.onward().stream().filter(x -> x.parent().equals(java.util.Optional.of(current.id())))
                .toList();
            assertThat(next).as("the hop after %s", hop.id()).hasSize(1);
            hop = next.get(0);
            assertThat(hop.from()).isEqualTo(current.to());
            assertThat(hop.onBehalfOf()).contains(q.asker());
            hops++;
          }
          assertThat(hops).isLessThanOrEqualTo(3);
          assertThat(consent.get(answerer).contactable()).isTrue();
        }
      }
    });
  }
}
