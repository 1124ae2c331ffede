package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blendnet.core.testing.Theories.qt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.blendnet.core.testing.Networks;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of {@link Network} over generated networks: every look-up agrees with a plain scan of the records. */
class NetworkPropertiesTest {

  private static final Gen<Network> NETWORKS = Networks.networks();

  /** The records matching {@code p}, stably sorted by {@code order}: what a look-up must return. */
  private static <T> List<T> scan(List<T> records, Predicate<T> p, Comparator<T> order) {
    List<T> found = new ArrayList<>(records.stream().filter(p).toList());
    found.sort(order);
    return found;
  }

  @Test
  void should_equal_the_network_rebuilt_from_its_records_in_any_order() {
    qt(200).forAll(NETWORKS).checkAssert(n -> {
      Network.Builder b = Network.builder();
      List<Record> records = new ArrayList<>(Networks.records(n));
      java.util.Collections.reverse(records);
      for (Record r : records) {
        if (r instanceof Member x) {
          b.member(x);
        } else if (r instanceof Event x) {
          b.event(x);
        } else if (r instanceof Community x) {
          b.community(x);
        } else if (r instanceof Touchpoint x) {
          b.touchpoint(x);
        } else if (r instanceof Question x) {
          b.question(x);
        } else if (r instanceof Answer x) {
          b.answer(x);
        } else if (r instanceof Referral x) {
          b.referral(x);
        }
      }
      Network rebuilt = b.build();
      assertThat(rebuilt).isEqualTo(n).hasSameHashCodeAs(n).hasToString(n.toString());
      assertThat(n.toBuilder().build()).isEqualTo(n);
    });
  }

  @Test
  void should_find_each_members_records_as_a_scan_does() {
    qt(200).forAll(NETWORKS).checkAssert(n -> {
      for (Member member : n.members()) {
        MemberId m = member.id();
        assertThat(n.member(m)).contains(member);
        assertThat(n.touchpointsOf(m)).isEqualTo(scan(n.touchpoints(), t -> t.involves(m),
            Comparator.comparing(Touchpoint::at)));
        assertThat(n.answersBy(m)).isEqualTo(scan(n.answers(), a -> a.responder().equals(m),
            Comparator.comparing(Answer::answeredAt)));
        assertThat(n.questionsAskedBy(m)).isEqualTo(scan(n.questions(), q -> q.asker().equals(m),
            Comparator.comparing(Question::askedAt)));
        assertThat(n.referralsNaming(m)).isEqualTo(scan(n.referrals(), r -> r.names(m),
            Comparator.comparing(Referral::at)));
        assertThat(n.eventsOf(m)).isEqualTo(scan(n.events(), e -> e.participants().contains(m),
            Comparator.comparing(Event::start)));
        assertThat(n.communitiesOf(m)).isEqualTo(scan(n.communities(), c -> c.members().contains(m),
            (x, y) -> 0));
      }
    });
  }

  @Test
  void should_find_the_touchpoints_of_every_pair_as_a_scan_does() {
    qt(200).forAll(NETWORKS).checkAssert(n -> {
      for (Member a : n.members()) {
        for (Member b : n.members()) {
          if (!a.equals(b)) {
            assertThat(n.touchpointsBetween(a.id(), b.id()))
                .isEqualTo(scan(n.touchpoints(), t -> t.involves(a.id()) && t.involves(b.id()),
                    Comparator.comparing(Touchpoint::at)))
                .isEqualTo(n.touchpointsBetween(b.id(), a.id()));
          }
        }
      }
    });
  }

