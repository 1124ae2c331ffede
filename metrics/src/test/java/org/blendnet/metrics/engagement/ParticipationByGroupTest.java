package org.blendnet.metrics.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.directed;
import static org.blendnet.metrics.Fixtures.group;
import static org.blendnet.metrics.Fixtures.m;
import static org.blendnet.metrics.Fixtures.question;

import java.time.Duration;
import java.util.Optional;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Member;
import org.blendnet.core.Network;
import org.blendnet.metrics.TimeWindows;
import org.junit.jupiter.api.Test;

/** Who takes part at all, and who online, by unit, by attribute and by any label: a fixture counted by hand. */
class ParticipationByGroupTest {

  private static final TimeWindows WEEKS = TimeWindows.of(day(0), Duration.ofDays(7), 2);

  private static Member member(String id, Affiliation unit, String gender) {
    Member.Builder b = Member.builder(m(id)).affiliation(unit);
    if (!gender.isEmpty()) {
      b.attribute("gender", gender);
    }
    return b.build();
  }

  /**
   * <pre>
   * a  Acme / Sales   f      day 1  chat a → b (online)
   * b  Acme / Sales   m      day 2  meeting b, c (face to face)
   * c  Acme / Ops     f      day 3  d asks q1 (neither channel)
   * d  Acme / Ops     —      day 20 chat c → e: after the two weeks, not counted
   * e  (no unit)      —
   * </pre>
   */
  static Network network() {
    Affiliation sales = Affiliation.of("Acme", "Sales", "EMEA");
    Affiliation ops = Affiliation.of("Acme", "Ops");
    return Network.builder()
        .member(member("a", sales, "f"))
        .member(member("b", sales, "m"))
        .member(member("c", ops, "f"))
        .member(member("d", ops, ""))
        .member(member("e", Affiliation.none(), ""))
        .touchpoint(directed("t1", day(1), "a", "b"))
        .touchpoint(group("t2", day(2), "b", "c"))
        .question(question("q1", "d", day(3)))
        .touchpoint(directed("t3", day(20), "c", "e"))
        .build();
  }

  private final Engagement engagement = Engagement.of(network(), WEEKS);

  @Test
  void should_group_by_unit() {
    // Ops: c (face to face), d (a question only); Sales (cut to 2 levels): a (online), b (both); e has no unit
    AttributeParticipation units = engagement.byUnit(2);
    assertThat(units.key()).isEqualTo("unit");
    assertThat(units.groups()).containsExactly(
        new AttributeParticipation.Group(Optional.of("Acme / Ops"), 2, 2, 0, 1),
        new AttributeParticipation.Group(Optional.of("Acme / Sales"), 2, 2, 2, 1),
        new AttributeParticipation.Group(Optional.empty(), 1, 0, 0, 0));
    AttributeParticipation.Group sales = units.group("Acme / Sales").orElseThrow();
    assertThat(sales.onlineShare()).isEqualTo(1.0);
    assertThat(sales.offlineShare()).isEqualTo(0.5);
    assertThat(units.group("Acme / Ops").orElseThrow().onlineShare()).isZero();
    assertThat(engagement.byUnit(1).groups()).containsExactly(
        new AttributeParticipation.Group(Optional.of("Acme"), 4, 4, 2, 2),
        new AttributeParticipation.Group(Optional.empty(), 1, 0, 0, 0));
    assertThatThrownBy(() -> engagement.byUnit(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("depth must be >= 1 but was 0");
  }

  @Test
  void should_group_by_attribute() {
    // f: a (online), c (face to face); m: b (both); none: d (active, neither channel), e (inactive)
    AttributeParticipation gender = engagement.byAttribute("gender");
    assertThat(gender.groups()).containsExactly(
        new AttributeParticipation.Group(Optional.of("f"), 2, 2, 1, 1),
        new AttributeParticipation.Group(Optional.of("m"), 1, 1, 1, 1),
        new AttributeParticipation.Group(Optional.empty(), 2, 1, 0, 0));
    assertThat(gender.group("f").orElseThrow().onlineShare()).isEqualTo(0.5);
    assertThat(gender.none().orElseThrow().activeShare()).isEqualTo(0.5);
    assertThat(gender).hasToString("AttributeParticipation[gender: [f 2/2 (1.000), online 1, m 1/1 (1.000), "
        + "online 1, (none) 1/2 (0.500), online 0]]");
  }

  @Test
  void should_group_by_any_label() {
    AttributeParticipation initial = engagement.byGroup("vowel",
        member -> "ae".contains(member.id().value()) ? Optional.of("vowel") : Optional.empty());
    // vowel: a (online), e (inactive); the others: b, c, d all active, b online, b and c face to face
    assertThat(initial.groups()).containsExactly(
        new AttributeParticipation.Group(Optional.of("vowel"), 2, 1, 1, 0),
        new AttributeParticipation.Group(Optional.empty(), 3, 3, 1, 2));
    assertThatThrownBy(() -> engagement.byGroup(" ", x -> Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank");
    assertThatThrownBy(() -> engagement.byGroup("broken", x -> null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("groupOf");
  }

  @Test
  void should_count_later_online_contact_in_a_longer_window() {
    // with four weeks, c and e chat on day 20: e becomes active and online
    Engagement month = Engagement.of(network(), TimeWindows.of(day(0), Duration.ofDays(7), 4));
    assertThat(month.byUnit(2).none().orElseThrow()).isEqualTo(new AttributeParticipation.Group(Optional.empty(),
        1, 1, 1, 0));
    assertThat(month.byUnit(2).group("Acme / Ops").orElseThrow().online()).isEqualTo(1);
  }

  @Test
  void should_reject_impossible_groups() {
    assertThatThrownBy(() -> new AttributeParticipation.Group(Optional.of("x"), 3, 2, 3, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need 0 <= online, offline <= active but was online=3, offline=0, active=2");
  }
}
