package org.blendnet.metrics.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blendnet.core.testing.Theories.qt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.Topic;
import org.blendnet.core.testing.Networks;
import org.blendnet.metrics.Relabel;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Invariants of the balancer over generated networks. */
class ReciprocityBalancerPropertiesTest {

  static final Instant AS_OF = Instant.parse("2040-01-01T00:00:00Z");

  static Gen<Network> networks() {
    return Networks.networks(Networks.Sizes.small().withMembers(1, 8).withQuestions(6).withAnswers(10)
        .withReferrals(6));
  }

  static Gen<Integer> targets() {
    return SourceDSL.integers().between(1, 4);
  }

  /** Every topic declared or asked about in the network. */
  static Set<Topic> topics(Network n) {
    Set<Topic> topics = new TreeSet<>();
    for (Member m : n.members()) {
      topics.addAll(m.expertise().keySet());
    }
    for (Question q : n.questions()) {
      topics.addAll(q.topics());
    }
    return topics;
  }

  static ReciprocityBalancer balancer(Network n, int target) {
    return ReciprocityBalancer.builder(n, ReciprocityLedger.of(n)).target(target).build();
  }

  @Test
  void should_score_in_the_unit_interval_and_follow_its_status() {
    qt(200).forAll(networks(), targets()).checkAssert((n, target) -> {
      ReciprocityBalancer b = balancer(n, target);
      for (Member m : n.members()) {
        for (Set<Topic> sought : List.of(Set.<Topic>of(), topics(n))) {
          ReciprocityBalancer.Assessment a = b.assess(m.id(), sought, AS_OF);
          assertThat(a.score()).isBetween(0.0, 1.0);
          assertThat(a.load()).isEqualTo(b.recordedLoad(m.id()));
          switch (a.status()) {
            case CAPPED -> assertThat(a.score()).isZero();
            case OVER_TARGET -> assertThat(a.score()).isLessThanOrEqualTo(0.375);
            case INVITED -> assertThat(a.score()).isGreaterThan(0.625);
            default -> assertThat(a.score()).isBetween(0.375, 0.75);
          }
        }
      }
    });
  }

  /** The recorded loads add up to the ledger's answers, forwards and introductions. */
  @Test
  void should_record_as_much_load_as_the_ledger_counts() {
    qt(200).forAll(networks(), targets()).checkAssert((n, target) -> {
      ReciprocityBalancer b = balancer(n, target);
      ReciprocityLedger ledger = ReciprocityLedger.of(n);
      long sum = 0;
      for (Member m : n.members()) {
        sum += b.recordedLoad(m.id());
      }
      assertThat(sum).isEqualTo(ledger.totals().answersGiven() + ledger.totals().forwardsMade()
          + ledger.totals().introductionsMade());
      assertThat(b.overAsked()).allSatisfy(a -> assertThat(a.load()).isGreaterThanOrEqualTo(target));
      assertThat(b.capped(AS_OF)).allSatisfy(m -> assertThat(b.load(m, AS_OF)).isGreaterThanOrEqualTo(b.cap()));
    });
  }

  @Test
  void should_not_depend_on_member_ids() {
    qt(150).forAll(networks(), targets()).checkAssert((n, target) -> {
      Relabel r = Relabel.of(n);
      ReciprocityBalancer b = balancer(n, target);
      ReciprocityBalancer rb = balancer(r.network(), target);
      Set<Topic> sought = topics(n);
      for (Member m : n.members()) {
        ReciprocityBalancer.Assessment a = b.assess(m.id(), sought, AS_OF);
        ReciprocityBalancer.Assessment ra = rb.assess(r.of(m.id()), sought, AS_OF);
        assertThat(ra).isEqualTo(new ReciprocityBalancer.Assessment(r.of(m.id()), a.load(), a.status(), a.score(),
            a.explanation()));
      }
      List<MemberId> invited = new ArrayList<>();
      b.invitations().forEach(i -> invited.add(r.of(i.member())));
      assertThat(rb.invitations()).extracting(ReciprocityBalancer.Invitation::member)
          .containsExactlyInAnyOrderElementsOf(invited);
    });
  }

  @Test
  void should_rerank_into_a_sorted_list_without_capped_members() {
    qt(200).forAll(networks(), targets()).checkAssert((n, target) -> {
      ReciprocityBalancer b = balancer(n, target);
      List<MemberId> ids = n.members().stream().map(Member::id).toList();
      List<ReciprocityBalancer.Reranked> r = b.rerank(ids, m -> (m.value().length() % 5) / 4.0, topics(n), AS_OF);
      assertThat(r).hasSize(ids.size() - b.capped(AS_OF).size());
      for (int i = 1; i < r.size(); i++) {
        assertThat(r.get(i).score()).isLessThanOrEqualTo(r.get(i - 1).score());
      }
      assertThat(r).allSatisfy(x -> assertThat(x.score()).isBetween(0.0, 1.0));
    });
  }
}
