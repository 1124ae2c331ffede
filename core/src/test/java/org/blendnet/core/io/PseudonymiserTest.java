package org.blendnet.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

  private static final byte[] KEY = "a research export key, 32 bytes".getBytes(StandardCharsets.UTF_8);
  private static final byte[] OTHER_KEY = "another key for another dataset!".getBytes(StandardCharsets.UTF_8);

  @Test
  void should_give_the_hmac_sha256_of_kind_and_id_as_pseudonym() throws Exception {
    // computed independently with the JDK's HMAC: the first 16 bytes of HMAC-SHA256(key, "m:ana")
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    String expected = "m-" + HexFormat.of().formatHex(mac.doFinal("m:ana".getBytes(StandardCharsets.UTF_8)), 0, 16);

    assertThat(Pseudonymiser.withKey(KEY).pseudonym(MemberId.of("ana")).value()).isEqualTo(expected).hasSize(34);
  }

  @Test
  void should_give_a_member_the_same_pseudonym_in_every_export_with_the_same_key_and_another_with_another_key() {
    Network network = JsonFixtures.everyRecordType();

    Network first = Pseudonymiser.withKey(KEY).apply(network);
    Network again = Pseudonymiser.withKey(KEY.clone()).apply(network);
    Network other = Pseudonymiser.withKey(OTHER_KEY).apply(network);

    assertThat(NetworkJson.toJson(again)).isEqualTo(NetworkJson.toJson(first));
    MemberId ana = Pseudonymiser.withKey(KEY).pseudonym(JsonFixtures.ANA);
    assertThat(first.member(ana)).isPresent();
    assertThat(other.member(ana)).isEmpty();
    assertThat(first.members()).extracting(Member::id)
        .doesNotContainAnyElementsOf(other.members().stream().map(Member::id).toList());
  }

  @Test
  void should_keep_structure_and_drop_free_text_by_default() {
    Network network = JsonFixtures.everyRecordType();

    Network shared = Pseudonymiser.withKey(KEY).apply(network);
    String json = NetworkJson.toJson(shared);

    assertThat(shared.members()).hasSameSizeAs(network.members());
    assertThat(shared.touchpoints()).hasSameSizeAs(network.touchpoints());
    assertThat(shared.referrals()).hasSameSizeAs(network.referrals());
    assertThat(shared.touchpoints()).extracting(t -> t.weight())
        .containsExactlyElementsOf(network.touchpoints().stream().map(t -> t.weight()).toList());
    assertThat(shared.members()).allSatisfy(m -> {
      assertThat(m.name()).isEqualTo(m.id().value());
      assertThat(m.attributes()).isEmpty();
    });
    assertThat(shared.questions()).allSatisfy(q -> assertThat(q.text()).isEqualTo(Pseudonymiser.WITHHELD));
    assertThat(shared.answers()).allSatisfy(a -> assertThat(a.text()).isEmpty());
    for (String personal : new String[] {"Ana Costa", "Bo Chen", "Zoë", "account manager", "Kent camp", "Canterbury",
        "example.org", "\"ana\"", "\"bo\""}) {
      assertThat(json).doesNotContain(personal);
    }
    // read back: a valid network in the ordinary format
    assertThat(NetworkJson.fromJson(json)).isEqualTo(shared);
  }

  @Test
  void should_keep_free_text_when_asked_but_never_names_or_ids() {
    Network network = JsonFixtures.everyRecordType();

    Network shared = Pseudonymiser.withKey(KEY).keepingFreeText().apply(network);
    String json = NetworkJson.toJson(shared);

    assertThat(json).contains("account manager", "Kent camp", "Canterbury").doesNotContain("Ana Costa", "\"ana\"");
  }

  @Test
  void should_reject_a_short_key_and_never_show_the_key() {
    assertThatThrownBy(() -> Pseudonymiser.withKey(new byte[15]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("key must be at least 16 bytes but was 15");
    assertThat(Pseudonymiser.withKey(KEY).toString()).isEqualTo("Pseudonymiser[HMAC-SHA256, free text dropped]");
  }

  @Test
  void should_not_be_changed_by_changes_to_the_callers_key_array() {
    byte[] key = KEY.clone();
    Pseudonymiser p = Pseudonymiser.withKey(key);
    MemberId before = p.pseudonym(MemberId.of("ana"));

    key[0] ^= 1;

    assertThat(p.pseudonym(MemberId.of("ana"))).isEqualTo(before);
  }

  @Test
  void should_map_every_optional_reference_and_member_set_and_keep_or_drop_each_free_text_field() {
    Network network = JsonFixtures.everyRecordType();
    Pseudonymiser dropping = Pseudonymiser.withKey(new byte[16]);
    Pseudonymiser keeping = dropping.keepingFreeText();
    assertThat(dropping.keepsFreeText()).isFalse();
    assertThat(keeping.keepsFreeText()).isTrue();
    assertThat(keeping.toString()).isEqualTo("Pseudonymiser[HMAC-SHA256, free text kept]");
    for (Pseudonymiser p : new Pseudonymiser[] {dropping, keeping}) {
      Network shared = p.apply(network);
      // optional references survive pseudonymisation (present where they were, as pseudonyms)
      assertThat(count(shared.touchpoints(), t -> t.initiator().isPresent()))
          .isEqualTo(count(network.touchpoints(), t -> t.initiator().isPresent())).isPositive();
      assertThat(count(shared.touchpoints(), t -> t.event().isPresent()))
          .isEqualTo(count(network.touchpoints(), t -> t.event().isPresent())).isPositive();
      assertThat(count(shared.touchpoints(), t -> t.community().isPresent()))
          .isEqualTo(count(network.touchpoints(), t -> t.community().isPresent())).isPositive();
      assertThat(count(shared.questions(), q -> q.community().isPresent()))
          .isEqualTo(count(network.questions(), q -> q.community().isPresent())).isPositive();
      assertThat(count(shared.referrals(), r -> r.question().isPresent()))
          .isEqualTo(count(network.referrals(), r -> r.question().isPresent())).isPositive();
      assertThat(count(shared.referrals(), r -> r.onBehalfOf().isPresent()))
          .isEqualTo(count(network.referrals(), r -> r.onBehalfOf().isPresent()));
      assertThat(count(shared.referrals(), r -> r.parent().isPresent()))
          .isEqualTo(count(network.referrals(), r -> r.parent().isPresent()));
      assertThat(shared.events().stream().mapToInt(e -> e.hosts().size() + e.attendees().size()).sum())
          .isEqualTo(network.events().stream().mapToInt(e -> e.hosts().size() + e.attendees().size()).sum())
          .isPositive();
      assertThat(shared.communities().stream().mapToInt(c -> c.members().size()).sum())
          .isEqualTo(network.communities().stream().mapToInt(c -> c.members().size()).sum()).isPositive();
      for (var e : shared.events()) {
        assertThat(e.hosts()).allSatisfy(m -> assertThat(shared.member(m)).isPresent());
      }
      boolean kept = p.keepsFreeText();
      assertThat(shared.events()).extracting(e -> e.title()).allSatisfy(t -> assertThat(
          network.events().stream().anyMatch(o -> o.title().equals(t))).isEqualTo(kept));
      assertThat(count(shared.events(), e -> e.place().isPresent()))
          .isEqualTo(kept ? count(network.events(), e -> e.place().isPresent()) : 0);
      assertThat(count(shared.events(), e -> e.link().isPresent()))
          .isEqualTo(kept ? count(network.events(), e -> e.link().isPresent()) : 0);
      assertThat(shared.communities()).extracting(c -> c.name()).allSatisfy(n -> assertThat(
          network.communities().stream().anyMatch(o -> o.name().equals(n))).isEqualTo(kept));
      assertThat(count(shared.answers(), a -> a.text().isPresent()))
          .isEqualTo(kept ? count(network.answers(), a -> a.text().isPresent()) : 0);
      assertThat(shared.questions()).extracting(q -> q.text()).allSatisfy(t -> assertThat(
          network.questions().stream().anyMatch(o -> o.text().equals(t))).isEqualTo(kept));
      assertThat(shared.members().stream().mapToInt(m -> m.attributes().size()).sum())
          .isEqualTo(kept ? network.members().stream().mapToInt(m -> m.attributes().size()).sum() : 0);
    }
  }

  private static <T> long count(java.util.Collection<T> items, java.util.function.Predicate<T> test) {
    return items.stream().filter(test).count();
  }
}
