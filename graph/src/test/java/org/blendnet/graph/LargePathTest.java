package org.blendnet.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.blendnet.core.Affiliation;
import org.blendnet.core.MemberId;
import org.blendnet.graph.export.ExportFormat;
import org.blendnet.graph.export.ExportOptions;
import org.blendnet.graph.export.GraphExport;
import org.blendnet.graph.silo.BridgeTie;
import org.blendnet.graph.silo.SiloDetector;
import org.blendnet.graph.silo.SiloGroup;
import org.blendnet.graph.silo.SiloReport;
import org.blendnet.graph.structure.Bridges;
import org.blendnet.graph.structure.Components;
import org.blendnet.graph.structure.CoreDecomposition;
import org.junit.jupiter.api.Test;

/**
 * A path of 200,000 members through every algorithm that walks the graph deeply — components, k-cores,
 * bridges, silo detection (whose bridge search is a depth-first search as deep as the path) — and every
 * export, on the test thread's default stack. A recursive depth-first search overflows the default stack
 * (512 KB to 1 MB) after some tens of thousands of frames; the algorithms are iterative, so they pass here and
 * on paths of millions (200,000 keeps the suite fast).
 */
class LargePathTest {

  private static final int N = 200_000;

  private static SocialGraph path() {
    int[] u = new int[N - 1];
    int[] v = new int[N - 1];
    for (int i = 0; i < N - 1; i++) {
      u[i] = i;
      v[i] = i + 1;
    }
    return SocialGraph.fromEdges(N, u, v);
  }

  @Test
  void should_run_structure_silos_and_exports_on_a_long_path_without_deep_recursion() {
    SocialGraph path = path();

    Components components = Components.of(path);
    assertThat(components.count()).isEqualTo(1);
    assertThat(components.largestSize()).isEqualTo(N);

    CoreDecomposition cores = CoreDecomposition.of(path);
    assertThat(cores.degeneracy()).isEqualTo(1);
    assertThat(cores.coreSize(1)).isEqualTo(N);

    Bridges bridges = Bridges.of(path);
    assertThat(bridges.count()).isEqualTo(N - 1);
    assertThat(bridges.cutOff(N / 2 - 1)).isEqualTo(N / 2); // the middle tie splits the path in halves
    assertThat(bridges.cutOff(0)).isEqualTo(1);

    // two units, the first and second half: each hangs on the middle tie alone
    Map<MemberId, Affiliation> units = new HashMap<>();
    for (int i = 0; i < N; i++) {
      units.put(path.member(i), Affiliation.of("Path", i < N / 2 ? "first" : "second"));
    }
    SiloReport report = SiloDetector.withDefaults().units(path, units);
    SiloGroup first = report.group("Path / first").orElseThrow();
    assertThat(first.boundaryTies()).isEqualTo(1);
    assertThat(first.bridges()).containsExactly(
        new BridgeTie(path.member(N / 2 - 1), path.member(N / 2), 1, N / 2));
    assertThat(first.fragile()).isTrue();

    for (ExportFormat format : ExportFormat.values()) {
      CountingStream out = new CountingStream();
      GraphExport.write(path, format, ExportOptions.defaults().silos(report), out);
      assertThat(out.bytes).as(format.name()).isGreaterThan(20L * N);
    }
  }

  /** Counts bytes and keeps none. */
  private static final class CountingStream extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
