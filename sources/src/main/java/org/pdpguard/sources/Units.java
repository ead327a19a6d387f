package org.pdpguard.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;

/**
 * Where a {@link FormatReader} or a {@link Connector} sends what it reads. Calls come from the
 * reading thread, in document order.
 */
public interface Units {
  /**
   * A run of text to scan: a whole text file, a page, a document body, an e-mail body. Findings get
   * the name {@code source} (usually {@link Content#name()}), {@code where}, and line/column
   * counted in this text. The reader is read to its end, not closed.
   */
  void text(String source, Location where, Reader text) throws IOException;

  /**
   * One record of structured data: a CSV row, a spreadsheet row, a JSON object, a table row. Field
   * names are context for their values, and every field feeds the column summary of {@code table}
   * ({@code null} for a file with a single table, such as a CSV file).
   */
  void record(String source, String table, Location where, List<Field> fields) throws IOException;

  /**
   * Content inside the one being read (an archive entry, an attachment): dispatched to the reader
   * that accepts it, unless nesting is too deep. {@code in} is read by then and not closed.
   */
  void nested(Content child, InputStream in) throws IOException;

  /** A part that could not be read, with the reason; the scan goes on. */
  void error(String name, String message) throws IOException;

  /** A part left out on purpose (binary, unsupported), with the reason. */
  void skipped(String name, String reason) throws IOException;

  /** Limits and switches for this scan. */
  SourceSettings settings();
}
