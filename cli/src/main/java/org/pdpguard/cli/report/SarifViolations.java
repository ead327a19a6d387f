package org.pdpguard.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.pdpguard.judge.Evidence;
import org.pdpguard.judge.Regime;
import org.pdpguard.judge.Rule;
import org.pdpguard.judge.Severity;
import org.pdpguard.judge.Violation;
import org.pdpguard.judge.ViolationJson;

/**
 * Violations in SARIF: each rule of the pack is a reporting descriptor (id = rule id, help = the
 * remedy and the legal basis under each regime), each violation a result on its source, with the
 * violation's fields in {@code properties}.
 */
final class SarifViolations {
  private SarifViolations() {}

  static void rule(JsonGenerator g, Rule r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", r.title().both());
    g.writeEndObject();
    g.writeObjectFieldStart("fullDescription");
    g.writeStringField("text", r.explanation().vi() + " / " + r.explanation().en());
    g.writeEndObject();
    StringBuilder help = new StringBuilder(r.remedy().both());
    for (Regime regime : Regime.values()) {
      if (r.basis().containsKey(regime)) {
        help.append("\n").append(regime.title().both()).append(": ");
        help.append(
            String.join("; ", r.basis().get(regime).stream().map(c -> c.text().both()).toList()));
      }
    }
    g.writeObjectFieldStart("help");
    g.writeStringField("text", help.toString());
    g.writeEndObject();
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level(r.severity()));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeStringField("kind", "violation");
    g.writeStringField("severity", r.severity().label());
    g.writeEndObject();
    g.writeEndObject();
  }

  static void result(JsonGenerator g, Violation v, int ruleIndex, String uri) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", v.ruleId());
    g.writeNumberField("ruleIndex", ruleIndex);
    g.writeStringField("level", level(v.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField(
        "text",
        v.rule().title().both() + ". " + ViolationText.basis(v) + ". " + ViolationText.sanction(v));
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri);
    g.writeEndObject();
    Object line = v.evidence().isEmpty() ? null : firstLine(v.evidence().get(0));
    if (line instanceof Number n) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", n.longValue());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("properties");
    g.writeStringField("kind", "violation");
    ViolationJson.fields(g, v);
    g.writeEndObject();
    g.writeEndObject();
  }

  private static Object firstLine(Evidence e) {
    return e.location().get("line");
  }

  private static String level(Severity s) {
    return switch (s) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW -> "note";
    };
  }
}
