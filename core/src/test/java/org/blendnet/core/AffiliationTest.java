package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AffiliationTest {

  private final Affiliation team = Affiliation.of("Acme", "Sales", "EMEA");

  @Test
  void should_hold_organisation_unit_and_team_in_order() {
    assertThat(team.path()).containsExactly("Acme", "Sales", "EMEA");
    assertThat(team.organisation()).contains("Acme");
    assertThat(team.unit()).contains("Sales");
    assertThat(team.depth()).isEqualTo(3);
    assertThat(team.isNone()).isFalse();
    assertThat(team).hasToString("Acme / Sales / EMEA");
  }

  @Test
  void should_know_nothing_when_none() {
    Affiliation none = Affiliation.none();
    assertThat(none.path()).isEmpty();
    assertThat(none.organisation()).isEmpty();
    assertThat(none.unit()).isEmpty();
    assertThat(none.depth()).isZero();
    assertThat(none.isNone()).isTrue();
    assertThat(none).hasToString("(none)").isEqualTo(new Affiliation(List.of()));
    assertThat(Affiliation.of("Acme").unit()).isEmpty();
  }

  @Test
  void should_truncate_to_a_level() {
    assertThat(team.truncate(2)).isEqualTo(Affiliation.of("Acme", "Sales"));
    assertThat(team.truncate(1)).isEqualTo(Affiliation.of("Acme"));
    assertThat(team.truncate(0)).isEqualTo(Affiliation.none());
    assertThat(team.truncate(3)).isSameAs(team);
    assertThat(team.truncate(7)).isSameAs(team);
    assertThatThrownBy(() -> team.truncate(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("depth must be >= 0 but was -1");
  }

  @Test
  void should_contain_the_affiliations_below_it() {
    assertThat(Affiliation.of("Acme").contains(team)).isTrue();
    assertThat(Affiliation.of("Acme", "Sales").contains(team)).isTrue();
    assertThat(team.contains(team)).isTrue();
    assertThat(Affiliation.none().contains(team)).isTrue();
    assertThat(Affiliation.none().contains(Affiliation.none())).isTrue();
    assertThat(team.contains(Affiliation.of("Acme", "Sales"))).isFalse();
    assertThat(Affiliation.of("Acme", "R&D").contains(team)).isFalse();
    assertThat(Affiliation.of("acme").contains(team)).isFalse();
  }

  @Test
  void should_allow_any_character_in_a_segment() {
    Affiliation odd = Affiliation.of("Acme / Sales", "R&D/Labs", "Zoë's 😀 team", "a\u00A0b");
    assertThat(odd.path()).containsExactly("Acme / Sales", "R&D/Labs", "Zoë's 😀 team", "a\u00A0b");
    assertThat(odd.depth()).isEqualTo(4);
  }

  @Test
  void should_reject_blank_or_untrimmed_segments() {
    assertThatThrownBy(() -> Affiliation.of("Acme", "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("affiliation segment 1 must be non-blank trimmed text but was ''");
    assertThatThrownBy(() -> Affiliation.of("  ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("affiliation segment 0 must be non-blank trimmed text but was '  '");
    assertThatThrownBy(() -> Affiliation.of("Acme", "Sales", " EMEA")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("affiliation segment 2 must be non-blank trimmed text but was ' EMEA'");
    assertThatThrownBy(() -> Affiliation.of("Acme\t")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("affiliation segment 0 must be non-blank trimmed text but was 'Acme\t'");
  }

  @Test
  void should_reject_nulls_naming_them() {
    assertThatNullPointerException().isThrownBy(() -> Affiliation.of(null)).withMessage("organisation");
    assertThatNullPointerException().isThrownBy(() -> Affiliation.of("Acme", (String[]) null))
        .withMessage("units");
    assertThatNullPointerException().isThrownBy(() -> Affiliation.of("Acme", "Sales", null))
        .withMessage("affiliation path must not contain null");
    assertThatNullPointerException().isThrownBy(() -> new Affiliation(null)).withMessage("affiliation path");
    assertThatNullPointerException().isThrownBy(() -> new Affiliation(Arrays.asList("Acme", null)))
        .withMessage("affiliation path must not contain null");
    assertThatNullPointerException().isThrownBy(() -> team.contains(null)).withMessage("other");
  }

  @Test
  void should_copy_the_path_and_not_let_it_change() {
    List<String> path = new ArrayList<>(List.of("Acme", "Sales"));
    Affiliation a = new Affiliation(path);
    path.add("EMEA");
    path.set(0, "Globex");
    assertThat(a.path()).containsExactly("Acme", "Sales");
    assertThatThrownBy(() -> a.path().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }
}
