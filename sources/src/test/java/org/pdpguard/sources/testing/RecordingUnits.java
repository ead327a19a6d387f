package org.pdpguard.sources.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.Extraction;
import org.pdpguard.sources.Field;
import org.pdpguard.sources.FormatReader;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.Units;
import org.pdpguard.sources.testing.ScanRecorder.Note;

/**
 * {@link Units} that keep what a reader sends, to test a reader without the scan: texts read to
 * their end, records, nested contents with their bytes, errors and skips.
 */
public final class RecordingUnits implements Units {
  /** One record as sent. */
  public record Row(String source, String table, Location where, List<Field> fields) {
    /** The values of the fields named {@code name}, in order. */
    public List<String> values(String name) {
      return fields.stream().filter(f -> f.name().equals(name)).map(Field::value).toList();
    }

    /** The names of the fields, in order. */
    public List<String> names() {
      return fields.stream().map(Field::name).toList();
    }
  }

  /** A nested content as sent, with all of its bytes. */
  public record Nested(String name, int depth, long size, byte[] bytes) {}

  public final List<String> texts = new ArrayList<>();
  public final List<Row> rows = new ArrayList<>();
  public final List<Nested> nested = new ArrayList<>();
  public final List<Note> errors = new ArrayList<>();
  public final List<Note> skipped = new ArrayList<>();
  private final SourceSettings settings;
  private final boolean recordsOnly;

  private RecordingUnits(SourceSettings settings, boolean recordsOnly) {
    this.settings = settings;
    this.recordsOnly = recordsOnly;
  }

  /** Units with {@code settings} that keep everything. */
  public RecordingUnits(SourceSettings settings) {
    this(settings, false);
  }

  /** Units with the default settings that keep everything. */
  public RecordingUnits() {
    this(SourceSettings.defaults());
  }

  /** Units for readers that send records only: text or nested content fails the test. */
  public static RecordingUnits recordsOnly() {
    return new RecordingUnits(SourceSettings.defaults(), true);
  }

  /** A top-level content for {@code file}, with its first bytes, as the scan gives it. */
  public static Content content(Path file) throws IOException {
    Content top = Content.top(file.getFileName().toString(), Files.size(file), file);
    try (InputStream in = Files.newInputStream(file)) {
      return sniffed(top, in);
    }
  }

  /** A content named {@code name}, with no file, whose bytes are {@code head}. */
  public static Content content(String name, byte[] head) throws IOException {
    return sniffed(Content.top(name, head.length, null), new ByteArrayInputStream(head));
  }

  /** {@code top} as a reader is offered it: {@link Extraction} reads its first bytes. */
  private static Content sniffed(Content top, InputStream in) throws IOException {
    Content[] seen = new Content[1];
    FormatReader grab =
        new FormatReader() {
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
          public void read(Content c, InputStream stream, Units units) {}
        };
    new Extraction(List.of(grab), List.of()).read(top, in, new RecordingUnits());
    return seen[0];
  }

  @Override
  public void text(String source, Location where, Reader text) throws IOException {
    if (recordsOnly) {
      throw new UnsupportedOperationException("no text expected");
    }
    StringBuilder b = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = text.read(buf)) > 0; ) {
      b.append(buf, 0, n);
    }
    texts.add(b.toString());
  }

  @Override
  public void record(String source, String table, Location where, List<Field> fields) {
    rows.add(new Row(source, table, where, fields));
  }

  @Override
  public void nested(Content child, InputStream in) throws IOException {
    if (recordsOnly) {
      throw new UnsupportedOperationException("no nested content expected");
    }
    nested.add(new Nested(child.name(), child.depth(), child.size(), in.readAllBytes()));
  }

  @Override
  public void error(String name, String message) {
    errors.add(new Note(name, message));
  }

  @Override
  public void skipped(String name, String reason) {
    skipped.add(new Note(name, reason));
  }

  @Override
  public SourceSettings settings() {
    return settings;
  }
}
