package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Violation} and {@link NetworkValidationException}. */
class ViolationTest {

  private final Violation unknown = new Violation(Rule.UNKNOWN_MEMBER, Section.TOUCHPOINTS, 4, TouchpointId.of("t5"),
      "participants/1", "no member 'zed'");

  @Test
  void should_say_where_and_what() {
    assertThat(unknown).hasToString("touchpoints[4] (t5) participants/1: UNKNOWN_MEMBER: no member 'zed'");
    assertThat(new Violation(Rule.REFERRAL_CYCLE, Section.REFERRALS, 0, ReferralId.of("r1"), "", "a cycle"))
        .hasToString("referrals[0] (r1): REFERRAL_CYCLE: a cycle");
  }

  @Test
  void should_reject_a_negative_index_and_a_blank_message() {
    assertThatThrownBy(() -> new Violation(Rule.DUPLICATE_ID, Section.MEMBERS, -1, MemberId.of("a"), "id", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("index must be >= 0 but was -1");
    assertThatThrownBy(() -> new Violation(Rule.DUPLICATE_ID, Section.MEMBERS, 0, MemberId.of("a"), "id", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("message must not be blank");
  }

  @Test
  void should_name_the_sections_as_the_json_format_does() {
    assertThat(List.of(Section.values()).stream().map(Section::key))
        .containsExactly("members", "events", "communities", "touchpoints", "questions", "answers", "referrals");
  }

  @Test
  void should_list_one_violation_in_the_message() {
    NetworkValidationException e = new NetworkValidationException(List.of(unknown));
    assertThat(e).hasMessage("1 violation in the network:\n"
        + "  touchpoints[4] (t5) participants/1: UNKNOWN_MEMBER: no member 'zed'");
    assertThat(e.violations()).containsExactly(unknown);
    assertThat(e).isInstanceOf(BlendnetException.class);
  }

  @Test
  void should_list_twenty_violations_and_count_the_rest() {
    List<Violation> many = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      many.add(new Violation(Rule.DUPLICATE_ID, Section.MEMBERS, i, MemberId.of("m"), "id", "dup " + i));
    }
    NetworkValidationException e = new NetworkValidationException(many);
    String[] lines = e.getMessage().split("\n");
    assertThat(lines).hasSize(22);
    assertThat(lines[0]).isEqualTo("25 violations in the network:");
    assertThat(lines[20]).isEqualTo("  members[19] (m) id: DUPLICATE_ID: dup 19");
    assertThat(lines[21]).isEqualTo("  …(+5 more)");
    assertThat(e.violations()).hasSize(25);
  }

  @Test
  void should_copy_the_violations() {
    List<Violation> list = new ArrayList<>(List.of(unknown));
    NetworkValidationException e = new NetworkValidationException(list);
    list.clear();
    assertThat(e.violations()).containsExactly(unknown);
    assertThatThrownBy(() -> e.violations().add(unknown)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_need_at_least_one_violation() {
    assertThatThrownBy(() -> new NetworkValidationException(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a validation exception needs at least one violation");
    assertThatNullPointerException().isThrownBy(() -> new NetworkValidationException(null)).withMessage("violations");
  }
}
