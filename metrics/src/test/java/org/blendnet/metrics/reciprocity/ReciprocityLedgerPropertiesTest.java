package org.blendnet.metrics.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.core.testing.Theories.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.blendnet.core.Answer;
import org.blendnet.core.Event;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralKind;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.testing.Networks;
import org.blendnet.metrics.Relabel;
import org.blendnet.core.TimeWindow;
import org.blendnet.metrics.TimeWindows;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the ledger over generated networks. */
class ReciprocityLedgerPropertiesTest {

  /** 2000–2030 in three windows of ten years: nearly every generated record falls in one. */
  static final TimeWindows DECADES = TimeWindows.of(Instant.parse("2000-01-01T00:00:00Z"), Duration.ofDays(3652), 3);

  static Gen<Network> networks() {
    return Networks.networks(Networks.Sizes.small().withMembers(2, 6).withTouchpoints(20).withQuestions(4)
        .withAnswers(8).withReferrals(8));
  }

  /** The counts of a network straight from its records, by definition (brute force for replies). */
  static GiveTakeCounts expectedTotals(Network n, TimeWindow window) {
    long answers = 0;
    long helpful = 0;
    for (Answer a : n.answers()) {
      if (window.contains(a.answeredAt()) && !n.question(a.question()).orElseThrow().asker().equals(a.responder())) {
        answers++;
        helpful += a.isHelpful() ? 1 : 0;
      }
    }
    long forwards = 0;
    long introductions = 0;
    for (Referral r : n.referrals()) {
      if (window.contains(r.at()) && !r.onBehalfOf().orElse(r.from()).equals(r.referrer())) {
        if (r.kind() == ReferralKind.QUESTION_FORWARD) {
          forwards++;
        } else {
          introductions++;
        }
      }
    }
    long hosted = 0;
    for (Event e : n.events()) {
      hosted += window.contains(e.start()) ? e.hosts().size() : 0;
    }
    long questions = n.questions().stream().map(Question::askedAt).filter(window::contains).count();
    long replies = 0;
    for (MemberId m : n.members().stream().map(Member::id).toList()) {
      replies += bruteForceReplies(n, m, window);
    }
    return new GiveTakeCounts(answers, helpful, forwards, introductions, hosted, replies, questions, answers,
        forwards, introductions);
  }

  /**
   * Replies by {@code member} in O(d²): for each directed two-party touchpoint they initiated, the latest
   * earlier one (by time, then position) between the same two members was initiated by the other.
   */
  static long bruteForceReplies(Network n, MemberId member, TimeWindow window) {
    List<Touchpoint> all = n.touchpoints();
    long replies = 0;
    for (int i = 0; i < all.size(); i++) {
      Touchpoint x = all.get(i);
      if (!twoParty(x) || !x.initiator().get().equals(member) || !window.contains(x.at())) {
        continue;
      }
      Touchpoint latest = null;
      int latestIndex = -1;
      for (int j = 0; j < all.size(); j++) {
        Touchpoint y = all.get(j);
        boolean samePair = twoParty(y) && y.participants().containsAll(x.participants());
        boolean earlier = y.at().isBefore(x.at()) || y.at().equals(x.at()) && j < i;
        boolean later = latest == null || y.at().isAfter(latest.at()) || y.at().equals(latest.at()) && j > latestIndex;
        if (samePair && earlier && later) {
          latest = y;
          latestIndex = j;
        }
      }
      if (latest != null && !latest.initiator().get().equals(member)) {
        replies++;
      }
    }
    return replies;
  }

  private static boolean twoParty(Touchpoint t) {
    return t.initiator().isPresent() && t.participants().size() == 2;
  }

  @Test
  void should_total_exactly_the_underlying_counts() {
    TimeWindow allOf = TimeWindow.of(Instant.MIN, Instant.MAX);
    qt(300).forAll(networks()).checkAssert(n -> {
      ReciprocityLedger ledger = ReciprocityLedger.of(n);
      GiveTakeCounts expected = expectedTotals(n, allOf);
      // Instant.MAX itself lies outside [MIN, MAX): count the records at MAX separately by comparing totals
      // only when none is there
      if (n.touchpoints().stream().noneMatch(t -> t.at().equals(Instant.MAX))
          && n.answers().stream().noneMatch(a -> a.answeredAt().equals(Instant.MAX))
          && n.referrals().stream().noneMatch(r -> r.at().equals(Instant.MAX))
          && n.questions().stream().noneMatch(q -> q.askedAt().equals(Instant.MAX))
          && n.events().stream().noneMatch(e -> e.start().equals(Instant.MAX))) {
        assertThat(ledger.totals()).isEqualTo(expected);
      }
      assertThat(ledger.totals().questionsAsked()).isEqualTo(n.questions().size());
      assertThat(ledger.totals().answersGiven()).isEqualTo(ledger.totals().answersReceived());
      assertThat(ledger.totals().forwardsMade()).isEqualTo(ledger.totals().forwardsReceived());
      assertThat(ledger.totals().introductionsMade()).isEqualTo(ledger.totals().introductionsReceived());
      assertThat(ledger.totals().eventsHosted()).isEqualTo(n.events().stream().mapToLong(e -> e.hosts().size()).sum());
    });
  }

