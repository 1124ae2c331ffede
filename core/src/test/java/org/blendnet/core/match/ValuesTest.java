package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.match.MatchFixtures.WINTER;
import static org.blendnet.core.match.MatchFixtures.id;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.blendnet.core.MemberId;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Topic;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The small values of the package: options, pairs, requests, results, loads and budgets. */
class ValuesTest {

  @Nested
  class Options {

    @Test
    void should_default_to_ten_results_and_five_thousand_candidates() {
      MatchOptions d = MatchOptions.defaults();
      assertThat(d.k()).isEqualTo(10);
      assertThat(d.maxCandidates()).isEqualTo(5000);
      assertThat(d.excluded()).isEmpty();
      assertThat(d.blocked()).isEmpty();
      assertThat(d.seed()).isEmpty();
      assertThat(d.asOf()).isEmpty();
      assertThat(d.filter()).isSameAs(MatchOptions.anyMember());
      assertThat(d).hasToString("MatchOptions[k=10, filter=any, excluded=0, blocked=0, seed=none, asOf=default, "
          + "maxCandidates=5000]");
    }

    @Test
    void should_reject_impossible_values_naming_them() {
      assertThatThrownBy(() -> MatchOptions.defaults().withK(0))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("k must be >= 1 but was 0");
      assertThatThrownBy(() -> MatchOptions.defaults().withMaxCandidates(-3))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("maxCandidates must be >= 1 but was -3");
      Set<MemberId> withNull = new HashSet<>(Arrays.asList(id("a"), null));
      assertThatThrownBy(() -> MatchOptions.defaults().withExcluded(withNull))
          .isInstanceOf(NullPointerException.class).hasMessage("excluded must not contain null");
    }

    @Test
    void should_change_one_thing_at_a_time() {
      MatchOptions o = MatchOptions.defaults().withK(3).withSeed(42).withAsOf(WINTER).withMaxCandidates(100)
          .withExcluded(Set.of(id("bo"))).withBlocked(Set.of(MemberPair.of(id("a"), id("b"))))
          .withFilter(m -> true);
      assertThat(o.k()).isEqualTo(3);
      assertThat(o.seed()).isEqualTo(OptionalLong.of(42));
      assertThat(o.asOf()).contains(WINTER);
      assertThat(o.maxCandidates()).isEqualTo(100);
      assertThat(o.excluded()).containsExactly(id("bo"));
      assertThat(o.blocked()).containsExactly(MemberPair.of(id("b"), id("a")));
      assertThat(o.withoutSeed().seed()).isEmpty();
      assertThat(o.withK(3)).isSameAs(o);
      assertThat(MatchOptions.defaults().withoutSeed()).isSameAs(MatchOptions.defaults());
      assertThat(o).hasToString("MatchOptions[k=3, filter=custom, excluded=1, blocked=1, seed=42, "
          + "asOf=2026-01-15T12:00:00Z, maxCandidates=100]");
    }

