package org.pdpguard.cli.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.pdpguard.core.Category;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Explanation;
import org.pdpguard.core.stream.LocatedFinding;

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
  static void fields(JsonGenerator g, String source, LocatedFinding f, boolean showValues)
      throws IOException {
    g.writeStringField("source", source);
    g.writeObjectFieldStart("location");
    g.writeNumberField("line", f.line());
    g.writeNumberField("column", f.column());
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
    problems(g, "errors", s.errors());
    problems(g, "skipped", s.skipped());
    g.writeNumberField("elapsed_ms", s.elapsedMs());
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
