package org.pdpguard.cli.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pdpguard.core.Category;
import org.pdpguard.core.EntityType;
import org.pdpguard.sources.ColumnSummary;

/**
 * The totals of a scan.
 *
 * @param sources sources read to the end
 * @param bytes bytes read from those sources
 * @param chars chars of decoded text scanned in those sources
 * @param findings findings reported
 * @param byType findings per type, in catalogue order, only types with findings
 * @param byCategory findings per category, both categories present
 * @param errors sources that could not be read, in walk order
 * @param skipped sources skipped on purpose, in walk order
 * @param columns the column summary of structured data, in walk order
 * @param elapsedMs wall-clock time of the scan
 * @param judgement how the findings were judged, or null when they were not
 */
public record Summary(
    long sources,
    long bytes,
    long chars,
    long findings,
    Map<EntityType, Long> byType,
    Map<Category, Long> byCategory,
    List<Problem> errors,
    List<Problem> skipped,
    List<ColumnSummary> columns,
    long elapsedMs,
    Judgement judgement) {

  public Summary {
    byType = ordered(EntityType.class, byType);
    byCategory = ordered(Category.class, byCategory);
    errors = List.copyOf(errors);
    skipped = List.copyOf(skipped);
    columns = List.copyOf(columns);
  }

  private static <K extends Enum<K>> Map<K, Long> ordered(Class<K> type, Map<K, Long> counts) {
    Map<K, Long> copy = new EnumMap<>(type);
    copy.putAll(counts);
    return Collections.unmodifiableMap(copy);
  }

  /** This summary with the judgement of its findings. */
  public Summary judged(Judgement j) {
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
        j);
  }

  /** Findings of one category. */
  public long count(Category category) {
    return byCategory.getOrDefault(category, 0L);
  }
}
