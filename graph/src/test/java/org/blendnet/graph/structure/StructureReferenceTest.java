package org.blendnet.graph.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.TestGraphs;
import org.junit.jupiter.api.Test;

/**
 * Components, core numbers and bridges against NetworkX 3.6.1 ({@code connected_components},
 * {@code core_number}, {@code bridges}) on the karate club and two random graphs. The random graphs and
 * their reference values were written by {@code graph/src/test/reference/structure_reference.py} into
 * {@code datasets/random/}.
 */
class StructureReferenceTest {

  /**
   * NetworkX 3.6.1 {@code nx.core_number} of the karate club (0-based nodes), printed by
   * structure_reference.py.
   */
  private static final int[] KARATE_CORES = {4, 4, 4, 4, 3, 3, 3, 4, 4, 2, 3, 1, 2, 4, 2, 2, 2, 2, 2, 3, 2, 2, 2, 3,
      3, 3, 2, 3, 3, 3, 4, 3, 4, 4};

  @Test
  void should_match_networkx_on_the_karate_club() {
    SocialGraph karate = TestGraphs.karate().graph();

    assertThat(Components.of(karate).sizes()).containsExactly(34);
    CoreDecomposition cores = CoreDecomposition.of(karate);
    assertThat(cores.coreNumbers()).containsExactly(KARATE_CORES);
    assertThat(cores.degeneracy()).isEqualTo(4);
    // nx.k_core(G, 4)
    assertThat(cores.core(4)).containsExactly(0, 1, 2, 3, 7, 8, 13, 30, 32, 33);
    // nx.bridges: [(0, 11)] — member 12 of the 1-based data hangs on Mr Hi alone
    Bridges bridges = Bridges.of(karate);
    assertThat(bridges.count()).isEqualTo(1);
    assertThat(new int[] {bridges.lowerNode(0), bridges.upperNode(0)}).containsExactly(0, 11);
    assertThat(bridges.cutOff(0)).isEqualTo(1);
  }

  @Test
  void should_match_networkx_on_a_sparse_random_graph() {
    // gnm_random_graph(300, 330, seed=20261122): 38 components, degeneracy 2, 91 bridges
    check("gnm-sparse", 38, 2, 91);
  }

  @Test
  void should_match_networkx_on_a_dense_random_graph() {
    // gnm_random_graph(150, 900, seed=20261123): connected, degeneracy 8, no bridges
    check("gnm-dense", 1, 8, 0);
  }

  private static void check(String name, int components, int degeneracy, int bridgeCount) {
    SocialGraph graph = load("/datasets/random/" + name + ".txt");
    Map<String, String> reference = reference("/datasets/random/" + name + "-reference.txt");

    Components c = Components.of(graph);
    assertThat(c.count()).isEqualTo(components);
    assertThat(c.sizes()).containsExactly(ints(reference.get("components")));
    assertThat(c.membership()).containsExactly(ints(reference.get("componentOf")));

    CoreDecomposition cores = CoreDecomposition.of(graph);
    assertThat(cores.degeneracy()).isEqualTo(degeneracy);
    assertThat(cores.coreNumbers()).containsExactly(ints(reference.get("core")));

    Bridges bridges = Bridges.of(graph);
    assertThat(bridges.count()).isEqualTo(bridgeCount);
    List<String> found = new ArrayList<>();
    for (int i = 0; i < bridges.count(); i++) {
      found.add(bridges.lowerNode(i) + "-" + bridges.upperNode(i));
    }
    String listed = reference.getOrDefault("bridges", "");
    assertThat(found).containsExactlyElementsOf(listed.isEmpty() ? List.of() : Arrays.asList(listed.split(" ")));
  }

  private static int[] ints(String line) {
    return Arrays.stream(line.split(" ")).mapToInt(Integer::parseInt).toArray();
  }

  /** An edge list with a {@code # nodes n} header line. */
  static SocialGraph load(String resource) {
    List<int[]> edges = new ArrayList<>();
    int nodes = -1;
    for (String line : lines(resource)) {
      if (line.startsWith("# nodes ")) {
        nodes = Integer.parseInt(line.substring(8).trim());
      } else if (!line.startsWith("#") && !line.isBlank()) {
        String[] p = line.trim().split(" ");
        edges.add(new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])});
      }
    }
    int[] u = edges.stream().mapToInt(e -> e[0]).toArray();
    int[] v = edges.stream().mapToInt(e -> e[1]).toArray();
    return SocialGraph.fromEdges(nodes, u, v);
  }

  private static Map<String, String> reference(String resource) {
    Map<String, String> values = new HashMap<>();
    for (String line : lines(resource)) {
      if (!line.startsWith("#")) {
        int space = line.indexOf(' ');
        values.put(space < 0 ? line : line.substring(0, space), space < 0 ? "" : line.substring(space + 1).trim());
      }
    }
    return values;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = Objects.requireNonNull(StructureReferenceTest.class.getResourceAsStream(resource), resource);
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
