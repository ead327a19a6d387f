package org.pdpguard.cli.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.pdpguard.core.Category;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Explanation;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.judge.Severity;
import org.pdpguard.sources.ColumnSummary;
import org.pdpguard.sources.Location;

/** The JSON shapes of the contract ({@code spec/cli-and-findings.md}), shared by JSONL and JSON. */
final class FindingJson {
  static final int SCHEMA = 1;

  private FindingJson() {}

  /** A generator on {@code out} that never closes it and puts nothing between root values. */
  static JsonGenerator generator(Writer out) throws IOException {
    JsonFactory factory = new JsonFactory();
    factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    factory.setRootValueSeparator(null);
    return factory.createGenerator(out);
  }

  /** The fields of one finding, without the enclosing braces. */
  static void fields(
      JsonGenerator g, String source, Location where, LocatedFinding f, boolean showValues)
      throws IOException {
    g.writeStringField("source", source);
    g.writeObjectFieldStart("location");
    if (f.line() > 0) {
      g.writeNumberField("line", f.line());
    }
    if (f.column() > 0) {
      g.writeNumberField("column", f.column());
    }
    for (Map.Entry<String, Object> e : where.fields().entrySet()) {
      if (e.getValue() instanceof Long n) {
        g.writeNumberField(e.getKey(), n);
      } else {
        g.writeStringField(e.getKey(), String.valueOf(e.getValue()));
      }
    }
    g.writeEndObject();
    g.writeNumberField("start", f.start());
    g.writeNumberField("end", f.end());
    g.writeStringField("type", f.type().name());
    g.writeStringField("category", f.category().label());
    g.writeNumberField("score", Labels.rounded(f.score()));
    g.writeStringField("value", Masking.display(f.type(), f.value(), showValues));
    g.writeStringField("recognizer", f.recognizer());
    Explanation why = f.explanation();
    g.writeObjectFieldStart("explanation");
    g.writeBooleanField("validated", why.validated());
    g.writeStringField("context", why.context());
    if (!why.pattern().isEmpty()) {
      g.writeStringField("pattern", why.pattern());
    }
    if (!why.detail().isEmpty()) {
      g.writeStringField("detail", why.detail());
    }
    g.writeEndObject();
  }

  /** The fields of the summary, without the enclosing braces and without {@code kind}. */
  static void summaryFields(JsonGenerator g, Summary s) throws IOException {
    g.writeNumberField("schema", SCHEMA);
    g.writeNumberField("sources", s.sources());
    g.writeNumberField("bytes", s.bytes());
    g.writeNumberField("chars", s.chars());
    g.writeNumberField("findings", s.findings());
    g.writeObjectFieldStart("by_type");
    for (Map.Entry<EntityType, Long> e : s.byType().entrySet()) {
      g.writeNumberField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("by_category");
    for (Map.Entry<Category, Long> e : s.byCategory().entrySet()) {
      g.writeNumberField(e.getKey().label(), e.getValue());
    }
    g.writeEndObject();
    columns(g, s.columns());
    problems(g, "errors", s.errors());
    problems(g, "skipped", s.skipped());
    judgement(g, s.judgement());
    g.writeNumberField("elapsed_ms", s.elapsedMs());
  }

  /** The judgement in a summary: {@code "violations":{...}}, only when the report was judged. */
  private static void judgement(JsonGenerator g, Judgement j) throws IOException {
    if (j == null) {
      return;
    }
    g.writeObjectFieldStart("violations");
    g.writeStringField("as_of", j.asOf().toString());
    g.writeStringField("regime", j.regime().key());
    g.writeStringField("pack", j.pack());
    g.writeNumberField("total", j.total());
    g.writeObjectFieldStart("by_severity");
    for (Map.Entry<Severity, Long> e : j.bySeverity().entrySet()) {
      g.writeNumberField(e.getKey().label(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** The column summary: one object per column with personal data. */
  static void columns(JsonGenerator g, List<ColumnSummary> columns) throws IOException {
    g.writeArrayFieldStart("columns");
    for (ColumnSummary c : columns) {
      g.writeStartObject();
      g.writeStringField("source", c.source());
      if (c.table() != null) {
        g.writeStringField("table", c.table());
      }
      g.writeStringField("column", c.column());
      g.writeStringField("type", c.type().name());
      g.writeStringField("category", c.type().category().label());
      g.writeNumberField("share", Math.round(c.share() * 1000) / 1000.0);
      g.writeNumberField("matched", c.matched());
      g.writeNumberField("values", c.values());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void problems(JsonGenerator g, String name, Iterable<Problem> list)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Problem p : list) {
      g.writeStartObject();
      g.writeStringField("source", p.source());
      g.writeStringField("message", p.message());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
