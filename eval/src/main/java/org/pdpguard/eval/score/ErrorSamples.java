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
 * Up to N false negatives, N false positives and N boundary errors per type, spread evenly over the
 * corpus, each with the value and some text around it; a boundary error (a prediction that overlaps
 * a gold span but misses its bounds, a strict error only) also shows the gold value. The corpus is
 * synthetic, so printing values is fine here.
 */
public final class ErrorSamples {
  private static final int CONTEXT = 40;

  /**
   * One error: {@code FN}, {@code FP} or {@code BOUND}, where, the value and the text around it;
   * {@code gold} is the gold span's text of a {@code BOUND}, else null.
   */
  record Sample(
      EntityType type,
      String kind,
      Span span,
      String value,
      String before,
      String after,
      String gold) {}

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
      List<Scores.Boundary> bounds =
          s.misbounded().stream().filter(b -> b.predicted().type() == t).toList();
      for (Scores.Boundary b : spread(bounds, perType)) {
        String text = text(corpus, texts, b.predicted().doc());
        out.add(sample(text, b.predicted(), "BOUND", slice(text, b.gold())));
      }
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
    for (Span sp : spread(all.stream().filter(x -> x.type() == type).toList(), n)) {
      out.add(sample(text(corpus, texts, sp.doc()), sp, kind, null));
    }
  }

  /** At most {@code n} of {@code items}, spread evenly over the list. */
  private static <T> List<T> spread(List<T> items, int n) {
    int take = Math.min(n, items.size());
    List<T> out = new ArrayList<>(take);
    for (int i = 0; i < take; i++) {
      out.add(items.get((int) ((long) i * items.size() / take)));
    }
    return out;
  }

  private static String text(Corpus corpus, Map<String, String> texts, String doc)
      throws IOException {
    String text = texts.get(doc);
    if (text == null) {
      text = corpus.text(doc);
      texts.put(doc, text);
    }
    return text;
  }

  private static Sample sample(String text, Span sp, String kind, String gold) {
    int end = Math.min(sp.end(), text.length());
    int start = Math.min(sp.start(), end);
    return new Sample(
        sp.type(),
        kind,
        sp,
        slice(text, sp),
        flat(text.substring(Math.max(0, start - CONTEXT), start)),
        flat(text.substring(end, Math.min(text.length(), end + CONTEXT))),
        gold);
  }

  private static String slice(String text, Span sp) {
    int end = Math.min(sp.end(), text.length());
    return text.substring(Math.min(sp.start(), end), end);
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
              "%-20s %-5s %s:%d-%d  …%s«%s»%s…%s",
              x.type().name(),
              x.kind(),
              x.span().doc(),
              x.span().start(),
              x.span().end(),
              x.before(),
              flat(x.value()),
              x.after(),
              x.gold() == null ? "" : "  gold «" + flat(x.gold()) + "»");
      out.println(md ? "- `" + line.replace("`", "'") + "`" : line);
    }
  }

  void writeJson(PrintWriter out) {
    out.print("[");
    for (int i = 0; i < samples.size(); i++) {
      Sample x = samples.get(i);
      out.printf(
          "%n    {\"type\": \"%s\", \"kind\": \"%s\", \"doc\": \"%s\", \"start\": %d, "
              + "\"end\": %d, \"value\": \"%s\", \"before\": \"%s\", \"after\": \"%s\"%s}%s",
          x.type().name(),
          x.kind(),
          ScoreReport.esc(x.span().doc()),
          x.span().start(),
          x.span().end(),
          ScoreReport.esc(x.value()),
          ScoreReport.esc(x.before()),
          ScoreReport.esc(x.after()),
          x.gold() == null ? "" : ", \"gold\": \"" + ScoreReport.esc(x.gold()) + "\"",
          i + 1 < samples.size() ? "," : "");
    }
    out.print(samples.isEmpty() ? "]" : String.format("%n  ]"));
  }
}
