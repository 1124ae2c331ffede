package org.blendnet.examples.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.blendnet.core.Network;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.TieModel;
import org.blendnet.graph.shape.ShapeAnalysis;
import org.blendnet.graph.silo.SiloDetector;
import org.blendnet.graph.silo.SiloOptions;
import org.blendnet.graph.silo.SiloReport;
import org.blendnet.metrics.blended.Blendedness;
import org.blendnet.metrics.blended.TieMix;
import org.blendnet.metrics.report.NetworkHealthReport;
import org.blendnet.metrics.report.ReportOptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The health report of the bundled CS-Aarhus network (61 members, 620 undirected touchpoints all dated
 * {@link CsAarhus#OBSERVED}, 124 of them on Facebook), by research group (affiliations cut to three levels).
 */
class CsAarhusHealthReportTest {

  private static final Network NETWORK = CsAarhus.load();
  private static final SiloOptions BY_GROUP = SiloOptions.builder().unitDepth(3).build();
  private static final NetworkHealthReport REPORT = NetworkHealthReport.of(NETWORK,
      ReportOptions.builder().siloOptions(BY_GROUP).build());

  @Test
  void should_count_what_the_source_note_gives() {
    assertThat(REPORT.window().from()).isEqualTo(CsAarhus.OBSERVED);
    assertThat(REPORT.number("network", "members")).hasValue(61);
    assertThat(REPORT.number("network", "touchpoints")).hasValue(620);
    assertThat(REPORT.number("network", "online_touchpoints")).hasValue(124);
    assertThat(REPORT.number("network", "offline_touchpoints")).hasValue(496);
    assertThat(REPORT.number("network", "periods")).hasValue(1);
    // every member has a tie in some layer: all active; every touchpoint has two participants
    assertThat(REPORT.number("engagement", "active_members")).hasValue(61);
    assertThat(REPORT.number("engagement", "acts")).hasValue(2 * 620);
    // undirected touchpoints, no questions or referrals: nothing given or taken, no directed contact
    assertThat(REPORT.number("reciprocity", "total_given")).hasValue(0);
    assertThat(REPORT.number("reciprocity", "contact_ties")).hasValue(0);
    assertThat(REPORT.number("engagement", "answer_rate")).hasValue(0);
    // who takes part online at all: the 32 members with a facebook tie (the only online layer), and all 61 have
    // a tie in an offline layer (counted from CS-Aarhus_multiplex.edges: distinct ends of layer 2 and of the rest)
    assertThat(REPORT.number("engagement", "online_members")).hasValue(32);
    assertThat(REPORT.number("engagement", "online_share").getAsDouble()).isEqualTo(32.0 / 61);
    assertThat(REPORT.number("engagement", "offline_members")).hasValue(61);
    assertThat(REPORT.number("engagement", "retention_cohorts")).hasValue(1);
    assertThat(REPORT.number("engagement", "retention_after_1")).isEmpty();
  }

  /**
   * Seven groups named (G1 6, G2 14, G3 8, G4 7, G6 7, G7 8, NA — the department — 6), and G5 (4) and G8 (1)
   * pooled as (other) of 5: eight.
   */
  @Test
  void should_report_the_research_groups_as_the_silo_detector_does() {
    SocialGraph graph = SocialGraph.of(NETWORK, TieModel.defaults().within(REPORT.window()));
    SiloReport direct = SiloDetector.withOptions(BY_GROUP).units(graph);
    assertThat(REPORT.number("silos", "groups")).hasValue(8);
    assertThat(direct.groups()).hasSize(8);
    assertThat(REPORT.number("silos", "unreported_members")).hasValue(0);
    assertThat(REPORT.number("silos", "network_ei").getAsDouble()).isEqualTo(direct.networkEiIndex());
    assertThat(REPORT.number("silos", "silo_count")).hasValue(direct.silos().size());
    assertThat(REPORT.toJson()).contains("\"name\": \"(other)\"").doesNotContain("/ G5\"").doesNotContain("/ G8\"");
    assertThat(REPORT.number("shape", "ties")).hasValue(graph.tieCount());
    assertThat(REPORT.toJson()).contains("\"shape\": \""
        + ShapeAnalysis.withDefaults().analyse(graph).shape().name().toLowerCase(java.util.Locale.ROOT) + "\"");
  }

  @Test
  void should_draw_one_cell_per_pair_of_groups_and_a_bar_per_period() throws Exception {
    String html = REPORT.toHtml();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "cs-aarhus-health.html"), html, StandardCharsets.UTF_8);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    Map<String, Integer> marks = new LinkedHashMap<>();
    NodeList svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    for (int i = 0; i < svgs.getLength(); i++) {
      Element svg = (Element) svgs.item(i);
      NodeList rects = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "*");
      int count = 0;
      for (int j = 0; j < rects.getLength(); j++) {
        count += "mark".equals(((Element) rects.item(j)).getAttribute("class")) ? 1 : 0;
      }
      marks.put(svg.getAttribute("id"), count);
    }
    // cohort retention: one period, so one cohort of all 61 members seen for that period alone; blendedness: the
    // network and the 7 units of 5 or more members, 4 parts each
    assertThat(marks).containsExactly(Map.entry("activity", 1), Map.entry("cohort_retention", 1),
        Map.entry("give_take", 0),
        Map.entry("blendedness", 32), Map.entry("silo_matrix", 64));
    assertThat(html).contains("Nothing to draw");
  }

  /**
   * The expected E-I index counts every group in its own right, small ones too: Σ n(n − 1) = 14·13 + 2·8·7 +
   * 2·7·6 + 2·6·5 + 4·3 + 1·0 = 450 over 61·60 pairs.
   */
  @Test
  void should_expect_the_e_i_index_of_the_full_grouping() {
    assertThat(REPORT.number("silos", "network_expected_ei").getAsDouble())
        .isCloseTo(2 * (1 - 450.0 / (61 * 60)) - 1, within(1e-12));
    assertThat(REPORT.toMarkdown()).contains("## Silos").contains("(other)");
  }

  /** The Facebook layer against the four face-to-face layers, tie by tie, as {@link Blendedness} counts them. */
  @Test
  void should_report_the_blendedness_of_the_graph() {
    SocialGraph graph = SocialGraph.of(NETWORK, TieModel.defaults().within(REPORT.window()));
    TieMix mix = Blendedness.of(graph, 3, 5).network();
    assertThat(REPORT.number("blendedness", "ties")).hasValue(graph.tieCount());
    assertThat(REPORT.number("blendedness", "blended")).hasValue(mix.blended());
    assertThat(REPORT.number("blendedness", "online_only")).hasValue(mix.onlineOnly());
    assertThat(mix.blended()).isPositive();
    assertThat(REPORT.number("blendedness", "unreported_members")).hasValue(5);
    assertThat(REPORT.number("knowledge_at_risk", "topics")).hasValue(0);
  }

  @Test
  void should_render_the_same_bytes_twice() {
    NetworkHealthReport again = NetworkHealthReport.of(CsAarhus.load(),
        ReportOptions.builder().siloOptions(BY_GROUP).build());
    assertThat(again.toJson()).isEqualTo(REPORT.toJson());
    assertThat(again.toHtml()).isEqualTo(REPORT.toHtml());
    assertThat(again.toMarkdown()).isEqualTo(REPORT.toMarkdown());
  }
}
