package org.blendnet.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.blendnet.core.NetworkStore;
import org.blendnet.core.testing.StoreStress;

/**
 * The {@link NetworkStore} stress test at full size, with its append throughput: 4 writer threads append
 * a million touchpoints (one at a time and in batches, with members, questions, answers and appends built
 * to be rejected) while 2 reader threads take snapshots and check each one (see {@link StoreStress}).
 * Prints the machine's processor count and load beside the figures; exits 1 if any check failed.
 *
 * <pre>
 * java -Xms4g -Xmx4g -cp benchmarks/target/benchmarks.jar org.blendnet.benchmarks.StoreStressFigures \
 *     --touchpoints 1000000 --runs 3
 * </pre>
 */
public final class StoreStressFigures {

  private StoreStressFigures() {}

  /**
   * Runs the stress test.
   *
   * @param args {@code --touchpoints N} (default 1,000,000), {@code --runs N} (default 3),
   *     {@code --writers N} (default 4), {@code --readers N} (default 2), {@code --seed N}
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    int touchpoints = 1_000_000;
    int runs = 3;
    int writers = 4;
    int readers = 2;
    long seed = 20_261_122L;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--touchpoints" -> touchpoints = Integer.parseInt(args[i + 1]);
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        case "--writers" -> writers = Integer.parseInt(args[i + 1]);
        case "--readers" -> readers = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    boolean failed = false;
    for (int run = 1; run <= runs; run++) {
      double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      StoreStress.Result result = StoreStress.run(
          new StoreStress.Settings(writers, readers, touchpoints, 1_000, 2, 0, seed + run));
      double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      System.out.printf(Locale.ROOT, "run %d: nproc=%d load(1 min)=%.2f->%.2f %s%n", run,
          Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter, result);
      failed |= !result.failures().isEmpty();
    }
    if (failed) {
      System.exit(1);
    }
  }
}
