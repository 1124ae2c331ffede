package org.blendnet.graph.export;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import org.blendnet.graph.SocialGraph;

/**
 * Writes a social graph to a file that graph tools open: GraphML (Gephi, yEd, Cytoscape, igraph,
 * NetworkX), GEXF 1.3 (Gephi) or Graphviz DOT.
 *
 * <p><b>What is written.</b> Every member as a node {@code n0, n1, …} in node order (member-id order for a
 * graph made from a network), labelled with its member id; every tie once, {@code e0, e1, …}, by lower node
 * and then target, with its weight and — for a graph with channel layers — its online and offline weight,
 * whether it is blended and its first channel. Names, units, communities and silo flags only as
 * {@link ExportOptions} asks (names are personal data; see there, also for consent). Weights are written as
 * plain decimals with at most seven significant digits, the precision the graph keeps them in. Text that
 * XML 1.0 cannot hold (control characters in a name, say) is replaced by U+FFFD.
 *
 * <p><b>Deterministic.</b> The same graph and options give the same bytes: UTF-8, {@code \n} line breaks,
 * fixed attribute order, numbers formatted without the JVM's shortest-repr rules, and XML written by the
 * JDK's own {@link javax.xml.stream.XMLStreamWriter} whatever else is on the class path.
 *
 * <p><b>Complexity.</b> O(n + m) time; streams the graph out, holding only per-node attribute arrays.
 * Everything is checked before the first byte is written, so a failed export writes nothing.
 *
 * <pre>{@code
 * GraphExport.write(graph, ExportFormat.GEXF, ExportOptions.defaults().communities(partition).silos(report),
 *     Path.of("network.gexf"));
 * }</pre>
 *
 * @implNote Thread-safe: stateless.
 * @since 0.1
 */
public final class GraphExport {

  private GraphExport() {}

  /**
   * Writes a graph to a stream, which is flushed but not closed.
   *
   * @throws IllegalArgumentException if the options ask for names or units of a graph read from an edge
   *     list, or for communities or silo flags of another graph's members
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static void write(SocialGraph graph, ExportFormat format, ExportOptions options, OutputStream out) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(out, "out");
    ExportData data = ExportData.of(graph, options);
    try {
      BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
      if (format == ExportFormat.DOT) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(buffered, StandardCharsets.UTF_8), 1 << 16);
        DotWriter.write(data, writer);
        writer.flush();
      } else {
        if (format == ExportFormat.GRAPHML) {
          GraphMlWriter.write(data, buffered);
        } else {
          GexfWriter.write(data, buffered);
        }
        buffered.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + format + ": " + e.getMessage(), e);
    } catch (XMLStreamException e) {
      throw new UncheckedIOException("cannot write " + format + ": " + e.getMessage(), new IOException(e));
    }
  }

  /**
   * Writes a graph to a file, replacing it if it exists.
   *
   * @throws IllegalArgumentException if the options ask for names or units of a graph read from an edge
   *     list, or for communities or silo flags of another graph's members
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(SocialGraph graph, ExportFormat format, ExportOptions options, Path file) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    ExportData.of(graph, options); // fail before the file is created
    try (OutputStream out = Files.newOutputStream(file)) {
      write(graph, format, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * A graph's export as a string.
   *
   * @throws IllegalArgumentException if the options ask for names or units of a graph read from an edge
   *     list, or for communities or silo flags of another graph's members
   */
  public static String asString(SocialGraph graph, ExportFormat format, ExportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(graph, format, options, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
