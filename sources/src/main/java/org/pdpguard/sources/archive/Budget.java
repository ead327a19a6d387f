package org.pdpguard.sources.archive;

import org.pdpguard.sources.SourceSettings;

/**
 * The bytes all entries of one outermost archive may expand to, nested archives included ({@code
 * maxTotalBytes}). Readers of a nested archive run on the thread that reads the outer one, inside
 * its {@code read} call, so the budget is shared through a thread-local held by the outermost
 * archive reader: {@link #open} returns a lease that the reader closes when done, and only the
 * lease that created the budget removes it. Not thread-safe: one reading thread.
 */
final class Budget {
  private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

  private final long limit;
  private long used;
  private boolean stopReported;

  private Budget(long limit) {
    this.limit = limit;
  }

  /** The budget of the archive being read on this thread, created when this is the outermost. */
  static Lease open(SourceSettings settings) {
    Budget current = CURRENT.get();
    if (current != null) {
      return new Lease(current, false);
    }
    Budget created = new Budget(settings.maxTotalBytes());
    CURRENT.set(created);
    return new Lease(created, true);
  }

  /** Counts {@code n} more expanded bytes; throws when the total passes the limit. */
  void spend(long n) throws LimitExceeded {
    used += n;
    if (used > limit) {
      throw LimitExceeded.total(limit);
    }
  }

  /** True once the limit is passed: no more entries are read. */
  boolean exhausted() {
    return used > limit;
  }

  long used() {
    return used;
  }

  /**
   * True the first time it is asked after the budget ran out, so that only the archive where it ran
   * out reports the entries left unread, not every archive around it.
   */
  boolean reportStop() {
    if (stopReported) {
      return false;
    }
    stopReported = true;
    return true;
  }

  /** A hold on the budget for the duration of one archive's read. */
  static final class Lease implements AutoCloseable {
    private final Budget budget;
    private final boolean owner;

    private Lease(Budget budget, boolean owner) {
      this.budget = budget;
      this.owner = owner;
    }

    Budget budget() {
      return budget;
    }

    @Override
    public void close() {
      if (owner) {
        CURRENT.remove();
      }
    }
  }
}
