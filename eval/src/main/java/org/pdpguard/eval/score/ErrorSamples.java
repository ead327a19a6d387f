package org.pdpguard.eval.score;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pdpguard.core.EntityType;
import org.pdpguard.eval.Span;

/**
 * Up to N false negatives and N false positives per type, spread evenly over the corpus, each with
 * the value and some text around it. The corpus is synthetic, so printing values is fine here.
 */
public final class ErrorSamples {
  private static final int CONTEXT = 40;

  /** One error: {@code FN} or {@code FP}, where, the value and the text around it. */
  record Sample(
      EntityType type, String kind, Span span, String value, String before, String after) {}

  private final List<Sample> samples;

  private ErrorSamples(List<Sample> samples) {
    this.samples = samples;
  }

  /** Picks the samples; reads the documents they are in. */
  public static ErrorSamples of(Scores s, Corpus corpus, int perType) throws IOException {
    Map<String, String> texts = new HashMap<>();
    List<Sample> out = new ArrayList<>();
    List<Span> fps = new ArrayList<>(s.spurious());
    fps.addAll(s.onNegatives());
    for (Row r : s.rows()) {
      EntityType t = EntityType.parse(r.name());
      pick(corpus, texts, s.missed(), t, "FN", perType, out);
      pick(corpus, texts, fps, t, "FP", perType, out);
    }
    return new ErrorSamples(out);
  }

  private static void pick(
      Corpus corpus,
      Map<String, String> texts,
      List<Span> all,
      EntityType type,
      String kind,
      int n,
      List<Sample> out)
      throws IOException {
    List<Span> of = all.stream().filter(x -> x.type() == type).toList();
    int take = Math.min(n, of.size());
    for (int i = 0; i < take; i++) {
      Span sp = of.get((int) ((long) i * of.size() / take));
      String text = texts.get(sp.doc());
      if (text == null) {
        text = corpus.text(sp.doc());
        texts.put(sp.doc(), text);
      }
      int end = Math.min(sp.end(), text.length());
      int start = Math.min(sp.start(), end);
      out.add(
          new Sample(
              type,
              kind,
              sp,
              text.substring(start, end),
              flat(text.substring(Math.max(0, start - CONTEXT), start)),
              flat(text.substring(end, Math.min(text.length(), end + CONTEXT)))));
    }
  }

  private static String flat(String s) {
    return s.replace("\r", "").replace('\n', '⏎').replace('\t', '⇥');
  }

  void write(ReportFormat format, PrintWriter out) {
    if (samples.isEmpty()) {
      return;
    }
    boolean md = format == ReportFormat.MARKDOWN;
    out.println();
    out.println((md ? "### " : "") + "Lỗi mẫu / Sample errors (dữ liệu tổng hợp / synthetic data)");
    if (md) {
      out.println();
    }
    for (Sample x : samples) {
      String line =
          String.format(
              "%-20s %s %s:%d-%d  …%s«%s»%s…",
              x.type().name(),
              x.kind(),
              x.span().doc(),
              x.span().start(),
              x.span().end(),
              x.before(),
              flat(x.value()),
              x.after());
      out.println(md ? "- `" + line.replace("`", "'") + "`" : line);
    }
  }

  void writeJson(PrintWriter out) {
    out.print("[");
    for (int i = 0; i < samples.size(); i++) {
      Sample x = samples.get(i);
      out.printf(
          "%n    {\"type\": \"%s\", \"kind\": \"%s\", \"doc\": \"%s\", \"start\": %d, "
              + "\"end\": %d, \"value\": \"%s\", \"before\": \"%s\", \"after\": \"%s\"}%s",
          x.type().name(),
          x.kind(),
          ScoreReport.esc(x.span().doc()),
          x.span().start(),
          x.span().end(),
          ScoreReport.esc(x.value()),
          ScoreReport.esc(x.before()),
          ScoreReport.esc(x.after()),
          i + 1 < samples.size() ? "," : "");
    }
    out.print(samples.isEmpty() ? "]" : String.format("%n  ]"));
  }
}
