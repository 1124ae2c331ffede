package org.blendnet.metrics.expertise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blendnet.metrics.Fixtures.answer;
import static org.blendnet.metrics.Fixtures.day;
import static org.blendnet.metrics.Fixtures.m;

import java.util.Set;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.TimeWindow;
import org.blendnet.core.Topic;
import org.blendnet.metrics.expertise.KnowledgeAtRisk.Reason;
import org.blendnet.metrics.expertise.KnowledgeAtRisk.TopicRisk;
import org.junit.jupiter.api.Test;

/**
 * A hand-made case. ana: pricing expert, tax advanced; bo: pricing advanced; cy: pricing intermediate, tax
 * expert; dan: law expert; eve: nothing. eve asks q1 (pricing, day 1), q2 (pricing, tax) and q3 (tax); dan asks
 * q4 (export); ana asks q5 (law). ana and cy answer q1 (day 1), bo q2, cy q3, eve q4, dan q5 (day 5).
 */
class KnowledgeAtRiskTest {

  static final Topic PRICING = Topic.of("pricing");
  static final Topic TAX = Topic.of("tax");
  static final Topic LAW = Topic.of("law");
  static final Topic EXPORT = Topic.of("export");

  static Question q(String id, String asker, int day, Topic... topics) {
    return Question.of(QuestionId.of(id), m(asker), id, Set.of(topics), day(day));
  }

  static Network fixture() {
    return Network.builder()
        .member(Member.builder(m("ana")).name("ana").expertise(PRICING, ExpertiseLevel.EXPERT)
            .expertise(TAX, ExpertiseLevel.ADVANCED).build())
        .member(Member.builder(m("bo")).name("bo").expertise(PRICING, ExpertiseLevel.ADVANCED).build())
        .member(Member.builder(m("cy")).name("cy").expertise(PRICING, ExpertiseLevel.INTERMEDIATE)
            .expertise(TAX, ExpertiseLevel.EXPERT).build())
        .member(Member.builder(m("dan")).name("dan").expertise(LAW, ExpertiseLevel.EXPERT).build())
        .member(Member.builder(m("eve")).name("eve").build())
        .question(q("q1", "eve", 1, PRICING)).question(q("q2", "eve", 5, PRICING, TAX)).question(q("q3", "eve", 5, TAX))
        .question(q("q4", "dan", 5, EXPORT)).question(q("q5", "ana", 5, LAW))
        .answer(answer("a1", "q1", "ana", day(1).plusSeconds(60))).answer(answer("a2", "q1", "cy", day(1).plusSeconds(90)))
        .answer(answer("a3", "q2", "bo", day(6))).answer(answer("a4", "q3", "cy", day(6)))
        .answer(answer("a5", "q4", "eve", day(6))).answer(answer("a6", "q5", "dan", day(6)))
        .build();
  }

  @Test
  void should_find_topics_with_few_active_holders_or_held_by_leavers() {
    KnowledgeAtRisk r = KnowledgeAtRisk.of(fixture(), ExpertiseLevel.ADVANCED, 2, Set.of(m("bo")));
    assertThat(r.topics()).extracting(TopicRisk::topic).containsExactly(EXPORT, LAW, PRICING, TAX);
    TopicRisk pricing = r.topic(PRICING).orElseThrow();
    assertThat(pricing.holders()).isEqualTo(2);
    assertThat(pricing.answerers()).isEqualTo(3);
    assertThat(pricing.activeHolders()).containsExactly(m("ana"), m("bo"));
    assertThat(pricing.leavingActiveHolders()).isEqualTo(1);
    assertThat(pricing.reasons()).containsExactly(Reason.CONCENTRATED_IN_LEAVERS);
    TopicRisk tax = r.topic(TAX).orElseThrow();
    assertThat(tax.holders()).isEqualTo(2);
    assertThat(tax.answerers()).isEqualTo(2);
    assertThat(tax.activeHolders()).containsExactly(m("cy"));
    assertThat(tax.reasons()).containsExactly(Reason.FEW_ACTIVE_HOLDERS);
    TopicRisk export = r.topic(EXPORT).orElseThrow();
    assertThat(export.holders()).isZero();
    assertThat(export.answerers()).isEqualTo(1);
    assertThat(export.activeHolders()).isEmpty();
    assertThat(r.atRisk()).extracting(TopicRisk::topic).containsExactly(EXPORT, LAW, PRICING, TAX);
    assertThat(pricing).hasToString("pricing: 2 active of 2 holders, 3 answerers [ana, bo], 1 leaving, "
        + "CONCENTRATED_IN_LEAVERS");
    assertThat(r.toString()).startsWith("KnowledgeAtRisk[level=ADVANCED, k=2, leaving=1: 4 of 4 topics at risk: [export:");
  }

  @Test
  void should_accept_one_active_holder_when_k_is_one() {
    KnowledgeAtRisk r = KnowledgeAtRisk.of(fixture(), ExpertiseLevel.ADVANCED, 1, Set.of());
    assertThat(r.atRisk()).extracting(TopicRisk::topic).containsExactly(EXPORT);
    assertThat(KnowledgeAtRisk.of(fixture()).atRisk()).extracting(TopicRisk::topic)
        .containsExactly(EXPORT, LAW, TAX);
  }

  @Test
  void should_count_only_answers_in_the_window() {
    KnowledgeAtRisk r = KnowledgeAtRisk.of(fixture(), ExpertiseLevel.INTERMEDIATE, 1, Set.of(),
        TimeWindow.of(day(0), day(2)));
    assertThat(r.topic(PRICING).orElseThrow().activeHolders()).containsExactly(m("ana"), m("cy"));
    assertThat(r.topic(TAX).orElseThrow().answerers()).isZero();
    assertThat(r.window()).hasValue(TimeWindow.of(day(0), day(2)));
  }

  @Test
  void should_reject_bad_parameters_naming_the_value() {
    assertThatThrownBy(() -> KnowledgeAtRisk.of(fixture(), ExpertiseLevel.ADVANCED, 0, Set.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("minActiveHolders must be >= 1 but was 0");
    assertThatThrownBy(() -> KnowledgeAtRisk.of(fixture(), ExpertiseLevel.ADVANCED, 2, Set.of(m("zed"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("leaving names zed, who is not a member of the network");
  }
}
