package org.pdpguard.sources.records;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.Field;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.Units;

/** Collects the records {@link JsonRecords} sends for a JSON text, without scanning them. */
final class RecordsProbe implements Units {
  final List<List<Field>> records = new ArrayList<>();

  static List<List<Field>> records(String json) throws IOException {
    RecordsProbe probe = new RecordsProbe();
    JsonRecords r = new JsonRecords(probe, "t.json", Location.NONE);
    try (JsonParser p = JsonReader.FACTORY.createParser(json)) {
      while (p.nextToken() != null) {
        r.value(p);
      }
    }
    return probe.records;
  }

  @Override
  public void text(String source, Location where, Reader text) {
    throw new AssertionError("no text expected");
  }

  @Override
  public void record(String source, String table, Location where, List<Field> fields) {
    records.add(fields);
  }

  @Override
  public void nested(Content child, InputStream in) {
    throw new AssertionError("no nested content expected");
  }

  @Override
  public void error(String name, String message) {
    throw new AssertionError(message);
  }

  @Override
  public void skipped(String name, String reason) {
    throw new AssertionError(reason);
  }

  @Override
  public SourceSettings settings() {
    return SourceSettings.defaults();
  }
}
