package org.blendnet.core.match.groups;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Consent;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;

/** Members, events and generated populations for the group and seating tests. */
final class GroupFixtures {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final Affiliation SALES = Affiliation.of("Acme", "Sales");
  static final Affiliation FINANCE = Affiliation.of("Acme", "Finance");
  static final Topic NEGOTIATION = Topic.of("negotiation");
  static final Topic PRICING = Topic.of("pricing");
  static final Topic GARDENING = Topic.of("gardening");
  static final Topic KNITTING = Topic.of("knitting");

  private GroupFixtures() {}

  static MemberId id(String value) {
    return MemberId.of(value);
  }

  static Member member(String id, Affiliation unit, Topic... interests) {
    Member.Builder b = Member.builder(id(id)).affiliation(unit);
    for (Topic t : interests) {
      b.interest(t);
    }
    return b.build();
  }

  /**
   * A generated population: {@code n} members in up to {@code units} units (some with no affiliation),
   * each with one to three interests and up to two expertise topics from a vocabulary of {@code topics},
   * a tenth declining to be recommended; same arguments, same network.
   */
  static List<Member> population(int n, int units, int topics, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Member> members = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int unit = random.nextInt(units + 1);
      Member.Builder b = Member.builder(MemberId.of("m" + i))
          .affiliation(unit == units ? Affiliation.none() : Affiliation.of("Org", "unit" + unit));
      int interests = 1 + random.nextInt(3);
      for (int k = 0; k < interests; k++) {
        b.interest(Topic.of("t" + random.nextInt(topics)));
      }
      int expertise = random.nextInt(3);
      for (int k = 0; k < expertise; k++) {
        b.expertise(Topic.of("t" + random.nextInt(topics)), ExpertiseLevel.values()[random.nextInt(4)]);
      }
      if (random.nextInt(10) == 0) {
        b.consent(Consent.defaults().withRecommendable(false));
      }
      members.add(b.build());
    }
    return members;
  }

  /**
   * A network of {@link #population} with a face-to-face event "e" that all of them attend (the first one
   * hosting), and {@code touchpoints} random pair touchpoints before it, online or face to face.
   */
  static Network withEvent(List<Member> members, int touchpoints, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
    Network.Builder b = Network.builder().members(members);
    List<MemberId> ids = new ArrayList<>();
    for (Member m : members) {
      ids.add(m.id());
    }
    int n = members.size();
    for (int t = 0; t < touchpoints && n >= 2; t++) {
      int x = random.nextInt(n);
      int y = random.nextInt(n - 1);
      if (y >= x) {
        y++;
      }
      Medium medium = random.nextBoolean() ? Medium.CHAT : Medium.MEETING;
      b.touchpoint(Touchpoint.between(TouchpointId.of("tp" + t), T0.minusSeconds(3600L * (1 + random.nextInt(500))),
          medium, ids.get(x), ids.get(y)));
    }
    Event.Builder e = Event.builder(EventId.of("e")).title("Summit").medium(Medium.EVENT)
        .time(T0, T0.plusSeconds(8 * 3600)).topic(Topic.of("t0")).topic(Topic.of("t1"));
    if (!ids.isEmpty()) {
      e.host(ids.get(0)).attendees(ids.subList(1, n));
    }
    return b.event(e.build()).build();
  }
}
