package org.blendnet.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.blendnet.metrics.report.Json.at;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.blendnet.graph.silo.SiloOptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Cohort retention, participation by group and community sizes in the report of {@link EngagementFixture},
 * computed by hand, and found in the JSON, the Markdown and the HTML.
 */
class EngagementReportTest {

  private static final NetworkHealthReport REPORT = NetworkHealthReport.of(EngagementFixture.network(),
      EngagementFixture.options());
  private static final Map<String, Object> JSON = Json.parse(REPORT.toJson());
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "report", "engagement.md");
  private static final String HOSTILE = "</svg><script>alert(1)</script>&amp;\"'|*_[x](http://evil)\u0001";

  private static Object field(Map<String, Object> json, String name) {
    return at(json, "sections", "engagement", name);
  }

  private static double number(String name) {
    return ((Number) field(JSON, name)).doubleValue();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Map<String, Object> json, String table) {
    return (List<Map<String, Object>>) field(json, table);
  }

  private static Map<String, Object> json(ReportOptions options) {
    return Json.parse(NetworkHealthReport.of(EngagementFixture.network(), options).toJson());
  }

  /**
   * Cohorts: week 0 a, b, c, of whom a came back in week 1 and a, b in week 2: [3, 1, 2]; week 1 d, back in
   * week 2: [1, 1]; week 2 e: [1]. Pooled after 1 period: (1 + 1)/(3 + 1); after 2: 2/3 (only week 0 was
   * followed that long); after 3: nobody was followed that long.
   */
  @Test
  void should_report_cohort_retention() {
    assertThat(number("active_members")).isEqualTo(5);
    assertThat(number("retention_cohorts")).isEqualTo(3);
    assertThat(number("retention_after_1")).isEqualTo(0.5);
    assertThat(number("retention_after_2")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(field(JSON, "retention_after_3")).isSameAs(Json.NULL);
    List<Map<String, Object>> cohorts = rows(JSON, "cohorts");
    assertThat(cohorts).extracting(r -> r.get("from")).containsExactly("2026-03-02T00:00:00Z",
        "2026-03-09T00:00:00Z", "2026-03-16T00:00:00Z");
    assertThat(cohorts.get(0)).containsEntry("to", "2026-03-09T00:00:00Z").containsEntry("size", 3)
        .containsEntry("retained", List.of(3, 1, 2));
    assertThat(cohorts.get(0).get("retained_share")).isEqualTo(List.of(1.0, 1.0 / 3, 2.0 / 3));
    assertThat(cohorts.get(1)).containsEntry("size", 1).containsEntry("retained", List.of(1, 1))
        .containsEntry("retained_share", List.of(1.0, 1.0));
    assertThat(cohorts.get(2)).containsEntry("size", 1).containsEntry("retained", List.of(1))
        .containsEntry("retained_share", List.of(1.0));
    assertThat(field(JSON, "cohorts_omitted")).isEqualTo(0);
    assertThat(cohorts.stream().mapToInt(r -> (Integer) r.get("size")).sum()).isEqualTo(5);
  }

  @Test
  void should_show_the_most_recent_cohorts_and_pool_them_all() {
    Map<String, Object> capped = json(EngagementFixture.options().toBuilder().maxCohorts(2).build());
    assertThat(rows(capped, "cohorts")).extracting(r -> r.get("from")).containsExactly("2026-03-09T00:00:00Z",
        "2026-03-16T00:00:00Z");
    assertThat(field(capped, "cohorts_omitted")).isEqualTo(1);
    assertThat(field(capped, "retention_after_1")).isEqualTo(0.5);
    assertThat(at(capped, "options", "max_cohorts")).isEqualTo(2);
  }

  @Test
  void should_leave_an_empty_cohort_without_shares() {
    // a fourth week in which nobody starts: an empty cohort, and nobody active then either
    Map<String, Object> longer = json(EngagementFixture.options().toBuilder().window(new org.blendnet.core.TimeWindow(
        EngagementFixture.WINDOW.from(), EngagementFixture.WINDOW.to().plus(java.time.Duration.ofDays(7)))).build());
    List<Map<String, Object>> cohorts = rows(longer, "cohorts");
    assertThat(cohorts).hasSize(4);
    assertThat(cohorts.get(3)).containsEntry("size", 0).containsEntry("retained", List.of(0))
        .containsEntry("retained_share", Json.NULL);
    assertThat(cohorts.get(0)).containsEntry("retained", List.of(3, 1, 2, 0));
    // after 3 periods: only week 0's cohort, nobody back
    assertThat(field(longer, "retention_after_3")).isEqualTo(0.0);
  }

  /**
   * By unit (2 levels): Acme / Ops c, d, e all active, d online, all three face to face; Acme / Sales a, b
   * active online and face to face; g (no unit) alone, below the floor of 2: only counted. Online a, b, d of
   * 6; face to face a, b, c, d, e.
   */
  @Test
  void should_report_participation_by_unit() {
    assertThat(number("online_members")).isEqualTo(3);
    assertThat(number("online_share")).isEqualTo(0.5);
    assertThat(number("offline_members")).isEqualTo(5);
    assertThat(number("offline_share")).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(field(JSON, "participation_by")).isEqualTo("unit");
    assertThat(number("participation_unreported_members")).isEqualTo(1);
    List<Map<String, Object>> groups = rows(JSON, "participation");
    assertThat(groups).extracting(r -> r.get("group")).containsExactly("Acme / Ops", "Acme / Sales");
    assertThat(groups.get(0)).containsEntry("members", 3).containsEntry("active", 3).containsEntry("active_share", 1.0)
        .containsEntry("online", 1).containsEntry("offline", 3).containsEntry("offline_share", 1.0);
    assertThat((Double) groups.get(0).get("online_share")).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(groups.get(1)).containsEntry("members", 2).containsEntry("online", 2).containsEntry("online_share", 1.0);
    assertThat(field(JSON, "participation_omitted")).isEqualTo(0);

    // a floor of 1 names g's lack of a unit
    Map<String, Object> all = json(EngagementFixture.options().toBuilder()
        .siloOptions(SiloOptions.builder().privacyFloor(1).build()).build());
    assertThat(rows(all, "participation")).extracting(r -> r.get("group"))
        .containsExactly("Acme / Ops", "Acme / Sales", "(no unit)");
    assertThat(rows(all, "participation").get(2)).containsEntry("members", 1).containsEntry("active", 0)
        .containsEntry("active_share", 0.0);
    assertThat(field(all, "participation_unreported_members")).isEqualTo(0);
  }

  /** Under a floor of 4 only the pool of all three groups (6 members, 5 active) may be shown. */
  @Test
  void should_pool_groups_below_the_privacy_floor() {
    Map<String, Object> pooled = json(EngagementFixture.options().toBuilder()
        .siloOptions(SiloOptions.builder().privacyFloor(4).build()).build());
    assertThat(rows(pooled, "participation")).hasSize(1);
    assertThat(rows(pooled, "participation").get(0)).containsEntry("group", "(other)").containsEntry("members", 6)
        .containsEntry("active", 5).containsEntry("online", 3).containsEntry("offline", 5);
    assertThat(field(pooled, "participation_unreported_members")).isEqualTo(0);
    // and under a floor of 7 nothing is listed
    Map<String, Object> none = json(EngagementFixture.options().toBuilder()
        .siloOptions(SiloOptions.builder().privacyFloor(7).build()).build());
    assertThat(rows(none, "participation")).isEmpty();
    assertThat(field(none, "participation_unreported_members")).isEqualTo(6);
  }

  /** By gender: f a, c, e (a online; all face to face), m b, d (both online and face to face); g has none. */
  @Test
  void should_report_participation_by_a_chosen_attribute() {
    Map<String, Object> byGender = json(EngagementFixture.options().toBuilder().participationAttribute("gender").build());
    assertThat(field(byGender, "participation_by")).isEqualTo("attribute gender");
    assertThat(at(byGender, "options", "participation_attribute")).isEqualTo("gender");
    assertThat(at(JSON, "options", "participation_attribute")).isSameAs(Json.NULL);
    List<Map<String, Object>> groups = rows(byGender, "participation");
    assertThat(groups).extracting(r -> r.get("group")).containsExactly("f", "m");
    assertThat(groups.get(0)).containsEntry("members", 3).containsEntry("active", 3).containsEntry("online", 1)
        .containsEntry("offline", 3);
    assertThat(groups.get(1)).containsEntry("members", 2).containsEntry("online", 2).containsEntry("online_share", 1.0);
    assertThat(field(byGender, "participation_unreported_members")).isEqualTo(1);
  }

  /**
   * lg (a, b, d): t1 and t3 were in it, so a, b, d are active; cop (c, e, g): t4 was in it, of its members only
   * e took part; oc (a): nothing happened in it. Sizes 3, 3, 1: mean 7/3, median 3.
   */
  @Test
  void should_report_community_sizes_and_activity() {
    assertThat(number("community_count")).isEqualTo(3);
    assertThat(number("active_communities")).isEqualTo(2);
    assertThat(number("active_community_share")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(number("community_mean_size")).isCloseTo(7.0 / 3, within(1e-12));
    assertThat(number("community_median_size")).isEqualTo(3);
    assertThat(number("largest_community")).isEqualTo(3);
    List<Map<String, Object>> kinds = rows(JSON, "community_kinds");
    assertThat(kinds).extracting(r -> r.get("kind")).containsExactly("online_community", "learning_group",
        "community_of_practice");
    assertThat(kinds.get(0)).containsEntry("communities", 1).containsEntry("active", 0).containsEntry("mean_size", 1.0)
        .containsEntry("median_size", 1.0);
    assertThat(kinds.get(1)).containsEntry("communities", 1).containsEntry("active", 1).containsEntry("mean_size", 3.0);
    List<Map<String, Object>> sizes = rows(JSON, "community_sizes");
    assertThat(sizes).hasSize(2);
    assertThat(sizes.get(0)).containsEntry("sizes", "1").containsEntry("communities", 1).containsEntry("active", 0)
        .containsEntry("members", 1);
    assertThat(sizes.get(1)).containsEntry("sizes", "2–4").containsEntry("communities", 2)
        .containsEntry("active", 2).containsEntry("members", 6);
  }

  @Test
  void should_print_the_new_figures_in_markdown() {
    String md = REPORT.toMarkdown();
    assertThat(md).contains("| Cohorts | 3 | ", "| Retention after 1 period | 0.500 | ",
        "| Retention after 2 periods | 0.667 | ", "| Retention after 3 periods | — | ",
        "| Took part online | 3 | ", "| Online share | 0.500 | ", "| Active communities | 2 | ",
        "| Mean community size | 2.333 | ",
        "\n### Cohort retention\n", "| 2026-03-02T00:00:00Z | 2026-03-09T00:00:00Z | 3 | 3 1 2 | 1 0.333 0.667 |",
        "| 2026-03-16T00:00:00Z | 2026-03-23T00:00:00Z | 1 | 1 | 1 |",
        "\n### Participation by unit\n", "| Acme / Ops | 3 | 3 | 1.000 | 1 | 0.333 | 3 | 1.000 |",
        "| Acme / Sales | 2 | 2 | 1.000 | 2 | 1.000 | 2 | 1.000 |",
        "| learning\\_group | 1 | 1 | 3 | 3 |", "| 2–4 | 2 | 2 | 6 |",
        "*Chart in the HTML report: Cohort retention.*");
  }

  @Test
  void should_draw_the_cohort_heat_map_and_print_the_tables_in_html() throws Exception {
    String html = REPORT.toHtml();
    Document doc = RenderingTest.parse(html);
    // one cell per cohort and period followed: 3 + 2 + 1
    assertThat(RenderingTest.marks(doc)).containsEntry("cohort_retention", 6).containsEntry("activity", 3);
    assertThat(html).contains("<title>2026-03-02 (3), +1: 0.333</title>", "<title>2026-03-02 (3), +2: 0.667</title>",
        "<title>2026-03-16 (1), +0: 1.000</title>", ">0.33</text>", ">0.67</text>")
        .contains("<td>Acme / Ops</td><td class=\"num\">3</td><td class=\"num\">3</td><td class=\"num\">1.000</td>"
            + "<td class=\"num\">1</td><td class=\"num\">0.333</td>")
        .contains("<td>2026-03-02T00:00:00Z</td><td>2026-03-09T00:00:00Z</td><td class=\"num\">3</td>"
            + "<td class=\"num\">3 1 2</td><td class=\"num\">1 0.333 0.667</td>")
        .contains("<td>2–4</td><td class=\"num\">2</td><td class=\"num\">2</td><td class=\"num\">6</td>")
        .contains("<code>retention_after_1</code>", "<code>active_communities</code>");
    // the dark cells carry light text
    assertThat(html).contains("class=\"light\">1.00</text>");
  }

  @Test
  void should_escape_hostile_group_labels_and_never_show_community_names() throws Exception {
    NetworkHealthReport report = NetworkHealthReport.of(EngagementFixture.network(HOSTILE, "Secret circle " + HOSTILE),
        EngagementFixture.options().toBuilder().participationAttribute("gender").build());
    String html = report.toHtml();
    Document doc = RenderingTest.parse(html);
    assertThat(html).doesNotContain("<script").doesNotContain("\u0001");
    assertThat(doc.getDocumentElement().getTextContent()).contains("</svg><script>alert(1)</script>&amp;\"'");
    String markdown = report.toMarkdown();
    assertThat(markdown).doesNotContain("<script").doesNotContain("[x](")
        .contains("| &lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;\"'\\|\\*\\_\\[x\\](http://evil)\uFFFD | 3 | 3 |");
    Map<String, Object> json = Json.parse(report.toJson());
    assertThat(rows(json, "participation")).extracting(r -> r.get("group")).containsExactly(HOSTILE, "m");
    for (String out : List.of(html, markdown, report.toJson())) {
      assertThat(out).doesNotContain("Secret circle").doesNotContain("Name of");
    }
  }

  @Test
  void should_not_show_an_erased_member_in_any_group() {
    // erase a: the chats and the meeting of two go with her, the workshop keeps b, d, e (week 2); Sales is b
    // alone, pooled with g (no unit) as (other); lg lost both its chats, cop keeps e's workshop, oc keeps its
    // place, empty and inactive
    NetworkHealthReport report = NetworkHealthReport.of(EngagementFixture.network().erase(org.blendnet.core.MemberId.of("a")),
        EngagementFixture.options());
    Map<String, Object> json = Json.parse(report.toJson());
    assertThat(rows(json, "cohorts")).extracting(r -> r.get("size")).containsExactly(0, 0, 3);
    assertThat(rows(json, "participation")).extracting(r -> r.get("group")).containsExactly("Acme / Ops", "(other)");
    assertThat(rows(json, "participation").get(0)).containsEntry("members", 3).containsEntry("active", 2)
        .containsEntry("online", 0);
    assertThat(field(json, "community_count")).isEqualTo(3);
    assertThat(field(json, "active_communities")).isEqualTo(1);
    for (String out : List.of(report.toJson(), report.toMarkdown(), report.toHtml())) {
      assertThat(out).doesNotContain("Name of a").doesNotContain("Acme / Sales");
    }
  }

  /**
   * The engagement section of the Markdown and the cohort heat-map of the HTML, byte for byte against a golden
   * file ({@code -Dgolden.update=true} rewrites it; review the diff).
   */
  @Test
  void should_match_the_golden_engagement_section() throws IOException {
    String md = REPORT.toMarkdown();
    String html = REPORT.toHtml();
    String section = md.substring(md.indexOf("## Engagement"), md.indexOf("## Give and take"));
    String svg = html.substring(html.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"cohort_retention\""));
    svg = svg.substring(0, svg.indexOf("</svg>") + "</svg>".length());
    String actual = section + "<!-- cohort heat-map -->\n" + svg + "\n";
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(GOLDEN).as("run from the metrics module").exists();
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    NetworkHealthReport again = NetworkHealthReport.of(EngagementFixture.network(), EngagementFixture.options());
    assertThat(again.toJson()).isEqualTo(REPORT.toJson());
    assertThat(again.toHtml()).isEqualTo(html);
  }
}
