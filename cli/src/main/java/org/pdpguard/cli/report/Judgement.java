package org.pdpguard.cli.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.pdpguard.judge.Regime;
import org.pdpguard.judge.Severity;

/**
 * How a report was judged: the date of the facts, the regime it chose, the rule pack, and the
 * violations per severity (every severity present, zero included).
 */
public record Judgement(
    LocalDate asOf, Regime regime, String pack, Map<Severity, Long> bySeverity) {
  public Judgement {
    Map<Severity, Long> all = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      all.put(s, bySeverity.getOrDefault(s, 0L));
    }
    bySeverity = Collections.unmodifiableMap(all);
  }

  public long total() {
    return bySeverity.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Violations of {@code floor} or worse. */
  public long atLeast(Severity floor) {
    return bySeverity.entrySet().stream()
        .filter(e -> e.getKey().atLeast(floor))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
