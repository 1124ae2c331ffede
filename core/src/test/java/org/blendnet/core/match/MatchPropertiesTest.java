package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.core.testing.Theories.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Referral;
import org.blendnet.core.match.MatchNetworks.Case;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of the matchmaker over generated networks (every member in turn as the seeker, for peers and
 * for routing), and its agreement with a brute-force scan of every member.
 *
 * <p><b>What candidate generation guarantees</b>, and what these properties check: below the cap, every
 * member who knows a sought topic or wants to learn an offered topic is a candidate, so the matchmaker's
 * top k equals the top k of a scan of <em>all</em> members that applies the same hard filters and keeps
 * those members — and, when only index-backed signals (topic fit, complementarity) have weight, equals
 * the top k of a scan of all members with no candidate restriction at all, since no one else can score
 * above 0.
 */
class MatchPropertiesTest {

  private static final Gen<Case> CASES = MatchNetworks.cases(false);
  private static final Gen<Case> CAPPED_CASES = MatchNetworks.cases(true);

  private static Matchmaker core(Case c) {
    return Matchmaker.builder(c.network()).coreSignals().matchLoad(MatchNetworks.LOAD)
        .requestBudget(MatchNetworks.budget(c.network(), c.asOf())).build();
  }

  private static MatchRequest routing(Member asker) {
    return MatchRequest.answerers(asker.id(), asker.interests());
  }

  @Test
  void should_return_the_top_k_of_a_scan_of_every_member_the_index_can_propose() {
    qt(120).forAll(CASES).checkAssert(c -> {
      Matchmaker matchmaker = core(c);
      for (Member seeker : c.network().members()) {
        MatchOptions options = MatchNetworks.options(c, seeker);
        Matches peers = matchmaker.recommendPeers(seeker.id(), options);
        assertThat(peers.matches()).as("peers of %s", seeker.id())
            .isEqualTo(MatchNetworks.bruteForce(matchmaker, MatchRequest.peers(seeker), options, true, true));
        Matches answerers = matchmaker.routeQuestion(seeker.id(), seeker.interests(), options).answerers();
        assertThat(answerers.matches()).as("answerers for %s", seeker.id())
            .isEqualTo(MatchNetworks.bruteForce(matchmaker, routing(seeker), options, true, true));
      }
    });
  }

  @Test
  void should_add_what_a_candidate_source_proposes_to_what_the_index_finds() {
    CandidateSource everyThird = new CandidateSource() {
      @Override
      public String name() {
        return "every-third";
      }

      @Override
      public Prepared prepare(Network network) {
        return (context, sink) -> {
          for (int i = 0; i < context.memberCount(); i += 3) {
            sink.add(context.member(i).id());
          }
        };
      }
    };
    qt(80).forAll(CASES).checkAssert(c -> {
      Matchmaker matchmaker = Matchmaker.builder(c.network()).coreSignals().candidateSource(everyThird)
          .matchLoad(MatchNetworks.LOAD).requestBudget(MatchNetworks.budget(c.network(), c.asOf())).build();
      List<Member> members = c.network().members();
      java.util.function.Predicate<Member> sourced = m -> members.indexOf(m) % 3 == 0;
      for (Member seeker : members) {
        MatchOptions options = MatchNetworks.options(c, seeker);
        assertThat(matchmaker.recommendPeers(seeker.id(), options).matches()).as("peers of %s", seeker.id())
            .isEqualTo(MatchNetworks.bruteForce(matchmaker, MatchRequest.peers(seeker), options, true, true,
                sourced));
        assertThat(matchmaker.match(routing(seeker), options).matches()).as("answerers for %s", seeker.id())
            .isEqualTo(MatchNetworks.bruteForce(matchmaker, routing(seeker), options, true, true, sourced));
      }
    });
  }

  @Test
  void should_return_the_top_k_of_a_scan_of_all_members_when_only_index_signals_score() {
    qt(120).forAll(CASES).checkAssert(c -> {
      Matchmaker matchmaker = Matchmaker.builder(c.network()).signal(CoreSignals.topicFit(), 2)
          .signal(CoreSignals.complementarity(), 1).build();
      for (Member seeker : c.network().members()) {
        MatchOptions options = MatchNetworks.options(c, seeker);
        assertThat(matchmaker.recommendPeers(seeker.id(), options).matches()).as("peers of %s", seeker.id())
            .isEqualTo(MatchNetworks.bruteForce(matchmaker, MatchRequest.peers(seeker), options, false, false));
        assertThat(matchmaker.match(routing(seeker), options).matches()).as("answerers for %s", seeker.id())
            .isEqualTo(MatchNetworks.bruteForce(matchmaker, routing(seeker), options, false, false));
      }
    });
  }

  @Test
  void should_keep_every_hard_filter_and_return_ordered_unit_scores() {
    qt(150).forAll(CAPPED_CASES).checkAssert(c -> {
      Matchmaker matchmaker = core(c);
      Network n = c.network();
      for (Member seeker : n.members()) {
        MatchOptions options = MatchNetworks.options(c, seeker);
        check(n, seeker, options, matchmaker.recommendPeers(seeker.id(), options), matchmaker);
        Routing routing = matchmaker.routeQuestion(seeker.id(), seeker.interests(), options);
        check(n, seeker, options, routing.answerers(), matchmaker);
      }
    });
  }