    @Test
    void should_copy_the_sets_it_is_given() {
      Set<MemberId> excluded = new HashSet<>(Set.of(id("a")));
      MatchOptions o = MatchOptions.defaults().withExcluded(excluded);
      excluded.add(id("b"));
      assertThat(o.excluded()).containsExactly(id("a"));
      assertThatThrownBy(() -> o.excluded().add(id("c"))).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  class Pairs {

    @Test
    void should_be_unordered() {
      MemberPair p = MemberPair.of(id("bo"), id("ana"));
      assertThat(p.first()).isEqualTo(id("ana"));
      assertThat(p.second()).isEqualTo(id("bo"));
      assertThat(p).isEqualTo(MemberPair.of(id("ana"), id("bo"))).hasToString("{ana, bo}");
      assertThat(p.contains(id("bo"))).isTrue();
      assertThat(p.contains(id("cy"))).isFalse();
      assertThat(p.other(id("ana"))).isEqualTo(id("bo"));
      assertThat(p.other(id("bo"))).isEqualTo(id("ana"));
    }

    @Test
    void should_need_two_different_members() {
      assertThatThrownBy(() -> MemberPair.of(id("ana"), id("ana")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a pair needs two different members but got ana twice");
      assertThatThrownBy(() -> MemberPair.of(id("ana"), id("bo")).other(id("cy")))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("cy is not in the pair {ana, bo}");
    }
  }

  @Nested
  class Requests {

    @Test
    void should_read_a_seeker_and_a_question() {
      MatchRequest peers = MatchRequest.peers(MatchFixtures.ANA);
      assertThat(peers.purpose()).isEqualTo(MatchRequest.Purpose.PEERS);
      assertThat(peers.soughtTopics()).containsExactly(Topic.of("export finance"), Topic.of("negotiation"));
      assertThat(peers.offeredTopics()).containsExactly(Topic.of("pricing"));
      assertThat(peers).hasToString("MatchRequest[PEERS for ana, seeks 2 topics, offers 1 topic]");
      MatchRequest question = MatchRequest.answerers(MatchFixtures.Q1);
      assertThat(question.purpose()).isEqualTo(MatchRequest.Purpose.ANSWERERS);
      assertThat(question.soughtTopics()).containsExactly(Topic.of("negotiation"));
      assertThat(question.offeredTopics()).isEmpty();
      assertThat(question.question()).contains(QuestionId.of("q1"));
      assertThat(question).hasToString("MatchRequest[ANSWERERS for ana, question q1, seeks 1 topic]");
    }

    @Test
    void should_not_name_a_question_for_peers() {
      assertThatThrownBy(() -> new MatchRequest(MatchRequest.Purpose.PEERS, id("a"), Set.of(), Set.of(),
          Optional.of(QuestionId.of("q1"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a PEERS request cannot name a question but named q1");
    }

    @Test
    void should_keep_topics_sorted_and_unmodifiable() {
      MatchRequest r = MatchRequest.answerers(id("a"), new HashSet<>(List.of(Topic.of("z"), Topic.of("b"),
          Topic.of("m"))));
      assertThat(r.soughtTopics()).containsExactly(Topic.of("b"), Topic.of("m"), Topic.of("z"));
      assertThatThrownBy(() -> r.soughtTopics().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  class Results {

    @Test
    void should_check_scores() {
      assertThatThrownBy(() -> new Match(id("a"), 1.5, List.of(), List.of()))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("score must be in [0, 1] but was 1.5");
      assertThatThrownBy(() -> new SignalScore("s", 0, 0.5, 0.1, Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("weight must be positive and finite but was 0.0");
      assertThatThrownBy(() -> new SignalScore("s", 1, Double.NaN, 0.1, Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("score must be in [0, 1] but was NaN");
      assertThatThrownBy(() -> new SignalScore(" ", 1, 0.5, 0.1, Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("signal must not be blank");
    }

    @Test
    void should_count_at_least_the_matches_as_candidates() {
      Match m = new Match(id("a"), 0.5, List.of(), List.of());
      MatchRequest r = MatchRequest.answerers(id("s"), Set.of());
      assertThatThrownBy(() -> new Matches(r, WINTER, List.of(m), 0, false))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("candidates must be >= the 1 matches but was 0");
    }

    @Test
    void should_cap_long_lists_in_to_string() {
      List<Match> many = new java.util.ArrayList<>();
      for (int i = 0; i < 12; i++) {
        many.add(new Match(id("m" + i), 0.5, List.of(), List.of()));
      }
      Matches matches = new Matches(MatchRequest.answerers(id("s"), Set.of()), WINTER, many, 40, true);
      assertThat(matches).hasToString("Matches[ANSWERERS for s as of 2026-01-15T12:00:00Z: 12 of 40 candidates "
          + "(capped): m0 0.500, m1 0.500, m2 0.500, m3 0.500, m4 0.500, m5 0.500, m6 0.500, m7 0.500, m8 0.500, "
          + "m9 0.500, …(+2 more)]");
    }

    @Test
    void should_hold_only_question_forwards_in_a_routing() {
      Matches none = new Matches(MatchRequest.answerers(id("s"), Set.of()), WINTER, List.of(), 0, false);
      org.blendnet.core.Referral intro = org.blendnet.core.Referral.introduction(
          org.blendnet.core.ReferralId.of("r1"), id("a"), id("b"), id("c"), WINTER);
      assertThatThrownBy(() -> new Routing(none, List.of(intro)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("referral r1 is of kind INTRODUCTION, not QUESTION_FORWARD");
    }
  }

  @Nested
  class Loads {

    @Test
    void should_count_records_in_the_sliding_window() {
      LoadTracker t = LoadTracker.over(Duration.ofDays(1));
      Instant noon = WINTER;
      t.record(id("a"), noon.minus(Duration.ofHours(24)));   // just outside: (asOf - 24 h, asOf]
      t.record(id("a"), noon.minus(Duration.ofHours(23)));
      t.record(id("a"), noon);
      t.record(id("a"), noon.plus(Duration.ofHours(1)));     // after the as-of instant
      assertThat(t.load(id("a"), noon)).isEqualTo(2);
      assertThat(t.load(id("a"), noon.minus(Duration.ofHours(1)))).isEqualTo(2);
      assertThat(t.load(id("b"), noon)).isZero();
      assertThat(t.window()).isEqualTo(Duration.ofDays(1));
      assertThat(t).hasToString("LoadTracker[window=PT24H, members=1]");
      t.forget(id("a"));
      assertThat(t.load(id("a"), noon)).isZero();
    }

    @Test
    void should_accept_records_out_of_order_and_forget_old_ones() {
      LoadTracker t = LoadTracker.over(Duration.ofHours(1));
      t.record(id("a"), WINTER.plusSeconds(30));
      t.record(id("a"), WINTER);
      t.record(id("a"), WINTER.plusSeconds(10));
      assertThat(t.load(id("a"), WINTER.plusSeconds(15))).isEqualTo(2);
      // a record three hours later drops those more than two windows before it
      t.record(id("a"), WINTER.plus(Duration.ofHours(3)));
      assertThat(t.load(id("a"), WINTER.plusSeconds(60))).isZero();
      assertThat(t.load(id("a"), WINTER.plus(Duration.ofHours(3)))).isEqualTo(1);
    }

    @Test
    void should_work_at_the_ends_of_time() {
      LoadTracker t = LoadTracker.over(Duration.ofDays(365));
      t.record(id("a"), Instant.MIN);
      t.record(id("a"), Instant.MIN.plusSeconds(5));
      assertThat(t.load(id("a"), Instant.MIN.plusSeconds(10))).isEqualTo(2);
      t.record(id("b"), Instant.MAX);
      assertThat(t.load(id("b"), Instant.MAX)).isEqualTo(1);
    }

    @Test
    void should_need_a_positive_window() {
      assertThatThrownBy(() -> LoadTracker.over(Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("window must be positive but was PT0S");
    }

    @Test
    void should_have_no_load_by_default() {
      assertThat(MemberLoad.none().load(id("a"), WINTER)).isZero();
      assertThat(MemberLoad.none()).hasToString("MemberLoad.none()");
    }
  }

  @Nested
  class Budgets {

    @Test
    void should_allow_up_to_the_limit_per_period() {
      RequestBudget b = RequestBudget.of(2, Duration.ofDays(1));
      b.record(id("a"), WINTER.minus(Duration.ofHours(2)));
      assertThat(b.allows(id("a"), WINTER)).isTrue();
      assertThat(b.remaining(id("a"), WINTER)).isEqualTo(1);
      b.record(id("a"), WINTER.minus(Duration.ofHours(1)));
      assertThat(b.allows(id("a"), WINTER)).isFalse();
      assertThat(b.used(id("a"), WINTER)).isEqualTo(2);
      assertThat(b.allows(id("a"), WINTER.plus(Duration.ofHours(23)))).isTrue();
      assertThat(b.limit()).isEqualTo(2);
      assertThat(b.period()).isEqualTo(Duration.ofDays(1));
      assertThat(b.isUnlimited()).isFalse();
      assertThat(b).hasToString("RequestBudget[2 per PT24H]");
      b.forget(id("a"));
      assertThat(b.used(id("a"), WINTER)).isZero();
    }

    @Test
    void should_ask_once_a_day_like_aardvark() {
      RequestBudget b = RequestBudget.perDay(1);
      b.record(id("a"), WINTER);
      assertThat(b.allows(id("a"), WINTER.plus(Duration.ofHours(23)))).isFalse();
      assertThat(b.allows(id("a"), WINTER.plus(Duration.ofHours(24)))).isTrue();
    }

    @Test
    void should_record_nothing_when_unlimited() {
      RequestBudget b = RequestBudget.unlimited();
      b.record(id("a"), WINTER);
      assertThat(b.used(id("a"), WINTER)).isZero();
      assertThat(b.remaining(id("a"), WINTER)).isEqualTo(Integer.MAX_VALUE);
      assertThat(b.allows(id("a"), WINTER)).isTrue();
      assertThat(b.isUnlimited()).isTrue();
      assertThat(b).hasToString("RequestBudget[unlimited]");
    }

    @Test
    void should_need_a_limit_of_one_or_more() {
      assertThatThrownBy(() -> RequestBudget.perDay(0))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be >= 1 but was 0");
    }
  }
}
