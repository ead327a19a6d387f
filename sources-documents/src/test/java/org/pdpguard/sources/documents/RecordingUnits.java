package org.pdpguard.sources.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.Field;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.Units;

/** Units that keep what a reader sends, to test a reader without the scan. */
final class RecordingUnits implements Units {
  record Nested(String name, int depth, long size, byte[] bytes) {}

  final List<String> texts = new ArrayList<>();
  final List<Location> places = new ArrayList<>();
  final List<Nested> nested = new ArrayList<>();
  final List<String> errors = new ArrayList<>();
  final List<String> skipped = new ArrayList<>();
  SourceSettings settings = SourceSettings.defaults();

  /** A top-level content for a file, with its first bytes, as the scan would give it. */
  static Content content(Path file) throws IOException {
    Content top = Content.top(file.getFileName().toString(), Files.size(file), file);
    // Content's head is set by Extraction; go through it with a reader that keeps the content.
    Content[] seen = new Content[1];
    org.pdpguard.sources.FormatReader grab =
        new org.pdpguard.sources.FormatReader() {
          @Override
          public String name() {
            return "grab";
          }

          @Override
          public boolean accepts(Content c) {
            seen[0] = c;
            return true;
          }

          @Override
          public void read(Content c, InputStream in, Units u) {}
        };
    try (InputStream in = Files.newInputStream(file)) {
      new org.pdpguard.sources.Extraction(List.of(grab), List.of())
          .read(top, in, new RecordingUnits());
    }
    return seen[0];
  }

  @Override
  public void text(String source, Location where, Reader text) throws IOException {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = text.read(buf)) > 0; ) {
      b.append(buf, 0, n);
    }
    texts.add(b.toString());
    places.add(where);
  }

  @Override
  public void record(String source, String table, Location where, List<Field> fields) {
    texts.add(fields.toString());
    places.add(where);
  }

  @Override
  public void nested(Content child, InputStream in) throws IOException {
    nested.add(new Nested(child.name(), child.depth(), child.size(), in.readAllBytes()));
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
