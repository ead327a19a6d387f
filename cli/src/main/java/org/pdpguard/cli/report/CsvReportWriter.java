package org.pdpguard.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.judge.Violation;
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

  /** Columns added when the report is judged: findings have kind {@code finding} and no rule. */
  static final String[] JUDGED = {"kind", "rule", "severity", "basis", "sanction"};

  private final CSVPrinter printer;
  private final boolean showValues;
  private final boolean judged;

  CsvReportWriter(Writer out, boolean showValues, boolean judged) throws IOException {
    this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
    this.showValues = showValues;
    this.judged = judged;
  }

  @Override
  public void start() throws IOException {
    List<String> header = new ArrayList<>(List.of(HEADER));
    if (judged) {
      header.addAll(List.of(JUDGED));
    }
    printer.printRecord(header);
  }

  /**
   * A violation row: its source, the types of its evidence in {@code type}, its title in {@code
   * value}, {@code judge} as recognizer, its remedy in {@code context}, then kind, rule, severity,
   * basis and sanction.
   */
  @Override
  public void violation(Violation v) throws IOException {
    printer.printRecord(
        v.source(),
        "",
        "",
        "",
        "",
        v.types().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")),
        "",
        "",
        v.rule().title().both(),
        "judge",
        "",
        v.rule().remedy().both(),
        "place=" + v.kind().label(),
        "violation",
        v.ruleId(),
        v.severity().label(),
        ViolationText.basis(v),
        ViolationText.sanction(v));
  }

  @Override
  public void finding(String source, Location where, LocatedFinding f) throws IOException {
    String context = f.explanation().context();
    List<Object> row =
        new ArrayList<>(
            List.of(
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
                Labels.where(where)));
    if (judged) {
      row.addAll(List.of("finding", "", "", "", ""));
    }
    printer.printRecord(row);
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
