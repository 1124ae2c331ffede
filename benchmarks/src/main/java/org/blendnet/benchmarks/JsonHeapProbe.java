package org.blendnet.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.blendnet.core.Network;
import org.blendnet.core.io.NetworkJson;

/**
 * Measures what reading a JSON document costs in heap, against what the network it returns retains.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.blendnet.benchmarks.JsonHeapProbe 1000000
 * </pre>
 *
 * <p>It writes the document to a temporary file, then measures, each in fresh child JVMs (serial collector):
 * <ul>
 *   <li><b>retained</b>: used heap after reading and collecting, minus the used heap before;
 *   <li><b>minimum heap</b>: the smallest {@code -Xmx} (to 4 MB) with which the read completes — the peak
 *       of live data the read needs, including the JVM's own baseline, found by bisection.
 * </ul>
 * The ratio minimum heap / retained is the figure the foundation issue asks to keep under 3.
 */
public final class JsonHeapProbe {

  private JsonHeapProbe() {}

  /**
   * Runs the probe, or (with {@code --child FILE}) one read in a child JVM.
   *
   * @param args the number of touchpoints, or {@code --child FILE}
   * @throws Exception if a file or a child JVM fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--child")) {
      child(Path.of(args[1]));
      return;
    }
    int touchpoints = Integer.parseInt(args[0]);
    Path file = Files.createTempFile("blendnet-probe", ".json");
    try {
      NetworkJson.write(SyntheticNetworks.withTouchpoints(touchpoints, 42), file);
      String retained = run(file, 8192).orElseThrow(() -> new IllegalStateException("read fails with 8 GB"));
      long retainedBytes = Long.parseLong(retained.trim());
      int low = 16;
      int high = 8192;
      while (high - low > 4) {
        int mid = (low + high) / 2;
        if (run(file, mid).isPresent()) {
          high = mid;
        } else {
          low = mid;
        }
      }
      System.out.printf("touchpoints=%d file=%.1f MB retained=%.1f MB minimumHeap=%d MB minimumHeap/retained=%.2f%n",
          touchpoints, Files.size(file) / 1e6, retainedBytes / 1e6, high, high * 1048576.0 / retainedBytes);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Reads the file in a child JVM with {@code -Xmx<mb>m}: its stdout if it succeeded, else empty. */
  private static java.util.Optional<String> run(Path file, int mb) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+UseSerialGC");
    command.add("-Xmx" + mb + "m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(JsonHeapProbe.class.getName());
    command.add("--child");
    command.add(file.toString());
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    return process.waitFor() == 0 ? java.util.Optional.of(out) : java.util.Optional.empty();
  }

  /** Reads once and prints the retained bytes. */
  private static void child(Path file) {
    long baseline = settledUsedHeap();
    Network network = NetworkJson.read(file);
    long retained = settledUsedHeap() - baseline;
    if (network.touchpoints().isEmpty()) {
      throw new IllegalStateException("nothing read");
    }
    System.out.println(retained);
  }

  private static long settledUsedHeap() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
