package org.pdpguard.cli.source;

import java.util.Objects;

/**
 * One item of a walk, in walk order: a source to scan, or a path that could not be walked (with the
 * reason), or one skipped on purpose (with the reason).
 *
 * @param name the name reports show
 * @param source the source to scan; null for errors and skipped entries
 * @param error why the path could not be read; null otherwise
 * @param skipped why the path is left out on purpose; null otherwise
 */
public record SourceEntry(String name, Source source, String error, String skipped) {
  public SourceEntry {
    Objects.requireNonNull(name, "name");
    int set = (source != null ? 1 : 0) + (error != null ? 1 : 0) + (skipped != null ? 1 : 0);
    if (set != 1) {
      throw new IllegalArgumentException("exactly one of source, error, skipped");
    }
  }

  public static SourceEntry of(Source source) {
    return new SourceEntry(source.name(), source, null, null);
  }

  public static SourceEntry error(String name, String reason) {
    return new SourceEntry(name, null, reason, null);
  }

  public static SourceEntry skipped(String name, String reason) {
    return new SourceEntry(name, null, null, reason);
  }
}
