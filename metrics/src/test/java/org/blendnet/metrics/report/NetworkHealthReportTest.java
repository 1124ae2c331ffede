package org.blendnet.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.metrics.report.Json.at;

import java.util.List;
import java.util.Map;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.junit.jupiter.api.Test;

/** The figures of the report of {@link ReportFixture}, computed by hand (see each comment), in JSON and by number. */
class NetworkHealthReportTest {

  private static final NetworkHealthReport REPORT = NetworkHealthReport.of(ReportFixture.network(),
      ReportFixture.options());
  private static final Map<String, Object> JSON = Json.parse(REPORT.toJson());

  private static double number(String section, String field) {
    return ((Number) at(JSON, "sections", section, field)).doubleValue();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(String section, String table) {
    return (List<Map<String, Object>>) at(JSON, "sections", section, table);
  }

  @Test
  void should_head_the_json_with_format_version_and_options() {
    assertThat(at(JSON, "report")).isEqualTo("blendnet-network-health");
    assertThat(at(JSON, "schema_version")).isEqualTo(1);
    assertThat(at(JSON, "options", "period")).isEqualTo("P7D");
    assertThat(at(JSON, "options", "zone")).isEqualTo("Z");
    assertThat(at(JSON, "options", "top_n")).isEqualTo(10);
    assertThat(at(JSON, "options", "names")).isEqualTo(false);
    assertThat(at(JSON, "options", "privacy_floor")).isEqualTo(2);
    assertThat(((Map<?, ?>) at(JSON, "sections")).keySet().toString())
        .isEqualTo("[network, engagement, reciprocity, blendedness, silos, knowledge_at_risk, shape]");
    assertThat(REPORT.sections()).containsExactly("network", "engagement", "reciprocity", "blendedness", "silos",
        "knowledge_at_risk", "shape");
  }

  @Test
  void should_count_the_records_of_the_window() {
    assertThat(at(JSON, "sections", "network", "window_from")).isEqualTo("2026-03-02T00:00:00Z");
    assertThat(at(JSON, "sections", "network", "window_to")).isEqualTo("2026-03-16T00:00:00Z");
    assertThat(number("network", "periods")).isEqualTo(2);
    assertThat(number("network", "members")).isEqualTo(4);
    assertThat(number("network", "touchpoints")).isEqualTo(2);
    assertThat(number("network", "online_touchpoints")).isEqualTo(2);
    assertThat(number("network", "offline_touchpoints")).isEqualTo(0);
    assertThat(number("network", "questions")).isEqualTo(2);
    assertThat(number("network", "answers")).isEqualTo(2);
    assertThat(number("network", "referrals")).isEqualTo(0);
  }

  /**
   * Acts: ana q1 (week 0), a2 (week 1) = 2; bo a1, t1 (week 0), t2 (week 1) = 3; cy t1 (week 0), t2, q2 (week 1)
   * = 3; dee 0. Gini of [0, 2, 3, 3]: (−1·2 + 1·3 + 3·3)/(4 · 8) = 10/32. Top 1% and top 10% of 4 are one
   * member each (3 of 8 acts); the other 90% are three (5 of 8).
   */
  @Test
  void should_report_engagement() {
    assertThat(number("engagement", "members")).isEqualTo(4);
    assertThat(number("engagement", "active_members")).isEqualTo(3);
    assertThat(number("engagement", "active_share")).isEqualTo(0.75);
    assertThat(number("engagement", "acts")).isEqualTo(8);
    assertThat(number("engagement", "inactive_members")).isEqualTo(1);
    assertThat(number("engagement", "participation_gini")).isCloseTo(10.0 / 32, within(1e-12));
    assertThat(number("engagement", "top1_count")).isEqualTo(1);
    assertThat(number("engagement", "top1_share")).isEqualTo(0.375);
    assertThat(number("engagement", "next9_count")).isEqualTo(0);
    assertThat(number("engagement", "next9_share")).isEqualTo(0);
    assertThat(number("engagement", "bottom90_count")).isEqualTo(3);
    assertThat(number("engagement", "bottom90_share")).isEqualTo(0.625);
    assertThat(number("engagement", "questions_asked")).isEqualTo(2);
    assertThat(number("engagement", "questions_answered")).isEqualTo(2);
    assertThat(number("engagement", "answer_rate")).isEqualTo(1);
    assertThat(number("engagement", "median_time_to_first_answer_seconds")).isEqualTo(86_400);
    assertThat(number("engagement", "mean_time_to_first_answer_seconds")).isEqualTo(86_400);
    List<Map<String, Object>> periods = rows("engagement", "periods");
    assertThat(periods).hasSize(2);
    assertThat(periods.get(0)).containsEntry("from", "2026-03-02T00:00:00Z").containsEntry("to", "2026-03-09T00:00:00Z")
        .containsEntry("active", 3).containsEntry("active_share", 0.75).containsEntry("acts", 4);
    assertThat(periods.get(1)).containsEntry("from", "2026-03-09T00:00:00Z").containsEntry("active", 3)
        .containsEntry("acts", 4);
    assertThat(at(JSON, "sections", "engagement", "periods_omitted")).isEqualTo(0);
  }

  /**
   * Default weights: ana G = 1 (a2), T = 0.5 + 1 (q1 and a1 received), B = −0.2, a matcher; bo G = 1 (a1), a
   * giver; cy G = 0.25 (t2 replies to t1), T = 1.5, B = −0.714, a taker; dee too inactive to profile. Week 0
   * ana is a taker (T only), week 1 a giver: one transition.
   */
  @Test
  void should_report_the_ledger_and_profiles() {
    assertThat(number("reciprocity", "total_given")).isEqualTo(2.25);
    assertThat(number("reciprocity", "total_taken")).isEqualTo(3);
    assertThat(number("reciprocity", "acts_of_giving")).isEqualTo(3);
    assertThat(number("reciprocity", "acts_of_taking")).isEqualTo(4);
    assertThat(number("reciprocity", "givers")).isEqualTo(1);
    assertThat(number("reciprocity", "matchers")).isEqualTo(1);
    assertThat(number("reciprocity", "takers")).isEqualTo(1);
    assertThat(number("reciprocity", "unprofiled")).isEqualTo(1);
    assertThat(number("reciprocity", "broadcasters")).isEqualTo(0);
    assertThat(number("reciprocity", "taker_to_giver_transitions")).isEqualTo(1);
    List<Map<String, Object>> givers = rows("reciprocity", "top_givers");
    assertThat(givers).extracting(r -> r.get("member")).containsExactly("ana", "bo", "cy");
    assertThat(givers.get(0)).containsEntry("given", 1.0).containsEntry("taken", 1.5).containsEntry("profile", "matcher");
    assertThat((Double) givers.get(0).get("balance")).isCloseTo(-0.2, within(1e-12));
    assertThat(givers.get(1)).containsEntry("balance", 1.0).containsEntry("profile", "giver");
    assertThat(givers.get(2)).containsEntry("given", 0.25).containsEntry("profile", "taker");
    assertThat(rows("reciprocity", "top_takers")).extracting(r -> r.get("member")).containsExactly("ana", "cy");
  }

  /**
   * Contact graph: bo → cy and cy → bo, both reciprocated, density 2/12: r = 1, ρ = 1. Help flow: bo → ana
   * (a1), ana → cy (a2), none returned: r = 0, ρ = (0 − 1/6)/(5/6) = −0.2, r_w = 0/2. Pay it forward: ana,
   * helped on day 1, helps cy (who never helped her) on day 9: 1 of the 2 helped, after 8 days. Giving
   * G = [1, 1, 0.25, 0]: Gini (−1·0.25 + 1·1 + 3·1)/(4 · 2.25) = 3.75/9; the top 5% of 4 is one member, 1 of 2.25.
   */
  @Test
  void should_report_network_reciprocity_pay_it_forward_and_overload() {
    assertThat(number("reciprocity", "contact_ties")).isEqualTo(2);
    assertThat(number("reciprocity", "contact_reciprocated_ties")).isEqualTo(2);
    assertThat(number("reciprocity", "contact_r")).isEqualTo(1);
    assertThat(number("reciprocity", "contact_density")).isCloseTo(1.0 / 6, within(1e-12));
    assertThat(number("reciprocity", "contact_rho")).isCloseTo(1, within(1e-12));
    assertThat(number("reciprocity", "help_flow_ties")).isEqualTo(2);
    assertThat(number("reciprocity", "help_flow_r")).isEqualTo(0);
    assertThat(number("reciprocity", "help_flow_rho")).isCloseTo(-0.2, within(1e-12));
    assertThat(number("reciprocity", "help_flow_weight")).isEqualTo(2);
    assertThat(number("reciprocity", "help_flow_reciprocated_weight")).isEqualTo(0);
    assertThat(number("reciprocity", "help_flow_r_w")).isEqualTo(0);
    assertThat(number("reciprocity", "helped")).isEqualTo(2);
    assertThat(number("reciprocity", "paid_forward")).isEqualTo(1);
    assertThat(number("reciprocity", "pay_it_forward_share")).isEqualTo(0.5);
    assertThat(number("reciprocity", "median_pay_it_forward_delay_seconds")).isEqualTo(8 * 86_400);
    assertThat(number("reciprocity", "giving_gini")).isCloseTo(3.75 / 9, within(1e-12));
    assertThat(number("reciprocity", "giving_top_share")).isCloseTo(1 / 2.25, within(1e-12));
    assertThat(number("reciprocity", "forwards_requested")).isEqualTo(0);
    assertThat(number("reciprocity", "referral_chains")).isEqualTo(0);
    List<Map<String, Object>> carriers = rows("reciprocity", "carriers");
    assertThat(carriers).hasSize(1);
    assertThat(carriers.get(0)).containsEntry("member", "ana").containsEntry("given", 1.0)
        .containsEntry("given_by_period", List.of(0.0, 1.0));
  }

  /**
   * Units Acme / Ops (cy, dee) and Acme / Sales (ana, bo), named under a floor of 2; the only tie, bo–cy, joins
   * them: network E-I +1, each unit's E-I +1 against an expected (4 − 4 + 1)/3, and all of each unit's contact
   * goes to the other.
   */
  @Test
  void should_report_silos_by_unit() {
    assertThat(number("silos", "members")).isEqualTo(4);
    assertThat(number("silos", "groups")).isEqualTo(2);
    assertThat(number("silos", "silo_count")).isEqualTo(0);
    assertThat(number("silos", "unreported_members")).isEqualTo(0);
    assertThat(number("silos", "network_ei")).isEqualTo(1);
    List<Map<String, Object>> units = rows("silos", "units");
    assertThat(units).extracting(r -> r.get("name")).containsExactly("Acme / Ops", "Acme / Sales");
    assertThat(units.get(0)).containsEntry("size", 2).containsEntry("ei", 1.0).containsEntry("silo", false);
    assertThat((Double) units.get(0).get("expected_ei")).isCloseTo(1.0 / 3, within(1e-12));
    Chart.Matrix matrix = (Chart.Matrix) REPORT.section("silos").charts().get(0);
    assertThat(matrix.labels()).containsExactly("Ops", "Sales");
    assertThat(matrix.definition()).endsWith("Units are named without their common prefix “Acme /”.");
    assertThat(matrix.cells()).containsExactly(List.of(0.0, 1.0), List.of(1.0, 0.0));
  }

  /** One tie, bo–cy, by chat only: online only, in both units; no events, so nothing to catalyse. */
  @Test
  void should_report_blended_ties() {
    assertThat(number("blendedness", "ties")).isEqualTo(1);
    assertThat(number("blendedness", "online_only")).isEqualTo(1);
    assertThat(number("blendedness", "online_only_share")).isEqualTo(1);
    assertThat(number("blendedness", "blended_share")).isEqualTo(0);
    assertThat(number("blendedness", "offline_first_share")).isEqualTo(0);
    assertThat(number("blendedness", "unreported_members")).isEqualTo(0);
    assertThat(number("blendedness", "catalysis_exposed_pairs")).isEqualTo(0);
    assertThat(at(JSON, "sections", "blendedness", "catalysis_lift")).isSameAs(Json.NULL);
    assertThat(at(JSON, "sections", "blendedness", "catalysis_horizon")).isEqualTo("PT672H");
    List<Map<String, Object>> units = rows("blendedness", "units");
    assertThat(units).extracting(r -> r.get("name")).containsExactly("Acme / Ops", "Acme / Sales");
    assertThat(units.get(0)).containsEntry("members", 2).containsEntry("ties", 1).containsEntry("online_only_share", 1.0);
    Chart.StackedBars bars = (Chart.StackedBars) REPORT.section("blendedness").charts().get(0);
    assertThat(bars.labels()).containsExactly("whole network", "Ops", "Sales");
    assertThat(bars.shares()).containsOnly(List.of(1.0, 0.0, 0.0, 0.0));
  }

  /**
   * pricing: held by ana (expert), answered by ana (q2 is on pricing): 1 active holder; hiring: held by dee, never
   * answered: 0. Both below k = 2. With k = 1 and ana leaving, pricing rests on a leaver and hiring on nobody.
   */
  @Test
  void should_report_knowledge_at_risk() {
    assertThat(number("knowledge_at_risk", "topics")).isEqualTo(2);
    assertThat(number("knowledge_at_risk", "topics_at_risk")).isEqualTo(2);
    assertThat(number("knowledge_at_risk", "few_active_holders")).isEqualTo(2);
    assertThat(number("knowledge_at_risk", "concentrated_in_leavers")).isEqualTo(0);
    assertThat(at(JSON, "sections", "knowledge_at_risk", "level")).isEqualTo("advanced");
    List<Map<String, Object>> risks = rows("knowledge_at_risk", "at_risk");
    assertThat(risks).extracting(r -> r.get("topic")).containsExactly("hiring", "pricing");
    assertThat(risks.get(1)).containsEntry("holders", 1).containsEntry("answerers", 1)
        .containsEntry("active_holders", 1).containsEntry("reason", "few_active_holders");

    NetworkHealthReport leaving = NetworkHealthReport.of(ReportFixture.network(), ReportFixture.options().toBuilder()
        .minActiveHolders(1).leaving(java.util.Set.of(MemberId.of("ana"))).build());
    assertThat(leaving.number("knowledge_at_risk", "concentrated_in_leavers")).hasValue(1);
    assertThat(leaving.number("knowledge_at_risk", "few_active_holders")).hasValue(1);
    assertThat(leaving.number("knowledge_at_risk", "leaving_members")).hasValue(1);
  }

  @Test
  void should_report_the_unit_indices() {
    // all tie weight crosses units: assortativity −1 over two units of equal degree, modularity −1/2
    assertThat(number("silos", "units_total")).isEqualTo(2);
    assertThat(number("silos", "unit_assortativity")).isCloseTo(-1, within(1e-12));
    assertThat(number("silos", "unit_modularity")).isCloseTo(-0.5, within(1e-12));
  }

  @Test
  void should_report_the_shape() {
    assertThat(at(JSON, "sections", "shape", "shape")).isIn("hierarchy", "collaborating_hubs", "peer_mesh");
    assertThat(number("shape", "members")).isEqualTo(4);
    assertThat(number("shape", "ties")).isEqualTo(1);
    assertThat(number("shape", "peer_tie_share")).isEqualTo(1);
    assertThat(at(JSON, "sections", "shape", "exact")).isEqualTo(true);
  }

  @Test
  void should_give_numbers_by_section_and_field() {
    assertThat(REPORT.number("engagement", "active_share")).hasValue(0.75);
    assertThat(REPORT.number("reciprocity", "help_flow_rho").getAsDouble()).isCloseTo(-0.2, within(1e-12));
    assertThatThrownBy(() -> REPORT.number("engagement", "nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("engagement.nope");
    assertThatThrownBy(() -> REPORT.number("nope", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
    assertThatThrownBy(() -> REPORT.number("shape", "shape")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a number");
  }

  @Test
  void should_write_null_for_undefined_figures() {
    Network quiet = Network.builder().member(ReportFixture.member("ana", "Ana", "Ops")).build();
    Map<String, Object> json = Json.parse(NetworkHealthReport.of(quiet).toJson());
    assertThat(at(json, "sections", "engagement", "median_time_to_first_answer_seconds")).isSameAs(Json.NULL);
    assertThat(at(json, "sections", "silos", "network_ei")).isSameAs(Json.NULL);
    assertThat(at(json, "sections", "network", "window_from")).isEqualTo("1970-01-01T00:00:00Z");
    assertThat(NetworkHealthReport.of(quiet).number("engagement", "median_time_to_first_answer_seconds")).isEmpty();
  }

  @Test
  void should_cover_the_days_of_the_records_by_default() {
    NetworkHealthReport report = NetworkHealthReport.of(ReportFixture.network());
    // day 0 to day 9 (11 March 09:00): from 2 March to 12 March, one (short) monthly period
    assertThat(report.window()).isEqualTo(new org.blendnet.core.TimeWindow(java.time.Instant.parse(
        "2026-03-02T00:00:00Z"), java.time.Instant.parse("2026-03-12T00:00:00Z")));
    assertThat(report.number("network", "periods")).hasValue(1);
  }

  @Test
  void should_cap_lists_at_top_n() {
    NetworkHealthReport report = NetworkHealthReport.of(ReportFixture.network(),
        ReportFixture.options().toBuilder().topN(1).maxGroups(1).build());
    Map<String, Object> json = Json.parse(report.toJson());
    assertThat((List<?>) at(json, "sections", "reciprocity", "top_givers")).hasSize(1);
    assertThat(at(json, "sections", "reciprocity", "top_givers_omitted")).isEqualTo(2);
    assertThat((List<?>) at(json, "sections", "silos", "units")).hasSize(1);
    assertThat(at(json, "sections", "silos", "units_omitted")).isEqualTo(1);
    assertThat(report.toMarkdown()).contains("…(+2 more)");
  }

  @Test
  void should_show_names_only_with_consent() {
    NetworkHealthReport ids = REPORT;
    NetworkHealthReport names = NetworkHealthReport.of(ReportFixture.network(),
        ReportFixture.options().toBuilder().names(true).build());
    assertThat(ids.toHtml()).doesNotContain("Ana Lima", "Bo Berg", "Cy Chen");
    assertThat(ids.toJson()).doesNotContain("Ana Lima", "Bo Berg", "Cy Chen");
    assertThat(rows("reciprocity", "top_givers")).extracting(r -> r.get("member")).containsExactly("ana", "bo", "cy");
    Map<String, Object> json = Json.parse(names.toJson());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> givers = (List<Map<String, Object>>) at(json, "sections", "reciprocity", "top_givers");
    // bo consented to nothing: his id, never his name
    assertThat(givers).extracting(r -> r.get("member")).containsExactly("Ana Lima", "bo", "Cy Chen");
    for (String out : List.of(names.toJson(), names.toMarkdown(), names.toHtml())) {
      assertThat(out).contains("Ana Lima").doesNotContain("Bo Berg");
    }
  }

  @Test
  void should_not_mention_an_erased_member() {
    Network erased = ReportFixture.network("Ana Lima", "Acme", "Sales").erase(MemberId.of("ana"));
    NetworkHealthReport report = NetworkHealthReport.of(erased, ReportFixture.options().toBuilder().names(true).build());
    for (String out : List.of(report.toJson(), report.toMarkdown(), report.toHtml())) {
      assertThat(out).doesNotContain("Ana Lima").doesNotContainPattern("\\bana\\b");
    }
    assertThat(report.number("network", "members")).hasValue(3);
  }

  @Test
  void should_not_name_a_unit_below_the_privacy_floor() {
    NetworkHealthReport report = NetworkHealthReport.of(ReportFixture.network("Ana", "Acme", "Secret Team"),
        ReportFixture.options().toBuilder().siloOptions(org.blendnet.graph.silo.SiloOptions.defaults()).build());
    for (String out : List.of(report.toJson(), report.toMarkdown(), report.toHtml())) {
      assertThat(out).doesNotContain("Secret Team").doesNotContain("Acme / Ops");
    }
    assertThat(report.number("silos", "unreported_members")).hasValue(4);
    assertThat(report.section("silos").charts()).isEmpty();
  }

  @Test
  void should_tell_a_listener_how_far_it_has_got() {
    List<String> heard = new java.util.ArrayList<>();
    NetworkHealthReport.of(ReportFixture.network(), ReportFixture.options(),
        (stage, done, total) -> heard.add(stage + " " + done + "/" + total));
    assertThat(heard.stream().filter(h -> h.startsWith("health report sections")))
        .containsExactly("health report sections 0/7", "health report sections 1/7", "health report sections 2/7",
            "health report sections 3/7", "health report sections 4/7", "health report sections 5/7",
            "health report sections 6/7", "health report sections 7/7");
    // the social graph reports first
    assertThat(heard.indexOf("health report sections 0/7")).isPositive();
  }

  @Test
  void should_print_the_headline_figures() {
    assertThat(REPORT.toString()).startsWith("NetworkHealthReport[window=").contains("members=4")
        .contains("active share=0.750").contains("help-flow r=0.000").contains("silos=0");
  }
}
