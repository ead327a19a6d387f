package org.pdpguard.protect;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Redacts JSON Lines line by line, each line in place as {@link JsonRedaction} does a document; a
 * line that is not JSON is redacted as plain text (the whole line one value) and counted. Line
 * breaks are kept as they were. A line longer than {@link JsonText#MAX_STRING} chars fails the
 * file.
 */
final class JsonLinesRedaction {
  private final RedactedOutput out;
  private final Replacer replacer;
  private long badLines;

  private JsonLinesRedaction(RedactedOutput out, Replacer replacer) {
    this.out = out;
    this.replacer = replacer;
  }

  /** A line: its text, its line break, and its leaves (null when it is not JSON). */
  private record Line(String text, String lineBreak, List<JsonLeaves.Leaf> leaves) {}

  /**
   * Redacts JSON Lines; returns the chars read. Lines that are not JSON are counted in {@code
   * badLines[0]}.
   */
  static long lines(
      Reader text,
      FieldBatches.Settings batches,
      RedactedOutput out,
      Replacer replacer,
      Tally tally,
      long[] badLines)
      throws IOException {
    JsonLinesRedaction json = new JsonLinesRedaction(out, replacer);
    FieldBatches<Line, List<Rewrite>> fields =
        batches.open(json::prepareLine, json::writeLine, tally);
    LineReader lines = new LineReader(text, JsonText.MAX_STRING);
    for (String[] l; (l = lines.next()) != null; ) {
      json.addLine(fields, l[0], l[1]);
    }
    fields.finish();
    badLines[0] = json.badLines;
    return lines.chars();
  }

  private void addLine(FieldBatches<Line, List<Rewrite>> fields, String text, String lineBreak)
      throws IOException {
    if (text.isBlank()) {
      fields.add(new Line(text, lineBreak, List.of()), List.of(), List.of());
      return;
    }
    List<JsonLeaves.Leaf> leaves = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (JsonParser p = JsonText.FACTORY.createParser(text)) {
      JsonLeaves.walk(
          p,
          JsonText.chars(text),
          new JsonLeaves.Sink() {
            @Override
            public void leaf(JsonLeaves.Leaf leaf, String name) {
              leaves.add(leaf);
              names.add(name);
            }

            @Override
            public void endRecord() {}
          },
          tokenStart -> {});
    } catch (JsonProcessingException e) {
      badLines++; // not JSON: redacted as text, the whole line one value
      fields.add(new Line(text, lineBreak, null), nullName(), List.of(text));
      fields.separate();
      return;
    }
    fields.add(
        new Line(text, lineBreak, leaves),
        names,
        leaves.stream().map(JsonLeaves.Leaf::value).toList());
    fields.separate();
  }

  private static List<String> nullName() {
    List<String> names = new ArrayList<>(1);
    names.add(null);
    return names;
  }

  /** The values of a line with their findings replaced (null: none); where it was detected. */
  private List<Rewrite> prepareLine(Line line, List<List<Hit>> hits, Tally counts) {
    List<Rewrite> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      String value = line.leaves() == null ? line.text() : line.leaves().get(i).value();
      out.add(hits.get(i).isEmpty() ? null : Rewrite.of(value, hits.get(i), replacer, counts));
    }
    return out;
  }

  private void writeLine(Line line, List<Rewrite> rewrites) throws IOException {
    String text = line.text();
    if (line.leaves() == null) {
      Rewrite w = rewrites.get(0);
      if (w == null) {
        out.write(text);
      } else {
        long at = out.position();
        out.write(w.text());
        for (Hit h : w.encrypted()) {
          out.encrypted(at + h.start(), at + h.end(), h.type());
        }
      }
    } else {
      int pos = 0;
      for (int i = 0; i < line.leaves().size(); i++) {
        JsonLeaves.Leaf leaf = line.leaves().get(i);
        out.write(text, pos, (int) leaf.start());
        if (rewrites.get(i) == null) {
          out.write(text, (int) leaf.start(), (int) leaf.end());
        } else {
          JsonText.writeLiteral(out, rewrites.get(i));
        }
        pos = (int) leaf.end();
      }
      out.write(text, pos, text.length());
    }
    out.write(line.lineBreak());
  }
}
