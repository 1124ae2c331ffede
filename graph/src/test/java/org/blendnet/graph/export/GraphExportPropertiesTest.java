package org.blendnet.graph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.testing.Networks;
import org.blendnet.core.testing.Theories;
import org.blendnet.graph.SocialGraph;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Exports of generated networks — ids and names with quotes, markup characters, emoji, bidi and zero-width
 * marks, control characters in names — read back with the JDK's secure XML parser: well-formed, one node per
 * member with its id, one edge per tie, and the same bytes on a second export.
 */
class GraphExportPropertiesTest {

  private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
  private static final String GEXF = "http://gexf.net/1.3";

  @Test
  void should_read_back_every_member_and_tie_of_any_network() {
    Theories.qt(60).forAll(Networks.networks(Networks.Sizes.medium()).map(GraphExportPropertiesTest::moderate))
        .checkAssert(GraphExportPropertiesTest::readBack);
  }

  private static void readBack(Network network) {
    SocialGraph graph = SocialGraph.of(network);
    ExportOptions options = ExportOptions.defaults().includeNames(true).includeUnits(2).privacyFloor(1);
    try {
      Document graphml = GraphExportTest.parse(GraphExportTest.bytes(graph, ExportFormat.GRAPHML, options));
      NodeList nodes = graphml.getElementsByTagNameNS(GRAPHML, "node");
      assertThat(nodes.getLength()).isEqualTo(graph.nodeCount());
      assertThat(graphml.getElementsByTagNameNS(GRAPHML, "edge").getLength()).isEqualTo(graph.tieCount());
      for (int v = 0; v < graph.nodeCount(); v++) {
        Element node = (Element) nodes.item(v);
        assertThat(GraphExportTest.data(node, "member")).isEqualTo(graph.member(v).value());
        assertThat(GraphExportTest.data(node, "name")).isEqualTo(xmlText(name(network, graph, v)));
      }
      Document gexf = GraphExportTest.parse(GraphExportTest.bytes(graph, ExportFormat.GEXF, options));
      NodeList gexfNodes = gexf.getElementsByTagNameNS(GEXF, "node");
      assertThat(gexfNodes.getLength()).isEqualTo(graph.nodeCount());
      assertThat(gexf.getElementsByTagNameNS(GEXF, "edge").getLength()).isEqualTo(graph.tieCount());
      for (int v = 0; v < graph.nodeCount(); v++) {
        assertThat(GraphExportTest.attValue((Element) gexfNodes.item(v), "member")).isEqualTo(graph.member(v).value());
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    String dot = new String(GraphExportTest.bytes(graph, ExportFormat.DOT, options), StandardCharsets.UTF_8);
    assertThat(dot.lines().filter(l -> l.contains(" -- ")).count()).isEqualTo(graph.tieCount());
    assertThat(dot.lines().count()).isEqualTo(2L + graph.nodeCount() + graph.tieCount());
    for (ExportFormat format : ExportFormat.values()) {
      assertThat(GraphExportTest.bytes(SocialGraph.of(network), format, options))
          .isEqualTo(GraphExportTest.bytes(graph, format, options));
    }
  }

  /**
   * The network's members, events, communities and touchpoints, with weights a graph can hold (the generator
   * draws weights up to {@link Double#MAX_VALUE}, which {@link SocialGraph#of(Network)} rejects as beyond a
   * float); the rest of the network plays no part in a graph.
   */
  private static Network moderate(Network network) {
    List<Touchpoint> touchpoints = network.touchpoints().stream()
        .map(t -> t.weight() <= 1e6 ? t : new Touchpoint(t.id(), t.at(), t.medium(), t.participants(), t.initiator(),
            t.event(), t.community(), t.topics(), 1e6))
        .toList();
    return Network.builder().members(network.members()).events(network.events()).communities(network.communities())
        .touchpoints(touchpoints).build();
  }

  private static String name(Network network, SocialGraph graph, int node) {
    return network.member(graph.member(node)).orElseThrow().name();
  }

  /** What a name becomes in XML element text: characters XML cannot hold replaced, line ends as a parser reads them. */
  private static String xmlText(String name) {
    return ExportData.xmlSafe(name).replace("\r\n", "\n").replace('\r', '\n');
  }
}
