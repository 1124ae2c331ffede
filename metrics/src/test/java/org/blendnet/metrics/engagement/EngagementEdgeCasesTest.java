package org.blendnet.metrics.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blendnet.metrics.Fixtures.answer;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.m;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.blendnet.core.Community;
import org.blendnet.core.CommunityId;
import org.blendnet.core.CommunityKind;
import org.blendnet.core.Medium;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.QuestionStatus;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.metrics.Fixtures;
import org.blendnet.metrics.TimeWindows;
import org.junit.jupiter.api.Test;

/**
 * Edge cases of {@link Engagement}: more than 32 periods (the activity bits then spill into a second word per
 * member) and what counts as an act in a community's engagement.
 */
class EngagementEdgeCasesTest {

  private static final CommunityId LG = CommunityId.of("lg");

  private static Touchpoint chat(String id, int day, Optional<CommunityId> community, String x, String y) {
    Touchpoint.Builder b = Touchpoint.builder(TouchpointId.of(id)).at(day(day).plusSeconds(60)).medium(Medium.CHAT)
        .between(m(x), m(y));
    community.ifPresent(b::community);
    return b.build();
  }

  private static Question question(String id, String asker, int day, Optional<CommunityId> community) {
    return new Question(QuestionId.of(id), m(asker), "What about " + id + "?", Set.of(), day(day).plusSeconds(60),
        Medium.FORUM_POST, community, QuestionStatus.OPEN);
  }

  @Test
  void should_track_activity_in_every_one_of_seventy_periods() {
    int[] days = {0, 31, 32, 33, 63, 64, 69};
    Network.Builder b = Fixtures.members("a", "b", "c");
    for (int d : days) {
      b.touchpoint(chat("t" + d, d, Optional.empty(), "a", "b"));
    }
    b.question(question("q", "c", 40, Optional.empty()));
    Engagement e = Engagement.of(b.build(), TimeWindows.of(day(0), Duration.ofDays(1), 70));
    assertThat(e.acts(m("a"))).isEqualTo(7);
    assertThat(e.acts(m("b"))).isEqualTo(7);
    assertThat(e.acts(m("c"))).isEqualTo(1);
    for (int k = 0; k < 70; k++) {
      int period = k;
      boolean chatted = java.util.Arrays.stream(days).anyMatch(d -> d == period);
      assertThat(e.isActive(m("a"), k)).as("a in period %d", k).isEqualTo(chatted);
      assertThat(e.isActive(m("b"), k)).as("b in period %d", k).isEqualTo(chatted);
      assertThat(e.isActive(m("c"), k)).as("c in period %d", k).isEqualTo(k == 40);
    }
    assertThat(e.activeMembers()).isEqualTo(3);
    assertThat(e.byPeriod().get(32).active()).isEqualTo(2);
    assertThat(e.byPeriod().get(40).active()).isEqualTo(1);
    assertThat(e.byPeriod().get(41).active()).isZero();
  }

  /**
   * Community lg holds a and b. In lg: a–b chat (day 1), a's question ql (day 1), b's answer to it (day 2).
   * Outside: a–b chat (day 3), a's question qo (day 3), b's answer to it (day 4), and c's chat with a (day 5).
   * Only what happens in lg counts: a acts twice (chat, question), b twice (chat, answer).
   */
  @Test
  void should_count_only_acts_in_the_community_and_answers_to_its_questions() {
    Network n = Fixtures.members("a", "b", "c")
        .community(Community.of(LG, "Learning group", CommunityKind.LEARNING_GROUP, Set.of(m("a"), m("b"))))
        .touchpoint(chat("in", 1, Optional.of(LG), "a", "b")).touchpoint(chat("out", 3, Optional.empty(), "a", "b"))
        .touchpoint(chat("c", 5, Optional.empty(), "a", "c"))
        .question(question("ql", "a", 1, Optional.of(LG))).question(question("qo", "a", 3, Optional.empty()))
        .answer(answer("al", "ql", "b", day(2).plusSeconds(60))).answer(answer("ao", "qo", "b", day(4).plusSeconds(60)))
        .build();
    TimeWindows days = TimeWindows.of(day(0), Duration.ofDays(1), 7);
    Engagement lg = Engagement.of(n, days, LG);
    assertThat(lg.population()).isEqualTo(2);
    assertThat(lg.acts(m("a"))).isEqualTo(2);
    assertThat(lg.acts(m("b"))).isEqualTo(2);
    assertThat(lg.isActive(m("a"), 1)).isTrue();
    assertThat(lg.isActive(m("a"), 3)).isFalse();
    assertThat(lg.isActive(m("b"), 2)).isTrue();
    assertThat(lg.isActive(m("b"), 4)).isFalse();
    assertThat(lg.toString()).startsWith("Engagement[community=lg, population=2, active=2 (1.000), periods=");
    // the whole network: every act counts
    Engagement all = Engagement.of(n, days);
    assertThat(all.population()).isEqualTo(3);
    assertThat(all.acts(m("a"))).isEqualTo(5);
    assertThat(all.acts(m("b"))).isEqualTo(4);
    assertThat(all.acts(m("c"))).isEqualTo(1);
    assertThat(all.toString()).startsWith("Engagement[population=3, active=3 (1.000), periods=");
  }
}
