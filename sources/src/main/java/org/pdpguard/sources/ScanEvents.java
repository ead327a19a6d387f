package org.pdpguard.sources;

import java.io.IOException;
import java.util.List;
import org.pdpguard.core.stream.LocatedFinding;

/** What {@link SourceScanner} reports about one source, in order, from one thread at a time. */
public interface ScanEvents {
  /**
   * A finding in {@code source} (a file, or a part of one such as {@code a.zip!/b.csv}). {@code
   * where} adds the place beyond line and column: page, sheet, cell, table, field, key, pointer.
   * For a finding in a record field, the finding's line and column are 0 when the value has no
   * place in a text, and its offsets count from the start of the value.
   */
  void finding(String source, Location where, LocatedFinding finding) throws IOException;

  /** A source, or a part of one, that could not be read; the scan went on. */
  void error(String source, String message) throws IOException;

  /** A source, or a part of one, left out on purpose (binary, too deep). */
  void skipped(String source, String reason) throws IOException;

  /** The column summary of the structured data in one top-level source, after its findings. */
  void columns(List<ColumnSummary> columns) throws IOException;
}
