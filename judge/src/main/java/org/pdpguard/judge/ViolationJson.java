package org.pdpguard.judge;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import org.pdpguard.core.EntityType;

/**
 * The JSON shape of a violation, one for every report that carries violations: JSONL ({@code
 * "kind":"violation"}), JSON, SARIF properties, the website-inspection bundle. Evidence values are
 * written as given (the callers mask them).
 */
public final class ViolationJson {
  private ViolationJson() {}

  /** The fields of one violation, without the enclosing braces. */
  public static void fields(JsonGenerator g, Violation v) throws IOException {
    g.writeStringField("rule", v.ruleId());
    g.writeStringField("severity", v.severity().label());
    text(g, "title", v.rule().title());
    text(g, "explanation", v.rule().explanation());
    g.writeStringField("source", v.source());
    g.writeStringField("place", v.kind().label());
    g.writeStringField("as_of", v.asOf().toString());
    g.writeStringField("regime", v.regime().key());
    g.writeArrayFieldStart("basis");
    for (Citation c : v.basis()) {
      g.writeStartObject();
      citation(g, c);
      g.writeEndObject();
    }
    g.writeEndArray();
    if (v.sanction() != null) {
      sanction(g, v.sanction());
    }
    text(g, "remedy", v.rule().remedy());
    g.writeArrayFieldStart("types");
    for (EntityType t : EntityType.values()) {
      if (v.types().contains(t)) {
        g.writeString(t.name());
      }
    }
    g.writeEndArray();
    g.writeNumberField("findings", v.findings());
    g.writeNumberField("subjects", v.subjects());
    g.writeBooleanField("provisional", v.provisional());
    g.writeArrayFieldStart("evidence");
    for (Evidence e : v.evidence()) {
      g.writeStartObject();
      g.writeStringField("source", e.source());
      g.writeObjectFieldStart("location");
      for (Map.Entry<String, Object> l : e.location().entrySet()) {
        if (l.getValue() instanceof Number n) {
          g.writeNumberField(l.getKey(), n.longValue());
        } else {
          g.writeStringField(l.getKey(), String.valueOf(l.getValue()));
        }
      }
      g.writeEndObject();
      g.writeStringField("type", e.type().name());
      g.writeStringField("value", e.value());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void citation(JsonGenerator g, Citation c) throws IOException {
    g.writeStringField("instrument", c.instrument().key());
    g.writeNumberField("article", c.article());
    if (c.clause() != null) {
      g.writeNumberField("clause", c.clause());
    }
    if (c.point() != null) {
      g.writeStringField("point", c.point());
    }
    text(g, "text", c.text());
    g.writeBooleanField("provisional", c.provisional());
  }

  private static void sanction(JsonGenerator g, Sanction s) throws IOException {
    g.writeObjectFieldStart("sanction");
    citation(g, s.citation());
    g.writeNumberField("min_vnd", s.min());
    g.writeNumberField("max_vnd", s.max());
    g.writeStringField("applies_to", "organisation; individuals half");
    g.writeStringField("from", s.from().toString());
    if (s.note() != null) {
      text(g, "note", s.note());
    }
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String name, Text t) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("vi", t.vi());
    g.writeStringField("en", t.en());
    g.writeEndObject();
  }
}
