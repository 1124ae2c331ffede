package org.blendnet.graph.silo;

import java.time.Duration;
import java.time.Instant;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;

/** Small networks for silo tests: members with affiliations, met face to face (weight 1) or chatting online (0.5). */
final class SiloFixtures {

  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private final Network.Builder network = Network.builder();
  private int touchpoints;
  private Instant at = T0;

  /** A member of {@code Acme / unit}. */
  SiloFixtures member(String id, String unit) {
    network.member(Member.builder(MemberId.of(id)).name("Name of " + id)
        .affiliation(Affiliation.of("Acme", unit)).build());
    return this;
  }

  /** Members of {@code Acme / unit}. */
  SiloFixtures members(String unit, String... ids) {
    for (String id : ids) {
      member(id, unit);
    }
    return this;
  }

  /** Later touchpoints happen {@code days} after the start. */
  SiloFixtures onDay(long days) {
    at = T0.plus(Duration.ofDays(days));
    return this;
  }

  /** A face-to-face meeting: a tie of weight 1 on the offline layer under the default tie model. */
  SiloFixtures meet(String a, String b) {
    return touch(Medium.MEETING, a, b);
  }

  /** A chat: a tie of weight 0.5 on the online layer under the default tie model. */
  SiloFixtures chat(String a, String b) {
    return touch(Medium.CHAT, a, b);
  }

  /** Face-to-face meetings along a ring. */
  SiloFixtures meetRing(String... ids) {
    for (int i = 0; i < ids.length; i++) {
      meet(ids[i], ids[(i + 1) % ids.length]);
    }
    return this;
  }

  /** Chats along a ring. */
  SiloFixtures chatRing(String... ids) {
    for (int i = 0; i < ids.length; i++) {
      chat(ids[i], ids[(i + 1) % ids.length]);
    }
    return this;
  }

  private SiloFixtures touch(Medium medium, String a, String b) {
    network.touchpoint(Touchpoint.builder(TouchpointId.of("t" + touchpoints++)).at(at).medium(medium)
        .between(MemberId.of(a), MemberId.of(b)).build());
    return this;
  }

  Network build() {
    return network.build();
  }

  static Affiliation unit(String name) {
    return Affiliation.of("Acme", name);
  }
}
