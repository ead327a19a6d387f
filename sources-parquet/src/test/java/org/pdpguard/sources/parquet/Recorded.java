package org.pdpguard.sources.parquet;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.Field;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.Units;

/** Units kept in lists, for tests that look at records without the detector. */
final class Recorded implements Units {
  record Row(String source, String table, Location where, List<Field> fields) {
    /** The values of the fields named {@code name}, in order. */
    List<String> values(String name) {
      return fields.stream().filter(f -> f.name().equals(name)).map(Field::value).toList();
    }

    List<String> names() {
      return fields.stream().map(Field::name).toList();
    }
  }

  final List<Row> rows = new ArrayList<>();
  final List<String> errors = new ArrayList<>();
  final List<String> skipped = new ArrayList<>();
  private final SourceSettings settings;

  Recorded(SourceSettings settings) {
    this.settings = settings;
  }

  Recorded() {
    this(SourceSettings.defaults());
  }

  @Override
  public void text(String source, Location where, Reader text) {
    throw new UnsupportedOperationException("no text expected");
  }

  @Override
  public void record(String source, String table, Location where, List<Field> fields) {
    rows.add(new Row(source, table, where, fields));
  }

  @Override
  public void nested(Content child, InputStream in) {
    throw new UnsupportedOperationException("no nested content expected");
  }

  @Override
  public void error(String name, String message) {
    errors.add(name + ": " + message);
  }

  @Override
  public void skipped(String name, String reason) {
    skipped.add(name + ": " + reason);
  }

  @Override
  public SourceSettings settings() {
    return settings;
  }
}
