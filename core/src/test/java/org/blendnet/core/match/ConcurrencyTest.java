package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.blendnet.core.Channel;
import org.blendnet.core.Consent;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Topic;
import org.junit.jupiter.api.Test;

/** One matchmaker shared by eight threads gives the answers it gives one thread. */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final Instant AS_OF = Instant.parse("2026-03-16T10:00:00Z");
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Lisbon"), ZoneId.of("America/New_York"),
      ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Sydney"), ZoneId.of("UTC"));

  /** 1,500 members over 40 topics, with every kind of consent, channel, zone and capacity; seeded. */
  private static Network network() {
    SplittableRandom random = new SplittableRandom(7);
    Network.Builder b = Network.builder();
    for (int i = 0; i < 1500; i++) {
      Member.Builder m = Member.builder(MemberId.of("m" + i)).timeZone(ZONES.get(random.nextInt(ZONES.size())))
          .capacity(random.nextInt(4))
          .consent(new Consent(random.nextInt(10) > 0, false, random.nextInt(10) > 0));
      for (int t = random.nextInt(4); t > 0; t--) {
        m.expertise(Topic.of("topic " + random.nextInt(40)), ExpertiseLevel.values()[random.nextInt(4)]);
      }
      for (int t = random.nextInt(3); t > 0; t--) {
        m.interest(Topic.of("topic " + random.nextInt(40)));
      }
      if (random.nextBoolean()) {
        m.prefers(random.nextBoolean() ? Channel.ONLINE : Channel.OFFLINE);
      }
      b.member(m.build());
    }
    return b.build();
  }

  /** Every member's peers (tied by id and seeded) and answerers for their interests. */
  private static List<Object> answers(Matchmaker matchmaker, List<Member> members, int start) {
    List<Object> out = new ArrayList<>();
    for (int n = 0; n < members.size(); n++) {
      Member m = members.get((start + n) % members.size());
      MatchOptions options = MatchOptions.defaults().withAsOf(AS_OF).withK(5);
      out.add(matchmaker.recommendPeers(m.id(), options));
      out.add(matchmaker.recommendPeers(m.id(), options.withSeed(m.id().value().length())));
      out.add(matchmaker.routeQuestion(m.id(), m.interests(), options.withMaxCandidates(50)));
    }
    // put the answers back in member order, so that every thread's list lines up with the reference
    List<Object> ordered = new ArrayList<>(out.size());
    for (int n = 0; n < members.size(); n++) {
      int from = Math.floorMod(n - start, members.size()) * 3;
      ordered.addAll(out.subList(from, from + 3));
    }
    return ordered;
  }

  @Test
  void should_give_eight_threads_the_answers_it_gives_one() throws Exception {
    Network network = network();
    LoadTracker load = LoadTracker.over(Duration.ofDays(7));
    for (int i = 0; i < 1500; i += 7) {
      load.record(MemberId.of("m" + i), AS_OF.minus(Duration.ofDays(1)));
    }
    Matchmaker matchmaker = Matchmaker.builder(network).coreSignals().matchLoad(load).build();
    List<Member> members = network.members();
    List<Object> reference = answers(matchmaker, members, 0);
    assertThat(reference).hasSize(3 * members.size());

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<List<Object>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int start = t * members.size() / THREADS;
        Callable<List<Object>> task = () -> {
          go.await();
          return answers(matchmaker, members, start);
        };
        futures.add(pool.submit(task));
      }
      go.countDown();
      for (Future<List<Object>> f : futures) {
        assertThat(f.get()).isEqualTo(reference);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void should_count_every_record_made_from_many_threads() throws Exception {
    LoadTracker tracker = LoadTracker.over(Duration.ofDays(365));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < 1000; i++) {
            tracker.record(MemberId.of("shared"), AS_OF.minusSeconds(i));
            tracker.record(MemberId.of("own" + thread), AS_OF.minusSeconds(i));
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(tracker.load(MemberId.of("shared"), AS_OF)).isEqualTo(THREADS * 1000);
    for (int t = 0; t < THREADS; t++) {
      assertThat(tracker.load(MemberId.of("own" + t), AS_OF)).isEqualTo(1000);
    }
  }
}
