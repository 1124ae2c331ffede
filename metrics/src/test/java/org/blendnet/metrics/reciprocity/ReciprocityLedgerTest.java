package org.blendnet.metrics.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.directed;
import static org.blendnet.metrics.Fixtures.m;
import static org.blendnet.metrics.Fixtures.members;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TimeWindow;
import org.blendnet.metrics.TimeWindows;
import org.junit.jupiter.api.Test;

class ReciprocityLedgerTest {

  private final Network network = LedgerFixture.network();
  private final ReciprocityLedger ledger = ReciprocityLedger.of(network);

  @Test
  void should_count_each_members_acts() {
    // ana: asked q1; received a1, a2 (her own a3 does not count); answered q2 (a4);
    //      forwards r1 and r4 were made for her; r3 introduced her
    assertThat(ledger.entry(m("ana")).counts())
        .isEqualTo(new GiveTakeCounts(1, 0, 0, 0, 0, 0, 1, 2, 2, 1));
    // bo: answered q1 helpfully (a1); asked q2, answered by ana (a4); his own forward r2 counts on neither
    //     side; replied to cy on day 4
    assertThat(ledger.entry(m("bo")).counts())
        .isEqualTo(new GiveTakeCounts(1, 1, 0, 0, 0, 1, 1, 1, 0, 0));
    // cy: answered q1 (a2), forwarded q1 for ana (r1), replied to bo on day 2 (not on day 3: cy spoke last)
    assertThat(ledger.entry(m("cy")).counts())
        .isEqualTo(new GiveTakeCounts(1, 0, 1, 0, 0, 1, 0, 0, 0, 0));
    // dee: forwarded q1 on ana's behalf (r4), hosted e1
    assertThat(ledger.entry(m("dee")).counts())
        .isEqualTo(new GiveTakeCounts(0, 0, 1, 0, 1, 0, 0, 0, 0, 0));
    // eve: introduced ana (r3), hosted e1; being forwarded to (r2, r4) is neither
    assertThat(ledger.entry(m("eve")).counts())
        .isEqualTo(new GiveTakeCounts(0, 0, 0, 1, 1, 0, 0, 0, 0, 0));
  }

  @Test
  void should_weigh_give_and_take_with_the_default_weights() {
    // ana: G = 1 (answer); T = 0.5 (question) + 2 (answers) + 2 (forwards) + 1 (introduction) = 5.5
    assertThat(ledger.given(m("ana"))).isEqualTo(1.0);
    assertThat(ledger.taken(m("ana"))).isEqualTo(5.5);
    // B = (1 − 5.5) / 6.5
    assertThat(ledger.balance(m("ana")).getAsDouble()).isCloseTo(-4.5 / 6.5, within(1e-12));
    // bo: G = 1 + 1 (helpful) + 0.25 (reply) = 2.25; T = 0.5 + 1 = 1.5; B = 0.75 / 3.75 = 0.2
    assertThat(ledger.given(m("bo"))).isEqualTo(2.25);
    assertThat(ledger.taken(m("bo"))).isEqualTo(1.5);
    assertThat(ledger.balance(m("bo")).getAsDouble()).isCloseTo(0.2, within(1e-12));
    // cy: G = 1 + 1 + 0.25; dee and eve: G = 1 + 2 (event) = 3; none of them took anything
    assertThat(ledger.given(m("cy"))).isEqualTo(2.25);
    assertThat(ledger.given(m("dee"))).isEqualTo(3.0);
    assertThat(ledger.balance(m("eve")).getAsDouble()).isEqualTo(1.0);
    assertThat(ledger.totalGiven()).isEqualTo(11.5);
    assertThat(ledger.totalTaken()).isEqualTo(7.0);
  }

  @Test
  void should_total_every_count_across_members() {
    assertThat(ledger.totals()).isEqualTo(new GiveTakeCounts(3, 1, 2, 1, 2, 2, 2, 3, 2, 1));
    assertThat(ledger.totals().actsOfGiving()).isEqualTo(3 + 2 + 1 + 2 + 2);
    assertThat(ledger.totals().actsOfTaking()).isEqualTo(2 + 3 + 2 + 1);
    assertThat(ledger.size()).isEqualTo(5);
    assertThat(ledger.entries()).extracting(LedgerEntry::member).containsExactly(m("ana"), m("bo"), m("cy"),
        m("dee"), m("eve"));
  }

