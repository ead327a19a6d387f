package org.pdpguard.judge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pdpguard.core.EntityType;

/**
 * A rule that fired on a place: what is wrong, under which law, how serious, what rests on it and
 * what to do.
 *
 * @param asOf the date of the facts, which chose the regime
 * @param sanction the fine range in force on that date, or null when the pack knows none
 * @param types the types found that are its evidence
 * @param findings how many findings of those types the place holds
 * @param evidence a sample of those findings, as the report showed them
 */
public record Violation(
    Rule rule,
    Regime regime,
    LocalDate asOf,
    String source,
    PlaceKind kind,
    List<Citation> basis,
    Sanction sanction,
    Set<EntityType> types,
    long findings,
    long subjects,
    List<Evidence> evidence) {

  public Violation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(regime, "regime");
    basis = List.copyOf(basis);
    types = Set.copyOf(types);
    evidence = List.copyOf(evidence);
  }

  public String ruleId() {
    return rule.id();
  }

  public Severity severity() {
    return rule.severity();
  }

  /** Whether any citation it rests on, or its sanction, is provisional. */
  public boolean provisional() {
    return basis.stream().anyMatch(Citation::provisional)
        || sanction != null && sanction.provisional();
  }
}
