package org.pdpguard.cli.report;

import java.io.IOException;
import java.io.Writer;
import org.pdpguard.judge.RulePack;

/** Creates the writer for a {@link Format}. */
public final class ReportWriters {
  private ReportWriters() {}

  /**
   * A writer of {@code format} on {@code out}.
   *
   * @param showValues print raw matched values instead of masked ones
   * @param version the tool version, shown in SARIF and HTML
   */
  public static ReportWriter create(Format format, Writer out, boolean showValues, String version)
      throws IOException {
    return create(format, out, showValues, version, null);
  }

  /**
   * A writer of {@code format} on {@code out} for a report judged by {@code pack} (null: not
   * judged); SARIF lists the pack's rules and CSV gains the violation columns.
   */
  public static ReportWriter create(
      Format format, Writer out, boolean showValues, String version, RulePack pack)
      throws IOException {
    return switch (format) {
      case TABLE -> new TableReportWriter(out, showValues);
      case JSONL -> new JsonlReportWriter(out, showValues);
      case JSON -> new JsonReportWriter(out, showValues);
      case SARIF -> new SarifReportWriter(out, showValues, version, pack);
      case CSV -> new CsvReportWriter(out, showValues, pack != null);
      case HTML -> new HtmlReportWriter(out, showValues, version);
    };
  }
}
