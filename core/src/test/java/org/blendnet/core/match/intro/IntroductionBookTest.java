package org.blendnet.core.match.intro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.match.intro.IntroductionTest.T0;
import static org.blendnet.core.match.intro.IntroductionTest.WEEK;
import static org.blendnet.core.match.intro.IntroductionTest.m;
import static org.blendnet.core.match.intro.IntroductionTest.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.Topic;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.MemberPair;
import org.blendnet.core.match.RequestBudget;
import org.blendnet.core.match.Routing;
import org.junit.jupiter.api.Test;

class IntroductionBookTest {

  private static final Topic NEGOTIATION = Topic.of("negotiation");

  /** ana asks about negotiation; bo (expert) and cy (intermediate) know it; dee wants to learn it. */
  private static Network network() {
    return Network.builder()
        .member(Member.builder(m("ana")).interest(NEGOTIATION).build())
        .member(Member.builder(m("bo")).expertise(NEGOTIATION, ExpertiseLevel.EXPERT).build())
        .member(Member.builder(m("cy")).expertise(NEGOTIATION, ExpertiseLevel.INTERMEDIATE).build())
        .member(Member.builder(m("dee")).interest(NEGOTIATION).build())
        .question(Question.of(QuestionId.of("q"), m("ana"), "How do I negotiate?", Set.of(NEGOTIATION), T0))
        .build();
  }

