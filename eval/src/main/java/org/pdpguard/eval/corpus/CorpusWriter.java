package org.pdpguard.eval.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.pdpguard.core.EntityType;
import org.pdpguard.eval.Span;

/**
 * Writes a labelled corpus folder: {@code docs/NNNN-kind.txt}, {@code gold.jsonl}, {@code
 * negatives/NNNN-kind.txt} and {@code MANIFEST.json}, byte for byte the same for the same seed and
 * counts (no timestamps, sorted keys). Rewrites a folder that already holds a corpus and refuses
 * any other non-empty folder.
 */
public final class CorpusWriter {
  private CorpusWriter() {}

  /** What was written. */
  public record Summary(int docs, int negatives, int spans, long bytes) {}

  /** Negatives written next to {@code docs} labelled documents when no count is given. */
  public static int defaultNegatives(int docs) {
    return Math.max(1, docs / 4);
  }

  /**
   * Writes the corpus; throws {@link IllegalArgumentException} when {@code dir} is a non-empty
   * folder that holds no corpus, or a file.
   */
  public static Summary write(Path dir, long seed, int docs, int negatives) throws IOException {
    prepare(dir);
    CorpusGenerator gen = new CorpusGenerator(seed);
    Path docDir = Files.createDirectories(dir.resolve("docs"));
    Path negDir = Files.createDirectories(dir.resolve("negatives"));
    Map<String, Integer> byKind = new TreeMap<>();
    Map<String, Integer> negByKind = new TreeMap<>();
    Map<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
    int spans = 0;
    long bytes = 0;
    int width = Math.max(4, String.valueOf(Math.max(docs, negatives)).length());
    try (BufferedWriter gold =
        Files.newBufferedWriter(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < docs; i++) {
        Document doc = gen.document(i);
        String name = String.format("%0" + width + "d-%s.txt", i + 1, doc.kind());
        bytes += writeText(docDir.resolve(name), doc.text());
        byKind.merge(doc.kind(), 1, Integer::sum);
        for (Document.Mark m : doc.marks()) {
          gold.write(new Span("docs/" + name, m.start(), m.end(), m.type()).toJson());
          gold.write('\n');
          byType.merge(m.type(), 1, Integer::sum);
          spans++;
        }
      }
    }
    for (int i = 0; i < negatives; i++) {
      Document doc = gen.negative(i);
      String name = String.format("%0" + width + "d-%s.txt", i + 1, doc.kind());
      bytes += writeText(negDir.resolve(name), doc.text());
      negByKind.merge(doc.kind(), 1, Integer::sum);
    }
    writeText(
        dir.resolve("MANIFEST.json"),
        Manifest.json(seed, docs, negatives, spans, byKind, negByKind, byType));
    return new Summary(docs, negatives, spans, bytes);
  }

  private static long writeText(Path file, String text) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    Files.write(file, b);
    return b.length;
  }

  /** Empties a folder that holds an earlier corpus; creates a missing one. */
  private static void prepare(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a folder: " + dir);
    }
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
      return;
    }
    boolean empty;
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      empty = !s.iterator().hasNext();
    }
    if (empty) {
      return;
    }
    if (!Files.isRegularFile(dir.resolve("MANIFEST.json"))) {
      throw new IllegalArgumentException("folder is not empty and holds no corpus: " + dir);
    }
    for (String sub : new String[] {"docs", "negatives"}) {
      Path p = dir.resolve(sub);
      if (Files.isDirectory(p)) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(p, "*.txt")) {
          s.forEach(CorpusWriter::delete);
        }
      }
    }
    Files.deleteIfExists(dir.resolve("gold.jsonl"));
    Files.deleteIfExists(dir.resolve("MANIFEST.json"));
  }

  private static void delete(Path p) {
    try {
      Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
