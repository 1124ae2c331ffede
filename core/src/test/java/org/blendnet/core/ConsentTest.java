package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsentTest {

  @Test
  void should_offer_the_three_usual_consents() {
    assertThat(Consent.defaults()).isEqualTo(new Consent(true, false, true));
    assertThat(Consent.all()).isEqualTo(new Consent(true, true, true));
    assertThat(Consent.none()).isEqualTo(new Consent(false, false, false));
  }

  @Test
  void should_change_one_field_at_a_time() {
    Consent c = Consent.defaults();
    assertThat(c.withShareContactDetails(true)).isEqualTo(new Consent(true, true, true));
    assertThat(c.withRecommendable(false)).isEqualTo(new Consent(true, false, false));
    assertThat(c.withContactable(false)).isEqualTo(new Consent(false, false, true));
  }

  @Test
  void should_return_itself_when_nothing_changes() {
    Consent c = new Consent(false, true, false);
    assertThat(c.withContactable(false)).isSameAs(c);
    assertThat(c.withShareContactDetails(true)).isSameAs(c);
    assertThat(c.withRecommendable(false)).isSameAs(c);
  }
}
