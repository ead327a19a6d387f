package org.pdpguard.cli.report;

import java.io.IOException;
import org.pdpguard.core.stream.LocatedFinding;

/**
 * Writes a report as events arrive, so that a scan of any size streams to its output. The caller
 * calls {@link #start} once, then {@link #finding}, {@link #error} and {@link #skipped} in report
 * order (sources in walk order, findings in text order), then {@link #finish} once. Calls come from
 * one thread at a time. A writer never closes the {@link java.io.Writer} it was given; {@link
 * #finish} flushes it.
 */
public interface ReportWriter {
  /** Writes what comes before the first finding (headers, opening brackets). */
  void start() throws IOException;

  /** One finding in {@code source}; the writer masks its value unless told to show values. */
  void finding(String source, LocatedFinding finding) throws IOException;

  /** A source that could not be read; it is also listed in the summary. */
  default void error(String source, String message) throws IOException {}

  /** A source skipped on purpose (e.g. binary); it is also listed in the summary. */
  default void skipped(String source, String reason) throws IOException {}

  /** Writes the totals and whatever closes the report, then flushes. */
  void finish(Summary summary) throws IOException;

  /** Pushes buffered output to the underlying writer (e.g. before a progress line is drawn). */
  void flush() throws IOException;
}
