package org.pdpguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.LongSupplier;
import org.pdpguard.cli.report.Masking;
import org.pdpguard.cli.report.ReportWriter;
import org.pdpguard.cli.report.Summary;
import org.pdpguard.cli.report.Tally;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.sources.ColumnSummary;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.ScanCache;
import org.pdpguard.sources.ScanEvents;
import org.pdpguard.sources.SourceEntry;
import org.pdpguard.sources.SourceScanner;

/**
 * Scans sources on a pool of threads, one source per task, and reports them in walk order whatever
 * the number of threads (see {@link InOrder}): the report is the same byte for byte with 1 thread
 * or 16. A source that cannot be read is reported on standard error and in the report's errors, and
 * the scan goes on. A failure to write the report stops the scan.
 */
final class ParallelScan {
  /** Sources started ahead of the one being reported, per thread. */
  private static final int WINDOW_PER_THREAD = 4;

  private final SourceScanner scanner;
  private final ScanCache cache;
  private final boolean showValues;
  private final int threads;
  private final ReportWriter writer;
  private final PrintWriter err;
  private final boolean interactive;
  private final Tally tally = new Tally();
  private Progress progress;
  private int finished; // sources reported so far, for the progress line

  ParallelScan(
      SourceScanner scanner,
      ScanCache cache,
      boolean showValues,
      int threads,
      ReportWriter writer,
      PrintWriter err,
      boolean interactive) {
    this.scanner = scanner;
    this.cache = cache;
    this.showValues = showValues;
    this.threads = threads;
    this.writer = writer;
    this.err = err;
    this.interactive = interactive;
  }

  /** Scans {@code entries} and writes the whole report; {@code elapsedMs} times the scan. */
  Summary run(List<SourceEntry> entries, LongSupplier elapsedMs)
      throws IOException, InterruptedException {
    progress = new Progress(err, interactive, entries.size());
    writer.start();
    InOrder order =
        new InOrder(
            entries.size(),
            threads * WINDOW_PER_THREAD,
            done -> {
              finished = done;
              progress.update(finished, tally.bytes(), tally.findings(), writer);
            });
    ExecutorService pool = Threads.daemonPool("pdpguard-scan", threads);
    try {
      for (int i = 0; i < entries.size() && !order.failed(); i++) {
        order.awaitTurn(i);
        int slot = i;
        SourceEntry entry = entries.get(i);
        if (!entry.scannable()) {
          order.deliver(slot, () -> problem(entry));
          order.finish(slot);
        } else {
          pool.execute(() -> scan(slot, entry, order));
        }
      }
      pool.shutdown();
      if (!order.failed()) {
        order.awaitAll();
      }
    } finally {
      pool.shutdownNow();
    }
    order.rethrow();
    Summary summary = tally.summary(elapsedMs.getAsLong());
    progress.hide();
    writer.finish(summary);
    return summary;
  }

  private void scan(int slot, SourceEntry entry, InOrder order) {
    String name = entry.name();
    try {
      Events events = new Events(slot, name, order);
      SourceScanner.Outcome o =
          entry.source() == null
              ? scanner.scan(entry.connector(), entry.target(), events)
              : cache == null
                  ? scanner.scan(entry.source(), events)
                  : cache.scan(scanner, entry.source(), events);
      if (o.error() != null) {
        order.deliver(slot, () -> error(name, o.error()));
      } else if (!events.skippedWhole) {
        order.deliver(slot, () -> tally.source(o.bytes(), o.chars()));
      }
    } catch (Stopped e) {
      // the report cannot be written; run() reports that
    } catch (RuntimeException | StackOverflowError e) {
      // A bug or a pathological input must not end the whole scan: report it for this source.
      String message = "lỗi nội bộ / internal error: " + e;
      order.deliver(slot, () -> error(name, message));
    } finally {
      order.finish(slot);
    }
  }

  /** The events of one source, delivered in its slot so that the report keeps walk order. */
  private final class Events implements ScanEvents {
    private final int slot;
    private final String name;
    private final InOrder order;
    boolean skippedWhole; // the source itself was skipped (binary), not a part of it

    Events(int slot, String name, InOrder order) {
      this.slot = slot;
      this.name = name;
      this.order = order;
    }

    private void deliver(InOrder.Event event) {
      if (order.failed()) {
        throw new Stopped();
      }
      order.deliver(slot, event);
    }

    @Override
    public void finding(String source, Location where, LocatedFinding f) {
      Location shown = showValues ? where : Masking.location(where);
      deliver(() -> ParallelScan.this.finding(source, shown, f));
    }

    @Override
    public void error(String source, String message) {
      deliver(() -> ParallelScan.this.error(source, message));
    }

    @Override
    public void skipped(String source, String reason) {
      skippedWhole |= source.equals(name);
      deliver(() -> ParallelScan.this.skipped(source, reason));
    }

    @Override
    public void columns(List<ColumnSummary> columns) {
      deliver(() -> ParallelScan.this.columns(columns));
    }
  }

  private void columns(List<ColumnSummary> columns) throws IOException {
    writer.columns(columns);
    tally.columns(columns);
  }

  private void finding(String source, Location where, LocatedFinding f) throws IOException {
    progress.hide();
    writer.finding(source, where, f);
    tally.finding(f);
    progress.update(finished, tally.bytes(), tally.findings(), writer);
  }

  private void problem(SourceEntry entry) throws IOException {
    if (entry.error() != null) {
      error(entry.name(), entry.error());
    } else {
      skipped(entry.name(), entry.skipped());
    }
  }

  private void error(String source, String message) throws IOException {
    progress.hide();
    err.println("Không đọc được / Cannot read: " + source + ": " + message);
    err.flush();
    writer.error(source, message);
    tally.error(source, message);
  }

  private void skipped(String source, String reason) throws IOException {
    writer.skipped(source, reason);
    tally.skipped(source, reason);
  }

  /** Thrown inside a task to stop scanning once the report cannot be written. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }
}
