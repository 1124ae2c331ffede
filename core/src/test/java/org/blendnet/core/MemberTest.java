package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.Fixtures.topic;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberTest {

  private final MemberId ana = MemberId.of("ana");

  private Member full() {
    return Member.builder(ana)
        .name("Ana Costa")
        .affiliation(Affiliation.of("Acme", "Sales"))
        .expertise(topic("Negotiation"), ExpertiseLevel.EXPERT)
        .expertise(topic("banking"), ExpertiseLevel.BEGINNER)
        .interest(topic("export finance"))
        .interest(topic("Accounting"))
        .prefers(Channel.OFFLINE)
        .prefers(Channel.ONLINE)
        .timeZone(ZoneId.of("Europe/Lisbon"))
        .capacity(5)
        .consent(Consent.all())
        .attribute("role", "Head of Sales")
        .attribute("language", "pt")
        .build();
  }

  @Test
  void should_default_everything_but_the_id() {
    Member m = Member.builder(ana).build();
    assertThat(m.id()).isEqualTo(ana);
    assertThat(m.name()).isEqualTo("ana");
    assertThat(m.affiliation()).isEqualTo(Affiliation.none());
    assertThat(m.expertise()).isEmpty();
    assertThat(m.interests()).isEmpty();
    assertThat(m.preferredChannels()).isEmpty();
    assertThat(m.timeZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(m.capacity()).isEqualTo(Member.DEFAULT_CAPACITY).isEqualTo(3);
    assertThat(m.consent()).isEqualTo(Consent.defaults());
    assertThat(m.attributes()).isEmpty();
    assertThat(Member.of(ana, "Ana")).isEqualTo(Member.builder(ana).name("Ana").build());
  }

  @Test
  void should_keep_what_the_builder_was_given_in_sorted_order() {
    Member m = full();
    assertThat(m.name()).isEqualTo("Ana Costa");
    assertThat(m.affiliation()).isEqualTo(Affiliation.of("Acme", "Sales"));
    assertThat(m.expertise()).containsExactly(Map.entry(topic("banking"), ExpertiseLevel.BEGINNER),
        Map.entry(topic("negotiation"), ExpertiseLevel.EXPERT));
    assertThat(m.interests()).containsExactly(topic("accounting"), topic("export finance"));
    assertThat(m.preferredChannels()).containsExactly(Channel.ONLINE, Channel.OFFLINE);
    assertThat(m.timeZone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
    assertThat(m.capacity()).isEqualTo(5);
    assertThat(m.consent()).isEqualTo(Consent.all());
    assertThat(m.attributes()).containsExactly(Map.entry("language", "pt"), Map.entry("role", "Head of Sales"));
    assertThat(m.expertiseIn(topic("NEGOTIATION"))).contains(ExpertiseLevel.EXPERT);
    assertThat(m.expertiseIn(topic("cooking"))).isEmpty();
  }

  @Test
  void should_replace_expertise_given_twice() {
    Member m = Member.builder(ana).expertise(topic("x"), ExpertiseLevel.BEGINNER)
        .expertise(Map.of(topic("X"), ExpertiseLevel.ADVANCED)).build();
    assertThat(m.expertise()).containsExactly(Map.entry(topic("x"), ExpertiseLevel.ADVANCED));
  }

  @Test
  void should_round_trip_through_its_builder() {
    Member m = full();
    assertThat(m.toBuilder().build()).isEqualTo(m);
    assertThat(m.toBuilder().capacity(0).build().capacity()).isZero();
    assertThat(m.capacity()).isEqualTo(5);
  }

  @Test
  void should_reject_a_negative_capacity() {
    assertThatThrownBy(() -> Member.builder(ana).capacity(-1).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity must be >= 0 but was -1");
    assertThat(Member.builder(ana).capacity(0).build().capacity()).isZero();
    assertThat(Member.builder(ana).capacity(Integer.MAX_VALUE).build().capacity()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void should_reject_a_blank_name() {
    assertThatThrownBy(() -> Member.of(ana, " \t")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank");
    assertThat(Member.of(ana, " Ana ").name()).isEqualTo(" Ana ");
  }

  @Test
  void should_reject_blank_attribute_keys() {
    assertThatThrownBy(() -> Member.builder(ana).attribute(" ", "x").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("attribute key must not be blank");
    assertThatThrownBy(() -> Member.builder(ana).attribute("", "x").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("attribute key must not be blank");
    assertThat(Member.builder(ana).attribute("role", "").build().attributes()).containsEntry("role", "");
  }

  @Test
  void should_reject_null_keys_and_values_in_its_maps() {
    Map<Topic, ExpertiseLevel> expertise = new HashMap<>();
    expertise.put(topic("x"), null);
    assertThatNullPointerException().isThrownBy(() -> new Member(ana, "Ana", Affiliation.none(), expertise, Set.of(),
        Set.of(), ZoneOffset.UTC, 1, Consent.defaults(), Map.of()))
        .withMessage("expertise must not contain null keys or values");
    Set<Topic> interests = new LinkedHashSet<>();
    interests.add(null);
    assertThatNullPointerException().isThrownBy(() -> new Member(ana, "Ana", Affiliation.none(), Map.of(), interests,
        Set.of(), ZoneOffset.UTC, 1, Consent.defaults(), Map.of()))
        .withMessage("interests must not contain null");
  }

  @Test
  void should_copy_its_collections_and_not_let_them_change() {
    Map<Topic, ExpertiseLevel> expertise = new HashMap<>(Map.of(topic("x"), ExpertiseLevel.EXPERT));
    Set<Topic> interests = new LinkedHashSet<>(Set.of(topic("y")));
    Set<Channel> channels = new LinkedHashSet<>(Set.of(Channel.ONLINE));
    Map<String, String> attributes = new HashMap<>(Map.of("role", "lead"));
    Member m = new Member(ana, "Ana", Affiliation.none(), expertise, interests, channels, ZoneOffset.UTC, 1,
        Consent.defaults(), attributes);
    expertise.put(topic("z"), ExpertiseLevel.BEGINNER);
    interests.add(topic("z"));
    channels.add(Channel.OFFLINE);
    attributes.put("language", "en");
    assertThat(m.expertise()).containsOnlyKeys(topic("x"));
    assertThat(m.interests()).containsExactly(topic("y"));
    assertThat(m.preferredChannels()).containsExactly(Channel.ONLINE);
    assertThat(m.attributes()).containsOnlyKeys("role");
    assertThatThrownBy(() -> m.expertise().put(topic("z"), ExpertiseLevel.BEGINNER))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.expertise().remove(topic("x"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.expertise().entrySet().iterator().next().setValue(ExpertiseLevel.BEGINNER))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.interests().add(topic("z"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.interests().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.preferredChannels().remove(Channel.ONLINE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.attributes().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_be_equal_to_a_member_built_in_another_order() {
    Member a = Member.builder(ana).interest(topic("b")).interest(topic("a")).attribute("y", "1").attribute("x", "2")
        .build();
    Member b = Member.builder(ana).attribute("x", "2").interest(topic("a")).attribute("y", "1").interest(topic("b"))
        .build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(List.copyOf(a.interests())).isEqualTo(List.copyOf(b.interests()));
  }

  @Test
  void should_show_the_id_and_counts_but_no_personal_field() {
    Member m = full();
    assertThat(m).hasToString("Member[id=ana, expertise=2, interests=2, capacity=5]");
    assertThat(m.toString()).doesNotContain("Ana Costa", "Head of Sales", "Acme", "Lisbon", "language");
  }
}
