package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.match.MatchFixtures.ANA;
import static org.blendnet.core.match.MatchFixtures.id;
import static org.blendnet.core.match.MatchFixtures.winter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Topic;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The engine: building, candidate generation and its cap, filters, ties, pruning, the SPI's contract. */
class MatchmakerTest {

  private static final Topic X = Topic.of("x");
  private static final Topic Y = Topic.of("y");

  /** A seeker interested in {@code x} (and {@code y}) and experts in it with the given levels, ids e0, e1, … */
  private static Network experts(ExpertiseLevel... levels) {
    Network.Builder b = Network.builder()
        .member(Member.builder(id("seeker")).interest(X).interest(Y).build());
    for (int i = 0; i < levels.length; i++) {
      b.member(Member.builder(id("e" + i)).expertise(X, levels[i]).build());
    }
    return b.build();
  }

  private static Matchmaker topicFitOnly(Network network) {
    return Matchmaker.builder(network).signal(CoreSignals.topicFit(), 1).build();
  }

  /** A signal scoring every candidate with the same constant. */
  private static MatchSignal constant(String name, double value) {
    return new MatchSignal() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Prepared prepare(Network network) {
        return context -> new Scorer() {
          @Override
          public double score(int candidate) {
            return value;
          }

          @Override
          public Optional<String> explain(int candidate) {
            return Optional.of("is " + name);
          }
        };
      }
    };
  }

  @Nested
  class Building {

    @Test
    void should_check_signal_weights_and_names() {
      Matchmaker.Builder b = Matchmaker.builder(MatchFixtures.network()).signal(CoreSignals.topicFit(), 1);
      assertThatThrownBy(() -> b.signal(CoreSignals.availability(), -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("weight of signal 'availability' must be a finite number >= 0 but was -1.0");
      assertThatThrownBy(() -> b.signal(CoreSignals.availability(), Double.NaN))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but was NaN");
      assertThatThrownBy(() -> b.signal(CoreSignals.availability(), Double.POSITIVE_INFINITY))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but was Infinity");
      assertThatThrownBy(() -> b.signal(CoreSignals.topicFit(), 2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a signal named 'topic-fit' was already added");
      assertThatThrownBy(() -> b.signal(constant(" ", 1), 1))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("signal name must not be blank");
      assertThatThrownBy(() -> b.coreSignals()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_need_a_signal_with_a_positive_weight() {
      assertThatThrownBy(() -> Matchmaker.builder(MatchFixtures.network()).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("a matchmaker needs at least one signal with a weight > 0 but has none");
      assertThatThrownBy(() -> Matchmaker.builder(MatchFixtures.network()).signal(CoreSignals.topicFit(), 0).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("a matchmaker needs at least one signal with a weight > 0 but has only weight-0 signals");
    }

    @Test
    void should_keep_weight_zero_signals_out_of_scoring() {
      Matchmaker m = Matchmaker.builder(MatchFixtures.network()).signal(CoreSignals.topicFit(), 2)
          .signal(CoreSignals.channelCompatibility(), 0).build();
      Match bo = m.recommendPeers(id("ana"), winter()).matches().get(0);
      assertThat(bo.breakdown()).extracting(SignalScore::signal).containsExactly("topic-fit");
      assertThat(bo.score()).isEqualTo(0.625);
      assertThat(m.weights()).containsExactly(java.util.Map.entry("topic-fit", 2.0),
          java.util.Map.entry("channel", 0.0));
    }

    @Test
    void should_check_candidate_sources() {
      Matchmaker.Builder b = Matchmaker.builder(MatchFixtures.network()).candidateSource(named("a", (c, s) -> { }));
      assertThatThrownBy(() -> b.candidateSource(named("a", (c, s) -> { })))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a candidate source named 'a' was already added");
      assertThatThrownBy(() -> b.candidateSource(named("", (c, s) -> { })))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("candidate source name must not be blank");
    }

    @Test
    void should_show_its_configuration() {
      Matchmaker.Builder b = Matchmaker.builder(MatchFixtures.network()).coreSignals()
          .requestBudget(RequestBudget.perDay(1));
      assertThat(b).hasToString("Matchmaker.Builder[signals={topic-fit=3, complementarity=2, channel=1, "
          + "time-zone=1, availability=1}, sources=[], budget=RequestBudget[1 per PT24H]]");
      assertThat(b.build()).hasToString("Matchmaker[members=9, topics=5, signals={topic-fit=3, complementarity=2, "
          + "channel=1, time-zone=1, availability=1}, sources=[], load=MemberLoad.none(), "
          + "budget=RequestBudget[1 per PT24H]]");
    }
  }

  @Nested
  class Candidates {

    @Test
    void should_find_every_expert_under_the_cap() {
      Network n = experts(ExpertiseLevel.BEGINNER, ExpertiseLevel.EXPERT, ExpertiseLevel.ADVANCED);
      Matches all = topicFitOnly(n).recommendPeers(id("seeker"), winter());
      assertThat(all.members()).containsExactly(id("e1"), id("e2"), id("e0"));
      assertThat(all.candidates()).isEqualTo(3);
      assertThat(all.capped()).isFalse();
    }

    @Test
    void should_take_experts_first_when_capped() {
      // 3 experts, 7 beginners; a cap of 3 proposes exactly the experts
      ExpertiseLevel[] levels = new ExpertiseLevel[10];
      java.util.Arrays.fill(levels, ExpertiseLevel.BEGINNER);
      levels[2] = levels[5] = levels[9] = ExpertiseLevel.EXPERT;
      Network n = experts(levels);
      Matches capped = topicFitOnly(n).recommendPeers(id("seeker"), winter().withMaxCandidates(3));
      assertThat(capped.capped()).isTrue();
      assertThat(capped.candidates()).isEqualTo(3);
      assertThat(capped.members()).containsExactly(id("e2"), id("e5"), id("e9"));
      // a cap of 5 adds two sampled beginners, different ones for different seeds
      Matches five = topicFitOnly(n).recommendPeers(id("seeker"), winter().withMaxCandidates(5).withSeed(1));
      assertThat(five.candidates()).isEqualTo(5);
      assertThat(five.members()).hasSize(5);
      assertThat(five.members().subList(0, 3)).containsExactlyInAnyOrder(id("e2"), id("e5"), id("e9"));
      Set<List<MemberId>> samples = new java.util.HashSet<>();
      for (long seed = 0; seed < 20; seed++) {
        samples.add(topicFitOnly(n).recommendPeers(id("seeker"), winter().withMaxCandidates(5).withSeed(seed))
            .members());
      }
      assertThat(samples).hasSizeGreaterThan(1);
      assertThat(topicFitOnly(n).recommendPeers(id("seeker"), winter().withMaxCandidates(5).withSeed(1)))
          .isEqualTo(five);
    }

    @Test
    void should_share_the_cap_between_topics_shortest_first() {
      // topic y has 2 experts, topic x 20: a cap of 10 takes both of y's and 8 of x's
      Network.Builder b = Network.builder().member(Member.builder(id("seeker")).interest(X).interest(Y).build());
      for (int i = 0; i < 20; i++) {
        b.member(Member.builder(id("x" + i)).expertise(X, ExpertiseLevel.EXPERT).build());
      }
      b.member(Member.builder(id("y0")).expertise(Y, ExpertiseLevel.BEGINNER).build());
      b.member(Member.builder(id("y1")).expertise(Y, ExpertiseLevel.BEGINNER).build());
      Matches capped = topicFitOnly(b.build()).recommendPeers(id("seeker"),
          winter().withMaxCandidates(10).withK(100));
      assertThat(capped.candidates()).isEqualTo(10);
      assertThat(capped.members()).contains(id("y0"), id("y1"));
      assertThat(capped.members().stream().filter(m -> m.value().startsWith("x"))).hasSize(8);
    }

    @Test
    void should_score_members_proposed_by_a_candidate_source() {
      // hal shares no topic with ana: only a source can propose him
      CandidateSource hal = named("friends", (context, sink) -> sink.add(id("hal")));
      Matchmaker m = Matchmaker.builder(MatchFixtures.network()).coreSignals().candidateSource(hal).build();
      Matches peers = m.recommendPeers(id("ana"), winter().withK(20));
      assertThat(peers.members()).contains(id("hal"));
      assertThat(peers.candidates()).isEqualTo(8);
      assertThat(m.candidateSources()).containsExactly("friends");
    }

    @Test
    void should_filter_what_a_source_proposes_like_everything_else() {
      CandidateSource everyone = named("everyone", (context, sink) -> {
        for (int i = 0; i < context.memberCount(); i++) {
          sink.add(i);
        }
        sink.add(context.seekerIndex());
      });
      Matches peers = Matchmaker.builder(MatchFixtures.network()).coreSignals().candidateSource(everyone).build()
          .recommendPeers(id("ana"), winter().withK(20));
      assertThat(peers.candidates()).isEqualTo(9);
      assertThat(peers.members()).doesNotContain(id("ana"), id("eve"), id("fay"))
          .containsExactlyInAnyOrder(id("bo"), id("cy"), id("dee"), id("gus"), id("hal"), id("ivy"));
    }

    @Test
    void should_reject_what_the_network_does_not_hold() {
      CandidateSource byIndex = named("bad-index", (context, sink) -> sink.add(99));
      CandidateSource byId = named("bad-id", (context, sink) -> sink.add(id("zed")));
      assertThatThrownBy(() -> Matchmaker.builder(MatchFixtures.network()).coreSignals().candidateSource(byIndex)
          .build().recommendPeers(id("ana"), winter()))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("member index must be in [0, 9) but was 99");
      assertThatThrownBy(() -> Matchmaker.builder(MatchFixtures.network()).coreSignals().candidateSource(byId)
          .build().recommendPeers(id("ana"), winter()))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown member: zed");
    }
  }

  @Nested
  class Scoring {

    @Test
    void should_reject_a_signal_scoring_outside_the_unit_interval() {
      Matchmaker m = Matchmaker.builder(MatchFixtures.network()).signal(constant("broken", 1.5), 1).build();
      assertThatThrownBy(() -> m.recommendPeers(id("ana"), winter()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("signal 'broken' scored 1.5 for ")
          .hasMessageEndingWith("; scores must be in [0, 1]");
    }

    @Test
    void should_never_return_a_candidate_scoring_zero() {
      // gus is a candidate (he wants to learn pricing) but teaches ana nothing
      Matches peers = topicFitOnly(MatchFixtures.network()).recommendPeers(id("ana"), winter());
      assertThat(peers.members()).doesNotContain(id("gus"));
      assertThat(peers.matches()).allSatisfy(m -> assertThat(m.score()).isPositive());
    }

    @Test
    void should_order_ties_by_id_or_by_a_seeded_hash() {
      Network n = experts(ExpertiseLevel.EXPERT, ExpertiseLevel.EXPERT, ExpertiseLevel.EXPERT,
          ExpertiseLevel.EXPERT, ExpertiseLevel.EXPERT, ExpertiseLevel.EXPERT);
      Matchmaker m = topicFitOnly(n);
      assertThat(m.recommendPeers(id("seeker"), winter()).members())
          .containsExactly(id("e0"), id("e1"), id("e2"), id("e3"), id("e4"), id("e5"));
      List<MemberId> seeded = m.recommendPeers(id("seeker"), winter().withSeed(7)).members();
      List<MemberId> expected = new ArrayList<>(seeded);
      expected.sort(java.util.Comparator.comparingLong((MemberId x) -> Hashing.hash(7, x.value())));
      assertThat(seeded).isEqualTo(expected).containsExactlyInAnyOrder(id("e0"), id("e1"), id("e2"), id("e3"),
          id("e4"), id("e5"));
      assertThat(m.recommendPeers(id("seeker"), winter().withSeed(7)).members()).isEqualTo(seeded);
      Set<List<MemberId>> orders = new java.util.HashSet<>();
      for (long seed = 0; seed < 10; seed++) {
        orders.add(m.recommendPeers(id("seeker"), winter().withSeed(seed)).members());
      }
      assertThat(orders).hasSizeGreaterThan(1);
      // the top 2 under a seed are the first 2 of the full order under that seed
      assertThat(m.recommendPeers(id("seeker"), winter().withSeed(7).withK(2)).members())
          .isEqualTo(seeded.subList(0, 2));
    }

    @Test
    void should_give_the_same_top_k_as_the_head_of_the_full_ranking() {
      Matchmaker m = Matchmaker.withCoreSignals(MatchFixtures.network());
      List<Match> all = m.recommendPeers(id("ana"), winter().withK(100)).matches();
      for (int k = 1; k <= all.size(); k++) {
        assertThat(m.recommendPeers(id("ana"), winter().withK(k)).matches()).isEqualTo(all.subList(0, k));
      }
    }

    @Test
    void should_score_one_pair_with_its_breakdown() {
      Matchmaker m = Matchmaker.withCoreSignals(MatchFixtures.network());
      Match eve = m.score(MatchRequest.peers(ANA), id("eve"), winter());
      // eve is never recommended, but can be scored: expert in negotiation, no preference, UTC, free
      assertThat(eve.score()).isEqualTo((3 * 0.5 + 0.5 + 1 + 1) / 8);
      assertThatThrownBy(() -> m.score(MatchRequest.peers(ANA), id("ana"), winter()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("candidate must not be the seeker but both were ana");
      assertThatThrownBy(() -> m.score(MatchRequest.peers(ANA), id("zed"), winter()))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown member: zed");
    }

    @Test
    void should_answer_a_request_made_by_hand() {
      Matchmaker m = Matchmaker.withCoreSignals(MatchFixtures.network());
      MatchRequest pricing = new MatchRequest(MatchRequest.Purpose.PEERS, id("bo"), Set.of(MatchFixtures.PRICING),
          Set.of(), Optional.empty());
      assertThat(m.match(pricing, winter()).members()).containsExactly(id("ana"));
    }

    @Test
    void should_give_signals_the_request_context() {
      List<String> seen = new ArrayList<>();
      MatchSignal spy = new MatchSignal() {
        @Override
        public String name() {
          return "spy";
        }

        @Override
        public Prepared prepare(Network network) {
          return context -> {
            seen.add(context.toString());
            seen.add(context.seeker().id() + "@" + context.seekerIndex() + " " + context.purpose() + " "
                + context.soughtTopics() + " " + context.offeredTopics() + " " + context.asOf() + " "
                + context.memberCount() + " " + context.indexOf(id("bo")) + " " + context.indexOf(id("zed")) + " "
                + context.member(1).id() + " " + context.options().k() + " " + context.matchLoad() + " "
                + context.network().members().size() + " " + context.request().seeker());
            return constant("spy", 1).prepare(network).begin(context);
          };
        }
      };
      Matchmaker.builder(MatchFixtures.network()).signal(spy, 1).build().recommendPeers(id("ana"), winter().withK(3));
      assertThat(seen).containsExactly("MatchContext[PEERS for ana as of 2026-01-15T12:00:00Z]",
          "ana@0 PEERS [export finance, negotiation] [pricing] 2026-01-15T12:00:00Z 9 OptionalInt[1] "
              + "OptionalInt.empty bo 3 MemberLoad.none() 9 ana");
    }
  }

  @Nested
  class SignalLifecycle {

    @Test
    void should_prepare_once_per_build_begin_once_per_request_and_explain_only_results() {
      java.util.concurrent.atomic.AtomicInteger prepared = new java.util.concurrent.atomic.AtomicInteger();
      java.util.concurrent.atomic.AtomicInteger begun = new java.util.concurrent.atomic.AtomicInteger();
      java.util.concurrent.atomic.AtomicInteger explained = new java.util.concurrent.atomic.AtomicInteger();
      List<Integer> scored = new ArrayList<>();
      MatchSignal counting = new MatchSignal() {
        @Override
        public String name() {
          return "counting";
        }

        @Override
        public Prepared prepare(Network network) {
          prepared.incrementAndGet();
          // per-network state, as a graph signal would build its graph: here each member's position
          int[] rank = new int[network.members().size()];
          for (int i = 0; i < rank.length; i++) {
            rank[i] = i + 1;
          }
          return context -> {
            begun.incrementAndGet();
            return new Scorer() {
              @Override
              public double score(int candidate) {
                scored.add(candidate);
                return 1.0 / rank[candidate];
              }

              @Override
              public Optional<String> explain(int candidate) {
                explained.incrementAndGet();
                return Optional.of("ranked " + rank[candidate]);
              }
            };
          };
        }
      };
      Matchmaker m = Matchmaker.builder(MatchFixtures.network()).signal(counting, 1).build();
      assertThat(prepared).hasValue(1);
      Matches first = m.recommendPeers(id("ana"), winter().withK(2));
      List<Integer> scoredForAna = new ArrayList<>(scored);
      m.recommendPeers(id("bo"), winter().withK(2));
      assertThat(prepared).hasValue(1);
      assertThat(begun).hasValue(2);
      // two results for ana, one for bo (only ana knows pricing or wants what bo knows)
      assertThat(explained).hasValue(3);
      // ana's candidates after the filters: bo (1), cy (2), dee (3), gus (6), ivy (8): the first-ranked win
      assertThat(first.members()).containsExactly(id("bo"), id("cy"));
      assertThat(first.matches().get(0).explanation()).containsExactly("ranked 2");
      // the seeker, eve (not recommendable), fay (no capacity) and hal (no topic in common) are never scored
      assertThat(scoredForAna).containsExactlyInAnyOrder(1, 2, 3, 6, 8);
    }
  }

  private static CandidateSource named(String name, CandidateSource.Prepared prepared) {
    return new CandidateSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Prepared prepare(Network network) {
        return prepared;
      }
    };
  }
}
