package org.blendnet.graph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.community.Leiden;
import org.blendnet.graph.community.Partition;
import org.blendnet.graph.silo.SiloDetector;
import org.blendnet.graph.silo.SiloOptions;
import org.blendnet.graph.silo.SiloReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Exports of a small fixture against golden files in {@code src/test/resources/golden/export/} — rewritten only
 * when the tests run with {@code -Dgolden.update=true} (then review the diff) — and read back with the JDK's
 * XML parser, secure processing on, no DTDs, no external entities.
 */
class GraphExportTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "export");
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  /**
   * Sales (ana, bo, cy) and Eng (dee, eve): ana–bo met, then chatted (blended, offline first); bo–cy chatted,
   * then met (blended, online first); ana–cy met; dee–eve met; cy–dee chatted (the bridge). Names with
   * characters XML and DOT must escape, and one with a control character XML 1.0 cannot hold.
   */
  static Network fixture() {
    Network.Builder b = Network.builder();
    b.member(member("ana", "Ana Costa", "Sales"));
    b.member(member("bo", "Bo \"the boss\" <Li> & co", "Sales"));
    b.member(member("cy", "Cy\u0001 Back\\slash", "Sales"));
    b.member(member("dee", "Dee\nNewline", "Eng"));
    b.member(member("eve", "Ève Émile", "Eng"));
    int[] t = {0};
    touch(b, t, Medium.MEETING, 0, "ana", "bo");
    touch(b, t, Medium.CHAT, 1, "ana", "bo");
    touch(b, t, Medium.CHAT, 2, "bo", "cy");
    touch(b, t, Medium.WORKSHOP, 3, "bo", "cy");
    touch(b, t, Medium.MEAL, 4, "ana", "cy");
    touch(b, t, Medium.FACE_TO_FACE, 5, "dee", "eve");
    touch(b, t, Medium.EMAIL, 6, "cy", "dee");
    return b.build();
  }

  private static Member member(String id, String name, String unit) {
    return Member.builder(MemberId.of(id)).name(name).affiliation(Affiliation.of("Acme", unit)).build();
  }

  private static void touch(Network.Builder b, int[] t, Medium medium, int day, String x, String y) {
    b.touchpoint(Touchpoint.builder(TouchpointId.of("t" + t[0]++)).at(T0.plus(Duration.ofDays(day))).medium(medium)
        .between(MemberId.of(x), MemberId.of(y)).build());
  }

  /** Names, units at depth 2 with a floor of 3 (Eng, of 2, becomes (other)), communities and silo flags. */
  static ExportOptions full(SocialGraph graph) {
    Partition communities = Leiden.withDefaults().detect(graph);
    SiloReport silos = SiloDetector.withOptions(SiloOptions.builder().privacyFloor(2).build()).units(graph);
    return ExportOptions.defaults().includeNames(true).includeUnits(2).privacyFloor(3).communities(communities)
        .silos(silos);
  }

  @Test
  void should_write_the_golden_files() throws IOException {
    SocialGraph graph = SocialGraph.of(fixture());
    for (ExportFormat format : ExportFormat.values()) {
      golden("fixture." + format.extension(), GraphExport.asString(graph, format, ExportOptions.defaults()));
      golden("fixture-full." + format.extension(), GraphExport.asString(graph, format, full(graph)));
    }
  }

  private static void golden(String name, String actual) throws IOException {
    String expected;
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(GOLDEN.resolve(name), actual, StandardCharsets.UTF_8);
      expected = Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8);
    } else {
      try (InputStream in = GraphExportTest.class.getResourceAsStream("/golden/export/" + name)) {
        assertThat(in).as("golden file %s (run with -Dgolden.update=true to write it)", name).isNotNull();
        expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    assertThat(actual).as(name).isEqualTo(expected);
  }

  @Test
  void should_give_the_same_bytes_for_the_same_graph() {
    ExportOptions options = full(SocialGraph.of(fixture()));
    for (ExportFormat format : ExportFormat.values()) {
      byte[] first = bytes(SocialGraph.of(fixture()), format, ExportOptions.defaults());
      byte[] second = bytes(SocialGraph.of(fixture()), format, ExportOptions.defaults());
      assertThat(second).isEqualTo(first);
      SocialGraph graph = options.communities().orElseThrow().graph();
      assertThat(bytes(graph, format, options)).isEqualTo(bytes(graph, format, options));
    }
  }

  @Test
  void should_read_back_graphml_with_every_node_tie_and_attribute() throws Exception {
    SocialGraph graph = SocialGraph.of(fixture());
    Document doc = parse(bytes(graph, ExportFormat.GRAPHML, full(graph)));

    String ns = "http://graphml.graphdrawing.org/xmlns";
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("graphml");
    assertThat(doc.getElementsByTagNameNS(ns, "node").getLength()).isEqualTo(5);
    assertThat(doc.getElementsByTagNameNS(ns, "edge").getLength()).isEqualTo(graph.tieCount()).isEqualTo(5);
    assertThat(doc.getElementsByTagNameNS(ns, "key").getLength()).isEqualTo(11);
    Element bo = (Element) doc.getElementsByTagNameNS(ns, "node").item(1);
    assertThat(bo.getAttribute("id")).isEqualTo("n1");
    assertThat(data(bo, "member")).isEqualTo("bo");
    assertThat(data(bo, "label")).isEqualTo("Bo \"the boss\" <Li> & co");
    assertThat(data(bo, "name")).isEqualTo("Bo \"the boss\" <Li> & co");
    assertThat(data(bo, "unit")).isEqualTo("Acme / Sales");
    assertThat(data((Element) doc.getElementsByTagNameNS(ns, "node").item(2), "name")).isEqualTo("Cy\uFFFD Back\\slash");
    assertThat(data((Element) doc.getElementsByTagNameNS(ns, "node").item(3), "unit")).isEqualTo("(other)");
    assertThat(data((Element) doc.getElementsByTagNameNS(ns, "node").item(3), "name")).isEqualTo("Dee\nNewline");
    Element anaBo = (Element) doc.getElementsByTagNameNS(ns, "edge").item(0);
    assertThat(anaBo.getAttribute("source")).isEqualTo("n0");
    assertThat(anaBo.getAttribute("target")).isEqualTo("n1");
    assertThat(data(anaBo, "weight")).isEqualTo("1.5");
    assertThat(data(anaBo, "online")).isEqualTo("0.5");
    assertThat(data(anaBo, "offline")).isEqualTo("1");
    assertThat(data(anaBo, "blended")).isEqualTo("true");
    assertThat(data(anaBo, "firstChannel")).isEqualTo("OFFLINE");
  }

  @Test
  void should_read_back_gexf_with_every_node_tie_and_attribute() throws Exception {
    SocialGraph graph = SocialGraph.of(fixture());
    Document doc = parse(bytes(graph, ExportFormat.GEXF, full(graph)));

    String ns = "http://gexf.net/1.3";
    assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("1.3");
    assertThat(doc.getElementsByTagNameNS(ns, "node").getLength()).isEqualTo(5);
    assertThat(doc.getElementsByTagNameNS(ns, "edge").getLength()).isEqualTo(5);
    Element eve = (Element) doc.getElementsByTagNameNS(ns, "node").item(4);
    assertThat(eve.getAttribute("label")).isEqualTo("Ève Émile");
    assertThat(attValue(eve, "member")).isEqualTo("eve");
    assertThat(attValue(eve, "unit")).isEqualTo("(other)");
    Element boCy = (Element) doc.getElementsByTagNameNS(ns, "edge").item(2);
    assertThat(boCy.getAttribute("weight")).isEqualTo("1.5");
    assertThat(attValue(boCy, "firstChannel")).isEqualTo("ONLINE");
    Element cyDee = (Element) doc.getElementsByTagNameNS(ns, "edge").item(3);
    assertThat(cyDee.getAttribute("source")).isEqualTo("n2");
    assertThat(cyDee.getAttribute("target")).isEqualTo("n3");
    assertThat(attValue(cyDee, "blended")).isEqualTo("false");
  }

  @Test
  void should_export_ids_only_unless_asked_for_names_and_units() {
    SocialGraph graph = SocialGraph.of(fixture());
    for (ExportFormat format : ExportFormat.values()) {
      String text = GraphExport.asString(graph, format, ExportOptions.defaults());
      assertThat(text).contains("ana").doesNotContain("Ana Costa").doesNotContain("Costa").doesNotContain("Sales")
          .doesNotContain("Acme").doesNotContain("community").doesNotContain("silo");
    }
  }

  @Test
  void should_never_name_a_unit_below_the_privacy_floor() {
    SocialGraph graph = SocialGraph.of(fixture());
    for (ExportFormat format : ExportFormat.values()) {
      String text = GraphExport.asString(graph, format, ExportOptions.defaults().includeUnits(2));
      assertThat(text).contains("(other)").doesNotContain("Eng").doesNotContain("Sales");
      String floorTwo = GraphExport.asString(graph, format, ExportOptions.defaults().includeUnits(2).privacyFloor(2));
      assertThat(floorTwo).contains("Acme / Eng").contains("Acme / Sales");
    }
  }

  @Test
  void should_escape_dot_strings() {
    assertThat(DotWriter.quoted("a\"b\\c\nd\r\ne\u0002")).isEqualTo("\"a\\\"b\\\\c\\nd\\ne\uFFFD\"");
    String dot = GraphExport.asString(SocialGraph.of(fixture()), ExportFormat.DOT, ExportOptions.defaults()
        .includeNames(true));
    assertThat(dot).startsWith("graph blendnet {\n").endsWith("}\n")
        .contains("  n1 [label=\"Bo \\\"the boss\\\" <Li> & co\", member=\"bo\", name=\"Bo \\\"the boss\\\" <Li> & co\"];")
        .contains("  n0 -- n1 [tie_weight=1.5, online_weight=0.5, offline_weight=1, blended=true,"
            + " first_channel=OFFLINE];");
  }

  @Test
  void should_write_plain_decimals_with_seven_significant_digits() {
    assertThat(ExportData.number(1.0)).isEqualTo("1");
    assertThat(ExportData.number(0.5)).isEqualTo("0.5");
    assertThat(ExportData.number((float) (1.0 / 3))).isEqualTo("0.3333333");
    assertThat(ExportData.number(0.1f)).isEqualTo("0.1");
    assertThat(ExportData.number(1.0e-9)).isEqualTo("0.000000001");
    assertThat(ExportData.number(123456789.25)).isEqualTo("123456800");
    assertThat(ExportData.xmlSafe("ok\t\n\r")).isEqualTo("ok\t\n\r");
    assertThat(ExportData.xmlSafe("a\u0000b\uFFFF")).isEqualTo("a\uFFFDb\uFFFD");
  }

  @Test
  void should_export_a_graph_without_channels_with_weights_only() throws Exception {
    SocialGraph graph = SocialGraph.fromEdges(3, new int[] {0, 1}, new int[] {1, 2}, new double[] {2, 0.25});
    Document graphml = parse(bytes(graph, ExportFormat.GRAPHML, ExportOptions.defaults()));
    assertThat(graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "key").getLength())
        .isEqualTo(3);
    Document gexf = parse(bytes(graph, ExportFormat.GEXF, ExportOptions.defaults()));
    NodeList edges = gexf.getElementsByTagNameNS("http://gexf.net/1.3", "edge");
    assertThat(edges.getLength()).isEqualTo(2);
    assertThat(((Element) edges.item(1)).getAttribute("weight")).isEqualTo("0.25");
    assertThat(GraphExport.asString(graph, ExportFormat.DOT, ExportOptions.defaults()))
        .isEqualTo("graph blendnet {\n  n0 [label=\"0\", member=\"0\"];\n  n1 [label=\"1\", member=\"1\"];\n"
            + "  n2 [label=\"2\", member=\"2\"];\n  n0 -- n1 [tie_weight=2];\n  n1 -- n2 [tie_weight=0.25];\n}\n");
  }

  @Test
  void should_reject_what_the_graph_cannot_give_before_writing_anything(@TempDir Path dir) {
    SocialGraph plain = SocialGraph.fromEdges(2, new int[] {0}, new int[] {1});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> GraphExport.write(plain, ExportFormat.GRAPHML, ExportOptions.defaults().includeNames(true),
        out)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names and units need a graph made");
    assertThat(out.size()).isZero();
    Path file = dir.resolve("x.gexf");
    assertThatThrownBy(() -> GraphExport.write(plain, ExportFormat.GEXF, ExportOptions.defaults().includeUnits(1),
        file)).isInstanceOf(IllegalArgumentException.class);
    assertThat(file).doesNotExist();
    SocialGraph graph = SocialGraph.of(fixture());
    Partition other = Leiden.withDefaults().detect(plain);
    assertThatThrownBy(() -> GraphExport.asString(graph, ExportFormat.DOT, ExportOptions.defaults().communities(other)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the partition is about another graph");
    assertThatThrownBy(() -> ExportOptions.defaults().includeUnits(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit depth must be >= 0 but was -1");
  }

  @Test
  void should_write_a_file_and_wrap_io_failures(@TempDir Path dir) throws IOException {
    SocialGraph graph = SocialGraph.of(fixture());
    Path file = dir.resolve("g.graphml");
    GraphExport.write(graph, ExportFormat.GRAPHML, ExportOptions.defaults(), file);
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes(graph, ExportFormat.GRAPHML, ExportOptions.defaults()));
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> GraphExport.write(graph, ExportFormat.DOT, ExportOptions.defaults(), broken))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
    assertThatThrownBy(() -> GraphExport.write(graph, ExportFormat.GEXF, ExportOptions.defaults(), broken))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(ExportFormat.GEXF.extension()).isEqualTo("gexf");
    assertThat(ExportOptions.defaults()).hasToString(
        "ExportOptions[names=false, unitDepth=0, privacyFloor=5, communities=no, silos=no]");
  }

  // ---- helpers ------------------------------------------------------------------------------------

  static byte[] bytes(SocialGraph graph, ExportFormat format, ExportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GraphExport.write(graph, format, options, out);
    return out.toByteArray();
  }

  /** Parses XML with secure processing on, DOCTYPE declarations refused and no external entity or DTD access. */
  static Document parse(byte[] xml) throws ParserConfigurationException, SAXException, IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(xml));
  }

  /** The text of a GraphML element's {@code data} child with the given key. */
  static String data(Element element, String key) {
    NodeList children = element.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data");
    List<String> found = new ArrayList<>();
    for (int i = 0; i < children.getLength(); i++) {
      Element d = (Element) children.item(i);
      if (d.getAttribute("key").equals(key)) {
        found.add(d.getTextContent());
      }
    }
    assertThat(found).as("data %s", key).hasSize(1);
    return found.get(0);
  }

  /** The value of a GEXF element's {@code attvalue} for the given attribute. */
  static String attValue(Element element, String attribute) {
    NodeList values = element.getElementsByTagNameNS("http://gexf.net/1.3", "attvalue");
    List<String> found = new ArrayList<>();
    for (int i = 0; i < values.getLength(); i++) {
      Element v = (Element) values.item(i);
      if (v.getAttribute("for").equals(attribute)) {
        found.add(v.getAttribute("value"));
      }
    }
    assertThat(found).as("attvalue %s", attribute).hasSize(1);
    return found.get(0);
  }
}
