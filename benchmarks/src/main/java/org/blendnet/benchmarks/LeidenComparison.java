package org.blendnet.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.community.Objective;
import org.blendnet.graph.community.Partition;
import org.blendnet.graph.community.PartitionSimilarity;
import org.blendnet.graph.generate.PlantedPartition;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Runs Blendnet's Leiden, CWTS's Leiden and JGraphT's label propagation side by side on the same
 * generated graphs and prints a table: median wall time and CPU time of the runs, the modularity of each
 * result computed by one independent function ({@link Objective#quality}), the number of communities, the
 * agreement with the planted blocks (NMI), and ratios against CWTS.
 *
 * <pre>
 * mvn -B -q -pl core,graph,metrics,benchmarks -am package -DskipTests
 * java -Xms10g -Xmx10g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar \
 *     org.blendnet.benchmarks.LeidenComparison --sizes 100000,1000000 --runs 3 --iterations 10
 * </pre>
 *
 * <p>Options: {@code --sizes} (nodes, comma-separated), {@code --runs} (per library and graph),
 * {@code --iterations} (Leiden iterations for both Leiden implementations), {@code --kinds}
 * ({@code planted}, {@code lfr} or both), {@code --jgrapht-max} (largest graph to give JGraphT, whose
 * object graph needs about 1 GB per million nodes at average degree 15), {@code --seed}. Runs of the three
 * libraries alternate, in a rotating order, so that a change in machine load falls on all of them.
 */
public final class LeidenComparison {

  private LeidenComparison() {}

  /** One row of the table. */
  private record Row(String graph, int nodes, int ties, String library, double wallMs, double cpuMs,
      double modularity, int communities, double nmi) {}

  public static void main(String[] args) throws IOException {
    int[] sizes = {100_000, 1_000_000};
    int runs = 3;
    int iterations = 10;
    int jgraphtMax = 1_000_000;
    long seed = 1;
    List<String> kinds = List.of("planted", "lfr");
    for (int i = 0; i < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--sizes" -> sizes = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
        case "--runs" -> runs = Integer.parseInt(value);
        case "--iterations" -> iterations = Integer.parseInt(value);
        case "--jgrapht-max" -> jgraphtMax = Integer.parseInt(value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--kinds" -> kinds = List.of(value.split(","));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    System.out.printf(Locale.ROOT, "nproc=%d, java=%s (%s), max heap=%d MB, jvm args=%s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20,
        ManagementFactory.getRuntimeMXBean().getInputArguments());
    System.out.println("load average at start: " + loadAverage());
    List<Row> rows = new ArrayList<>();
    for (String kind : kinds) {
      for (int n : sizes) {
        rows.addAll(compare(kind, n, runs, iterations, n <= jgraphtMax, seed));
      }
    }
    System.out.println("load average at end: " + loadAverage());
    System.out.println();
    printTable(rows);
  }

  /** The benchmark graph of a kind and size: blocks of about 1000 nodes, average degree 15, mixing 0.3. */
  static PlantedPartition generator(String kind, int n, long seed) {
    PlantedPartition.Builder b = PlantedPartition.builder().nodes(n).blocks(Math.max(2, n / 1000))
        .averageDegree(15).mixing(0.3).seed(seed);
    if (kind.equals("lfr")) {
      b.degreeExponent(2.5).blockSizeSkew(0.5);
    } else if (!kind.equals("planted")) {
      throw new IllegalArgumentException("unknown graph kind " + kind);
    }
    return b.build();
  }

  private static List<Row> compare(String kind, int n, int runs, int iterations, boolean withJGraphT, long seed) {
    PlantedPartition generator = generator(kind, n, seed);
    PlantedPartition.Sample sample = generator.generate();
    SocialGraph graph = sample.graph();
    int[] planted = sample.blocks();
    System.out.println(generator + " -> " + graph);
    nl.cwts.networkanalysis.Network cwtsNetwork = CommunityLibraries.toCwts(graph);
    Graph<Integer, DefaultEdge> jgraph = withJGraphT ? CommunityLibraries.toJGraphT(graph) : null;
    String[] libraries = withJGraphT ? new String[] {"blendnet-leiden", "cwts-leiden", "jgrapht-lpa"}
        : new String[] {"blendnet-leiden", "cwts-leiden"};
    double[][] wall = new double[libraries.length][runs];
    double[][] cpu = new double[libraries.length][runs];
    int[][] last = new int[libraries.length][];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < runs; r++) {
      for (int j = 0; j < libraries.length; j++) {
        int lib = (j + r) % libraries.length;
        System.gc();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        String note = "";
        int[] membership;
        if (lib == 0) {
          Partition p = CommunityLibraries.blendnet(graph, iterations, seed + r);
          membership = p.membership();
          note = ", " + p.iterations() + " iterations" + (p.converged() ? " (converged)" : "");
        } else if (lib == 1) {
          membership = CommunityLibraries.cwts(cwtsNetwork, iterations, seed + r);
        } else {
          membership = CommunityLibraries.labelPropagation(jgraph, 10 * iterations, seed + r);
        }
        wall[lib][r] = (System.nanoTime() - t0) / 1e6;
        cpu[lib][r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        last[lib] = membership;
        System.out.printf(Locale.ROOT, "  %-16s run %d: %9.0f ms wall, %9.0f ms cpu, Q=%.5f, load %s%s%n",
            libraries[lib], r + 1, wall[lib][r], cpu[lib][r],
            Objective.MODULARITY.quality(graph, membership, 1.0), loadAverage(), note);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int lib = 0; lib < libraries.length; lib++) {
      int[] m = last[lib];
      rows.add(new Row(kind, n, graph.tieCount(), libraries[lib], median(wall[lib]), median(cpu[lib]),
          Objective.MODULARITY.quality(graph, m, 1.0), CommunityLibraries.communities(m),
          PartitionSimilarity.normalizedMutualInformation(m, planted)));
    }
    return rows;
  }

  private static void printTable(List<Row> rows) {
    System.out.println("| graph | nodes | ties | library | median wall ms | median cpu ms | modularity | communities "
        + "| NMI planted | wall / CWTS | modularity − CWTS |");
    System.out.println("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|");
    for (Row row : rows) {
      Row cwts = rows.stream().filter(r -> r.graph.equals(row.graph) && r.nodes == row.nodes
          && r.library.equals("cwts-leiden")).findFirst().orElseThrow();
      System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %s | %,.0f | %,.0f | %.5f | %,d | %.4f | %.2f | %+.5f |%n",
          row.graph, row.nodes, row.ties, row.library, row.wallMs, row.cpuMs, row.modularity, row.communities,
          row.nmi, row.wallMs / cwts.wallMs, row.modularity - cwts.modularity);
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