  @Test
  void should_not_route_a_question_again_to_a_member_who_declined_it() {
    Network network = network();
    Matchmaker matchmaker = Matchmaker.withCoreSignals(network);
    Question q = network.question(QuestionId.of("q")).orElseThrow();
    IntroductionBook book = IntroductionBook.create(WEEK, 3);

    Routing first = matchmaker.routeQuestion(q, book.exclusions(MatchOptions.defaults(), q.id()));
    assertThat(first.answerers().members()).containsExactly(m("bo"), m("cy"));
    Introduction toBo = book.suggest(first.referrals().get(0));
    RequestBudget budget = RequestBudget.perDay(3);
    book.request(toBo.id(), t(1), budget);
    assertThat(budget.used(m("bo"), t(1))).isEqualTo(1);
    book.decline(toBo.id(), t(2));

    assertThat(book.askerStatus(toBo.id(), t(3))).isEqualTo(AskerStatus.PENDING);
    assertThat(book.askedAbout(q.id())).containsExactly(m("bo"));
    Routing again = matchmaker.routeQuestion(q, book.exclusions(MatchOptions.defaults(), q.id()));
    assertThat(again.answerers().members()).containsExactly(m("cy"));
    Referral other = Referral.forward(ReferralId.of("again"), q.id(), m("ana"), m("ana"), m("bo"), t(4));
    assertThatThrownBy(() -> book.suggest(other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("member bo was already asked about question q; referral again would ask again");
    assertThat(book.suggest(first.referrals().get(1)).target()).isEqualTo(m("cy"));
  }

  @Test
  void should_block_a_declined_introduction_from_peer_recommendations() {
    Matchmaker matchmaker = Matchmaker.withCoreSignals(network());
    IntroductionBook book = IntroductionBook.create(WEEK, 3);
    assertThat(matchmaker.recommendPeers(m("ana"), MatchOptions.defaults()).members()).startsWith(m("bo"));

    Introduction i = book.suggest(Referral.introduction(ReferralId.of("i1"), m("dee"), m("ana"), m("bo"), T0));
    book.request(i.id(), t(1));
    book.decline(i.id(), t(2));

    assertThat(book.declinedPairs()).containsExactly(MemberPair.of(m("ana"), m("bo")));
    assertThat(matchmaker.recommendPeers(m("ana"), book.exclusions(MatchOptions.defaults())).members())
        .doesNotContain(m("bo"));
    // the pair is unordered: asking ana about bo after bo declined ana is refused too
    assertThatThrownBy(() -> book.suggest(Referral.introduction(ReferralId.of("i2"), m("cy"), m("bo"), m("ana"), t(3))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an introduction of bo and ana was declined before; referral i2 would ask again");
    assertThat(book.suggest(Referral.introduction(ReferralId.of("i4"), m("cy"), m("ana"), m("dee"), t(3))).state())
        .isEqualTo(IntroductionState.SUGGESTED);
    assertThatThrownBy(() -> book.suggest(Referral.introduction(ReferralId.of("i3"), m("cy"), m("ana"), m("bo"), t(3))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an introduction of ana and bo was declined before; referral i3 would ask again");
  }

  @Test
  void should_expire_requests_when_they_are_due_and_list_referrals_in_id_order() {
    IntroductionBook book = IntroductionBook.create(WEEK, 3);
    book.suggest(Referral.introduction(ReferralId.of("b"), m("dee"), m("ana"), m("bo"), T0));
    book.suggest(Referral.introduction(ReferralId.of("a"), m("dee"), m("ana"), m("cy"), T0));
    book.request(ReferralId.of("b"), t(1));

    assertThat(book.expireDue(t(1).plus(WEEK).minusSeconds(1))).isEmpty();
    List<Introduction> expired = book.expireDue(t(1).plus(WEEK));
    assertThat(expired).extracting(Introduction::id).containsExactly(ReferralId.of("b"));
    assertThat(book.get(ReferralId.of("b")).orElseThrow().state()).isEqualTo(IntroductionState.EXPIRED);
    assertThat(book.get(ReferralId.of("a")).orElseThrow().state()).isEqualTo(IntroductionState.SUGGESTED);
    assertThat(book.referrals()).extracting(Referral::id).containsExactly(ReferralId.of("a"), ReferralId.of("b"));
    assertThat(book.toString()).isEqualTo("IntroductionBook[expiry=PT168H, hopLimit=3, introductions=2, asked=0, declinedPairs=0]");
  }

  @Test
  void should_refuse_unknown_and_duplicate_ids_and_forget_a_member() {
    IntroductionBook book = IntroductionBook.create(WEEK, 3);
    Referral r = Referral.introduction(ReferralId.of("i1"), m("dee"), m("ana"), m("bo"), T0);
    book.suggest(r);
    assertThatThrownBy(() -> book.suggest(r)).hasMessage("referral i1 is already in the book");
    assertThatThrownBy(() -> book.accept(ReferralId.of("zz"), t(1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown referral: zz");
    assertThatThrownBy(() -> book.accept(ReferralId.of("i1"), t(1))).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> IntroductionBook.create(java.time.Duration.ZERO, 3)).hasMessage("expiry must be positive but was PT0S");
    assertThatThrownBy(() -> IntroductionBook.create(WEEK, 0)).hasMessage("hopLimit must be >= 1 but was 0");

    assertThat(book.forget(m("bo"))).isEqualTo(1);
    assertThat(book.introductions()).isEmpty();
  }

  @Test
  void should_let_one_thread_win_when_eight_answer_the_same_request() throws Exception {
    IntroductionBook book = IntroductionBook.create(WEEK, 3);
    book.suggest(Referral.introduction(ReferralId.of("i1"), m("dee"), m("ana"), m("bo"), T0));
    book.request(ReferralId.of("i1"), t(1));
    AtomicInteger wins = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        boolean accept = k % 2 == 0;
        futures.add(pool.submit(() -> {
          try {
            if (accept) {
              book.accept(ReferralId.of("i1"), t(2));
            } else {
              book.decline(ReferralId.of("i1"), t(2));
            }
            wins.incrementAndGet();
          } catch (IllegalTransitionException e) {
            refused.incrementAndGet();
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(wins.get()).isEqualTo(1);
    assertThat(refused.get()).isEqualTo(7);
    assertThat(book.get(ReferralId.of("i1")).orElseThrow().history()).hasSize(2);
  }

  @Test
  void should_give_the_same_book_from_eight_threads_as_from_one() throws Exception {
    IntroductionBook parallel = IntroductionBook.create(WEEK, 3);
    IntroductionBook serial = IntroductionBook.create(WEEK, 3);
    List<Callable<Void>> work = new ArrayList<>();
    for (int k = 0; k < 400; k++) {
      int n = k;
      work.add(() -> {
        drive(parallel, n);
        return null;
      });
      drive(serial, n);
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (Future<Void> f : pool.invokeAll(work)) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(parallel.introductions()).isEqualTo(serial.introductions());
    assertThat(parallel.declinedPairs()).isEqualTo(serial.declinedPairs());
    assertThat(parallel.askedAbout(QuestionId.of("q"))).isEqualTo(serial.askedAbout(QuestionId.of("q")));
  }

  /** Introduction n: ana to member "p" + n, requested, then accepted and introduced, or declined. */
  private static void drive(IntroductionBook book, int n) {
    MemberId target = m("p" + n);
    ReferralId id = ReferralId.of(String.format("i%04d", n));
    if (n % 3 == 0) {
      book.suggest(Referral.forward(id, QuestionId.of("q"), m("ana"), m("ana"), target, T0));
    } else {
      book.suggest(Referral.introduction(id, m("hal"), m("ana"), target, T0));
    }
    book.request(id, t(1));
    if (n % 2 == 0) {
      book.accept(id, t(2));
      book.introduce(id, t(3), false);
    } else {
      book.decline(id, t(2));
    }
  }
}
