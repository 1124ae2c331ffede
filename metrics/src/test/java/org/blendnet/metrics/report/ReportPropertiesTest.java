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
      Json.parse(report.toJson());
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