  @Test
  void should_total_the_underlying_counts_in_each_window() {
    GiveTakeCounts[] seen = {GiveTakeCounts.none()};
    qt(200).forAll(networks()).checkAssert(n -> {
      LedgerSeries series = ReciprocityLedger.byWindow(n, GiveTakeWeights.defaults(), DECADES);
      seen[0] = seen[0].plus(series.total().totals());
      GiveTakeCounts sum = GiveTakeCounts.none();
      for (int w = 0; w < series.size(); w++) {
        assertThat(series.get(w).totals()).isEqualTo(expectedTotals(n, DECADES.get(w)));
        sum = sum.plus(series.get(w).totals());
      }
      assertThat(series.total().totals()).isEqualTo(sum).isEqualTo(expectedTotals(n, DECADES.span()));
    });
    // the generated networks do exercise every kind of act
    GiveTakeCounts t = seen[0];
    assertThat(List.of(t.answersGiven(), t.helpfulAnswersGiven(), t.forwardsMade(), t.introductionsMade(),
        t.eventsHosted(), t.repliesGiven(), t.questionsAsked())).allMatch(c -> c > 20);
  }

  @Test
  void should_sum_entries_to_the_totals_and_keep_balance_in_range() {
    qt(200).forAll(networks()).checkAssert(n -> {
      ReciprocityLedger ledger = ReciprocityLedger.of(n);
      GiveTakeCounts sum = GiveTakeCounts.none();
      double given = 0;
      double taken = 0;
      for (LedgerEntry e : ledger.entries()) {
        sum = sum.plus(e.counts());
        given += e.given();
        taken += e.taken();
        assertThat(e.given()).isEqualTo(ledger.weights().given(e.counts()));
        if (e.given() + e.taken() > 0) {
          assertThat(e.balance().getAsDouble()).isBetween(-1.0, 1.0);
        } else {
          assertThat(e.balance()).isEmpty();
        }
      }
      assertThat(sum).isEqualTo(ledger.totals());
      assertThat(given).isCloseTo(ledger.totalGiven(), within(1e-9));
      assertThat(taken).isCloseTo(ledger.totalTaken(), within(1e-9));
    });
  }

  @Test
  void should_not_depend_on_member_ids() {
    qt(200).forAll(networks()).checkAssert(n -> {
      Relabel r = Relabel.of(n);
      ReciprocityLedger original = ReciprocityLedger.of(n);
      ReciprocityLedger relabelled = ReciprocityLedger.of(r.network());
      for (Member m : n.members()) {
        assertThat(relabelled.entry(r.of(m.id())).counts()).isEqualTo(original.entry(m.id()).counts());
      }
      assertThat(relabelled.totals()).isEqualTo(original.totals());
      assertThat(relabelled.topGivers(3).stream().map(LedgerEntry::member).toList())
          .isEqualTo(r.of(original.topGivers(3).stream().map(LedgerEntry::member).toList()));
    });
  }

  @Test
  void should_give_the_same_ledger_every_time() {
    qt(100).forAll(networks()).checkAssert(n -> {
      assertThat(ReciprocityLedger.of(n)).isEqualTo(ReciprocityLedger.of(n));
      assertThat(ReciprocityLedger.of(n.toBuilder().build())).isEqualTo(ReciprocityLedger.of(n));
    });
  }

  @Test
  void should_rank_the_same_way_for_few_and_many() {
    qt(200).forAll(networks()).checkAssert(n -> {
      ReciprocityLedger ledger = ReciprocityLedger.of(n);
      // topGivers(3) takes the bounded path, topGivers(40) the sorting one
      assertThat(ledger.topGivers(40).subList(0, Math.min(3, ledger.topGivers(40).size())))
          .isEqualTo(ledger.topGivers(3));
    });
  }
}
