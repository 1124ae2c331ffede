package org.blendnet.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.ProgressListener;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.TieModel;

/**
 * Time and memory of building a {@link SocialGraph}: from a plain edge list file (a planted-partition
 * graph written out), and from a network of many touchpoints. For each it prints the wall time, the bytes
 * the building thread allocated (an upper bound of the extra memory the build needs at its peak), the
 * heap the finished graph retains (heap used after a full GC with the graph, minus without), and the
 * size of the graph's arrays by their lengths. For the network it builds the graph a second time with a
 * full GC at the start and end of every stage, to show what the build holds live at each.
 *
 * <pre>
 * java -Xms14g -Xmx14g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar \
 *     org.blendnet.benchmarks.GraphBuildFigures --touchpoints 10000000 --members 1000000 --edge-list-nodes 1000000
 * </pre>
 */
public final class GraphBuildFigures {

  private GraphBuildFigures() {}

  public static void main(String[] args) throws IOException {
    int touchpoints = 10_000_000;
    int members = 1_000_000;
    int edgeListNodes = 1_000_000;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--touchpoints" -> touchpoints = Integer.parseInt(args[i + 1]);
        case "--members" -> members = Integer.parseInt(args[i + 1]);
        case "--edge-list-nodes" -> edgeListNodes = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    System.out.printf(Locale.ROOT, "nproc=%d, java=%s, max heap=%d MB, load %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20, LeidenComparison.loadAverage());
    if (edgeListNodes > 0) {
      edgeList(edgeListNodes);
    }
    if (touchpoints > 0) {
      network(touchpoints, members);
    }
  }

  private static void edgeList(int nodes) throws IOException {
    SocialGraph source = LeidenComparison.generator("planted", nodes, 7).generate().graph();
    Path file = Files.createTempFile("blendnet-edges", ".txt");
    try {
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
        out.write("# planted partition, " + source + "\n");
        for (int u = 0; u < source.nodeCount(); u++) {
          for (int e = source.edgeStart(u); e < source.edgeEnd(u); e++) {
            int v = source.target(e);
            if (v > u) {
              out.write(u + "\t" + v + "\n");
            }
          }
        }
      }
      source = null;
      long bytes = Files.size(file);
      Measured m = measure(() -> SocialGraph.fromEdgeList(file));
      System.out.printf(Locale.ROOT, "edge list: %,d bytes, %s%n", bytes, m.describe());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void network(int touchpoints, int members) {
    long t0 = System.nanoTime();
    SplittableRandom random = new SplittableRandom(11);
    List<Member> people = new ArrayList<>(members);
    MemberId[] ids = new MemberId[members];
    for (int i = 0; i < members; i++) {
      ids[i] = MemberId.of("m" + i);
      people.add(Member.of(ids[i], "m" + i));
    }
    Medium[] media = Medium.values();
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    List<Touchpoint> contact = new ArrayList<>(touchpoints);
    for (int t = 0; t < touchpoints; t++) {
      // each member meets mostly a circle of about 40 others (so that ties repeat), sometimes anyone
      int a = random.nextInt(members);
      int b = random.nextInt(4) == 0 ? random.nextInt(members) : (a + 1 + random.nextInt(40)) % members;
      if (b == a) {
        b = (a + 1) % members;
      }
      Touchpoint.Builder tb = Touchpoint.builder(TouchpointId.of("t" + t))
          .at(start.plus(Duration.ofMinutes(random.nextInt(525_600))))
          .medium(media[random.nextInt(media.length)]);
      if (random.nextInt(5) == 0) {
        tb.initiatedBy(ids[a]).participant(ids[b]);
      } else {
        tb.between(ids[a], ids[b]);
      }
      contact.add(tb.build());
    }
    Network network = Network.builder().members(people).touchpoints(contact).build();
    people = null;
    contact = null;
    System.out.printf(Locale.ROOT, "network: %s, made in %.1f s%n", network, (System.nanoTime() - t0) / 1e9);
    Measured m = measure(() -> SocialGraph.of(network, TieModel.defaults()));
    System.out.printf(Locale.ROOT, "from network: %s%n", m.describe());
    // again, with a full GC at the start and end of every stage to see what is live at each
    long baseline = usedAfterGc();
    PeakProbe probe = new PeakProbe(baseline);
    SocialGraph again = SocialGraph.of(network, TieModel.defaults(), probe);
    System.out.printf(Locale.ROOT, "live at stage boundaries (beyond the network): %s%n  peak %,d B at '%s' = %.2f × the"
        + " graph's arrays (%s)%n", probe.log, probe.peak, probe.peakStage, (double) probe.peak / m.arrays(), again);
  }

  /** Records the heap in use (after a full GC) at the start and the end of every stage of a build. */
  private static final class PeakProbe implements ProgressListener {
    private final long baseline;
    private final StringBuilder log = new StringBuilder();
    private String stage = "";
    private long peak;
    private String peakStage = "";

    PeakProbe(long baseline) {
      this.baseline = baseline;
    }

    @Override
    public void progress(String current, long done, long total) {
      if (!current.equals(stage) || done == total) {
        long live = usedAfterGc() - baseline;
        String where = current + (done == total ? " (end)" : " (start)");
        log.append(String.format(Locale.ROOT, "%n    %-32s %,15d B", where, live));
        if (live > peak) {
          peak = live;
          peakStage = where;
        }
        stage = current;
      }
    }
  }

  /** What building one graph cost. */
  private record Measured(SocialGraph graph, double seconds, long allocated, long retained) {
    /** Offsets, targets, weights (one or two float arrays), first-channel bits and strengths, by length. */
    long arrays() {
      int n = graph.nodeCount();
      long ties = graph.tieCount();
      boolean layered = graph.hasChannels();
      return 4L * (n + 1) + 2 * ties * (layered ? 12 : 8) + (layered ? (2 * ties + 63) / 64 * 8 : 0) + 8L * n;
    }

    String describe() {
      int n = graph.nodeCount();
      long ties = graph.tieCount();
      long arrays = arrays();
      long idTable = 8L * n + 4L * Integer.highestOneBit(Math.max(4, 2 * n - 1)) * 2;
      return String.format(Locale.ROOT, "%s built in %.2f s; graph arrays %,d B (%.1f B/tie) + id table slots %,d B; "
          + "retained %,d B (with the member ids); allocated while building %,d B (%.2f × the arrays)",
          graph, seconds, arrays, (double) arrays / Math.max(1, ties), idTable, retained, allocated,
          (double) allocated / arrays);
    }
  }

  private interface Build {
    SocialGraph run();
  }

  private static Measured measure(Build build) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = usedAfterGc();
    long a0 = threads.getCurrentThreadAllocatedBytes();
    long t0 = System.nanoTime();
    SocialGraph graph = build.run();
    double seconds = (System.nanoTime() - t0) / 1e9;
    long allocated = threads.getCurrentThreadAllocatedBytes() - a0;
    long after = usedAfterGc();
    return new Measured(graph, seconds, allocated, after - before);
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
