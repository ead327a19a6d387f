package org.pdpguard.eval.score;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints {@link Scores} as a terminal table, a Markdown table (for {@code docs/ACCURACY.md}) or
 * JSON. Numbers use a dot and three decimals whatever the locale; an undefined rate prints as
 * {@code -} (JSON {@code null}).
 */
public final class ScoreReport {
  private ScoreReport() {}

  /** What the scores describe, printed above the table. */
  public record Heading(String source, String corpus, double minScore) {}

  /** Prints the scores; {@code byKind} (table and markdown only) and {@code errors} may be null. */
  public static void write(
      ReportFormat format,
      Scores s,
      Heading h,
      KindBreakdown byKind,
      ErrorSamples errors,
      PrintWriter out) {
    switch (format) {
      case TABLE -> table(s, h, out);
      case MARKDOWN -> markdown(s, out);
      case JSON -> json(s, h, errors, out);
    }
    if (format != ReportFormat.JSON && byKind != null) {
      byKind.write(format, out);
    }
    if (format != ReportFormat.JSON && errors != null) {
      errors.write(format, out);
    }
    out.flush();
  }

  private static void table(Scores s, Heading h, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "Độ chính xác / Accuracy: %s, min-score %s, corpus %s%n",
        h.source(),
        num(h.minScore(), 2),
        h.corpus());
    String fmt = "%-20s %6s %6s %6s %6s %6s %6s %6s | %8s %8s %9s | %6s%n";
    out.printf(
        Locale.ROOT,
        fmt,
        "type",
        "gold",
        "TP",
        "FN",
        "FP",
        "P",
        "R",
        "F1",
        "strict P",
        "strict R",
        "strict F1",
        "neg FP");
    for (Row r : rowsAndMicro(s)) {
      out.printf(Locale.ROOT, fmt, cells(r.name(), r));
    }
    out.println(negativesLine(s, false));
  }

  /** A row's cells in table order, its name first, for both the terminal and Markdown tables. */
  private static Object[] cells(String name, Row r) {
    return new Object[] {
      name,
      r.gold(),
      r.found(),
      r.falseNegatives(),
      r.falsePositives(),
      num(r.precision(), 3),
      num(r.recall(), 3),
      num(r.f1(), 3),
      num(r.strictPrecision(), 3),
      num(r.strictRecall(), 3),
      num(r.strictF1(), 3),
      r.negatives()
    };
  }

  private static void markdown(Scores s, PrintWriter out) {
    out.println(
        "| type | gold | TP | FN | FP | P | R | F1 | strict P | strict R | strict F1 "
            + "| FP on negatives |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Row r : rowsAndMicro(s)) {
      boolean micro = r.name().equals("micro");
      String name = micro ? "**micro**" : "`" + r.name() + "`";
      out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %d | %d | %s | %s | %s | %s | %s | %s | %d |%n",
          cells(name, r));
    }
    out.println();
    out.println(negativesLine(s, true));
  }

  private static String negativesLine(Scores s, boolean markdown) {
    String rate = num(s.falsePositivesPer100Kb(), 2);
    return String.format(
        Locale.ROOT,
        "Tài liệu âm / Hard negatives: %d documents, %s KB, %d findings = %s FP per 100 KB",
        s.negativeDocs(),
        num(s.negativeBytes() / 1024.0, 1),
        s.micro().negatives(),
        markdown ? "**" + rate + "**" : rate);
  }

  private static void json(Scores s, Heading h, ErrorSamples errors, PrintWriter out) {
    out.println("{");
    out.printf(Locale.ROOT, "  \"source\": \"%s\",%n", esc(h.source()));
    out.printf(Locale.ROOT, "  \"corpus\": \"%s\",%n", esc(h.corpus()));
    out.printf(Locale.ROOT, "  \"min_score\": %s,%n", jnum(h.minScore()));
    out.println("  \"types\": [");
    List<Row> rows = s.rows();
    for (int i = 0; i < rows.size(); i++) {
      out.println("    " + row(rows.get(i)) + (i + 1 < rows.size() ? "," : ""));
    }
    out.println("  ],");
    out.println("  \"micro\": " + row(s.micro()) + ",");
    out.printf(
        Locale.ROOT,
        "  \"negatives\": {\"documents\": %d, \"bytes\": %d, \"findings\": %d,"
            + " \"fp_per_100kb\": %s}",
        s.negativeDocs(),
        s.negativeBytes(),
        s.micro().negatives(),
        jnum(s.falsePositivesPer100Kb()));
    if (errors != null) {
      out.println(",");
      out.print("  \"errors\": ");
      errors.writeJson(out);
    }
    out.println();
    out.println("}");
  }

  private static String row(Row r) {
    return String.format(
        Locale.ROOT,
        "{\"type\": \"%s\", \"gold\": %d, \"tp\": %d, \"fn\": %d, "
            + "\"fp\": %d, \"predicted\": %d, \"precision\": %s, \"recall\": %s, \"f1\": %s, "
            + "\"strict\": {\"tp\": %d, \"fp\": %d, \"fn\": %d, \"precision\": %s, \"recall\": %s, "
            + "\"f1\": %s}, \"negatives_fp\": %d}",
        r.name(),
        r.gold(),
        r.found(),
        r.falseNegatives(),
        r.falsePositives(),
        r.predicted(),
        jnum(r.precision()),
        jnum(r.recall()),
        jnum(r.f1()),
        r.exact(),
        r.predicted() - r.exact(),
        r.gold() - r.exact(),
        jnum(r.strictPrecision()),
        jnum(r.strictRecall()),
        jnum(r.strictF1()),
        r.negatives());
  }

  private static List<Row> rowsAndMicro(Scores s) {
    return java.util.stream.Stream.concat(s.rows().stream(), java.util.stream.Stream.of(s.micro()))
        .toList();
  }

  static String num(double v, int decimals) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  private static String jnum(double v) {
    return Double.isNaN(v) ? "null" : String.format(Locale.ROOT, "%.4f", v);
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
