package org.pdpguard.eval.score;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pdpguard.core.EntityType;
import org.pdpguard.eval.Span;

/**
 * A hand-made corpus with known answers: two labelled documents of 100 chars, one negative of 1024
 * bytes (so one finding on it is 100 per 100 KB).
 */
final class TinyCorpus {
  static final List<Span> GOLD =
      List.of(
          span("docs/a.txt", 5, 18, EntityType.PERSON_NAME),
          span("docs/a.txt", 25, 37, EntityType.VN_CCCD),
          span("docs/a.txt", 50, 60, EntityType.PHONE_NUMBER),
          span("docs/b.txt", 0, 10, EntityType.PERSON_NAME),
          span("docs/b.txt", 20, 30, EntityType.PERSON_NAME));

  /** An exact name, a CCCD cut short, a phone in the wrong place, a name in two pieces, … */
  static final List<Span> PREDICTED =
      List.of(
          span("docs/a.txt", 5, 18, EntityType.PERSON_NAME),
          span("docs/a.txt", 30, 37, EntityType.VN_CCCD),
          span("docs/a.txt", 70, 80, EntityType.PHONE_NUMBER),
          span("docs/b.txt", 0, 4, EntityType.PERSON_NAME),
          span("docs/b.txt", 5, 10, EntityType.PERSON_NAME),
          span("docs/b.txt", 40, 45, EntityType.PERSON_NAME),
          span("negatives/n.txt", 0, 5, EntityType.PHONE_NUMBER),
          span("negatives/n.txt", 10, 20, EntityType.VN_TAX_CODE));

  private TinyCorpus() {}

  static Path write(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("docs"));
    Files.createDirectories(dir.resolve("negatives"));
    Files.writeString(dir.resolve("docs/a.txt"), "a".repeat(99) + "\n");
    Files.writeString(dir.resolve("docs/b.txt"), "b".repeat(99) + "\n");
    Files.writeString(dir.resolve("negatives/n.txt"), "n".repeat(1023) + "\n");
    StringBuilder gold = new StringBuilder();
    GOLD.forEach(s -> gold.append(s.toJson()).append('\n'));
    Files.writeString(dir.resolve("gold.jsonl"), gold);
    return dir;
  }

  static Span span(String doc, int start, int end, EntityType type) {
    return new Span(doc, start, end, type);
  }
}
