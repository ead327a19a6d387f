package org.pdpguard.eval.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.pdpguard.core.EntityType;
import org.pdpguard.eval.Span;

/**
 * A labelled corpus folder as {@code pdpguard corpus} writes it: the documents under {@code docs/},
 * the hard negatives under {@code negatives/} and the gold spans of {@code gold.jsonl}. Documents
 * are named by their path relative to the folder with {@code /} separators.
 */
public final class Corpus {
  private final Path dir;
  private final List<String> docs;
  private final List<String> negatives;
  private final List<Span> gold;

  private Corpus(Path dir, List<String> docs, List<String> negatives, List<Span> gold) {
    this.dir = dir;
    this.docs = docs;
    this.negatives = negatives;
    this.gold = gold;
  }

  /**
   * Opens a corpus; throws {@link IllegalArgumentException} when {@code dir} holds no {@code
   * gold.jsonl} or a gold line is malformed or names a missing document.
   */
  public static Corpus open(Path dir) throws IOException {
    Path goldFile = dir.resolve("gold.jsonl");
    if (!Files.isRegularFile(goldFile)) {
      throw new IllegalArgumentException("no gold.jsonl in " + dir + " (not a corpus folder)");
    }
    List<String> docs = list(dir, "docs");
    List<String> negatives = list(dir, "negatives");
    List<Span> gold = readSpans(goldFile);
    for (Span s : gold) {
      if (Collections.binarySearch(docs, s.doc()) < 0) {
        throw new IllegalArgumentException("gold.jsonl names a missing document " + s.doc());
      }
    }
    return new Corpus(dir, docs, negatives, List.copyOf(gold));
  }

  /**
   * Reads spans, one JSON object per line: {@code doc}, {@code start}, {@code end}, {@code type}.
   */
  public static List<Span> readSpans(Path file) throws IOException {
    List<Span> spans = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          Map<String, String> m = JsonLine.parse(line);
          spans.add(
              new Span(
                  require(m, "doc"),
                  Integer.parseInt(require(m, "start")),
                  Integer.parseInt(require(m, "end")),
                  EntityType.parse(require(m, "type"))));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              file.getFileName() + " line " + n + ": " + e.getMessage(), e);
        }
      }
    }
    return spans;
  }

  private static String require(Map<String, String> m, String key) {
    String v = m.get(key);
    if (v == null) {
      throw new IllegalArgumentException("missing \"" + key + "\"");
    }
    return v;
  }

  private static List<String> list(Path dir, String sub) throws IOException {
    List<String> names = new ArrayList<>();
    Path p = dir.resolve(sub);
    if (Files.isDirectory(p)) {
      try (DirectoryStream<Path> s = Files.newDirectoryStream(p, "*.txt")) {
        for (Path f : s) {
          names.add(sub + "/" + f.getFileName());
        }
      }
    }
    Collections.sort(names);
    return List.copyOf(names);
  }

  /** Labelled documents, sorted. */
  public List<String> docs() {
    return docs;
  }

  /** Hard-negative documents, sorted. */
  public List<String> negatives() {
    return negatives;
  }

  public List<Span> gold() {
    return gold;
  }

  public boolean isNegative(String doc) {
    return doc.startsWith("negatives/");
  }

  public boolean contains(String doc) {
    List<String> where = isNegative(doc) ? negatives : docs;
    return Collections.binarySearch(where, doc) >= 0;
  }

  /** The decoded text of a document (UTF-8). */
  public String text(String doc) throws IOException {
    return Files.readString(dir.resolve(doc), StandardCharsets.UTF_8);
  }

  /** Total size of the negatives in bytes. */
  public long negativeBytes() throws IOException {
    long n = 0;
    for (String doc : negatives) {
      n += Files.size(dir.resolve(doc));
    }
    return n;
  }
}
