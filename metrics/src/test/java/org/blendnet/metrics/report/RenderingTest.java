package org.blendnet.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.blendnet.core.Network;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.assertj.core.api.Assertions;

/** The three renderings: well-formed, self-contained, escaped, with every mark and definition, and deterministic. */
class RenderingTest {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final String HOSTILE = "</svg><script>alert(1)</script>&amp;\"'|*_[x](http://evil)\u0001";

  static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b.parse(new InputSource(new StringReader(html)));
  }

  /** The SVG charts by id, each with its number of elements of class {@code mark}. */
  static Map<String, Integer> marks(Document doc) {
    Map<String, Integer> marks = new LinkedHashMap<>();
    NodeList svgs = doc.getElementsByTagNameNS(SVG, "svg");
    for (int i = 0; i < svgs.getLength(); i++) {
      Element svg = (Element) svgs.item(i);
      NodeList all = svg.getElementsByTagNameNS(SVG, "*");
      int count = 0;
      for (int j = 0; j < all.getLength(); j++) {
        if ("mark".equals(((Element) all.item(j)).getAttribute("class"))) {
          count++;
        }
      }
      marks.put(svg.getAttribute("id"), count);
    }
    return marks;
  }

  private static List<Element> elements(Document doc, String ns, String name) {
    List<Element> list = new ArrayList<>();
    NodeList nodes = doc.getElementsByTagNameNS(ns, name);
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  @Test
  void should_parse_as_xhtml_with_one_svg_per_chart_and_one_mark_per_datum() throws Exception {
    NetworkHealthReport report = NetworkHealthReport.of(ReportFixture.network(), ReportFixture.options());
    Document doc = parse(report.toHtml());
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(XHTML);
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("html");
    // activity: 2 periods; cohort retention: ana, bo, cy all start in week 0, followed for 2 periods, nobody
    // starts in week 1; give/take: ana, bo, cy (dee neither gave nor took); blendedness: the network and
    // 2 units, 4 parts each; silo matrix: 2 × 2 units
    assertThat(marks(doc)).containsExactly(Map.entry("activity", 2), Map.entry("cohort_retention", 2),
        Map.entry("give_take", 3),
        Map.entry("blendedness", 12), Map.entry("silo_matrix", 4));
    assertThat(elements(doc, XHTML, "section")).extracting(e -> e.getAttribute("id"))
        .containsExactly("network", "engagement", "reciprocity", "blendedness", "silos", "knowledge_at_risk", "shape");
  }

  @Test
  void should_give_every_chart_and_figure_its_definition() throws Exception {
    Document doc = parse(NetworkHealthReport.of(ReportFixture.network(), ReportFixture.options()).toHtml());
    for (Element svg : elements(doc, SVG, "svg")) {
      Node figure = svg.getParentNode();
      assertThat(figure.getLocalName()).isEqualTo("figure");
      NodeList captions = ((Element) figure).getElementsByTagNameNS(XHTML, "figcaption");
      assertThat(captions.getLength()).isEqualTo(1);
      assertThat(captions.item(0).getTextContent().length()).isGreaterThan(60);
    }
    int figures = 0;
    for (Element table : elements(doc, XHTML, "table")) {
      if (!"figures".equals(table.getAttribute("class"))) {
        assertThat(table.getElementsByTagNameNS(XHTML, "caption").item(0).getTextContent()).isNotBlank();
        continue;
      }
      NodeList rows = table.getElementsByTagNameNS(XHTML, "tr");
      for (int i = 1; i < rows.getLength(); i++) {
        NodeList cells = ((Element) rows.item(i)).getElementsByTagNameNS(XHTML, "td");
        assertThat(cells.getLength()).isEqualTo(4);
        assertThat(cells.item(2).getTextContent()).as("definition of %s", cells.item(0).getTextContent())
            .hasSizeGreaterThan(10);
        figures++;
      }
    }
    assertThat(figures).isGreaterThan(80);
  }

  @Test
  void should_load_nothing_from_outside_and_run_no_script() {
    String html = NetworkHealthReport.of(ReportFixture.network(), ReportFixture.options()).toHtml();
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:")
        .doesNotContain("src=").doesNotContain("@import").doesNotContain("url(")
        .doesNotContainPattern("\\son[a-z]+=");
    // the only absolute URIs are namespace names
    assertThat(html.replace("xmlns=\"http://www.w3.org/1999/xhtml\"", "")
        .replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:").doesNotContain("https:");
    assertThat(html).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"");
  }

  @Test
  void should_escape_hostile_names_everywhere() throws Exception {
    Network network = ReportFixture.network(HOSTILE, "Acme", HOSTILE);
    NetworkHealthReport report = NetworkHealthReport.of(network,
        ReportFixture.options().toBuilder().names(true).build());
    String html = report.toHtml();
    Document doc = parse(html);
    assertThat(html).doesNotContain("<script").doesNotContain("\u0001");
    assertThat(elements(doc, XHTML, "script")).isEmpty();
    assertThat(marks(doc)).containsEntry("give_take", 3).containsEntry("silo_matrix", 4)
        .containsEntry("blendedness", 12);
    // the name survives as text: in the give/take tooltip and the unit labels
    assertThat(doc.getDocumentElement().getTextContent()).contains("</svg><script>alert(1)</script>&amp;\"'");
    String markdown = report.toMarkdown();
    assertThat(markdown).doesNotContain("<script").doesNotContain("</svg>").doesNotContain("[x](")
        .contains("&lt;/svg&gt;&lt;script&gt;");
    // every row of every table keeps its header's column count: no name splits a cell
    long columns = -1;
    int rows = 0;
    for (String line : markdown.split("\n")) {
      if (!line.startsWith("|")) {
        columns = -1;
        continue;
      }
      long pipes = line.replace("\\|", "").chars().filter(ch -> ch == '|').count();
      if (columns < 0) {
        columns = pipes;
      } else {
        assertThat(pipes).as(line).isEqualTo(columns);
        rows++;
      }
    }
    assertThat(rows).isGreaterThan(100);
    Map<String, Object> json = Json.parse(report.toJson());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> units = (List<Map<String, Object>>) Json.at(json, "sections", "silos", "units");
    assertThat(units).extracting(u -> u.get("name")).contains("Acme / " + HOSTILE);
  }

  @Test
  void should_be_byte_identical_for_the_same_input() {
    NetworkHealthReport a = NetworkHealthReport.of(ReportFixture.network(), ReportFixture.options());
    NetworkHealthReport b = NetworkHealthReport.of(ReportFixture.network(), ReportFixture.options());
    assertThat(a.toJson().getBytes(StandardCharsets.UTF_8)).isEqualTo(b.toJson().getBytes(StandardCharsets.UTF_8));
    assertThat(a.toMarkdown()).isEqualTo(b.toMarkdown());
    assertThat(a.toHtml()).isEqualTo(b.toHtml());
    assertThat(a.toJson()).isEqualTo(a.toJson()).doesNotContain("\r");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    a.writeJson(bytes);
    assertThat(bytes.toByteArray()).isEqualTo(a.toJson().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void should_wrap_a_failed_write_in_an_unchecked_io_exception() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk full");
      }
    };
    NetworkHealthReport report = NetworkHealthReport.of(ReportFixture.network(), ReportFixture.options());
    Assertions.assertThatThrownBy(() -> report.writeJson(broken)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
  }

  @Test
  void should_render_markdown_with_a_heading_and_a_figure_table_per_section() {
    String md = NetworkHealthReport.of(ReportFixture.network(), ReportFixture.options()).toMarkdown();
    assertThat(md).startsWith("# Network health report\n");
    assertThat(md.lines().filter(l -> l.startsWith("## "))).containsExactly("## Network", "## Engagement",
        "## Give and take", "## Blended ties", "## Silos", "## Knowledge at risk", "## Network shape");
    assertThat(md.lines().filter(l -> l.equals("| Figure | Value | Definition |"))).hasSize(7);
    assertThat(md).contains("| Active share | 0.750 | ").contains("| Median time to first answer | 1d | ")
        .contains("| 2026\\-03\\-02T00:00:00Z |".replace("\\-", "-"));
  }
}
