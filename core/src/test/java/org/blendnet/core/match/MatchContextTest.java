package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.junit.jupiter.api.Test;

/** Values shared by the signals and sources of one request ({@link MatchContext#shared}). */
class MatchContextTest {

  private static final MatchOptions OPTIONS = MatchOptions.defaults().withAsOf(Instant.parse("2026-03-02T09:00:00Z"));

  private final AtomicInteger computed = new AtomicInteger();
  private final List<String> seen = new ArrayList<>();

  private static Network network() {
    return Network.builder().member(Member.of(MemberId.of("a"), "A")).member(Member.of(MemberId.of("b"), "B"))
        .member(Member.of(MemberId.of("c"), "C")).build();
  }

  /** "a:1": the seeker and the value shared under the key "walk". */
  private String walk(MatchContext context, String who) {
    int value = context.shared("walk", Integer.class, computed::incrementAndGet);
    return who + " " + context.seeker().id() + ":" + value;
  }

  private Matchmaker matchmaker() {
    MatchSignal signal = new MatchSignal() {
      @Override
      public String name() {
        return "probe";
      }

      @Override
      public Prepared prepare(Network network) {
        return context -> {
          seen.add(walk(context, "signal"));
          return new Scorer() {
            @Override
            public double score(int candidate) {
              return 0.5;
            }

            @Override
            public Optional<String> explain(int candidate) {
              return Optional.empty();
            }
          };
        };
      }
    };
    CandidateSource source = new CandidateSource() {
      @Override
      public String name() {
        return "probe-source";
      }

      @Override
      public Prepared prepare(Network network) {
        return (context, sink) -> {
          seen.add(walk(context, "source"));
          sink.add(MemberId.of("b"));
          sink.add(MemberId.of("c"));
        };
      }
    };
    return Matchmaker.builder(network()).signal(signal, 1).candidateSource(source).build();
  }

  @Test
  void should_compute_a_shared_value_once_per_request() {
    Matchmaker matchmaker = matchmaker();
    assertThat(matchmaker.recommendPeers(MemberId.of("a"), OPTIONS).matches()).isNotEmpty();
    assertThat(matchmaker.recommendPeers(MemberId.of("b"), OPTIONS).matches()).isNotEmpty();
    assertThat(seen).containsExactly("source a:1", "signal a:1", "source b:2", "signal b:2");
    assertThat(computed.get()).isEqualTo(2);
  }

  @Test
  void should_keep_values_apart_by_key_and_type() {
    MatchContext context = new MatchContext(network(), new MemberTable(network().members()),
        new TopicIndex(new MemberTable(network().members())), MatchRequest.peers(Member.of(MemberId.of("a"), "A")),
        0, Instant.EPOCH, OPTIONS, MemberLoad.none());
    assertThat(context.shared("x", Integer.class, () -> 1)).isEqualTo(1);
    assertThat(context.shared("x", Integer.class, () -> 2)).isEqualTo(1);
    assertThat(context.shared("y", Integer.class, () -> 3)).isEqualTo(3);
    assertThat(context.shared("x", String.class, () -> "four")).isEqualTo("four");
    assertThat(context.shared("xx".substring(1), Integer.class, () -> 5)).as("keys compared by equals").isEqualTo(1);
    assertThatThrownBy(() -> context.shared("z", String.class, () -> null)).isInstanceOf(NullPointerException.class)
        .hasMessage("the shared String was computed as null");
  }
}
