package org.blendnet.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.blendnet.core.Network;
import org.blendnet.core.io.NetworkJson;

/**
 * Measures what reading a JSON document costs in heap: the peak heap used during the read and the
 * retained size of the network it returns, in the same JVM. Run it in a fresh JVM per size with the
 * serial collector, whose pool peaks add up to a true peak:
 *
 * <pre>
 * java -XX:+UseSerialGC -Xmx8g -cp benchmarks/target/benchmarks.jar org.blendnet.benchmarks.JsonHeapProbe 1000000
 * </pre>
 *
 * <p>It writes the document to a temporary file first, then: GC, baseline used heap; reset pool peaks;
 * read; peak = sum of the heap pools' peak usage − baseline; GC again; retained = used − baseline.
 */
public final class JsonHeapProbe {

  private JsonHeapProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the number of touchpoints
   * @throws Exception if the temporary file cannot be written
   */
  public static void main(String[] args) throws Exception {
    int touchpoints = Integer.parseInt(args[0]);
    Path file = Files.createTempFile("blendnet-probe", ".json");
    try {
      NetworkJson.write(SyntheticNetworks.withTouchpoints(touchpoints, 42), file);
      long bytes = Files.size(file);
      long baseline = settledUsedHeap();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
      }
      long start = System.nanoTime();
      Network network = NetworkJson.read(file);
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      peak -= baseline;
      long retained = settledUsedHeap() - baseline;
      System.out.printf("touchpoints=%d file=%.1f MB read=%.2f s (%.0f touchpoints/s, first read in a cold JVM)"
              + " peak=%.1f MB retained=%.1f MB peak/retained=%.2f%n",
          network.touchpoints().size(), bytes / 1e6, seconds, touchpoints / seconds, peak / 1e6, retained / 1e6,
          (double) peak / retained);
    } finally {
      Files.deleteIfExists(file);
    }
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
