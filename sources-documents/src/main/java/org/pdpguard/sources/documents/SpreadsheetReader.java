package org.pdpguard.sources.documents;

import java.io.IOException;
import java.io.InputStream;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.FormatReader;
import org.pdpguard.sources.Units;

/**
 * Reads spreadsheets (XLSX, XLS, ODS) as records, column-aware: one record per row, the header
 * row's texts as field names, each field with its cell ({@code B7}) and each record with its sheet
 * and row. XLSX and XLS are read from disk (the file itself, or a temporary copy deleted
 * afterwards), ODS as a stream. The stream is not closed.
 */
final class SpreadsheetReader implements FormatReader {
  @Override
  public String name() {
    return "spreadsheet";
  }

  @Override
  public boolean accepts(Content content) {
    Format f = Format.of(content);
    return f == Format.XLSX || f == Format.XLS || f == Format.ODS;
  }

  @Override
  public void read(Content content, InputStream in, Units units) throws IOException {
    Format format = Format.of(content);
    if (format == Format.ODS) {
      OdsSheets.read(content, in, units);
      return;
    }
    try (Spool spool = Spool.of(content, in)) {
      if (format == Format.XLSX) {
        XlsxSheets.read(spool.path(), content, units);
      } else {
        XlsSheets.read(spool.path(), content, units);
      }
    }
  }
}
