package org.blendnet.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.core.io.NetworkJson;
import org.blendnet.graph.brokerage.Betweenness;
import org.blendnet.graph.brokerage.BetweennessOptions;
import org.blendnet.graph.brokerage.BetweennessScores;
import org.blendnet.graph.community.Leiden;
import org.blendnet.graph.community.Partition;
import org.blendnet.graph.path.ReferralPath;
import org.blendnet.graph.path.ReferralPaths;
import org.blendnet.graph.silo.SiloDetector;
import org.blendnet.graph.silo.SiloReport;
import org.blendnet.graph.structure.Bridges;
import org.blendnet.graph.structure.Components;
import org.blendnet.graph.structure.CoreDecomposition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * No recursion whose depth grows with the input: a path of 1,000,000 members (999,999 touchpoints, each
 * a bridge) and a chain of 1,000,000 referrals, each forwarding one question to the next member, go
 * through every graph algorithm, the JSON writer and reader, the network's validation and
 * {@link Network#referralChain} on a thread with the JVM's default stack size ({@code -Xss}, 1 MiB on
 * 64-bit Linux unless set). A recursive depth-first search would overflow it after some thousands of
 * frames; each test asserts values only a complete, correct run gives.
 */
@Tag("scale")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleTest {

  private static final int N = 1_000_000;
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private Network network;
  private SocialGraph graph;

  private static MemberId member(int i) {
    return MemberId.of("m" + i);
  }

  @BeforeAll
  void build() {
    onDefaultStack(() -> {
      Network.Builder b = Network.builder();
      for (int i = 0; i < N; i++) {
        // units of 1,000 consecutive members: each unit is a stretch of the path
        b.member(Member.builder(member(i)).name("Member " + i)
            .affiliation(Affiliation.of("Acme", "unit" + i / 1_000)).build());
      }
      for (int i = 0; i + 1 < N; i++) {
        b.touchpoint(Touchpoint.between(TouchpointId.of("t" + i), T0.plusSeconds(i), Medium.CHAT, member(i),
            member(i + 1)));
      }
      QuestionId q = QuestionId.of("q");
      b.question(Question.of(q, member(0), "Who knows?", java.util.Set.of(Topic.of("scale")), T0));
      for (int i = 0; i + 1 < N; i++) {
        Referral r = Referral.forward(ReferralId.of("r" + i), q, member(i), member(0), member(i + 1),
            T0.plusSeconds(i + 1));
        b.referral(i == 0 ? r : r.withParent(ReferralId.of("r" + (i - 1))));
      }
      network = b.build();
      graph = SocialGraph.of(network);
      return null;
    });
  }

  @Test
  void should_build_the_path_graph() {
    assertThat(graph.nodeCount()).isEqualTo(N);
    assertThat(graph.tieCount()).isEqualTo(N - 1);
  }

  @Test
  void should_follow_a_million_long_referral_chain_to_its_root() {
    List<Referral> chain = onDefaultStack(() -> network.referralChain(ReferralId.of("r" + (N - 2))));

    assertThat(chain).hasSize(N - 1);
    assertThat(chain.get(0).id()).isEqualTo(ReferralId.of("r0"));
    assertThat(chain.get(N - 2).to()).isEqualTo(member(N - 1));
  }

  @Test
  void should_write_and_read_the_network_as_json() {
    Network back = onDefaultStack(() -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 28);
      NetworkJson.write(network, out);
      return NetworkJson.read(new ByteArrayInputStream(out.toByteArray()));
    });

    assertThat(back.members()).hasSize(N);
    assertThat(back.referrals()).hasSize(N - 1);
    assertThat(back).isEqualTo(network);
  }

  @Test
  void should_find_one_component_and_every_tie_a_bridge() {
    Components components = onDefaultStack(() -> Components.of(graph));
    Bridges bridges = onDefaultStack(() -> Bridges.of(graph));

    assertThat(components.count()).isEqualTo(1);
    assertThat(components.largest()).hasSize(N);
    assertThat(bridges.count()).isEqualTo(N - 1);
  }

  @Test
  void should_give_every_member_core_number_one() {
    CoreDecomposition cores = onDefaultStack(() -> CoreDecomposition.of(graph));

    assertThat(cores.degeneracy()).isEqualTo(1);
    assertThat(cores.coreMembers(1)).hasSize(N);
  }

  @Test
  void should_split_the_path_into_communities_of_consecutive_members() {
    Partition partition = onDefaultStack(() -> Leiden.withDefaults().detect(graph));

    assertThat(partition.nodeCount()).isEqualTo(N);
    // a path's optimal communities are stretches of about sqrt(2m) members; each community is one
    // stretch: its members are consecutive on the path
    assertThat(partition.communityCount()).isBetween(100, 10_000);
    int changes = 0;
    for (int i = 0; i + 1 < N; i++) {
      if (partition.communityOf(member(i)) != partition.communityOf(member(i + 1))) {
        changes++;
      }
    }
    assertThat(changes).isEqualTo(partition.communityCount() - 1);
  }

  @Test
  void should_give_sampled_betweenness_highest_in_the_middle() {
    BetweennessScores scores = onDefaultStack(() -> Betweenness.withOptions(BetweennessOptions.sampled(4, 7))
        .compute(graph));

    // the ends of a path lie on no shortest path between others
    assertThat(scores.raw(member(0))).isZero();
    assertThat(scores.raw(member(N / 2))).isGreaterThan(scores.raw(member(N / 100)));
  }

  @Test
  void should_find_referral_paths_near_and_none_beyond_the_hop_limit() {
    ReferralPaths paths = ReferralPaths.on(graph);

    List<ReferralPath> near = onDefaultStack(() -> paths.find(member(N / 2), member(N / 2 + 3)));
    List<ReferralPath> far = onDefaultStack(() -> paths.find(member(0), member(N - 1)));

    assertThat(near).isNotEmpty();
    assertThat(near.get(0).hops()).isEqualTo(3);
    assertThat(far).isEmpty();
  }

  @Test
  void should_find_a_thousand_units_each_tied_only_to_its_neighbours() {
    SiloReport report = onDefaultStack(() -> SiloDetector.withDefaults().units(graph));

    assertThat(report.memberCount()).isEqualTo(N);
    assertThat(report.groups()).hasSize(N / 1_000);
  }

  /** Runs {@code work} on a new thread with the default stack size; rethrows what it throws. */
  static <T> T onDefaultStack(java.util.concurrent.Callable<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        result.set(work.call());
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "default-stack");
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Throwable e = failure.get();
    if (e instanceof Error error) {
      throw error;
    }
    if (e != null) {
      throw new IllegalStateException(e);
    }
    return result.get();
  }
}
