package org.pdpguard.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of a saved JSONL report, read with the streaming parser: its kind, and for findings the
 * fields the judge needs (source, location, type, value); for the summary, its totals. Other fields
 * are skipped, so reports from later versions still read.
 */
record ReportLine(
    String kind,
    String source,
    Map<String, Object> location,
    String type,
    String value,
    long sources,
    long bytes,
    long chars) {

  private static final JsonFactory JSON = new JsonFactory();

  /**
   * Parses {@code line}.
   *
   * @throws IOException when it is not one JSON object
   */
  static ReportLine parse(String line) throws IOException {
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("không phải đối tượng JSON / not a JSON object");
      }
      String kind = null;
      String source = null;
      String type = null;
      String value = null;
      long sources = 0;
      long bytes = 0;
      long chars = 0;
      Map<String, Object> location = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        switch (name) {
          case "kind" -> kind = p.getValueAsString();
          case "source" -> source = p.getValueAsString();
          case "type" -> type = p.getValueAsString();
          case "value" -> value = p.getValueAsString();
          case "sources" -> sources = p.getValueAsLong();
          case "bytes" -> bytes = p.getValueAsLong();
          case "chars" -> chars = p.getValueAsLong();
          case "location" -> location(p, t, location);
          default -> p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw new IOException("thừa dữ liệu sau đối tượng / trailing data after the object");
      }
      return new ReportLine(kind, source, location, type, value, sources, bytes, chars);
    }
  }

  private static void location(JsonParser p, JsonToken t, Map<String, Object> into)
      throws IOException {
    if (t != JsonToken.START_OBJECT) {
      throw new IOException("location không phải đối tượng / location is not an object");
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken v = p.nextToken();
      if (v == JsonToken.VALUE_NUMBER_INT) {
        into.put(key, p.getLongValue());
      } else if (v.isScalarValue()) {
        into.put(key, p.getValueAsString());
      } else {
        p.skipChildren();
      }
    }
  }
}
