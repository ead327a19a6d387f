package org.pdpguard.sources;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Explanation;
import org.pdpguard.core.stream.LocatedFinding;

/**
 * One line of a {@link ScanCache} entry: a finding (value already masked), an error, a skip, a
 * column summary, or the outcome that closes the entry. Names are relative to the top-level source
 * ({@code ""} for itself, {@code !/a.csv} for an entry of it).
 */
record CachedEvent(
    String kind,
    String source,
    Location where,
    LocatedFinding finding,
    String message,
    List<ColumnSummary> columns,
    long bytes,
    long chars) {

  static final String FINDING = "finding";
  static final String ERROR = "error";
  static final String SKIPPED = "skipped";
  static final String COLUMNS = "columns";
  static final String OUTCOME = "outcome";

  static CachedEvent finding(String source, Location where, LocatedFinding f) {
    return new CachedEvent(FINDING, source, where, f, null, null, 0, 0);
  }

  static CachedEvent problem(String kind, String source, String message) {
    return new CachedEvent(kind, source, Location.NONE, null, message, null, 0, 0);
  }

  static CachedEvent columns(List<ColumnSummary> columns) {
    return new CachedEvent(COLUMNS, "", Location.NONE, null, null, columns, 0, 0);
  }

  static CachedEvent outcome(long bytes, long chars) {
    return new CachedEvent(OUTCOME, "", Location.NONE, null, null, null, bytes, chars);
  }

  void write(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", kind);
    g.writeStringField("source", source);
    if (!where.isEmpty()) {
      g.writeObjectFieldStart("where");
      for (Map.Entry<String, Object> e : where.fields().entrySet()) {
        if (e.getValue() instanceof Long n) {
          g.writeNumberField(e.getKey(), n);
        } else {
          g.writeStringField(e.getKey(), (String) e.getValue());
        }
      }
      g.writeEndObject();
    }
    if (finding != null) {
      LocatedFinding f = finding;
      Explanation x = f.explanation();
      g.writeArrayFieldStart("finding");
      g.writeString(f.type().name());
      g.writeNumber(f.start());
      g.writeNumber(f.end());
      g.writeNumber(f.line());
      g.writeNumber(f.column());
      g.writeNumber(f.score());
      g.writeString(f.value());
      g.writeString(x.recognizer());
      g.writeString(x.pattern());
      g.writeBoolean(x.validated());
      g.writeString(x.detail());
      g.writeString(x.context());
      g.writeEndArray();
    }
    if (message != null) {
      g.writeStringField("message", message);
    }
    if (columns != null) {
      g.writeArrayFieldStart("columns");
      for (ColumnSummary c : columns) {
        g.writeStartObject();
        g.writeStringField("source", c.source());
        g.writeStringField("table", c.table());
        g.writeStringField("column", c.column());
        g.writeNumberField("values", c.values());
        for (Map.Entry<EntityType, Long> m : c.matches().entrySet()) {
          g.writeNumberField(m.getKey().name(), m.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (kind.equals(OUTCOME)) {
      g.writeNumberField("bytes", bytes);
      g.writeNumberField("chars", chars);
    }
    g.writeEndObject();
  }

  /** Reads one event; throws on anything that is not a well-formed event. */
  static CachedEvent read(JsonParser p) throws IOException {
    expect(p.nextToken(), JsonToken.START_OBJECT);
    String kind = null;
    String source = "";
    Location where = Location.NONE;
    LocatedFinding finding = null;
    String message = null;
    List<ColumnSummary> columns = null;
    long bytes = 0;
    long chars = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      switch (name) {
        case "kind" -> kind = p.getText();
        case "source" -> source = p.getText();
        case "message" -> message = p.getText();
        case "bytes" -> bytes = p.getLongValue();
        case "chars" -> chars = p.getLongValue();
        case "where" -> where = readWhere(p, t);
        case "finding" -> finding = readFinding(p, t);
        case "columns" -> columns = readColumns(p, t);
        default -> throw new IOException("unknown field " + name);
      }
    }
    if (kind == null) {
      throw new IOException("no kind");
    }
    return new CachedEvent(kind, source, where, finding, message, columns, bytes, chars);
  }

  private static Location readWhere(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.START_OBJECT);
    Location where = Location.NONE;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken v = p.nextToken();
      where =
          v == JsonToken.VALUE_NUMBER_INT
              ? where.with(key, p.getLongValue())
              : where.with(key, p.getText());
    }
    return where;
  }

  private static LocatedFinding readFinding(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.START_ARRAY);
    List<String> text = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      text.add(p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText());
    }
    if (text.size() != 12) {
      throw new IOException("bad finding");
    }
    Explanation x =
        new Explanation(
            text.get(7),
            text.get(8),
            Boolean.parseBoolean(text.get(9))
                ? Explanation.Validation.VALID
                : Explanation.Validation.NOT_APPLICABLE,
            text.get(10),
            text.get(11));
    return new LocatedFinding(
        EntityType.valueOf(text.get(0)),
        Long.parseLong(text.get(1)),
        Long.parseLong(text.get(2)),
        Long.parseLong(text.get(3)),
        Long.parseLong(text.get(4)),
        Double.parseDouble(text.get(5)),
        text.get(6),
        x);
  }

  private static List<ColumnSummary> readColumns(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.START_ARRAY);
    List<ColumnSummary> out = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      String source = "";
      String table = null;
      String column = null;
      long values = 0;
      Map<EntityType, Long> matches = new EnumMap<>(EntityType.class);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        switch (name) {
          case "source" -> source = p.getText();
          case "table" -> table = v == JsonToken.VALUE_NULL ? null : p.getText();
          case "column" -> column = p.getText();
          case "values" -> values = p.getLongValue();
          default -> matches.put(EntityType.valueOf(name), p.getLongValue());
        }
      }
      out.add(new ColumnSummary(source, table, column, values, matches));
    }
    return out;
  }

  private static void expect(JsonToken actual, JsonToken wanted) throws IOException {
    if (actual != wanted) {
      throw new IOException("expected " + wanted + ", got " + actual);
    }
  }
}
