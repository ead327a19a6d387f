package org.pdpguard.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.judge.Violation;
import org.pdpguard.sources.ColumnSummary;
import org.pdpguard.sources.Location;

/**
 * Aligned columns for a terminal, streamed: a header, then for each source with findings a line
 * naming it and one row per finding (line:column, type, category, score, masked value and, in
 * brackets, the place beyond the line: page, sheet and cell, table and key, field), then totals by
 * type, errors and skipped sources. Columns have fixed widths so that rows can be printed as they
 * come.
 */
final class TableReportWriter implements ReportWriter {
  private static final String ROW = "  %-12s %-20s %-19s %-6s %s%n";

  private final PrintWriter out;
  private final boolean showValues;
  private String currentSource;
  private final List<Violation> violations = new ArrayList<>();

  TableReportWriter(Writer out, boolean showValues) {
    this.out = new PrintWriter(out);
    this.showValues = showValues;
  }

  @Override
  public void start() {
    out.printf(ROW, "DÒNG:CỘT", "LOẠI / TYPE", "NHÓM / CATEGORY", "ĐIỂM", "GIÁ TRỊ / VALUE");
    out.printf(ROW, "LINE:COLUMN", "", "", "SCORE", "");
  }

  @Override
  public void finding(String source, Location where, LocatedFinding f) {
    if (!source.equals(currentSource)) {
      out.println(source);
      currentSource = source;
    }
    out.printf(
        ROW,
        f.line() > 0 ? Labels.lineColumn(f) : "-",
        f.type().name(),
        Labels.category(f.category()),
        Labels.score(f.score()),
        Masking.display(f.type(), f.value(), showValues)
            + (where.isEmpty() ? "" : "  [" + Labels.where(where) + "]"));
  }

  @Override
  public void violation(Violation v) {
    violations.add(v);
  }

  @Override
  public void finish(Summary s) throws IOException {
    out.println();
    if (s.findings() == 0) {
      out.println("Không phát hiện dữ liệu cá nhân / No personal data found.");
    } else {
      out.println("Tổng theo loại / Totals by type:");
      for (Map.Entry<EntityType, Long> e : s.byType().entrySet()) {
        out.printf(
            "  %-20s %-19s %8d  %s%n",
            e.getKey().name(),
            Labels.category(e.getKey().category()),
            e.getValue(),
            Labels.type(e.getKey()));
      }
    }
    out.printf(
        "Tổng cộng / Total: %d phát hiện / findings, %d nguồn / sources, %d byte / bytes, %d ms%n",
        s.findings(), s.sources(), s.bytes(), s.elapsedMs());
    if (!s.columns().isEmpty()) {
      out.printf(
          "Cột chứa dữ liệu cá nhân / Columns with personal data (%d):%n", s.columns().size());
      for (ColumnSummary c : s.columns()) {
        out.printf(
            "  %-20s %7s  (%d/%d)  %s: %s%n",
            c.type().name(),
            Labels.percent(c.share()),
            c.matched(),
            c.values(),
            c.source(),
            c.qualifiedName());
      }
    }
    if (s.judgement() != null) {
      violations(s.judgement());
    }
    if (!s.errors().isEmpty()) {
      out.printf("Lỗi / Errors (%d):%n", s.errors().size());
      s.errors().forEach(p -> out.printf("  %s: %s%n", p.source(), p.message()));
    }
    if (!s.skipped().isEmpty()) {
      out.printf("Bỏ qua / Skipped (%d):%n", s.skipped().size());
      s.skipped().forEach(p -> out.printf("  %s: %s%n", p.source(), p.message()));
    }
    flush();
  }

  private void violations(Judgement j) {
    out.printf(
        "Vi phạm / Violations: %d (ngày của sự việc / facts as of %s; %s)%n",
        j.total(), j.asOf(), j.regime().title().both());
    for (Violation v : violations) {
      out.printf("  [%s] %s  %s%n", v.severity().label(), v.ruleId(), v.source());
      out.printf("    %s%n", v.rule().title().both());
      out.printf("    Căn cứ / Basis: %s%n", ViolationText.basis(v));
      out.printf("    Chế tài / Sanction: %s%n", ViolationText.sanction(v));
      out.printf(
          "    Bằng chứng / Evidence: %d phát hiện / findings, %s%n",
          v.findings(),
          v.evidence().stream()
              .map(e -> e.type().name() + " " + e.value())
              .collect(java.util.stream.Collectors.joining(", ")));
      out.printf("    Khắc phục / Remedy: %s%n", v.rule().remedy().both());
    }
  }

  @Override
  public void flush() throws IOException {
    out.flush();
    if (out.checkError()) {
      throw new IOException("cannot write the report");
    }
  }
}
