package org.blendnet.graph.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import org.blendnet.graph.SocialGraph;

/** Writes GraphML: keys first, then nodes in node order, then ties by lower node and target. */
final class GraphMlWriter {

  private static final String NS = "http://graphml.graphdrawing.org/xmlns";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private GraphMlWriter() {}

  static void write(ExportData data, OutputStream out) throws XMLStreamException, IOException {
    SocialGraph graph = data.graph;
    boolean channels = graph.hasChannels();
    XmlOutput xml = new XmlOutput(out);
    xml.open("graphml").namespace(NS).namespace("xsi", XSI)
        .attribute("xsi", XSI, "schemaLocation", NS + " " + NS + "/1.0/graphml.xsd");
    key(xml, "label", "node", "string");
    key(xml, "member", "node", "string");
    if (data.names != null) {
      key(xml, "name", "node", "string");
    }
    if (data.units != null) {
      key(xml, "unit", "node", "string");
    }
    if (data.communities != null) {
      key(xml, "community", "node", "int");
    }
    if (data.silos != null) {
      key(xml, "silo", "node", "boolean");
    }
    key(xml, "weight", "edge", "double");
    if (channels) {
      key(xml, "online", "edge", "double");
      key(xml, "offline", "edge", "double");
      key(xml, "blended", "edge", "boolean");
      key(xml, "firstChannel", "edge", "string");
    }
    xml.open("graph").attribute("id", "G").attribute("edgedefault", "undirected");
    int n = graph.nodeCount();
    for (int v = 0; v < n; v++) {
      xml.open("node").attribute("id", "n" + v);
      xml.text("data", "key", "label", data.label(v));
      xml.text("data", "key", "member", graph.member(v).value());
      String[] names = data.names;
      if (names != null) {
        xml.text("data", "key", "name", names[v]);
      }
      String[] units = data.units;
      if (units != null) {
        xml.text("data", "key", "unit", units[v]);
      }
      int[] communities = data.communities;
      if (communities != null) {
        xml.text("data", "key", "community", Integer.toString(communities[v]));
      }
      boolean[] silos = data.silos;
      if (silos != null) {
        xml.text("data", "key", "silo", Boolean.toString(silos[v]));
      }
      xml.close();
    }
    int id = 0;
    for (int u = 0; u < n; u++) {
      for (int e = graph.edgeStart(u), end = graph.edgeEnd(u); e < end; e++) {
        int v = graph.target(e);
        if (v < u) {
          continue;
        }
        xml.open("edge").attribute("id", "e" + id++).attribute("source", "n" + u).attribute("target", "n" + v);
        xml.text("data", "key", "weight", ExportData.number(graph.weight(e)));
        if (channels) {
          xml.text("data", "key", "online", ExportData.number(graph.onlineWeight(e)));
          xml.text("data", "key", "offline", ExportData.number(graph.offlineWeight(e)));
          xml.text("data", "key", "blended", Boolean.toString(graph.isBlended(e)));
          xml.text("data", "key", "firstChannel", graph.firstChannel(e).name());
        }
        xml.close();
      }
    }
    xml.close();
    xml.close();
    xml.finish();
  }

  private static void key(XmlOutput xml, String name, String domain, String type) throws XMLStreamException {
    xml.empty("key").attribute("id", name).attribute("for", domain).attribute("attr.name", name)
        .attribute("attr.type", type);
  }
}
