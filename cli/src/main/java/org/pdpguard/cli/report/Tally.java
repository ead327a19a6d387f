package org.pdpguard.cli.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pdpguard.core.Category;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.sources.ColumnSummary;

/** Adds up a scan as its events are reported; not thread-safe (events arrive in order). */
public final class Tally {
  private long sources;
  private long bytes;
  private long chars;
  private long findings;
  private final Map<EntityType, Long> byType = new EnumMap<>(EntityType.class);
  private final List<Problem> errors = new ArrayList<>();
  private final List<Problem> skipped = new ArrayList<>();
  private final List<ColumnSummary> columns = new ArrayList<>();

  /** A source read to the end. */
  public void source(long sourceBytes, long sourceChars) {
    sources++;
    bytes += sourceBytes;
    chars += sourceChars;
  }

  public void finding(LocatedFinding f) {
    finding(f.type());
  }

  /** A finding known only by its type (a line of a saved report). */
  public void finding(EntityType type) {
    findings++;
    byType.merge(type, 1L, Long::sum);
  }

  /** Sources counted elsewhere (the summary line of a saved report). */
  public void sources(long count, long sourceBytes, long sourceChars) {
    sources += count;
    bytes += sourceBytes;
    chars += sourceChars;
  }

  public long sources() {
    return sources;
  }

  public void columns(List<ColumnSummary> summary) {
    columns.addAll(summary);
  }

  public void error(String source, String message) {
    errors.add(new Problem(source, message));
  }

  public void skipped(String source, String reason) {
    skipped.add(new Problem(source, reason));
  }

  public long findings() {
    return findings;
  }

  public long bytes() {
    return bytes;
  }

  public Summary summary(long elapsedMs) {
    Map<Category, Long> byCategory = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      byCategory.put(c, 0L);
    }
    byType.forEach((t, n) -> byCategory.merge(t.category(), n, Long::sum));
    return new Summary(
        sources,
        bytes,
        chars,
        findings,
        byType,
        byCategory,
        errors,
        skipped,
        columns,
        elapsedMs,
        null);
  }
}
