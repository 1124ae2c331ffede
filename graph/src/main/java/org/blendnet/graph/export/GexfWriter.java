package org.blendnet.graph.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import org.blendnet.graph.SocialGraph;

/** Writes GEXF 1.3: attribute declarations first, then nodes in node order, then ties by lower node and target. */
final class GexfWriter {

  private static final String NS = "http://gexf.net/1.3";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private GexfWriter() {}

  static void write(ExportData data, OutputStream out) throws XMLStreamException, IOException {
    SocialGraph graph = data.graph;
    boolean channels = graph.hasChannels();
    XmlOutput xml = new XmlOutput(out);
    xml.open("gexf").namespace(NS).namespace("xsi", XSI)
        .attribute("xsi", XSI, "schemaLocation", NS + " " + NS + "/gexf.xsd")
        .attribute("version", "1.3");
    xml.open("meta").text("creator", "Blendnet").close();
    xml.open("graph").attribute("defaultedgetype", "undirected").attribute("mode", "static");
    xml.open("attributes").attribute("class", "node").attribute("mode", "static");
    attribute(xml, "member", "string");
    if (data.names != null) {
      attribute(xml, "name", "string");
    }
    if (data.units != null) {
      attribute(xml, "unit", "string");
    }
    if (data.communities != null) {
      attribute(xml, "community", "integer");
    }
    if (data.silos != null) {
      attribute(xml, "silo", "boolean");
    }
    xml.close();
    if (channels) {
      xml.open("attributes").attribute("class", "edge").attribute("mode", "static");
      attribute(xml, "online", "double");
      attribute(xml, "offline", "double");
      attribute(xml, "blended", "boolean");
      attribute(xml, "firstChannel", "string");
      xml.close();
    }
    int n = graph.nodeCount();
    xml.open("nodes");
    for (int v = 0; v < n; v++) {
      xml.open("node").attribute("id", "n" + v).attribute("label", data.label(v));
      xml.open("attvalues");
      value(xml, "member", graph.member(v).value());
      String[] names = data.names;
      if (names != null) {
        value(xml, "name", names[v]);
      }
      String[] units = data.units;
      if (units != null) {
        value(xml, "unit", units[v]);
      }
      int[] communities = data.communities;
      if (communities != null) {
        value(xml, "community", Integer.toString(communities[v]));
      }
      boolean[] silos = data.silos;
      if (silos != null) {
        value(xml, "silo", Boolean.toString(silos[v]));
      }
      xml.close();
      xml.close();
    }
    xml.close();
    xml.open("edges");
    int id = 0;
    for (int u = 0; u < n; u++) {
      for (int e = graph.edgeStart(u), end = graph.edgeEnd(u); e < end; e++) {
        int v = graph.target(e);
        if (v < u) {
          continue;
        }
        if (!channels) {
          xml.empty("edge");
        } else {
          xml.open("edge");
        }
        xml.attribute("id", "e" + id++).attribute("source", "n" + u).attribute("target", "n" + v)
            .attribute("weight", ExportData.number(graph.weight(e)));
        if (channels) {
          xml.open("attvalues");
          value(xml, "online", ExportData.number(graph.onlineWeight(e)));
          value(xml, "offline", ExportData.number(graph.offlineWeight(e)));
          value(xml, "blended", Boolean.toString(graph.isBlended(e)));
          value(xml, "firstChannel", graph.firstChannel(e).name());
          xml.close();
          xml.close();
        }
      }
    }
    xml.close();
    xml.close();
    xml.close();
    xml.finish();
  }

  private static void attribute(XmlOutput xml, String name, String type) throws XMLStreamException {
    xml.empty("attribute").attribute("id", name).attribute("title", name).attribute("type", type);
  }

  private static void value(XmlOutput xml, String name, String value) throws XMLStreamException {
    xml.empty("attvalue").attribute("for", name).attribute("value", value);
  }
}
