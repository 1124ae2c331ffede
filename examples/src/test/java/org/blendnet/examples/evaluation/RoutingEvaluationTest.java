package org.blendnet.examples.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.MemberId;
import org.blendnet.examples.evaluation.RoutingEvaluation.Method;
import org.blendnet.examples.evaluation.RoutingEvaluation.Options;
import org.blendnet.examples.evaluation.RoutingEvaluation.Result;
import org.blendnet.examples.evaluation.RoutingEvaluation.Scores;
import org.blendnet.examples.evaluation.RoutingEvaluation.Truth;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RoutingEvaluationTest {

  static final MemberId A = MemberId.of("a");
  static final MemberId B = MemberId.of("b");
  static final MemberId C = MemberId.of("c");
  static final MemberId D = MemberId.of("d");

  @Test
  void should_compute_the_metrics_of_one_ranking_by_hand() {
    // relevant b and d; ranking c, b, a, d: P@1 0; DCG@3 = 1/log2(3) = 0.63093; IDCG@3 = 1 + 0.63093
    double[] m = RoutingEvaluation.metrics(List.of(C, B, A, D), Set.of(B, D));
    assertThat(m[0]).isZero();
    assertThat(m[1]).isCloseTo(0.63093 / 1.63093, within(1e-5));
    assertThat(m[2]).isEqualTo(0.2);
    assertThat(m[3]).isEqualTo(0.5);
    double[] perfect = RoutingEvaluation.metrics(List.of(B, D), Set.of(B, D));
    assertThat(perfect).containsExactly(1.0, 1.0, 0.2, 1.0);
    assertThat(RoutingEvaluation.metrics(List.of(), Set.of(B))).containsExactly(0.0, 0.0, 0.0, 0.0);
  }

  @Test
  void should_map_answer_counts_to_levels() {
    assertThat(List.of(1, 2, 3, 4, 7, 8).stream().map(RoutingEvaluation::level)).containsExactly(
        ExpertiseLevel.BEGINNER, ExpertiseLevel.INTERMEDIATE, ExpertiseLevel.INTERMEDIATE, ExpertiseLevel.ADVANCED,
        ExpertiseLevel.ADVANCED, ExpertiseLevel.EXPERT);
  }

  /**
   * Users 1-4. q10 (1, hops) answered by 2 — 2 has never posted: cold start. q20 (1, hops) answered by 3
   * (new) and 2 (accepted). q30 (4, malt) answered by 2. q40 (3, hops) answered by 2. q50 from a deleted
   * account, q60 unanswered. Worked out in the comments of each method below.
   */
  static final String SITE = """
      <posts>
        <row Id="10" PostTypeId="1" CreationDate="2015-01-01T01:00:00" OwnerUserId="1" Tags="&lt;hops&gt;" />
        <row Id="11" PostTypeId="2" ParentId="10" CreationDate="2015-01-01T02:00:00" OwnerUserId="2" />
        <row Id="20" PostTypeId="1" AcceptedAnswerId="22" CreationDate="2015-01-01T03:00:00" OwnerUserId="1" Tags="&lt;hops&gt;" />
        <row Id="21" PostTypeId="2" ParentId="20" CreationDate="2015-01-01T04:00:00" OwnerUserId="3" />
        <row Id="22" PostTypeId="2" ParentId="20" CreationDate="2015-01-01T05:00:00" OwnerUserId="2" />
        <row Id="30" PostTypeId="1" CreationDate="2015-01-01T06:00:00" OwnerUserId="4" Tags="&lt;malt&gt;" />
        <row Id="31" PostTypeId="2" ParentId="30" CreationDate="2015-01-01T07:00:00" OwnerUserId="2" />
        <row Id="40" PostTypeId="1" CreationDate="2015-01-01T08:00:00" OwnerUserId="3" Tags="&lt;hops&gt;" />
        <row Id="41" PostTypeId="2" ParentId="40" CreationDate="2015-01-01T09:00:00" OwnerUserId="2" />
        <row Id="50" PostTypeId="1" CreationDate="2015-01-01T10:00:00" Tags="&lt;hops&gt;" />
        <row Id="51" PostTypeId="2" ParentId="50" CreationDate="2015-01-01T11:00:00" OwnerUserId="2" />
        <row Id="60" PostTypeId="1" CreationDate="2015-01-01T12:00:00" OwnerUserId="4" Tags="&lt;hops&gt;" />
      </posts>
      """;

  static Result site(Options options) {
    return RoutingEvaluation.run(StackExchangePosts.read(new ByteArrayInputStream(SITE.getBytes(StandardCharsets.UTF_8)),
        "site.xml"), options);
  }

  @Test
  void should_replay_a_small_site_as_worked_out_by_hand() {
    Result r = site(Options.defaults());
    assertThat(r.questions()).isEqualTo(6);
    assertThat(r.coldStart()).isEqualTo(1);
    assertThat(r.fromDeletedAccounts()).isEqualTo(1);
    assertThat(r.unanswered()).isEqualTo(1);
    // q20: past ties 1-2; every method ranks u2 first.
    // q30 (asker u4, malt): strengths u1 1.5, u2 1.0, u3 0.5 → central ranks u2 second (RR 1/2, NDCG
    //   1/log2 3); popularity u2 (2 answers) first; nobody knows malt and u4 has no ties → topic-only and
    //   full rank no one.
    // q40 (asker u3, hops): central u1 and u2 tie at 1.5, id order puts u1 first; popularity, topic-only
    //   and full put u2 first (full: topic 3·0.5 + proximity 2/3 + activity ≈ 1, against u1's proximity 1).
    Scores central = r.scores(Truth.ANSWERERS, Method.MOST_CENTRAL);
    assertThat(central.questions()).isEqualTo(3);
    assertThat(central.precisionAt1()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(central.mrr()).isCloseTo((1 + 0.5 + 0.5) / 3, within(1e-12));
    assertThat(central.ndcgAt3()).isCloseTo((1 + 2 / (Math.log(3) / Math.log(2))) / 3, within(1e-12));
    assertThat(central.precisionAt10()).isCloseTo(0.1, within(1e-12));
    assertThat(r.scores(Truth.ANSWERERS, Method.POPULARITY).precisionAt1()).isEqualTo(1.0);
    assertThat(r.scores(Truth.ANSWERERS, Method.TOPIC_ONLY).precisionAt1()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(r.scores(Truth.ANSWERERS, Method.TOPIC_ONLY).precisionAt10()).isCloseTo(0.2 / 3, within(1e-12));
    assertThat(r.scores(Truth.ANSWERERS, Method.FULL_MODEL).precisionAt1()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(r.scores(Truth.ANSWERERS, Method.FULL_MODEL).precisionAt10()).isCloseTo(0.2 / 3, within(1e-12));
    // accepted: q20 only, u2
    assertThat(r.scores(Truth.ACCEPTED, Method.FULL_MODEL)).isEqualTo(new Scores(1, 1, 1, 0.1, 1));
  }

  @Test
  void should_equal_topic_only_when_the_full_model_weighs_nothing_else() {
    Result r = site(Options.defaults().withWeights(3, 0, 0));
    for (Truth t : Truth.values()) {
      assertThat(r.scores(t, Method.FULL_MODEL)).isEqualTo(r.scores(t, Method.TOPIC_ONLY));
    }
  }

  @Test
  void should_never_let_a_question_see_its_own_answers() {
    // q10's only answerer had never posted before it: were the answer visible, he would not be cold start
    Result r = site(Options.defaults());
    assertThat(r.coldStart()).isEqualTo(1);
    // with day-long snapshots everything on 2015-01-01 is the future: q10, q20, q30 and q40 are cold start
    Result daily = site(Options.defaults().withSnapshotInterval(Duration.ofDays(1)));
    assertThat(daily.scores(Truth.ANSWERERS, Method.FULL_MODEL).questions()).isZero();
    assertThat(daily.coldStart()).isEqualTo(4);
  }

  @Test
  void should_give_a_table_and_json_with_the_same_figures() {
    Result r = site(Options.defaults());
    assertThat(r.toString()).contains("ground truth: all answerers (3 questions)")
        .contains("most central     0.333   0.754   0.100   0.667")
        .contains("left out: 1 from deleted accounts, 1 unanswered, 1 cold start");
    JsonNode json = JsonMapper.shared().readTree(r.toJson());
    assertThat(json.get("source").asString()).isEqualTo("site.xml");
    assertThat(json.at("/results/answerers/most-central/p@1").asDouble()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(json.at("/leftOut/coldStart").asInt()).isEqualTo(1);
    assertThat(json.at("/options/depth").asInt()).isEqualTo(100);
  }

  @Test
  void should_reject_impossible_options() {
    assertThatThrownBy(() -> new Options(5, Duration.ZERO, Duration.ofDays(1), 1, 1, 1, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("depth must be >= 10 but was 5");
    assertThatThrownBy(() -> Options.defaults().withWeights(0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("topicWeight must be > 0 but was 0.0");
    assertThatThrownBy(() -> Options.defaults().withSnapshotInterval(Duration.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("snapshotInterval must not be negative");
  }

  /**
   * The headline claim on real data: on the Beer, Wine &amp; Spirits site the full model beats topic-only
   * on every metric and both ground truths. The counts follow from the site's SOURCE.md: 663 questions, 4
   * from deleted accounts.
   */
  @Test
  void should_beat_topic_only_on_the_beer_site() {
    StackExchangePosts posts;
    try (InputStream in = getClass().getResourceAsStream("/stackexchange/beer-posts-stripped.xml")) {
      posts = StackExchangePosts.read(in, "beer-posts-stripped.xml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Result r = RoutingEvaluation.run(posts, Options.defaults());
    assertThat(r.questions()).isEqualTo(663);
    assertThat(r.fromDeletedAccounts()).isEqualTo(4);
    assertThat(r.questions() - r.fromDeletedAccounts() - r.unanswered() - r.coldStart())
        .isEqualTo(r.scores(Truth.ANSWERERS, Method.FULL_MODEL).questions());
    for (Truth t : Truth.values()) {
      Scores full = r.scores(t, Method.FULL_MODEL);
      Scores topic = r.scores(t, Method.TOPIC_ONLY);
      assertThat(full.precisionAt1()).as(t + " P@1").isGreaterThan(topic.precisionAt1());
      assertThat(full.ndcgAt3()).as(t + " NDCG@3").isGreaterThan(topic.ndcgAt3());
      assertThat(full.precisionAt10()).as(t + " P@10").isGreaterThan(topic.precisionAt10());
      assertThat(full.mrr()).as(t + " MRR").isGreaterThan(topic.mrr());
    }
  }

  @Test
  void should_report_the_replay_to_a_progress_listener_from_start_to_end() throws Exception {
    java.nio.file.Path site = java.nio.file.Files.createTempFile("site", ".xml");
    try {
      java.nio.file.Files.writeString(site, SITE, StandardCharsets.UTF_8);
      List<String> reports = new java.util.ArrayList<>();
      Result r = RoutingEvaluation.run(site, Options.defaults(), (stage, done, total) -> reports.add(stage + " " + done
          + "/" + total));
      // six questions, one report each (a hundredth of six rounds up to one), then the end
      assertThat(reports).containsExactly("replaying questions 0/6", "replaying questions 1/6", "replaying questions 2/6",
          "replaying questions 3/6", "replaying questions 4/6", "replaying questions 5/6", "replaying questions 6/6");
      assertThat(r.questions()).isEqualTo(6);
      assertThat(r.scores(Truth.ANSWERERS, Method.POPULARITY).mrr())
          .isEqualTo(site(Options.defaults()).scores(Truth.ANSWERERS, Method.POPULARITY).mrr());
    } finally {
      java.nio.file.Files.delete(site);
    }
  }

  @Test
  void should_rank_at_most_the_members_there_are_whatever_the_depth() {
    // a depth far above the members must not be allocated up front
    Result r = site(Options.defaults().withDepth(Integer.MAX_VALUE));
    assertThat(r.options().depth()).isEqualTo(Integer.MAX_VALUE);
    assertThat(r.scores(Truth.ANSWERERS, Method.POPULARITY).questions())
        .isEqualTo(site(Options.defaults()).scores(Truth.ANSWERERS, Method.POPULARITY).questions());
    assertThatThrownBy(() -> Options.defaults().withDepth(9)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("depth must be >= 10 but was 9");
  }
}
