package org.pdpguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.pdpguard.cli.report.ReportWriter;

/**
 * One updating line on standard error (files done / total, bytes, findings), drawn only when the
 * terminal is interactive and at most every 100 ms. When the report also goes to the terminal, the
 * line is erased before report output and the report is flushed before the line is drawn again, so
 * the two never mix. Not thread-safe: used under the {@link InOrder} lock.
 */
final class Progress {
  private static final long INTERVAL_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final int total;
  private long lastDraw;
  private int shownWidth;

  Progress(PrintWriter err, boolean enabled, int total) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
    this.lastDraw = System.nanoTime();
  }

  /** Erases the line, if shown, before something else is printed. */
  void hide() {
    if (shownWidth > 0) {
      err.print("\r" + " ".repeat(shownWidth) + "\r");
      err.flush();
      shownWidth = 0;
    }
  }

  /** Redraws the line if due; flushes {@code report} first so that its output comes before it. */
  void update(int done, long bytes, long findings, ReportWriter report) throws IOException {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < INTERVAL_NANOS) {
      return;
    }
    lastDraw = now;
    report.flush();
    String line =
        String.format(
            Locale.ROOT,
            "Đã quét / Scanned %d/%d · %s · %d phát hiện / findings",
            done,
            total,
            bytes(bytes),
            findings);
    int pad = Math.max(0, shownWidth - line.length());
    err.print("\r" + line + " ".repeat(pad));
    err.flush();
    shownWidth = line.length() + pad;
  }

  private static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    String units = "KMGTPE";
    int u = (int) (Math.log(n) / Math.log(1024)) - 1;
    u = Math.min(u, units.length() - 1);
    return String.format(Locale.ROOT, "%.1f %siB", n / Math.pow(1024, u + 1), units.charAt(u));
  }
}
