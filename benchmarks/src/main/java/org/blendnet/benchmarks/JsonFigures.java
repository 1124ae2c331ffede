package org.blendnet.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.blendnet.core.Network;
import org.blendnet.core.io.NetworkJson;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read and write throughput of the JSON format on one thread, next to two baselines on the same bytes:
 * Jackson's streaming parser walking every token (the floor: what any streaming reader of the document
 * must pay) and Jackson databind reading it into a generic {@link JsonNode} tree (what a user would write
 * without a format reader). Every run measures wall time and the CPU time of the benchmark thread, which
 * is less disturbed by other load on a shared machine; the runs of the four tasks alternate in a rotating
 * order, so that changes in load fall on all of them. It prints medians and ratios.
 *
 * <pre>
 * java -Xms6g -Xmx6g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar \
 *     org.blendnet.benchmarks.JsonFigures --sizes 100000,1000000 --runs 7
 * </pre>
 */
public final class JsonFigures {

  private static final String[] TASKS = {"blendnet read", "blendnet write", "token scan", "databind tree"};

  private JsonFigures() {}

  /**
   * Runs the comparison.
   *
   * @param args {@code --sizes N,N} (touchpoints), {@code --runs R} (measured runs, after 3 warm-ups)
   */
  public static void main(String[] args) {
    int[] sizes = {100_000, 1_000_000};
    int runs = 7;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--sizes" -> sizes = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    System.out.printf(Locale.ROOT, "nproc=%d, java=%s, max heap=%d MB, load average at start: %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20, LeidenComparison.loadAverage());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    JsonMapper mapper = JsonMapper.builder().build();
    List<String> table = new ArrayList<>();
    table.add("| touchpoints | MB | task | median wall ms | median cpu ms | touchpoints/s (cpu) | MB/s (cpu) | cpu / token scan |");
    table.add("|---:|---:|---|---:|---:|---:|---:|---:|");
    for (int n : sizes) {
      Network network = SyntheticNetworks.withTouchpoints(n, 42);
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      NetworkJson.write(network, buffer);
      byte[] document = buffer.toByteArray();
      double megabytes = document.length / 1e6;
      long[][] wall = new long[TASKS.length][runs];
      long[][] cpu = new long[TASKS.length][runs];
      for (int run = -3; run < runs; run++) {
        for (int k = 0; k < TASKS.length; k++) {
          int task = Math.floorMod(k + run, TASKS.length);
          System.gc();
          long w0 = System.nanoTime();
          long c0 = threads.getCurrentThreadCpuTime();
          long check = runTask(task, network, document, mapper);
          long c1 = threads.getCurrentThreadCpuTime();
          long w1 = System.nanoTime();
          if (check == 0) {
            throw new IllegalStateException(TASKS[task] + " produced nothing");
          }
          if (run >= 0) {
            wall[task][run] = w1 - w0;
            cpu[task][run] = c1 - c0;
          }
        }
      }
      double scanCpu = median(cpu[2]);
      for (int task = 0; task < TASKS.length; task++) {
        double w = median(wall[task]) / 1e6;
        double c = median(cpu[task]) / 1e6;
        table.add(String.format(Locale.ROOT, "| %,d | %.1f | %s | %,.0f | %,.0f | %,.0f | %.0f | %.2f |",
            n, megabytes, TASKS[task], w, c, n / (c / 1e3), megabytes / (c / 1e3), median(cpu[task]) / scanCpu));
      }
      System.out.printf(Locale.ROOT, "%,d touchpoints done, load average %s%n", n, LeidenComparison.loadAverage());
    }
    System.out.println();
    table.forEach(System.out::println);
  }

  private static long runTask(int task, Network network, byte[] document, JsonMapper mapper) {
    switch (task) {
      case 0 -> {
        return NetworkJson.read(new ByteArrayInputStream(document)).touchpoints().size();
      }
      case 1 -> {
        CountingSink sink = new CountingSink();
        NetworkJson.write(network, sink);
        return sink.count;
      }
      case 2 -> {
        long tokens = 0;
        try (JsonParser parser = mapper.createParser(document)) {
          for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
            if (t == JsonToken.VALUE_STRING) {
              tokens += parser.getString().length() > 0 ? 1 : 0;
            }
            tokens++;
          }
        }
        return tokens;
      }
      case 3 -> {
        JsonNode tree = mapper.readTree(document);
        return tree.size();
      }
      default -> throw new IllegalArgumentException("task " + task);
    }
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int m = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2.0;
  }

  /** An output stream that counts and discards. */
  private static final class CountingSink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
