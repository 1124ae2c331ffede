package org.blendnet.core.match;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs numbered tasks on a few threads: the calling thread and {@code threads - 1} helpers take the next
 * task number from a shared counter until none is left. Which thread runs which task is not fixed, so a
 * caller that wants a deterministic result has each task write only its own slots and merges them after,
 * in task order. The helpers are daemon threads started per call and joined before it returns (a pairing
 * round is long enough that starting a thread costs nothing in comparison). Thread-safe: no shared state.
 */
final class Parallel {

  private Parallel() {}

  /**
   * Runs {@code task} for 0 .. tasks − 1 on up to {@code threads} threads and returns when all are done;
   * everything the tasks wrote is then visible to the caller. If a task throws, no new task is started
   * and the first failure is rethrown (an unchecked exception or error as is).
   */
  static void forEach(int tasks, int threads, IntConsumer task) {
    int helpers = Math.min(threads, tasks) - 1;
    if (helpers <= 0) {
      for (int i = 0; i < tasks; i++) {
        task.accept(i);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    Runnable worker = () -> {
      int i;
      while (failure.get() == null && (i = next.getAndIncrement()) < tasks) {
        try {
          task.accept(i);
        } catch (RuntimeException | Error e) {
          failure.compareAndSet(null, e);
        }
      }
    };
    Thread[] started = new Thread[helpers];
    for (int h = 0; h < helpers; h++) {
      started[h] = new Thread(worker, "blendnet-pairing-" + (h + 1));
      started[h].setDaemon(true);
      started[h].start();
    }
    worker.run();
    joinAll(started);
    Throwable first = failure.get();
    if (first instanceof RuntimeException r) {
      throw r;
    }
    if (first instanceof Error e) {
      throw e;
    }
  }

  /**
   * Waits for every thread to end, even if interrupted meanwhile — helpers are never abandoned mid-task —
   * and then restores the interrupt flag.
   */
  static void joinAll(Thread[] threads) {
    boolean interrupted = false;
    for (Thread t : threads) {
      while (true) {
        try {
          t.join();
          break;
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
