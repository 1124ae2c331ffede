package org.blendnet.metrics.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GiveTakeWeightsTest {

  @Test
  void should_document_its_defaults() {
    assertThat(GiveTakeWeights.defaults()).isEqualTo(new GiveTakeWeights(1, 1, 1, 1, 2, 0.25, 0.5, 1, 1, 1));
  }

  @Test
  void should_change_one_weight_at_a_time() {
    GiveTakeWeights d = GiveTakeWeights.defaults();
    assertThat(d.withAnswerGiven(2).answerGiven()).isEqualTo(2);
    assertThat(d.withHelpfulAnswerBonus(3).helpfulAnswerBonus()).isEqualTo(3);
    assertThat(d.withForwardMade(4).forwardMade()).isEqualTo(4);
    assertThat(d.withIntroductionMade(5).introductionMade()).isEqualTo(5);
    assertThat(d.withEventHosted(6).eventHosted()).isEqualTo(6);
    assertThat(d.withReplyGiven(0).replyGiven()).isZero();
    assertThat(d.withQuestionAsked(7).questionAsked()).isEqualTo(7);
    assertThat(d.withAnswerReceived(8).answerReceived()).isEqualTo(8);
    assertThat(d.withForwardReceived(9).forwardReceived()).isEqualTo(9);
    assertThat(d.withIntroductionReceived(10).introductionReceived()).isEqualTo(10);
    assertThat(d.withEventHosted(6)).isEqualTo(new GiveTakeWeights(1, 1, 1, 1, 6, 0.25, 0.5, 1, 1, 1));
    assertThat(d.withAnswerGiven(1)).isSameAs(d);
  }

  @Test
  void should_weigh_counts() {
    GiveTakeCounts c = new GiveTakeCounts(2, 1, 1, 1, 1, 4, 2, 3, 1, 1);
    // G = 2·1 + 1·1 + 1·1 + 1·1 + 1·2 + 4·0.25 = 8; T = 2·0.5 + 3·1 + 1·1 + 1·1 = 6
    assertThat(GiveTakeWeights.defaults().given(c)).isEqualTo(8.0);
    assertThat(GiveTakeWeights.defaults().taken(c)).isEqualTo(6.0);
  }

  @Test
  void should_name_a_bad_weight() {
    assertThatThrownBy(() -> GiveTakeWeights.defaults().withEventHosted(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("eventHosted must be finite and >= 0 but was -1.0");
    assertThatThrownBy(() -> GiveTakeWeights.defaults().withQuestionAsked(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("questionAsked must be finite and >= 0 but was NaN");
    assertThatThrownBy(() -> GiveTakeWeights.defaults().withReplyGiven(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("replyGiven must be finite and >= 0 but was Infinity");
  }

  @Test
  void should_check_counts() {
    assertThatThrownBy(() -> new GiveTakeCounts(1, 2, 0, 0, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("helpfulAnswersGiven must be <= answersGiven but was 2 > 1");
    assertThatThrownBy(() -> new GiveTakeCounts(0, 0, 0, 0, 0, 0, -1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("questionsAsked must be >= 0 but was -1");
    assertThat(GiveTakeCounts.none()).hasToString("GiveTakeCounts[none]");
    assertThat(new GiveTakeCounts(0, 0, 0, 0, 3, 0, 1, 0, 0, 0))
        .hasToString("GiveTakeCounts[eventsHosted=3, questionsAsked=1]");
  }
}
