package org.pdpguard.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.pdpguard.core.Category;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.judge.Rule;
import org.pdpguard.judge.RulePack;
import org.pdpguard.judge.Violation;
import org.pdpguard.sources.Location;

/**
 * SARIF 2.1.0, streamed: one rule per {@link EntityType} ({@code id} = the type name), one result
 * per finding ({@code error} for sensitive data, {@code warning} for basic), read errors and
 * skipped sources as tool execution notifications of the single invocation. A judged report adds
 * the pack's rules after the types and one result per violation (see {@link SarifViolations}).
 * Regions use UTF-16 columns and offsets, the SARIF default.
 */
final class SarifReportWriter implements ReportWriter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final JsonGenerator g;
  private final boolean showValues;
  private final String version;
  private final RulePack pack;

  SarifReportWriter(Writer out, boolean showValues, String version, RulePack pack)
      throws IOException {
    this.g = FindingJson.generator(out);
    this.showValues = showValues;
    this.version = version;
    this.pack = pack;
  }

  @Override
  public void start() throws IOException {
    g.writeStartObject();
    g.writeStringField("$schema", SCHEMA);
    g.writeStringField("version", "2.1.0");
    g.writeArrayFieldStart("runs");
    g.writeStartObject();
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "pdpguard");
    g.writeStringField("version", version);
    g.writeArrayFieldStart("rules");
    for (EntityType t : EntityType.values()) {
      rule(t);
    }
    if (pack != null) {
      for (Rule r : pack.rules()) {
        SarifViolations.rule(g, r);
      }
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
    g.writeStringField("columnKind", "utf16CodeUnits");
    g.writeArrayFieldStart("results");
  }

  private void rule(EntityType t) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.name());
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", t.labelVi() + " / " + t.labelEn());
    g.writeEndObject();
    g.writeObjectFieldStart("fullDescription");
    g.writeStringField(
        "text",
        "Dữ liệu cá nhân "
            + Labels.categoryVi(t.category())
            + ": "
            + t.labelVi()
            + ". Personal data ("
            + t.category().label()
            + "): "
            + t.labelEn()
            + ".");
    g.writeEndObject();
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level(t.category()));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeStringField("category", t.category().label());
    if (!t.decree13Clause().isEmpty()) {
      g.writeStringField("decree13Clause", t.decree13Clause());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  @Override
  public void finding(String source, Location where, LocatedFinding f) throws IOException {
    String value = Masking.display(f.type(), f.value(), showValues);
    g.writeStartObject();
    g.writeStringField("ruleId", f.type().name());
    g.writeNumberField("ruleIndex", f.type().ordinal());
    g.writeStringField("level", level(f.category()));
    g.writeObjectFieldStart("message");
    g.writeStringField(
        "text",
        "Phát hiện "
            + f.type().labelVi()
            + ": "
            + value
            + " / Found "
            + f.type().labelEn()
            + ": "
            + value);
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri(source));
    g.writeEndObject();
    if (f.line() > 0) {
      // A value with no place in a text (a database cell) has no region; "where" says where.
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", f.line());
      if (f.column() > 0) {
        g.writeNumberField("startColumn", f.column());
        g.writeNumberField("charOffset", f.start());
        g.writeNumberField("charLength", f.end() - f.start());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("properties");
    g.writeStringField("category", f.category().label());
    g.writeNumberField("score", Labels.rounded(f.score()));
    g.writeStringField("recognizer", f.recognizer());
    g.writeBooleanField("validated", f.explanation().validated());
    g.writeStringField("context", f.explanation().context());
    if (!where.isEmpty()) {
      g.writeStringField("where", Labels.where(where));
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A result whose rule is the violated rule, after the entity-type rules in the driver. */
  @Override
  public void violation(Violation v) throws IOException {
    int index = EntityType.values().length + pack.rules().indexOf(v.rule());
    SarifViolations.result(g, v, index, uri(v.source()));
  }

  @Override
  public void finish(Summary summary) throws IOException {
    g.writeEndArray(); // results
    g.writeArrayFieldStart("invocations");
    g.writeStartObject();
    g.writeBooleanField("executionSuccessful", true);
    g.writeArrayFieldStart("toolExecutionNotifications");
    for (Problem p : summary.errors()) {
      notification("error", "Không đọc được / Cannot read", p);
    }
    for (Problem p : summary.skipped()) {
      notification("note", "Bỏ qua / Skipped", p);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("properties");
    g.writeObjectFieldStart("summary");
    FindingJson.summaryFields(g, summary);
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject(); // run
    g.writeEndArray(); // runs
    g.writeEndObject();
    g.writeRaw('\n');
    g.flush();
  }

  private void notification(String level, String what, Problem p) throws IOException {
    g.writeStartObject();
    g.writeStringField("level", level);
    g.writeObjectFieldStart("message");
    g.writeStringField("text", what + ": " + p.source() + ": " + p.message());
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri(p.source()));
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  @Override
  public void flush() throws IOException {
    g.flush();
  }

  private static String level(Category c) {
    return c == Category.SENSITIVE ? "error" : "warning";
  }

  /**
   * A URI reference for a source name: relative names stay relative with {@code /} separators,
   * absolute paths become {@code file:} URIs; everything outside RFC 3986's unreserved set and
   * {@code /} is percent-encoded as UTF-8.
   */
  static String uri(String source) {
    boolean absolute = source.startsWith("/");
    boolean drive = source.length() > 2 && source.charAt(1) == ':' && source.charAt(2) == '/';
    StringBuilder out = new StringBuilder(absolute ? "file://" : drive ? "file:///" : "");
    for (byte b : source.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~'
          || c == '/'
          || drive && c == ':' && out.length() == "file:///".length() + 1) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
