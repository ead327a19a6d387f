package org.pdpguard.cases.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Brings the evidence folder and the evidence table back together after a crash. A stored file with
 * no record whose time is before the last committed record is an orphan of an upload that never
 * committed: it is removed. Younger unrecorded files are left, since their upload may still commit.
 * Records whose file is gone are reported, never deleted: that is a loss to investigate.
 */
public final class Reconciler {

  /** What a run did. */
  public record Report(List<String> removed, List<String> missing, int leftoverTemp) {}

  private Reconciler() {}

  public static Report run(EvidenceStore store, JdbcClient db) throws IOException {
    Set<String> recorded =
        new HashSet<>(db.sql("SELECT stored_path FROM evidence").query(String.class).list());
    Instant lastCommit =
        db.sql("SELECT MAX(created_at) FROM evidence")
            .query(OffsetDateTime.class)
            .optional()
            .map(OffsetDateTime::toInstant)
            .orElse(Instant.MIN);
    List<String> removed = new ArrayList<>();
    try (Stream<Path> files = store.files()) {
      files.forEach(
          f -> {
            String rel = store.root().relativize(f).toString().replace('\\', '/');
            try {
              if (!recorded.contains(rel)
                  && Files.getLastModifiedTime(f).toInstant().isBefore(lastCommit)) {
                Files.delete(f);
                removed.add(rel);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    int temp = 0;
    try (Stream<Path> parts = Files.list(store.root().resolve("tmp"))) {
      for (Path p : (Iterable<Path>) parts::iterator) {
        Files.deleteIfExists(p);
        temp++;
      }
    }
    List<String> missing = new ArrayList<>();
    for (String rel : recorded) {
      if (!Files.exists(store.resolve(rel))) {
        missing.add(rel);
      }
    }
    return new Report(removed, missing, temp);
  }
}
