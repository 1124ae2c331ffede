package org.blendnet.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blendnet.core.testing.Theories.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.blendnet.core.Channel;
import org.blendnet.core.Consent;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Topic;
import org.blendnet.core.testing.Networks;
import org.junit.jupiter.api.Test;

/**
 * The members' cards: each must give back the member's consent, channel, time zone, capacity, expertise
 * (topic and level, in topic order) and interests — those with at most {@value TopicIndex#INLINE} topic
 * entries in the card itself, the others through the overflow area.
 */
class TopicIndexTest {

  /** Checks every member's card against the member. */
  private static void check(Network network) {
    MemberTable table = new MemberTable(network.members());
    TopicIndex index = new TopicIndex(table);
    Map<Integer, String> names = new HashMap<>();
    for (Member m : network.members()) {
      for (Topic t : m.expertise().keySet()) {
        names.put(index.id(t), t.name());
      }
      for (Topic t : m.interests()) {
        names.put(index.id(t), t.name());
      }
    }
    int[] cards = index.cards();
    for (int c = 0; c < table.size(); c++) {
      Member m = table.member(c);
      assertThat(index.capacity(c)).as("capacity of %s", m.id()).isEqualTo(m.capacity());
      assertThat(index.consents(c, MemberTable.RECOMMENDABLE)).isEqualTo(m.consent().recommendable());
      assertThat(index.consents(c, MemberTable.CONTACTABLE)).isEqualTo(m.consent().contactable());
      assertThat(index.channel(c)).isEqualTo(MemberTable.channelCode(m.preferredChannels()));
      assertThat(table.zones()[index.zone(c)]).isEqualTo(m.timeZone());
      assertThat(index.expertiseCount(c)).isEqualTo(m.expertise().size());
      assertThat(index.interestCount(c)).isEqualTo(m.interests().size());
      List<String> expertise = new ArrayList<>();
      int at = index.entries(c);
      for (int k = 0; k < index.expertiseCount(c); k++) {
        int entry = cards[at++];
        expertise.add(names.get(entry >>> 2) + "=" + ExpertiseLevel.values()[entry & 3]);
      }
      List<String> expected = new ArrayList<>();
      m.expertise().forEach((t, level) -> expected.add(t.name() + "=" + level));
      assertThat(expertise).as("expertise of %s", m.id()).isEqualTo(expected);
      List<String> interests = new ArrayList<>();
      for (int k = 0; k < index.interestCount(c); k++) {
        interests.add(names.get(cards[at++]));
      }
      assertThat(interests).as("interests of %s", m.id())
          .isEqualTo(m.interests().stream().map(Topic::name).toList());
    }
  }

  @Test
  void should_hold_short_profiles_in_the_card_and_long_ones_in_the_overflow_area() {
    Member.Builder many = Member.builder(MemberId.of("many")).prefers(Channel.ONLINE).capacity(7)
        .consent(Consent.defaults().withContactable(true));
    for (int t = 0; t < 8; t++) {
      many.expertise(Topic.of("topic " + t), ExpertiseLevel.values()[t % 4]);
    }
    for (int t = 5; t < 10; t++) {
      many.interest(Topic.of("topic " + t));
    }
    Member five = Member.builder(MemberId.of("five")).expertise(Topic.of("topic 1"), ExpertiseLevel.EXPERT)
        .expertise(Topic.of("topic 2"), ExpertiseLevel.BEGINNER).interest(Topic.of("topic 3"))
        .interest(Topic.of("topic 4")).interest(Topic.of("topic 9")).capacity(0).build();
    Member six = five.toBuilder().interest(Topic.of("topic 0")).build();
    Member none = Member.builder(MemberId.of("none")).prefers(Channel.OFFLINE).build();
    Network network = Network.builder().member(five).member(many.build())
        .member(Member.builder(MemberId.of("six")).expertise(six.expertise()).interests(six.interests()).build())
        .member(none).build();
    check(network);
    TopicIndex index = new TopicIndex(new MemberTable(network.members()));
    // "five" (5 entries) fits its card; "many" (13) and "six" (6) are in the overflow area, in order
    assertThat(index.entries(0)).isEqualTo(TopicIndex.card(0) + 3);
    assertThat(index.entries(1)).isGreaterThanOrEqualTo(TopicIndex.card(4));
    assertThat(index.entries(2)).isGreaterThan(index.entries(1) + 13);
    assertThat(index.expertiseCount(1)).isEqualTo(8);
    assertThat(index.interestCount(1)).isEqualTo(5);
    assertThat(index.expertiseCount(3)).isZero();
    assertThat(index.interestCount(3)).isZero();
  }

  @Test
  void should_give_back_every_generated_member_from_its_card() {
    qt(200).forAll(Networks.networks(Networks.Sizes.medium())).checkAssert(TopicIndexTest::check);
  }
}
