package org.blendnet.graph.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.blendnet.core.Consent;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.graph.SocialGraph;
import org.junit.jupiter.api.Test;

/** Invariants of referral chains on random small networks with random consent, against brute force. */
class ReferralPathsPropertiesTest {

  private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

  /** A random network of n members "m0".."m{n-1}": ties with weights 1..5, each member's consent random. */
  private static Network randomNetwork(int n, int percent, long seed) {
    Random random = new Random(seed);
    Network.Builder b = Network.builder();
    for (int i = 0; i < n; i++) {
      Consent c = new Consent(random.nextInt(5) > 0, false, random.nextInt(5) > 0);
      b.member(Member.builder(MemberId.of("m" + i)).consent(c).build());
    }
    int t = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (random.nextInt(100) < percent) {
          b.touchpoint(Touchpoint.builder(TouchpointId.of("t" + t++)).at(T).medium(Medium.FACE_TO_FACE)
              .between(MemberId.of("m" + i), MemberId.of("m" + j)).weight(1 + random.nextInt(5)).build());
        }
      }
    }
    return b.build();
  }

  private static Consent consent(Network network, SocialGraph g, int v) {
    return network.member(g.member(v)).orElseThrow().consent();
  }

  /** Every loopless chain from s to t within maxHops that consent allows, with its strength. */
  private static List<double[]> bruteForce(SocialGraph g, Network network, int s, int t, int maxHops,
      ReferralPaths paths) {
    List<double[]> out = new ArrayList<>();
    if (!consent(network, g, t).contactable()) {
      return out;
    }
    int[] stack = new int[g.nodeCount() + 1];
    boolean[] on = new boolean[g.nodeCount()];
    stack[0] = s;
    on[s] = true;
    extend(g, network, stack, 1, on, t, maxHops, 1.0, paths, out);
    return out;
  }

  private static void extend(SocialGraph g, Network network, int[] stack, int len, boolean[] on, int t, int maxHops,
      double strength, ReferralPaths paths, List<double[]> out) {
    int v = stack[len - 1];
    if (v == t) {
      out.add(new double[] {strength, len - 1});
      return;
    }
    if (len - 1 == maxHops || len > 1 && !(consent(network, g, v).recommendable() && consent(network, g, v).contactable())) {
      return;
    }
    for (int e = g.edgeStart(v); e < g.edgeEnd(v); e++) {
      int w = g.target(e);
      if (!on[w]) {
        on[w] = true;
        stack[len] = w;
        extend(g, network, stack, len + 1, on, t, maxHops, strength * paths.hopStrength(v, e), paths, out);
        on[w] = false;
      }
    }
  }

  @Test
  void should_find_the_k_strongest_consenting_loopless_chains_within_the_hop_limit() {
    qt().withExamples(300).forAll(integers().between(2, 9), integers().between(10, 70), integers().between(1, 5),
        longs().all()).checkAssert((n, percent, k, seed) -> {
          Network network = randomNetwork(n, percent, seed);
          SocialGraph g = SocialGraph.of(network);
          Random random = new Random(seed ^ 0x9E3779B97F4A7C15L);
          int maxHops = 1 + random.nextInt(5);
          TieNormalization norm = random.nextBoolean() ? TieNormalization.BY_STRENGTHS : TieNormalization.BY_STRONGEST_TIE;
          ReferralPaths paths = ReferralPaths.on(g, new ReferralOptions(k, maxHops, norm));
          int s = random.nextInt(n);
          int t = (s + 1 + random.nextInt(n - 1)) % n;
          List<ReferralPath> found = paths.find(g.member(s), g.member(t));
          List<double[]> all = bruteForce(g, network, s, t, maxHops, paths);
          all.sort((a, b) -> Double.compare(b[0], a[0]));
          assertThat(found).hasSize(Math.min(k, all.size()));
          HashSet<List<MemberId>> distinct = new HashSet<>();
          for (int i = 0; i < found.size(); i++) {
            ReferralPath p = found.get(i);
            // the i-th chain is as strong as the i-th strongest of all chains
            assertThat(p.strength()).isCloseTo(all.get(i)[0], within(1e-12 * Math.max(1, all.get(i)[0])));
            assertThat(distinct.add(p.members())).isTrue();
            int[] nodes = p.nodes();
            assertThat(nodes[0]).isEqualTo(s);
            assertThat(nodes[nodes.length - 1]).isEqualTo(t);
            assertThat(p.hops()).isBetween(1, maxHops);
            assertThat(p.members()).doesNotHaveDuplicates();
            double product = 1;
            for (int h = 0; h < p.hops(); h++) {
              int e = g.edge(nodes[h], nodes[h + 1]);
              assertThat(e).as("tie %d-%d", nodes[h], nodes[h + 1]).isGreaterThanOrEqualTo(0);
              assertThat(p.tieWeights().get(h)).isEqualTo(g.weight(e));
              assertThat(p.hopStrengths().get(h)).isEqualTo(paths.hopStrength(nodes[h], e)).isBetween(0.0, 1.0);
              product *= p.hopStrengths().get(h);
              if (h > 0) {
                Consent c = consent(network, g, nodes[h]);
                assertThat(c.recommendable() && c.contactable()).as("consent of intermediary %d", nodes[h]).isTrue();
              }
            }
            assertThat(p.strength()).isEqualTo(product);
            assertThat(consent(network, g, t).contactable()).isTrue();
            if (i > 0) {
              assertThat(p.strength()).isLessThanOrEqualTo(found.get(i - 1).strength() * (1 + 1e-12));
            }
          }
        });
  }

  @Test
  void should_find_chains_as_strong_from_either_end() {
    qt().withExamples(200).forAll(integers().between(2, 10), integers().between(10, 70), longs().all())
        .checkAssert((n, percent, seed) -> {
          Network network = randomNetwork(n, percent, seed);
          SocialGraph g = SocialGraph.of(network);
          Random random = new Random(seed);
          int s = random.nextInt(n);
          int t = (s + 1 + random.nextInt(n - 1)) % n;
          if (!consent(network, g, s).contactable() || !consent(network, g, t).contactable()) {
            return; // consent of the ends is not symmetric
          }
          ReferralOptions options = ReferralOptions.defaults().withMaxHops(1 + random.nextInt(5));
          ReferralPaths paths = ReferralPaths.on(g, options);
          var there = paths.best(g.member(s), g.member(t));
          var back = paths.best(g.member(t), g.member(s));
          assertThat(there.isPresent()).isEqualTo(back.isPresent());
          if (there.isPresent()) {
            assertThat(back.get().strength()).isCloseTo(there.get().strength(), within(1e-12));
          }
        });
  }
}
