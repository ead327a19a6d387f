package org.pdpguard.sources.records;

import java.util.List;
import org.pdpguard.sources.FormatReader;

/**
 * Readers of structured text: delimited files (CSV, TSV, semicolon- or pipe-separated) and JSON (a
 * document, or JSON Lines). They send one record per row or object to {@code Units.record}, with
 * column names as the values' context, so that the scan keeps a summary per column.
 *
 * <p>Both stream whatever the file's size: memory holds one record, and a record (a CSV row, a JSON
 * Lines line, a JSON string) is cut off at {@link #MAX_RECORD_CHARS} chars, reported, and the read
 * goes on after it where the format allows.
 */
public final class RecordReaders {
  /** The most chars one record may hold before it is reported and skipped. */
  public static final int MAX_RECORD_CHARS = 8 << 20;

  private RecordReaders() {}

  /** The CSV and JSON readers, which take files by extension. */
  public static List<FormatReader> all() {
    return List.of(new CsvReader(), new JsonReader());
  }
}
