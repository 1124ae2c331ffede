package org.blendnet.graph.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.blendnet.core.ProgressListener;
import org.jspecify.annotations.Nullable;

/**
 * Runs a task once per source node, on one or more threads, so that the result does not depend on the
 * number of threads: the sources are split into {@link #LANES} fixed lanes of consecutive sources, each
 * lane accumulates into buffers of its own in source order, and the caller combines the lanes in lane
 * order. Thread {@code t} of {@code T} works through lanes {@code t, t + T, …}. The calling thread is
 * thread 0 and the only one that reports progress (at most about 100 reports per stage). Internal.
 */
public final class SourceLanes {

  /** The fixed number of lanes, and so the most threads that can share a run. */
  public static final int LANES = 4;

  /** What to do for one source; called from thread {@code thread} for a source of lane {@code lane}. */
  @FunctionalInterface
  public interface Task {
    /** Processes {@code source}. */
    void process(int thread, int lane, int source);
  }

  private SourceLanes() {}

  /** The first index of {@code sources} in lane {@code lane}. */
  public static int laneStart(int count, int lane) {
    return (int) ((long) count * lane / LANES);
  }

  /**
   * Processes every source, reporting {@code stage} progress in sources done.
   *
   * @throws CancellationException if the calling thread is interrupted while waiting for the others
   */
  public static void run(int[] sources, int threads, ProgressListener progress, String stage, Task task) {
    int count = sources.length;
    long step = Math.max(1, count / 100);
    progress.progress(stage, 0, count);
    if (threads <= 1 || count < 2) {
      long reported = 0;
      for (int lane = 0; lane < LANES; lane++) {
        for (int i = laneStart(count, lane); i < laneStart(count, lane + 1); i++) {
          task.process(0, lane, sources[i]);
          long done = i + 1L;
          if (done - reported >= step || done == count) {
            progress.progress(stage, done, count);
            reported = done;
          }
        }
      }
      return;
    }
    AtomicLong done = new AtomicLong();
    AtomicBoolean cancelled = new AtomicBoolean();
    AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    Thread[] workers = new Thread[threads - 1];
    for (int t = 1; t < threads; t++) {
      int thread = t;
      workers[t - 1] = new Thread(() -> {
        try {
          work(sources, thread, threads, task, done, cancelled);
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
          cancelled.set(true);
        }
      }, "blendnet-" + stage.replace(' ', '-') + "-" + t);
      workers[t - 1].setDaemon(true);
      workers[t - 1].start();
    }
    long[] reported = {0};
    Runnable report = () -> {
      long d = done.get();
      if (d - reported[0] >= step || (d == count && reported[0] != count)) {
        progress.progress(stage, d, count);
        reported[0] = d;
      }
    };
    try {
      for (int lane = 0; lane < LANES && !cancelled.get(); lane += threads) {
        for (int i = laneStart(count, lane); i < laneStart(count, lane + 1) && !cancelled.get(); i++) {
          task.process(0, lane, sources[i]);
          done.incrementAndGet();
          report.run();
        }
      }
      for (Thread worker : workers) {
        while (worker.isAlive()) {
          worker.join(100);
          report.run();
        }
      }
    } catch (InterruptedException e) {
      cancelled.set(true);
      joinQuietly(workers);
      Thread.currentThread().interrupt();
      throw new CancellationException(stage + " interrupted");
    } catch (RuntimeException | Error e) {
      cancelled.set(true);
      joinQuietly(workers);
      throw e;
    }
    Throwable f = failure.get();
    if (f instanceof RuntimeException r) {
      throw r;
    }
    if (f instanceof Error err) {
      throw err;
    }
    if (f != null) {
      throw new IllegalStateException(stage + " failed", f);
    }
    report.run();
  }

  private static void work(int[] sources, int thread, int threads, Task task, AtomicLong done,
      AtomicBoolean cancelled) {
    int count = sources.length;
    for (int lane = thread; lane < LANES; lane += threads) {
      for (int i = laneStart(count, lane); i < laneStart(count, lane + 1); i++) {
        if (cancelled.get()) {
          return;
        }
        task.process(thread, lane, sources[i]);
        done.incrementAndGet();
      }
    }
  }

  private static void joinQuietly(Thread[] workers) {
    boolean interrupted = false;
    for (Thread worker : workers) {
      while (worker.isAlive()) {
        try {
          worker.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
