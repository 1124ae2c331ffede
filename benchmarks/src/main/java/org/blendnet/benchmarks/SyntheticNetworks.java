package org.blendnet.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.blendnet.core.Affiliation;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;

/**
 * Seeded synthetic networks for benchmarks: members spread over organisations and units with a few topics
 * each, and touchpoints between random pairs over all media across a year, a third of them directed and
 * a fifth with a topic. Same arguments, same network.
 */
public final class SyntheticNetworks {

  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
  private static final long YEAR_SECONDS = 365L * 24 * 3600;

  private SyntheticNetworks() {}

  /** A network with {@code touchpoints} touchpoints among {@code touchpoints / 10} members (at least 2). */
  public static Network withTouchpoints(int touchpoints, long seed) {
    int members = Math.max(2, touchpoints / 10);
    SplittableRandom random = new SplittableRandom(seed);
    List<Topic> topics = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      topics.add(Topic.of("topic " + i));
    }
    Medium[] media = Medium.values();
    Network.Builder network = Network.builder();
    MemberId[] ids = new MemberId[members];
    for (int i = 0; i < members; i++) {
      ids[i] = MemberId.of("m" + i);
      Member.Builder m = Member.builder(ids[i]).name("Member " + i)
          .affiliation(Affiliation.of("org" + random.nextInt(5), "unit" + random.nextInt(20)));
      for (int k = random.nextInt(4); k > 0; k--) {
        m.expertise(topics.get(random.nextInt(topics.size())), ExpertiseLevel.values()[random.nextInt(4)]);
      }
      for (int k = random.nextInt(3); k > 0; k--) {
        m.interest(topics.get(random.nextInt(topics.size())));
      }
      network.member(m.build());
    }
    List<Touchpoint> list = new ArrayList<>(touchpoints);
    for (int i = 0; i < touchpoints; i++) {
      int a = random.nextInt(members);
      int b = random.nextInt(members - 1);
      if (b >= a) {
        b++;
      }
      boolean directed = random.nextInt(3) == 0;
      Set<Topic> topic = random.nextInt(5) == 0 ? Set.of(topics.get(random.nextInt(topics.size()))) : Set.of();
      list.add(new Touchpoint(TouchpointId.of("t" + i), START.plusSeconds(random.nextLong(YEAR_SECONDS)),
          media[random.nextInt(media.length)], List.of(ids[a], ids[b]),
          directed ? Optional.of(ids[a]) : Optional.empty(), Optional.empty(), Optional.empty(), topic,
          1.0));
    }
    return network.touchpoints(list).build();
  }
}
