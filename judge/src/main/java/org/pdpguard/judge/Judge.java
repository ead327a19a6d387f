package org.pdpguard.judge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pdpguard.core.EntityType;

/**
 * Judges places against a rule pack. Stateless and thread-safe. The date of the facts chooses the
 * regime ({@link Regime#at}); it comes from the caller, never from the clock, so that the same
 * facts judged twice give the same answer.
 */
public final class Judge {
  /** Evidence findings kept per violation; the count says how many there are in all. */
  public static final int EVIDENCE_PER_VIOLATION = 10;

  private final RulePack pack;

  public Judge(RulePack pack) {
    this.pack = pack;
  }

  public RulePack pack() {
    return pack;
  }

  /** The violations in {@code place} under the law in force on {@code asOf}, in pack order. */
  public List<Violation> judge(PlaceFacts place, LocalDate asOf) {
    Regime regime = Regime.at(asOf);
    List<Violation> out = new ArrayList<>();
    for (Rule rule : pack.rules()) {
      List<Citation> basis = rule.basis().get(regime);
      if (basis == null || basis.isEmpty()) {
        continue;
      }
      Set<EntityType> types = rule.when().evidenceTypes(place, regime);
      if (types.isEmpty()) {
        continue;
      }
      long findings = types.stream().mapToLong(place::count).sum();
      List<Evidence> evidence =
          place.evidence().stream()
              .filter(e -> types.contains(e.type()))
              .limit(EVIDENCE_PER_VIOLATION)
              .toList();
      out.add(
          new Violation(
              rule,
              regime,
              asOf,
              place.source(),
              place.kind(),
              basis,
              rule.sanctionOn(regime, asOf).orElse(null),
              types,
              findings,
              place.subjects(),
              evidence));
    }
    return out;
  }
}
