package org.pdpguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.pdpguard.cli.report.Format;
import picocli.CommandLine.Option;

/** Where a report goes and in which format: shared by the commands that write reports. */
final class ReportOptions {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = OptionConverters.FormatConverter.class,
      description = {
        "Định dạng báo cáo / Report format: table, jsonl, json, sarif, csv, html",
        "(mặc định / default: ${DEFAULT-VALUE})."
      })
  Format format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = {
        "Ghi báo cáo vào tệp (ghi nguyên khối) thay vì đầu ra chuẩn.",
        "Write the report to FILE (atomically) instead of standard output."
      })
  Path output;

  /** The output: standard output, or the file checked writable now. */
  ReportOutput open(PrintWriter stdout) throws IOException {
    return output == null ? ReportOutput.of(stdout) : ReportOutput.atomicFile(output);
  }
}
