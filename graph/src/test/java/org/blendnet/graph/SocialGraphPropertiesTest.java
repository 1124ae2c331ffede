package org.blendnet.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.blendnet.core.Channel;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.junit.jupiter.api.Test;

/**
 * The graph of random networks against a deliberately naive aggregation (a map of member pairs, straight
 * from the tie model's definition), and structural invariants of every graph.
 */
class SocialGraphPropertiesTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** What the naive aggregation knows about one pair. */
  private static final class Pair {
    double online;
    double offline;
    boolean mutual;
    int directions; // 1 = low → high, 2 = high → low
    long firstOnline = Long.MAX_VALUE;
    long firstOffline = Long.MAX_VALUE;
  }

  private static Network randomNetwork(Random random) {
    int members = 2 + random.nextInt(15);
    List<MemberId> ids = new ArrayList<>();
    Network.Builder b = Network.builder();
    for (int i = 0; i < members; i++) {
      MemberId id = MemberId.of("m" + random.nextInt(1000) + "-" + i);
      ids.add(id);
      b.member(Member.of(id, "x"));
    }
    Medium[] media = Medium.values();
    int events = random.nextInt(3);
    for (int e = 0; e < events; e++) {
      Set<MemberId> attendees = new LinkedHashSet<>();
      int count = random.nextInt(members + 1);
      for (int i = 0; i < count; i++) {
        attendees.add(ids.get(random.nextInt(members)));
      }
      Instant start = T0.plus(Duration.ofHours(random.nextInt(1000)));
      b.event(Event.builder(EventId.of("e" + e)).medium(random.nextBoolean() ? Medium.EVENT : Medium.WEBINAR)
          .time(start, start.plus(Duration.ofHours(2))).attendees(attendees).build());
    }
    int touchpoints = random.nextInt(40);
    for (int t = 0; t < touchpoints; t++) {
      Set<MemberId> participants = new LinkedHashSet<>();
      int size = random.nextInt(10) < 7 ? 2 : 1 + random.nextInt(4);
      while (participants.size() < Math.min(size, members)) {
        participants.add(ids.get(random.nextInt(members)));
      }
      Touchpoint.Builder tb = Touchpoint.builder(TouchpointId.of("t" + t))
          .at(T0.plus(Duration.ofHours(random.nextInt(1000))))
          .medium(media[random.nextInt(media.length)])
          .participants(participants)
          .weight(0.25 + random.nextInt(8) * 0.25);
      if (events > 0 && (participants.size() < 2 || random.nextInt(4) == 0)) {
        tb.event(EventId.of("e" + random.nextInt(events)));
      } else if (participants.size() < 2) {
        continue;
      }
      if (participants.size() >= 2 && random.nextInt(3) == 0) {
        tb.initiatedBy(new ArrayList<>(participants).get(random.nextInt(participants.size())));
      }
      b.touchpoint(tb.build());
    }
    return b.build();
  }

  private static long micros(Instant t) {
    return t.getEpochSecond() * 1_000_000 + t.getNano() / 1000;
  }

  /** The ties of a network, aggregated naively, keyed by "low|high" member ids. */
  private static Map<String, Pair> naive(Network network, TieModel model) {
    Map<String, Pair> pairs = new HashMap<>();
    for (Touchpoint t : network.touchpoints()) {
      List<MemberId> p = t.participants();
      if (p.size() < 2) {
        continue;
      }
      double w = (float) (t.weight() * model.channelWeight(t.channel()) * model.mediumWeight(t.medium())
          / (model.dampsGroupTouchpoints() ? p.size() - 1 : 1));
      for (int i = 0; i < p.size(); i++) {
        for (int j = i + 1; j < p.size(); j++) {
          MemberId a = p.get(i);
          MemberId b = p.get(j);
          MemberId low = a.compareTo(b) < 0 ? a : b;
          int direction = t.initiator().map(s -> s.equals(a) || s.equals(b) ? (s.equals(low) ? 1 : 2) : 0).orElse(0);
          add(pairs, a, b, w, t.channel(), direction, micros(t.at()));
        }
      }
    }
    for (Event e : network.events()) {
      Set<MemberId> all = new TreeSet<>(e.participants());
      for (Touchpoint t : network.touchpoints()) {
        if (t.event().equals(java.util.Optional.of(e.id()))) {
          all.addAll(t.participants());
        }
      }
      List<MemberId> list = new ArrayList<>(all);
      int n = list.size();
      if (n < 2 || n > model.maxCoAttendanceEventSize()) {
        continue;
      }
      double w = (float) (model.coAttendanceWeight() * model.channelWeight(e.channel())
          * model.mediumWeight(e.medium()) / (n - 1));
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          add(pairs, list.get(i), list.get(j), w, e.channel(), 0, micros(e.start()));
        }
      }
    }
    return pairs;
  }

  private static void add(Map<String, Pair> pairs, MemberId a, MemberId b, double w, Channel channel, int direction,
      long time) {
    if (!(w > 0)) {
      return;
    }
    String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    Pair pair = pairs.computeIfAbsent(key, k -> new Pair());
    if (channel == Channel.ONLINE) {
      pair.online += w;
      pair.firstOnline = Math.min(pair.firstOnline, time);
    } else {
      pair.offline += w;
      pair.firstOffline = Math.min(pair.firstOffline, time);
    }
    pair.mutual |= direction == 0;
    pair.directions |= direction;
  }

  @Test
  void should_aggregate_touchpoints_and_events_as_a_naive_pair_map_does() {
    qt().withExamples(300).forAll(longs().all(), booleans().all(), booleans().all())
        .checkAssert((seed, oneWay, damp) -> {
          Random random = new Random(seed);
          Network network = randomNetwork(random);
          TieModel model = TieModel.builder().countOneWayContact(oneWay).dampGroupTouchpoints(damp)
              .mediumWeight(Medium.CHAT, 2).maxCoAttendanceEventSize(6).build();
          SocialGraph g = SocialGraph.of(network, model);
          Map<String, Pair> expected = naive(network, model);

          int ties = 0;
          for (Map.Entry<String, Pair> entry : expected.entrySet()) {
            Pair pair = entry.getValue();
            boolean tie = pair.mutual || pair.directions == 3 || oneWay;
            String[] ends = entry.getKey().split("\\|");
            MemberId a = MemberId.of(ends[0]);
            MemberId b = MemberId.of(ends[1]);
            int e = g.edge(g.node(a), g.node(b));
            if (!tie) {
              assertThat(e).as("one-way pair %s", entry.getKey()).isEqualTo(-1);
              continue;
            }
            ties++;
            assertThat(e).as("tie %s", entry.getKey()).isNotNegative();
            assertThat(g.onlineWeight(e)).isCloseTo(pair.online, within(1e-5 * (1 + pair.online)));
            assertThat(g.offlineWeight(e)).isCloseTo(pair.offline, within(1e-5 * (1 + pair.offline)));
            assertThat(g.isBlended(e)).isEqualTo(pair.online > 0 && pair.offline > 0);
            if (g.isBlended(e)) {
              assertThat(g.firstChannel(e))
                  .isEqualTo(pair.firstOnline < pair.firstOffline ? Channel.ONLINE : Channel.OFFLINE);
            }
          }
          assertThat(g.tieCount()).isEqualTo(ties);
          assertThat(g.nodeCount()).isEqualTo(network.members().size());
          assertSymmetricAndSorted(g);
        });
  }

  @Test
  void should_read_an_edge_list_as_the_same_graph_as_its_arrays() {
    qt().withExamples(200).forAll(integers().between(1, 40), integers().between(0, 120), longs().all())
        .checkAssert((n, m, seed) -> {
          Random random = new Random(seed);
          int[] u = new int[m];
          int[] v = new int[m];
          double[] w = new double[m];
          StringBuilder text = new StringBuilder("# random\n");
          int count = 0;
          for (int i = 0; i < m; i++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a == b) {
              continue;
            }
            u[count] = a;
            v[count] = b;
            w[count] = 1 + random.nextInt(4) * 0.5;
            text.append(a).append(random.nextBoolean() ? " " : "\t").append(b).append(' ').append(w[count])
                .append('\n');
            count++;
          }
          SocialGraph fromArrays = SocialGraph.fromEdges(n, java.util.Arrays.copyOf(u, count),
              java.util.Arrays.copyOf(v, count), java.util.Arrays.copyOf(w, count));
          SocialGraph fromText = SocialGraph.fromEdgeList(
              new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), "random");
          assertSymmetricAndSorted(fromArrays);
          assertSymmetricAndSorted(fromText);
          double total = 0;
          for (int i = 0; i < count; i++) {
            total += w[i];
          }
          assertThat(fromArrays.totalWeight()).isCloseTo(total, within(1e-9));
          assertThat(fromText.totalWeight()).isCloseTo(total, within(1e-9));
          for (int x = 0; x < fromText.nodeCount(); x++) {
            int a = fromArrays.node(fromText.member(x));
            assertThat(fromText.degree(x)).isEqualTo(fromArrays.degree(a));
            assertThat(fromText.strength(x)).isCloseTo(fromArrays.strength(a), within(1e-9));
          }
        });
  }

  /** Every tie appears from both ends with the same weights; neighbours ascend; degrees add up. */
  private static void assertSymmetricAndSorted(SocialGraph g) {
    long halfEdges = 0;
    for (int u = 0; u < g.nodeCount(); u++) {
      double strength = 0;
      for (int e = g.edgeStart(u); e < g.edgeEnd(u); e++) {
        int v = g.target(e);
        assertThat(v).isNotEqualTo(u);
        if (e > g.edgeStart(u)) {
          assertThat(v).isGreaterThan(g.target(e - 1));
        }
        int back = g.edge(v, u);
        assertThat(back).isNotNegative();
        assertThat(g.weight(back)).isEqualTo(g.weight(e));
        assertThat(g.weight(e)).isPositive();
        if (g.hasChannels()) {
          assertThat(g.onlineWeight(back)).isEqualTo(g.onlineWeight(e));
          assertThat(g.firstChannel(back)).isEqualTo(g.firstChannel(e));
        }
        strength += g.weight(e);
        halfEdges++;
      }
      assertThat(g.strength(u)).isCloseTo(strength, within(1e-9));
    }
    assertThat(halfEdges).isEqualTo(2L * g.tieCount());
  }
}
