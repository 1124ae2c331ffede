package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blendnet.core.testing.Theories.qt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.blendnet.core.testing.Networks;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link NetworkStore} against {@link Network.Builder}, over generated networks: the records of one network
 * appended in a shuffled order, in batches of one to four, mixed with records of another network (most of
 * them dangling) and repeats (duplicate ids). Many appends are rejected; a rejected record is tried again
 * later, so that most end up in the store.
 */
class NetworkStorePropertiesTest {

  private static final Gen<Network> NETWORKS = Networks.networks();
  private static final Gen<Long> SEEDS = SourceDSL.longs().all();

  /** Adds a record of any type to a batch and to a builder. */
  private static void add(Record r, NetworkStore.Batch batch, Network.Builder builder) {
    if (r instanceof Member x) {
      batch.member(x);
      builder.member(x);
    } else if (r instanceof Event x) {
      batch.event(x);
      builder.event(x);
    } else if (r instanceof Community x) {
      batch.community(x);
      builder.community(x);
    } else if (r instanceof Touchpoint x) {
      batch.touchpoint(x);
      builder.touchpoint(x);
    } else if (r instanceof Question x) {
      batch.question(x);
      builder.question(x);
    } else if (r instanceof Answer x) {
      batch.answer(x);
      builder.answer(x);
    } else if (r instanceof Referral x) {
      batch.referral(x);
      builder.referral(x);
    } else {
      throw new IllegalArgumentException("not a network record: " + r);
    }
  }

  /**
   * Each append is accepted exactly when the builder accepts the snapshot's records plus the append's;
   * a rejection carries the builder's violations and leaves the very same snapshot; an acceptance gives
   * the builder's network.
   */
  @Test
  void should_accept_and_reject_exactly_as_the_builder_does() {
    AtomicInteger acceptedInAll = new AtomicInteger();
    AtomicInteger rejectedInAll = new AtomicInteger();
    qt(150).forAll(NETWORKS, NETWORKS, SEEDS).checkAssert((source, other, seed) -> {
      Random random = new Random(seed);
      Deque<Record> pending = new ArrayDeque<>(shuffled(Networks.records(source), random));
      List<Record> foreign = shuffled(Networks.records(other), random);
      NetworkStore store = NetworkStore.create();
      int accepted = 0;
      int rejected = 0;
      for (int round = 0; !pending.isEmpty() && round < 4 * (pending.size() + 10); round++) {
        List<Record> records = new ArrayList<>();
        int size = 1 + random.nextInt(4);
        for (int i = 0; i < size && !pending.isEmpty(); i++) {
          records.add(pending.poll());
        }
        if (random.nextInt(5) == 0 && !foreign.isEmpty()) {
          records.add(foreign.get(random.nextInt(foreign.size())));
        }
        Network before = store.snapshot();
        if (random.nextInt(8) == 0 && !before.members().isEmpty()) {
          records.add(before.members().get(random.nextInt(before.members().size())));
        }
        NetworkStore.Batch batch = NetworkStore.batch();
        Network.Builder builder = before.toBuilder();
        records.forEach(r -> add(r, batch, builder));

        NetworkValidationException expected = null;
        Network built = null;
        try {
          built = builder.build();
        } catch (NetworkValidationException e) {
          expected = e;
        }
        try {
          store.append(batch);
          assertThat(expected).as("the builder rejects what the store accepted").isNull();
          assertThat(store.snapshot()).isEqualTo(built);
          accepted++;
        } catch (NetworkValidationException e) {
          assertThat(expected).as("the builder accepts what the store rejected: %s", e.getMessage()).isNotNull();
          assertThat(e.violations()).isEqualTo(expected.violations());
          assertThat(store.snapshot()).isSameAs(before);
          rejected++;
          // try the source's own records again later, one at a time
          records.stream().filter(r -> Networks.records(source).contains(r)).forEach(pending::add);
        }
      }
      acceptedInAll.addAndGet(accepted);
      rejectedInAll.addAndGet(rejected);
      assertLookUpsAgree(store.snapshot());
    });
    // the property saw both outcomes, many times
    assertThat(acceptedInAll.get()).isGreaterThan(500);
    assertThat(rejectedInAll.get()).isGreaterThan(100);
  }

  /** Appending a network's records, section by section in batches, gives that network and its look-ups. */
  @Test
  void should_give_the_network_whose_records_were_appended() {
    qt(150).forAll(NETWORKS, SEEDS).checkAssert((network, seed) -> {
      Random random = new Random(seed);
      NetworkStore store = NetworkStore.create();
      List<Record> records = Networks.records(network);
      // referrals may name parents added after them: the last batch holds all referrals
      int referrals = network.referrals().size();
      int i = 0;
      while (i < records.size() - referrals) {
        int end = Math.min(records.size() - referrals, i + 1 + random.nextInt(6));
        NetworkStore.Batch batch = NetworkStore.batch();
        records.subList(i, end).forEach(r -> add(r, batch, Network.builder()));
        store.append(batch);
        i = end;
      }
      store.append(NetworkStore.batch().referrals(network.referrals()));

      Network snapshot = store.snapshot();
      assertThat(snapshot).isEqualTo(network).hasSameHashCodeAs(network).hasToString(network.toString());
      assertThat(snapshot.touchpoints()).isEqualTo(network.touchpoints());
      assertLookUpsAgree(snapshot);
      assertThat(NetworkStore.of(network).snapshot()).isEqualTo(network);
    });
  }

  /** Every indexed look-up of a store snapshot equals that of the same records built by the builder. */
  private static void assertLookUpsAgree(Network snapshot) {
    Network built = snapshot.toBuilder().build();
    assertThat(snapshot).isEqualTo(built);
    List<Member> members = snapshot.members();
    for (Member member : members) {
      MemberId m = member.id();
      assertThat(snapshot.touchpointsOf(m)).isEqualTo(built.touchpointsOf(m));
      assertThat(snapshot.answersBy(m)).isEqualTo(built.answersBy(m));
      assertThat(snapshot.questionsAskedBy(m)).isEqualTo(built.questionsAskedBy(m));
      assertThat(snapshot.referralsNaming(m)).isEqualTo(built.referralsNaming(m));
      assertThat(snapshot.eventsOf(m)).isEqualTo(built.eventsOf(m));
      assertThat(snapshot.communitiesOf(m)).isEqualTo(built.communitiesOf(m));
      assertThat(snapshot.membersIn(member.affiliation())).isEqualTo(built.membersIn(member.affiliation()));
    }
    for (int i = 0; i + 1 < members.size(); i++) {
      MemberId a = members.get(i).id();
      MemberId b = members.get(members.size() - 1 - i).id();
      if (!a.equals(b)) {
        assertThat(snapshot.touchpointsBetween(a, b)).isEqualTo(built.touchpointsBetween(a, b));
      }
    }
    for (Question q : snapshot.questions()) {
      assertThat(snapshot.answersTo(q.id())).isEqualTo(built.answersTo(q.id()));
      assertThat(snapshot.referralsOf(q.id())).isEqualTo(built.referralsOf(q.id()));
    }
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
