package org.blendnet.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.core.testing.Theories.qt;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.blendnet.core.Network;
import org.blendnet.core.TimeWindow;
import org.blendnet.core.testing.Networks;
import org.blendnet.graph.silo.SiloOptions;
import org.blendnet.metrics.Moderate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.w3c.dom.Document;

/**
 * Invariants of the report over generated networks — names with quotes, tabs, line breaks, emoji and CJK,
 * affiliations of any depth, records spread over years: every rendering is well formed, every chart draws one
 * mark per datum, ratios stay in range, and the same network gives the same bytes.
 */
class ReportPropertiesTest {

  /** The generator's records fall in 2000–2005 (with rare outliers, left out by the window), here in half years. */
  private static final ReportOptions OPTIONS = ReportOptions.builder().period(Period.ofMonths(6)).names(true)
      .window(new TimeWindow(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2006-01-01T00:00:00Z")))
      .siloOptions(SiloOptions.builder().privacyFloor(2).build()).build();

  /** Generated networks, touchpoint weights clamped to what a social graph holds (see {@link Moderate}). */
  private static Gen<Network> networks() {
    return Networks.networks(Networks.Sizes.small().withMembers(1, 10).withTouchpoints(25).withQuestions(5)
        .withAnswers(8).withReferrals(5).withCommunities(2)).map(ReportPropertiesTest::moderate);
  }

  private static Network moderate(Network n) {
    return Network.builder().members(n.members()).events(n.events()).communities(n.communities())
        .touchpoints(Moderate.weights(n).touchpoints()).questions(n.questions()).answers(n.answers())
        .referrals(n.referrals()).build();
  }

  @Test
  void should_render_well_formed_output_with_one_mark_per_datum() {
    qt(25).forAll(networks()).checkAssert(n -> {
      NetworkHealthReport report = NetworkHealthReport.of(n, OPTIONS);
      Document doc;
      try {
        doc = RenderingTest.parse(report.toHtml());
      } catch (Exception e) {
        throw new AssertionError("not well-formed XHTML", e);
      }
      Map<String, Integer> marks = RenderingTest.marks(doc);
      Chart.Scatter scatter = (Chart.Scatter) report.section("reciprocity").charts().get(0);
      Chart.StackedBars bars = (Chart.StackedBars) report.section("blendedness").charts().get(0);
      assertThat(marks.get("activity")).isEqualTo((int) report.number("network", "periods").getAsDouble());
      assertThat(marks.get("give_take")).isEqualTo(scatter.points().size()).isLessThanOrEqualTo(n.members().size());
      assertThat(marks.get("blendedness")).isEqualTo(4 * bars.labels().size());
      List<Chart> silo = report.section("silos").charts();
      if (silo.isEmpty()) {
        assertThat(marks).doesNotContainKey("silo_matrix");
      } else {
        Chart.Matrix m = (Chart.Matrix) silo.get(0);
        assertThat(marks.get("silo_matrix")).isEqualTo(m.labels().size() * m.labels().size());
        for (List<Double> row : m.cells()) {
          double sum = row.stream().mapToDouble(Double::doubleValue).sum();
          assertThat(sum).isLessThanOrEqualTo(1 + 1e-9);
          assertThat(row).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
        }
      }
      for (List<Double> shares : bars.shares()) {
        double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
        assertThat(sum == 0 || Math.abs(sum - 1) < 1e-9).as("shares %s", shares).isTrue();
      }
      Chart.Heatmap cohorts = (Chart.Heatmap) report.section("engagement").charts().get(1);
      assertThat(marks.get("cohort_retention")).isEqualTo(cohorts.marks());
      Json.parse(report.toJson());
    });
  }

  /**
   * The new engagement tables against the section's own figures: cohort sizes add up to the active members and
   * their shares stay in [0, 1], starting at 1; the participation groups and the unreported members add up to
   * the members, online and face-to-face counts to theirs; kinds and size bands to the communities.
   */
  @Test
  @SuppressWarnings("unchecked")
  void should_keep_cohorts_groups_and_communities_consistent() {
    ReportOptions byRole = OPTIONS.toBuilder().participationAttribute("role").build();
    qt(25).forAll(networks()).checkAssert(n -> {
      for (ReportOptions options : List.of(OPTIONS, byRole)) {
        NetworkHealthReport report = NetworkHealthReport.of(n, options);
        Map<String, Object> e = (Map<String, Object>) Json.at(Json.parse(report.toJson()), "sections", "engagement");
        // 12 half years fit under the default cap of 24 cohorts
        assertThat(e.get("cohorts_omitted")).isEqualTo(0);
        long cohortMembers = 0;
        for (Map<String, Object> row : (List<Map<String, Object>>) e.get("cohorts")) {
          int size = (Integer) row.get("size");
          cohortMembers += size;
          List<Number> retained = (List<Number>) row.get("retained");
          assertThat(retained.get(0).intValue()).isEqualTo(size);
          retained.forEach(r -> assertThat(r.intValue()).isBetween(0, size));
          if (size > 0) {
            List<Number> shares = (List<Number>) row.get("retained_share");
            assertThat(shares.get(0).doubleValue()).isEqualTo(1.0);
            shares.forEach(r -> assertThat(r.doubleValue()).isBetween(0.0, 1.0));
          }
        }
        assertThat(cohortMembers).isEqualTo(((Number) e.get("active_members")).longValue());
        long members = ((Number) e.get("participation_unreported_members")).longValue();
        long online = 0;
        long offline = 0;
        long active = 0;
        for (Map<String, Object> row : (List<Map<String, Object>>) e.get("participation")) {
          members += ((Number) row.get("members")).longValue();
          active += ((Number) row.get("active")).longValue();
          online += ((Number) row.get("online")).longValue();
          offline += ((Number) row.get("offline")).longValue();
        }
        if (((Number) e.get("participation_unreported_members")).longValue() == 0) {
          assertThat(members).isEqualTo(((Number) e.get("members")).longValue());
          assertThat(active).isEqualTo(((Number) e.get("active_members")).longValue());
          assertThat(online).isEqualTo(((Number) e.get("online_members")).longValue());
          assertThat(offline).isEqualTo(((Number) e.get("offline_members")).longValue());
        } else {
          assertThat(members).isEqualTo(((Number) e.get("members")).longValue());
          assertThat(online).isLessThanOrEqualTo(((Number) e.get("online_members")).longValue());
        }
        for (String table : List.of("community_kinds", "community_sizes")) {
          long communities = 0;
          long activeCommunities = 0;
          for (Map<String, Object> row : (List<Map<String, Object>>) e.get(table)) {
            communities += ((Number) row.get("communities")).longValue();
            activeCommunities += ((Number) row.get("active")).longValue();
          }
          assertThat(communities).isEqualTo(n.communities().size())
              .isEqualTo(((Number) e.get("community_count")).longValue());
          assertThat(activeCommunities).isEqualTo(((Number) e.get("active_communities")).longValue());
        }
      }
    });
  }

  @Test
  void should_keep_shares_and_coefficients_in_range() {
    qt(25).forAll(networks()).checkAssert(n -> {
      NetworkHealthReport report = NetworkHealthReport.of(n, OPTIONS);
      for (String key : report.sections()) {
        for (Figure f : report.section(key).figures()) {
          if (f.kind() == Kind.RATIO && f.value() != null) {
            assertThat((Double) f.value()).as(key + "." + f.key()).isBetween(-1.0, 1.0);
          }
          if (f.kind() == Kind.COUNT) {
            assertThat((Long) f.value()).as(key + "." + f.key()).isNotNegative();
          }
        }
      }
      assertThat(report.number("engagement", "top1_share").getAsDouble()
          + report.number("engagement", "next9_share").getAsDouble()
          + report.number("engagement", "bottom90_share").getAsDouble())
          .isCloseTo(report.number("engagement", "acts").getAsDouble() == 0 ? 0 : 1, within(1e-9));
    });
  }

  /** Over the records' own span, which may run from Instant.MIN to Instant.MAX: a report, or a request for a window. */
  @Test
  void should_report_or_ask_for_a_window_over_any_span_of_records() {
    ReportOptions yearly = ReportOptions.builder().period(Period.ofYears(1)).build();
    qt(25).forAll(networks()).checkAssert(n -> {
      NetworkHealthReport report;
      try {
        report = NetworkHealthReport.of(n, yearly);
      } catch (IllegalArgumentException e) {
        assertThat(e).hasMessageContaining("set a shorter window");
        return;
      }
      assertThat(report.number("network", "periods").getAsDouble()).isBetween(1.0, 10_000.0);
      assertThat(Json.parse(report.toJson())).containsKey("sections");
    });
  }

  @Test
  void should_give_the_same_bytes_for_the_same_network() {
    qt(15).forAll(networks()).checkAssert(n -> {
      NetworkHealthReport a = NetworkHealthReport.of(n, OPTIONS);
      NetworkHealthReport b = NetworkHealthReport.of(n.toBuilder().build(), OPTIONS);
      assertThat(b.toJson()).isEqualTo(a.toJson());
      assertThat(b.toHtml()).isEqualTo(a.toHtml());
      assertThat(b.toMarkdown()).isEqualTo(a.toMarkdown());
    });
  }
}
