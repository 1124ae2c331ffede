package org.blendnet.graph.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Consent;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.RequestBudget;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.community.Leiden;
import org.junit.jupiter.api.Test;

/** One matchmaker with every graph signal, the neighbourhood source and referral chains, shared by eight threads. */
class GraphConcurrencyTest {

  static final int THREADS = 8;
  static final int MEMBERS = 600;
  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  static final Medium[] MEDIA = {Medium.CHAT, Medium.FACE_TO_FACE, Medium.EMAIL, Medium.MEETING};

  /** 600 members in 6 units over 30 topics, ~2,400 touchpoints on both channels, 300 questions; seeded. */
  static Network network() {
    SplittableRandom random = new SplittableRandom(11);
    Network.Builder b = Network.builder();
    for (int i = 0; i < MEMBERS; i++) {
      Member.Builder m = Member.builder(MemberId.of("m" + i)).affiliation(Affiliation.of("Acme", "unit " + i % 6))
          .consent(new Consent(random.nextInt(10) > 0, false, random.nextInt(10) > 0));
      for (int t = 1 + random.nextInt(3); t > 0; t--) {
        m.expertise(Topic.of("topic " + random.nextInt(30)), ExpertiseLevel.values()[random.nextInt(4)]);
      }
      m.interest(Topic.of("topic " + random.nextInt(30)));
      b.member(m.build());
    }
    for (int t = 0; t < 2400; t++) {
      int a = random.nextInt(MEMBERS);
      // mostly within the unit, sometimes across
      int c = random.nextInt(4) > 0 ? (a / 6 * 6 + random.nextInt(6)) % MEMBERS : random.nextInt(MEMBERS);
      if (a != c) {
        b.touchpoint(Touchpoint.between(TouchpointId.of("t" + t), T0.plus(Duration.ofHours(t)),
            MEDIA[random.nextInt(MEDIA.length)], MemberId.of("m" + a), MemberId.of("m" + c)));
      }
    }
    for (int q = 0; q < 300; q++) {
      b.question(Question.of(QuestionId.of("q" + q), MemberId.of("m" + random.nextInt(MEMBERS)), "?",
          java.util.Set.of(Topic.of("topic " + random.nextInt(30))), T0.plus(Duration.ofDays(200 + q))));
    }
    return b.build();
  }

  static List<Object> answers(Matchmaker m, Network network, int start) {
    List<Member> members = network.members();
    List<Question> questions = network.questions();
    List<Object> out = new ArrayList<>();
    for (int n = 0; n < MEMBERS; n++) {
      int i = (start + n) % MEMBERS;
      MatchOptions options = MatchOptions.defaults().withK(5).withAsOf(T0.plus(Duration.ofDays(100)));
      out.add(List.of(i, m.recommendPeers(members.get(i).id(), options)));
      out.add(List.of(i, m.recommendPeers(members.get(i).id(), options.withSeed(i))));
      if (i < questions.size()) {
        out.add(List.of(i, m.routeQuestion(questions.get(i), MatchOptions.defaults().withK(5))));
      }
    }
    // back to member order, so that every thread's answers line up with the reference
    out.sort((x, y) -> Integer.compare((Integer) ((List<?>) x).get(0), (Integer) ((List<?>) y).get(0)));
    return out;
  }

  @Test
  void should_give_eight_threads_the_answers_it_gives_one() throws Exception {
    Network network = network();
    SocialGraph graph = SocialGraph.of(network);
    GraphSignals g = GraphSignals.of(graph, Leiden.withDefaults().detect(graph));
    RequestBudget budget = RequestBudget.perDay(1);
    for (int i = 0; i < MEMBERS; i += 5) {
      budget.record(MemberId.of("m" + i), T0.plus(Duration.ofDays(250)));
    }
    Matchmaker m = g.addTo(Matchmaker.builder(network).coreSignals()).referralChains(g.referralChains())
        .requestBudget(budget).build();
    List<Object> reference = answers(m, network, 0);
    assertThat(reference).hasSize(2 * MEMBERS + 300);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<Object>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int start = t * MEMBERS / THREADS;
        futures.add(pool.submit(() -> answers(m, network, start)));
      }
      for (Future<List<Object>> f : futures) {
        assertThat(f.get()).isEqualTo(reference);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
