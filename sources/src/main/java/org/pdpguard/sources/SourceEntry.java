package org.pdpguard.sources;

import java.util.Objects;

/**
 * One item of a walk, in walk order: a source to scan (bytes, or a target read by a connector), or
 * a path that could not be walked (with the reason), or one skipped on purpose (with the reason).
 *
 * @param name the name reports show (for a target: without credentials)
 * @param source the bytes to scan; null otherwise
 * @param connector the connector reading {@code target}; null otherwise
 * @param target what the connector reads, as typed (may hold credentials: never print it)
 * @param error why the path could not be read; null otherwise
 * @param skipped why the path is left out on purpose; null otherwise
 */
public record SourceEntry(
    String name, Source source, Connector connector, String target, String error, String skipped) {
  public SourceEntry {
    Objects.requireNonNull(name, "name");
    int set =
        (source != null ? 1 : 0)
            + (connector != null ? 1 : 0)
            + (error != null ? 1 : 0)
            + (skipped != null ? 1 : 0);
    if (set != 1 || (connector == null) != (target == null)) {
      throw new IllegalArgumentException("exactly one of source, connector, error, skipped");
    }
  }

  public static SourceEntry of(Source source) {
    return new SourceEntry(source.name(), source, null, null, null, null);
  }

  public static SourceEntry target(Connector connector, String target) {
    return new SourceEntry(connector.displayName(target), null, connector, target, null, null);
  }

  public static SourceEntry error(String name, String reason) {
    return new SourceEntry(name, null, null, null, reason, null);
  }

  public static SourceEntry skipped(String name, String reason) {
    return new SourceEntry(name, null, null, null, null, reason);
  }

  /** True for a source or a target: something to scan. */
  public boolean scannable() {
    return source != null || connector != null;
  }

  /** A safe string: never the target, which may hold credentials. */
  @Override
  public String toString() {
    return "SourceEntry[" + name + "]";
  }
}