  private static void check(Network n, Member seeker, MatchOptions options, Matches result, Matchmaker matchmaker) {
    boolean peers = result.request().purpose() == MatchRequest.Purpose.PEERS;
    List<Match> matches = result.matches();
    assertThat(matches).hasSizeLessThanOrEqualTo(options.k());
    assertThat(result.candidates()).isGreaterThanOrEqualTo(matches.size());
    if (!result.capped()) {
      assertThat(result.candidates()).isLessThanOrEqualTo(n.members().size());
    }
    Set<MemberId> seen = new HashSet<>();
    for (Match m : matches) {
      Member candidate = n.member(m.candidate()).orElseThrow();
      assertThat(seen.add(m.candidate())).as("%s twice", m.candidate()).isTrue();
      assertThat(m.candidate()).isNotEqualTo(seeker.id());
      assertThat(candidate.consent().recommendable()).as("%s is recommendable", m.candidate()).isTrue();
      if (!peers) {
        assertThat(candidate.consent().contactable()).as("%s is contactable", m.candidate()).isTrue();
        assertThat(MatchNetworks.overBudget(candidate)).as("%s has budget left", m.candidate()).isFalse();
      } else {
        assertThat(candidate.capacity()).isGreaterThan(MatchNetworks.LOAD.load(candidate.id(), options.asOf().get()));
      }
      assertThat(options.excluded()).doesNotContain(m.candidate());
      assertThat(options.blocked()).doesNotContain(MemberPair.of(seeker.id(), m.candidate()));
      assertThat(options.filter().test(candidate)).isTrue();
      assertThat(MatchNetworks.proposed(candidate, result.request())).isTrue();
      assertThat(m.score()).isGreaterThan(0).isLessThanOrEqualTo(1);
      assertThat(m.breakdown()).allSatisfy(s -> {
        assertThat(s.score()).isBetween(0.0, 1.0);
        assertThat(s.contribution()).isBetween(0.0, 1.0);
      });
      assertThat(m.breakdown().stream().mapToDouble(SignalScore::contribution).sum())
          .isCloseTo(m.score(), within(1e-9));
      assertThat(m).isEqualTo(matchmaker.score(result.request(), m.candidate(), options));
    }
    assertThat(matches).isSortedAccordingTo(MatchNetworks.order(options));
  }

  @Test
  void should_route_only_to_members_who_may_be_asked() {
    qt(100).forAll(CASES).checkAssert(c -> {
      Matchmaker matchmaker = core(c);
      for (org.blendnet.core.Question q : c.network().questions()) {
        Routing routing = matchmaker.routeQuestion(q, MatchOptions.defaults().withK(c.k()));
        assertThat(routing.referrals()).hasSameSizeAs(routing.answerers().matches());
        for (Referral r : routing.referrals()) {
          Member to = c.network().member(r.to()).orElseThrow();
          assertThat(to.consent().contactable() && to.consent().recommendable()).isTrue();
          assertThat(r.from()).isEqualTo(q.asker());
          assertThat(r.question()).contains(q.id());
          assertThat(c.network().answersTo(q.id())).noneMatch(a -> a.responder().equals(r.to()));
        }
        Network withSuggestions = c.network().toBuilder().referrals(routing.referrals()).build();
        assertThat(withSuggestions.referrals()).hasSize(c.network().referrals().size() + routing.referrals().size());
      }
    });
  }

  @Test
  void should_give_the_same_answer_for_the_same_input_and_seed() {
    qt(80).forAll(CAPPED_CASES).checkAssert(c -> {
      Matchmaker first = core(c);
      Matchmaker rebuilt = core(new Case(c.network().toBuilder().build(), c.k(), c.seed(), c.asOf(),
          c.excludeEvery(), c.filtered(), c.maxCandidates()));
      for (Member seeker : c.network().members()) {
        MatchOptions options = MatchNetworks.options(c, seeker);
        Matches once = first.recommendPeers(seeker.id(), options);
        assertThat(first.recommendPeers(seeker.id(), options)).isEqualTo(once);
        assertThat(rebuilt.recommendPeers(seeker.id(), options)).isEqualTo(once);
        Routing routed = first.routeQuestion(seeker.id(), seeker.interests(), options);
        assertThat(rebuilt.routeQuestion(seeker.id(), seeker.interests(), options)).isEqualTo(routed);
      }
    });
  }

  @Test
  void should_return_the_head_of_the_ranking_whatever_k() {
    qt(80).forAll(CASES).checkAssert(c -> {
      Matchmaker matchmaker = core(c);
      for (Member seeker : c.network().members()) {
        MatchOptions options = MatchNetworks.options(c, seeker);
        List<Match> all = matchmaker.recommendPeers(seeker.id(), options.withK(1000)).matches();
        List<Match> top = matchmaker.recommendPeers(seeker.id(), options).matches();
        assertThat(top).isEqualTo(all.subList(0, Math.min(options.k(), all.size())));
      }
    });
  }
}