  @Test
  void should_find_members_by_unit_and_topic_as_a_scan_does() {
    qt(200).forAll(NETWORKS).checkAssert(n -> {
      assertThat(n.membersIn(Affiliation.none())).isEqualTo(n.members());
      for (Member member : n.members()) {
        Affiliation a = member.affiliation();
        for (int depth = 1; depth <= a.depth(); depth++) {
          Affiliation unit = a.truncate(depth);
          assertThat(n.membersIn(unit)).isEqualTo(scan(n.members(), m -> unit.contains(m.affiliation()),
              (x, y) -> 0));
        }
        for (Topic topic : member.expertise().keySet()) {
          assertThat(n.membersWithExpertise(topic)).isEqualTo(scan(n.members(),
              m -> m.expertise().containsKey(topic), (x, y) -> 0));
        }
        for (Topic topic : member.interests()) {
          assertThat(n.membersInterestedIn(topic)).isEqualTo(scan(n.members(), m -> m.interests().contains(topic),
              (x, y) -> 0));
        }
      }
    });
  }

  @Test
  void should_order_each_questions_referrals_as_chains() {
    qt(300).forAll(NETWORKS).checkAssert(n -> {
      for (Question q : n.questions()) {
        List<Referral> ordered = n.referralsOf(q.id());
        assertThat(ordered).containsExactlyInAnyOrderElementsOf(
            scan(n.referrals(), r -> r.question().equals(Optional.of(q.id())), (x, y) -> 0));
        assertThat(n.answersTo(q.id())).isEqualTo(scan(n.answers(), a -> a.question().equals(q.id()),
            Comparator.comparing(Answer::answeredAt)));
        for (int i = 0; i < ordered.size(); i++) {
          Referral r = ordered.get(i);
          Optional<Referral> parent = r.parent().flatMap(n::referral).filter(p -> p.question().equals(r.question()));
          if (parent.isPresent()) {
            // depth first: a hop comes after its parent, and everything between them descends from the parent
            int at = ordered.indexOf(parent.get());
            assertThat(at).isBetween(0, i - 1);
            for (Referral between : ordered.subList(at + 1, i)) {
              assertThat(n.referralChain(between.id())).contains(parent.get());
            }
          } else {
            // a chain's first hop comes after every hop of the chains that started no later
            for (Referral earlier : ordered.subList(0, i)) {
              assertThat(firstHop(n, earlier).at()).isBeforeOrEqualTo(r.at());
            }
          }
        }
      }
    });
  }

  /** The first hop of the chain {@code r} belongs to in {@link Network#referralsOf}: up while the question stays. */
  private static Referral firstHop(Network n, Referral r) {
    Referral hop = r;
    Optional<Referral> parent = hop.parent().flatMap(n::referral);
    while (parent.isPresent() && parent.get().question().equals(hop.question())) {
      hop = parent.get();
      parent = hop.parent().flatMap(n::referral);
    }
    return hop;
  }

  @Test
  void should_lead_each_chain_from_its_first_hop_to_the_referral() {
    qt(300).forAll(NETWORKS).checkAssert(n -> {
      for (Referral r : n.referrals()) {
        List<Referral> chain = n.referralChain(r.id());
        assertThat(chain.get(0).parent()).isEmpty();
        assertThat(chain.get(chain.size() - 1)).isEqualTo(r);
        for (int i = 1; i < chain.size(); i++) {
          assertThat(chain.get(i).parent()).contains(chain.get(i - 1).id());
          assertThat(chain.get(i).at()).isAfterOrEqualTo(chain.get(i - 1).at());
        }
      }
    });
  }

  @Test
  void should_count_online_and_offline_touchpoints_in_its_summary() {
    qt(200).forAll(NETWORKS).checkAssert(n -> {
      long online = n.touchpoints().stream().filter(t -> t.channel() == Channel.ONLINE).count();
      assertThat(n).hasToString("Network[members=" + n.members().size() + ", touchpoints=" + n.touchpoints().size()
          + " (online=" + online + ", offline=" + (n.touchpoints().size() - online) + "), events=" + n.events().size()
          + ", communities=" + n.communities().size() + ", questions=" + n.questions().size() + ", answers="
          + n.answers().size() + ", referrals=" + n.referrals().size() + "]");
    });
  }
}
