package org.pdpguard.cli;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread pools of the scan. */
final class Threads {
  private Threads() {}

  /**
   * A fixed pool of daemon threads named {@code name-1}, {@code name-2}..., so that a stuck read
   * never blocks the exit.
   */
  static ExecutorService daemonPool(String name, int threads) {
    AtomicInteger next = new AtomicInteger(1);
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, name + "-" + next.getAndIncrement());
          t.setDaemon(true);
          return t;
        });
  }
}
