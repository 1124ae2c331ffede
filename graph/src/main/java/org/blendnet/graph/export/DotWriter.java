package org.blendnet.graph.export;

import java.io.IOException;
import java.io.Writer;
import org.blendnet.graph.SocialGraph;

/**
 * Writes Graphviz DOT: an undirected {@code graph}, one node statement per member in node order, then one
 * edge statement per tie by lower node and target. Tie figures go in attributes named {@code tie_weight},
 * {@code online_weight} and so on rather than Graphviz's own {@code weight}, which {@code dot} requires to be
 * an integer and uses for layout.
 */
final class DotWriter {

  private DotWriter() {}

  static void write(ExportData data, Writer out) throws IOException {
    SocialGraph graph = data.graph;
    boolean channels = graph.hasChannels();
    int n = graph.nodeCount();
    out.write("graph blendnet {\n");
    for (int v = 0; v < n; v++) {
      out.write("  n" + v + " [label=" + quoted(data.label(v)) + ", member=" + quoted(graph.member(v).value()));
      String[] names = data.names;
      if (names != null) {
        out.write(", name=" + quoted(names[v]));
      }
      String[] units = data.units;
      if (units != null) {
        out.write(", unit=" + quoted(units[v]));
      }
      int[] communities = data.communities;
      if (communities != null) {
        out.write(", community=" + communities[v]);
      }
      boolean[] silos = data.silos;
      if (silos != null) {
        out.write(", silo=" + silos[v]);
      }
      out.write("];\n");
    }
    for (int u = 0; u < n; u++) {
      for (int e = graph.edgeStart(u), end = graph.edgeEnd(u); e < end; e++) {
        int v = graph.target(e);
        if (v < u) {
          continue;
        }
        out.write("  n" + u + " -- n" + v + " [tie_weight=" + ExportData.number(graph.weight(e)));
        if (channels) {
          out.write(", online_weight=" + ExportData.number(graph.onlineWeight(e))
              + ", offline_weight=" + ExportData.number(graph.offlineWeight(e))
              + ", blended=" + graph.isBlended(e)
              + ", first_channel=" + graph.firstChannel(e).name());
        }
        out.write("];\n");
      }
    }
    out.write("}\n");
  }

  /**
   * A DOT quoted string: backslash and double quote escaped, line breaks as {@code \n} (DOT's escape for a
   * centred line break), other control characters replaced by U+FFFD.
   */
  static String quoted(String text) {
    StringBuilder s = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (c == '\n') {
        s.append("\\n");
      } else if (c == '\r') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        s.append("\\n");
      } else if (c < 0x20 && c != '\t') {
        s.append('\uFFFD');
      } else {
        s.append(c);
      }
    }
    return s.append('"').toString();
  }
}