  @Test
  void should_rank_givers_and_takers_with_ties_in_network_order() {
    // dee and eve both gave 3: dee comes first in the network; bo and cy both 2.25
    assertThat(ledger.topGivers(3)).extracting(LedgerEntry::member).containsExactly(m("dee"), m("eve"), m("bo"));
    assertThat(ledger.topGivers(10)).hasSize(5);
    assertThat(ledger.topTakers(10)).extracting(LedgerEntry::member).containsExactly(m("ana"), m("bo"));
    assertThat(ledger.topGivers(0)).isEmpty();
    assertThatThrownBy(() -> ledger.topGivers(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k must be >= 0 but was -1");
  }

  @Test
  void should_apply_other_weights() {
    GiveTakeWeights w = GiveTakeWeights.defaults().withEventHosted(10).withReplyGiven(0).withQuestionAsked(1);
    ReciprocityLedger weighted = ReciprocityLedger.of(network, w);
    assertThat(weighted.given(m("dee"))).isEqualTo(11.0); // 1 forward + 10 for the event
    assertThat(weighted.given(m("bo"))).isEqualTo(2.0); // the reply no longer counts
    assertThat(weighted.taken(m("ana"))).isEqualTo(6.0); // the question now counts 1
    assertThat(weighted.entry(m("bo")).counts()).isEqualTo(ledger.entry(m("bo")).counts());
    assertThat(weighted.weights()).isEqualTo(w);
  }

  @Test
  void should_leave_balance_undefined_for_a_member_who_neither_gave_nor_took() {
    ReciprocityLedger quiet = ReciprocityLedger.of(members("x", "y").build());
    assertThat(quiet.balance(m("x"))).isEmpty();
    assertThat(quiet.entry(m("x"))).hasToString("x: G=0 T=0 B=undefined GiveTakeCounts[none]");
    assertThat(quiet.totalGiven()).isZero();
  }

  @Test
  void should_count_only_the_acts_within_a_window() {
    // days 0–2: q1, a1, a2, r1, r4 and the reply of day 2
    ReciprocityLedger early = ReciprocityLedger.of(network, GiveTakeWeights.defaults(), TimeWindow.of(day(0), day(3)));
    assertThat(early.totals()).isEqualTo(new GiveTakeCounts(2, 1, 2, 0, 0, 1, 1, 2, 2, 0));
    assertThat(early.window()).contains(TimeWindow.of(day(0), day(3)));
    assertThat(ledger.window()).isEmpty();
  }

  @Test
  void should_split_into_windows_that_add_up_to_the_whole() {
    LedgerSeries series = ReciprocityLedger.byWindow(network, GiveTakeWeights.defaults(),
        TimeWindows.of(day(0), Duration.ofDays(3), 3));
    assertThat(series.size()).isEqualTo(3);
    // days 3–5: q2, a4, r3 and bo's reply on day 4 (to cy's contact of day 3, from the previous window)
    assertThat(series.get(1).totals()).isEqualTo(new GiveTakeCounts(1, 0, 0, 1, 0, 1, 1, 1, 0, 1));
    // day 6: the event
    assertThat(series.get(2).totals()).isEqualTo(new GiveTakeCounts(0, 0, 0, 0, 2, 0, 0, 0, 0, 0));
    assertThat(series.total().totals()).isEqualTo(ledger.totals());
    assertThat(series.total().window()).contains(TimeWindow.of(day(0), day(9)));
    assertThat(series.get(1).entry(m("bo")).counts().repliesGiven()).isEqualTo(1);
    assertThat(series.get(0).entry(m("bo")).counts().repliesGiven()).isZero();
    // acts outside the windows are not counted
    LedgerSeries late = ReciprocityLedger.byWindow(network, GiveTakeWeights.defaults(),
        TimeWindows.of(day(5), Duration.ofDays(10), 1));
    assertThat(late.total().totals()).isEqualTo(new GiveTakeCounts(0, 0, 0, 1, 2, 0, 0, 0, 0, 1));
  }

  @Test
  void should_count_replies_by_turns_whatever_the_insertion_order() {
    // ana → bo, ana → bo, bo → ana, bo → ana, ana → bo: a reply by bo (3rd) and by ana (5th)
    List<Touchpoint> turns = new ArrayList<>(List.of(directed("t1", day(1), "ana", "bo"),
        directed("t2", day(2), "ana", "bo"), directed("t3", day(3), "bo", "ana"),
        directed("t4", day(4), "bo", "ana"), directed("t5", day(5), "ana", "bo")));
    for (long seed = 0; seed < 20; seed++) {
      Collections.shuffle(turns, new Random(seed));
      ReciprocityLedger l = ReciprocityLedger.of(members("ana", "bo").touchpoints(turns).build());
      assertThat(l.entry(m("ana")).counts().repliesGiven()).isEqualTo(1);
      assertThat(l.entry(m("bo")).counts().repliesGiven()).isEqualTo(1);
    }
  }

  @Test
  void should_order_touchpoints_at_the_same_instant_by_insertion() {
    // both at day 1: the one added second answers the first
    ReciprocityLedger l = ReciprocityLedger.of(members("ana", "bo")
        .touchpoint(directed("t2", day(1), "bo", "ana")).touchpoint(directed("t1", day(1), "ana", "bo")).build());
    assertThat(l.entry(m("ana")).counts().repliesGiven()).isEqualTo(1);
    assertThat(l.entry(m("bo")).counts().repliesGiven()).isZero();
  }

  @Test
  void should_count_replies_in_long_shuffled_conversations() {
    // 60 turns alternating in blocks: ana ×3, bo ×3, … → a reply at each change of speaker: 19
    List<Touchpoint> turns = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      boolean ana = i / 3 % 2 == 0;
      turns.add(directed("t" + i, day(0).plusSeconds(i), ana ? "ana" : "bo", ana ? "bo" : "ana"));
    }
    Collections.shuffle(turns, new Random(7));
    ReciprocityLedger l = ReciprocityLedger.of(members("ana", "bo", "cy").touchpoints(turns).build());
    // changes at turns 3, 6, …, 57: 19, bo replies at 3, 9, …, 57 (10), ana at 6, 12, …, 54 (9)
    assertThat(l.entry(m("bo")).counts().repliesGiven()).isEqualTo(10);
    assertThat(l.entry(m("ana")).counts().repliesGiven()).isEqualTo(9);
  }

  @Test
  void should_tell_apart_members_whose_ids_hash_alike() {
    // "Aa" and "BB" share a String hash: their turns must not be mixed up with each other's
    ReciprocityLedger l = ReciprocityLedger.of(members("Aa", "BB", "cy")
        .touchpoint(directed("t1", day(1), "Aa", "cy")).touchpoint(directed("t2", day(2), "cy", "BB"))
        .touchpoint(directed("t3", day(3), "BB", "cy")).touchpoint(directed("t4", day(4), "cy", "Aa")).build());
    // cy replies to Aa (t4), BB replies to cy (t3); t2 is not a reply to t1 (another pair)
    assertThat(l.entry(m("cy")).counts().repliesGiven()).isEqualTo(1);
    assertThat(l.entry(m("BB")).counts().repliesGiven()).isEqualTo(1);
    assertThat(l.entry(m("Aa")).counts().repliesGiven()).isZero();
  }

  @Test
  void should_print_readably() {
    assertThat(ledger.entry(m("bo"))).hasToString(
        "bo: G=2.25 T=1.5 B=0.200 GiveTakeCounts[answersGiven=1, helpfulAnswersGiven=1, repliesGiven=1, "
            + "questionsAsked=1, answersReceived=1]");
    assertThat(ledger).hasToString("ReciprocityLedger[members=5, window=all time, G=11.5, T=7, "
        + "GiveTakeCounts[answersGiven=3, helpfulAnswersGiven=1, forwardsMade=2, introductionsMade=1, eventsHosted=2, "
        + "repliesGiven=2, questionsAsked=2, answersReceived=3, forwardsReceived=2, introductionsReceived=1], "
        + "top givers=[dee, eve, bo]]");
  }

  @Test
  void should_be_equal_when_computed_twice() {
    assertThat(ReciprocityLedger.of(network)).isEqualTo(ledger).hasSameHashCodeAs(ledger);
    assertThat(ReciprocityLedger.of(network, GiveTakeWeights.defaults().withAnswerGiven(3))).isNotEqualTo(ledger);
  }

  @Test
  void should_reject_unknown_members() {
    assertThatThrownBy(() -> ledger.entry(m("zed"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown member: zed");
  }
}
