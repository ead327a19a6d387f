package org.pdpguard.cli.report;

import java.io.IOException;
import java.util.List;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.judge.Violation;
import org.pdpguard.sources.ColumnSummary;
import org.pdpguard.sources.Location;

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

  /**
   * One finding in {@code source}; the writer masks its value unless told to show values. {@code
   * where} is the place beyond line and column (page, sheet, cell, table, field, key, pointer);
   * line and column are 0 for a value that has no place in a text (a database cell).
   */
  void finding(String source, Location where, LocatedFinding finding) throws IOException;

  /** The column summary of one source's structured data; also listed in the summary. */
  default void columns(List<ColumnSummary> columns) throws IOException {}

  /**
   * A violation found by the judge: these come after every finding and column summary, before
   * {@link #finish}. Its evidence values are already as the report shows them.
   */
  void violation(Violation violation) throws IOException;

  /** A source that could not be read; it is also listed in the summary. */
  default void error(String source, String message) throws IOException {}

  /** A source skipped on purpose (e.g. binary); it is also listed in the summary. */
  default void skipped(String source, String reason) throws IOException {}

  /** Writes the totals and whatever closes the report, then flushes. */
  void finish(Summary summary) throws IOException;

  /** Pushes buffered output to the underlying writer (e.g. before a progress line is drawn). */
  void flush() throws IOException;
}
