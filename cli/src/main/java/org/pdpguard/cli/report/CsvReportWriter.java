package org.pdpguard.cli.report;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.sources.Location;

/**
 * CSV (RFC 4180: comma, double quotes, CRLF), one row per finding under the header {@code
 * source,line,column,start,end,type,category,score,value,recognizer,validated,context,where}
 * ({@code where}: page, sheet, cell, table, field... as {@code key=value} words; line and column
 * are empty for a value with no place in a text). CSV has no place for totals or errors; those go
 * to standard error.
 */
final class CsvReportWriter implements ReportWriter {
  static final String[] HEADER = {
    "source",
    "line",
    "column",
    "start",
    "end",
    "type",
    "category",
    "score",
    "value",
    "recognizer",
    "validated",
    "context",
    "where"
  };

  private final CSVPrinter printer;
  private final boolean showValues;

  CsvReportWriter(Writer out, boolean showValues) throws IOException {
    this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
    this.showValues = showValues;
  }

  @Override
  public void start() throws IOException {
    printer.printRecord((Object[]) HEADER);
  }

  @Override
  public void finding(String source, Location where, LocatedFinding f) throws IOException {
    String context = f.explanation().context();
    printer.printRecord(
        source,
        f.line() > 0 ? f.line() : "",
        f.column() > 0 ? f.column() : "",
        f.start(),
        f.end(),
        f.type().name(),
        f.category().label(),
        Labels.score(f.score()),
        Masking.display(f.type(), f.value(), showValues),
        f.recognizer(),
        f.explanation().validated(),
        context == null ? "" : context,
        Labels.where(where));
  }

  @Override
  public void finish(Summary summary) throws IOException {
    printer.flush();
  }

  @Override
  public void flush() throws IOException {
    printer.flush();
  }
}
