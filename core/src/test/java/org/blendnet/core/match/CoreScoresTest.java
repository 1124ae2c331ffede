package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blendnet.core.testing.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import org.blendnet.core.Member;
import org.blendnet.core.Network;
import org.blendnet.core.match.MatchNetworks.Case;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The matchmaker scores its core signals together ({@link CoreScores}); the same signals hidden behind a
 * wrapper it does not recognise are scored one by one through {@link MatchSignal.Scorer}. Both must give
 * the same scores, breakdowns and rankings, bit for bit, whatever the weights (which decide the order the
 * signals are evaluated in, and so whether complementarity comes before topic fit) and whichever of the
 * core signals are present.
 */
class CoreScoresTest {

  private static final MatchSignal[] CORE = {CoreSignals.topicFit(), CoreSignals.complementarity(),
      CoreSignals.channelCompatibility(), CoreSignals.timeZoneOverlap(), CoreSignals.availability()};

  /** A signal that scores as {@code inner} does, but is not one of core's classes. */
  private record Hidden(MatchSignal inner) implements MatchSignal {
    @Override
    public String name() {
      return inner.name();
    }

    @Override
    public Prepared prepare(Network network) {
      Prepared prepared = inner.prepare(network);
      return context -> {
        MatchSignal.Scorer scorer = prepared.begin(context);
        return new MatchSignal.Scorer() {
          @Override
          public double score(int candidate) {
            return scorer.score(candidate);
          }

          @Override
          public java.util.Optional<String> explain(int candidate) {
            return scorer.explain(candidate);
          }
        };
      };
    }
  }

  /** Weights 0 (absent) to 4 for each core signal, at least one above 0. */
  private static final Gen<int[]> WEIGHTS = Generate.intArrays(Generate.constant(CORE.length), Generate.range(0, 4))
      .assuming(w -> java.util.Arrays.stream(w).anyMatch(x -> x > 0));

  private static Matchmaker build(Case c, int[] weights, boolean hidden) {
    Matchmaker.Builder b = Matchmaker.builder(c.network()).matchLoad(MatchNetworks.LOAD);
    for (int j = 0; j < CORE.length; j++) {
      if (weights[j] > 0) {
        b.signal(hidden ? new Hidden(CORE[j]) : CORE[j], weights[j]);
      }
    }
    return b.build();
  }

  @Test
  void should_score_core_signals_together_exactly_as_one_by_one() {
    qt(80).forAll(MatchNetworks.cases(false), WEIGHTS).checkAssert((c, weights) -> {
      Matchmaker fused = build(c, weights, false);
      Matchmaker separate = build(c, weights, true);
      for (Member seeker : c.network().members()) {
        MatchOptions options = MatchNetworks.options(c, seeker);
        assertThat(fused.recommendPeers(seeker.id(), options).matches()).as("peers of %s", seeker.id())
            .isEqualTo(separate.recommendPeers(seeker.id(), options).matches());
        assertThat(fused.routeQuestion(seeker.id(), seeker.interests(), options).answerers().matches())
            .as("answerers for %s", seeker.id())
            .isEqualTo(separate.routeQuestion(seeker.id(), seeker.interests(), options).answerers().matches());
        for (Member candidate : c.network().members()) {
          if (!candidate.equals(seeker)) {
            assertThat(fused.score(MatchRequest.peers(seeker), candidate.id(), options))
                .isEqualTo(separate.score(MatchRequest.peers(seeker), candidate.id(), options));
          }
        }
      }
    });
  }

  @Test
  void should_cover_only_the_core_scorers_of_a_request() {
    Network network = MatchFixtures.network();
    Member seeker = network.members().get(0);
    MatchContext context = new MatchContext(network, new MemberTable(network.members()),
        new TopicIndex(new MemberTable(network.members())), MatchRequest.peers(seeker), 0,
        java.time.Instant.EPOCH, MatchOptions.defaults(), MemberLoad.none());
    List<MatchSignal.Scorer> scorers = new ArrayList<>();
    scorers.add(new Hidden(CoreSignals.topicFit()).prepare(network).begin(context));
    scorers.add(((CoreSignal) CoreSignals.channelCompatibility()).begin(context));
    scorers.add(((CoreSignal) CoreSignals.availability()).begin(context));
    CoreScores core = CoreScores.of(scorers.toArray(new MatchSignal.Scorer[0]));
    assertThat(core).isNotNull();
    assertThat(new boolean[] {core.covers(0), core.covers(1), core.covers(2)}).containsExactly(false, true, true);
    assertThat(CoreScores.of(new MatchSignal.Scorer[] {scorers.get(0)})).isNull();
    for (int candidate = 1; candidate < network.members().size(); candidate++) {
      assertThat(core.score(1, candidate)).isEqualTo(scorers.get(1).score(candidate));
      assertThat(core.score(2, candidate)).isEqualTo(scorers.get(2).score(candidate));
    }
  }
}
