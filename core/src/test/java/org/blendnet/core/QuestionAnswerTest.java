package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.core.Fixtures.T0;
import static org.blendnet.core.Fixtures.m;
import static org.blendnet.core.Fixtures.topic;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionAnswerTest {

  private final QuestionId q1 = QuestionId.of("q1");
  private final AnswerId a1 = AnswerId.of("a1");

  @Test
  void should_default_a_question_to_an_open_one_on_a_qa_board() {
    Question q = Question.of(q1, m("ana"), "Who ran a learning culture well?", Set.of(topic("Culture")), T0);
    assertThat(q.asker()).isEqualTo(m("ana"));
    assertThat(q.text()).isEqualTo("Who ran a learning culture well?");
    assertThat(q.topics()).containsExactly(topic("culture"));
    assertThat(q.askedAt()).isEqualTo(T0);
    assertThat(q.medium()).isEqualTo(Medium.QA_BOARD);
    assertThat(q.community()).isEmpty();
    assertThat(q.status()).isEqualTo(QuestionStatus.OPEN);
  }

  @Test
  void should_change_the_status() {
    Question q = Question.of(q1, m("ana"), "Why?", Set.of(), T0);
    Question answered = q.withStatus(QuestionStatus.ANSWERED);
    assertThat(answered.status()).isEqualTo(QuestionStatus.ANSWERED);
    assertThat(answered).isEqualTo(new Question(q1, m("ana"), "Why?", Set.of(), T0, Medium.QA_BOARD,
        Optional.empty(), QuestionStatus.ANSWERED));
    assertThat(q.withStatus(QuestionStatus.OPEN)).isSameAs(q);
  }

  @Test
  void should_reject_a_blank_question() {
    assertThatThrownBy(() -> Question.of(q1, m("ana"), " \n", Set.of(), T0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("text must not be blank");
  }

  @Test
  void should_copy_the_topics() {
    Set<Topic> topics = new LinkedHashSet<>(List.of(topic("x")));
    Question q = Question.of(q1, m("ana"), "Why?", topics, T0);
    topics.add(topic("y"));
    assertThat(q.topics()).containsExactly(topic("x"));
    assertThatThrownBy(() -> q.topics().add(topic("y"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_not_show_the_question_text() {
    Question q = new Question(q1, m("ana"), "My boss is impossible, how do I cope?", Set.of(topic("b"), topic("a")),
        T0, Medium.FORUM_POST, Optional.of(CommunityId.of("c1")), QuestionStatus.CLOSED);
    assertThat(q).hasToString("Question[id=q1, asker=ana, topics=[a, b], askedAt=2026-03-02T09:00:00Z, status=CLOSED]");
    assertThat(q.toString()).doesNotContain("boss");
  }

  @Test
  void should_default_an_answer_to_an_unrated_one_without_text() {
    Answer a = Answer.of(a1, q1, m("bo"), T0);
    assertThat(a.question()).isEqualTo(q1);
    assertThat(a.responder()).isEqualTo(m("bo"));
    assertThat(a.answeredAt()).isEqualTo(T0);
    assertThat(a.text()).isEmpty();
    assertThat(a.rating()).isEqualTo(Helpfulness.UNRATED);
    assertThat(a.isHelpful()).isFalse();
    assertThat(new Answer(a1, q1, m("bo"), T0, Optional.empty(), Helpfulness.HELPFUL).isHelpful()).isTrue();
    assertThat(new Answer(a1, q1, m("bo"), T0, Optional.empty(), Helpfulness.NOT_HELPFUL).isHelpful()).isFalse();
  }

  @Test
  void should_not_show_the_answer_text() {
    Answer a = new Answer(a1, q1, m("bo"), T0, Optional.of("Talk to Dee, she is discreet."), Helpfulness.HELPFUL);
    assertThat(a).hasToString("Answer[id=a1, question=q1, responder=bo, answeredAt=2026-03-02T09:00:00Z, "
        + "rating=HELPFUL]");
    assertThat(a.toString()).doesNotContain("Dee");
  }
}
