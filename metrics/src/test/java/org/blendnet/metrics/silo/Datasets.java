package org.blendnet.metrics.silo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The bundled reference datasets (see each one's SOURCE.md under {@code src/test/resources/datasets}). */
final class Datasets {

  private Datasets() {}

  static List<String[]> rows(String resource, String separator, boolean header) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(Datasets.class.getResourceAsStream(resource), resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean first = true;
      while ((line = r.readLine()) != null) {
        if (first && header || line.isBlank()) {
          first = false;
          continue;
        }
        first = false;
        rows.add(line.trim().split(separator));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** Karate club edges: source, target, weight (1-based ids). */
  static List<String[]> karateEdges() {
    return rows("/datasets/karate-club/karate_edges.csv", ",", true);
  }

  /** Karate club nodes: id, name, faction, club. */
  static List<String[]> karateNodes() {
    return rows("/datasets/karate-club/karate_nodes.csv", ",", true);
  }

  /** Lazega nodes: id, status, gender, office, seniority, age, practice, law school. */
  static List<String[]> lazegaNodes() {
    return rows("/datasets/lazega-law-firm/Lazega-Law-Firm_nodes.txt", " ", true);
  }

  /** Lazega co-work layer, mutual nominations only: 378 undirected edges as 1-based {a, b}, a &lt; b. */
  static List<int[]> lazegaCoWork() {
    Set<Long> arcs = new HashSet<>();
    List<int[]> all = new ArrayList<>();
    for (String[] f : rows("/datasets/lazega-law-firm/Lazega-Law-Firm_multiplex.edges", " ", false)) {
      if (f[0].equals("3")) {
        int a = Integer.parseInt(f[1]);
        int b = Integer.parseInt(f[2]);
        arcs.add((long) a << 32 | b);
        all.add(new int[] {a, b});
      }
    }
    List<int[]> edges = new ArrayList<>();
    for (int[] arc : all) {
      if (arc[0] < arc[1] && arcs.contains((long) arc[1] << 32 | arc[0])) {
        edges.add(arc);
      }
    }
    edges.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
    return edges;
  }
}
