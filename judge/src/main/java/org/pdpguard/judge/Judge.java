package org.pdpguard.judge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

  /** What an organisation-wide violation names as its source. */
  public static final String ORGANISATION = "(tổ chức / organisation)";

  /**
   * The violations of a whole report: each place's under the place rules, in place order, then the
   * organisation rules once over all places together, judged with the organisation's declarations.
   */
  public List<Violation> judgeAll(
      List<PlaceFacts> places, Declarations organisation, LocalDate asOf) {
    List<Violation> out = new ArrayList<>();
    for (PlaceFacts p : places) {
      out.addAll(judge(p, asOf, false));
    }
    if (!places.isEmpty()) {
      out.addAll(judge(merged(places, organisation), asOf, true));
    }
    return out;
  }

  /** The violations of the place rules in {@code place} under the law in force on {@code asOf}. */
  public List<Violation> judge(PlaceFacts place, LocalDate asOf) {
    return judge(place, asOf, false);
  }

  private List<Violation> judge(PlaceFacts place, LocalDate asOf, boolean organisation) {
    Regime regime = Regime.at(asOf);
    List<Violation> out = new ArrayList<>();
    for (Rule rule : pack.rules()) {
      if (rule.organisation() != organisation) {
        continue;
      }
      List<Citation> basis = rule.basis().get(regime);
      if (basis == null || basis.isEmpty()) {
        continue;
      }
      Set<EntityType> types = rule.when().evidenceTypes(place, regime);
      if (types == null) {
        continue;
      }
      DataScope data = rule.when().data();
      Map<EntityType, Long> counts = data.counts(place);
      long findings = types.stream().mapToLong(t -> counts.getOrDefault(t, 0L)).sum();
      List<Evidence> evidence =
          data.evidence(place).stream()
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

  /** Every place as one: counts and records added up, evidence in place order. */
  private static PlaceFacts merged(List<PlaceFacts> places, Declarations organisation) {
    Map<EntityType, Long> counts = new EnumMap<>(EntityType.class);
    Set<String> countries = new TreeSet<>();
    List<Evidence> evidence = new ArrayList<>();
    Map<String, Long> signals = new java.util.HashMap<>();
    Map<EntityType, Long> collected = new EnumMap<>(EntityType.class);
    List<Evidence> collectedEvidence = new ArrayList<>();
    long subjects = 0;
    long minors = 0;
    for (PlaceFacts p : places) {
      p.signals().forEach((k, n) -> signals.merge(k, n, Long::sum));
      p.collected().counts().forEach((t, n) -> collected.merge(t, n, Long::sum));
      collectedEvidence.addAll(p.collected().evidence());
      p.counts().forEach((t, n) -> counts.merge(t, n, Long::sum));
      countries.addAll(p.recipientCountries());
      evidence.addAll(p.evidence());
      subjects += p.subjects();
      minors += p.minors();
    }
    return new PlaceFacts(
        ORGANISATION,
        PlaceKind.FILE,
        organisation,
        counts,
        subjects,
        minors,
        countries,
        evidence,
        signals,
        new Collected(collected, collectedEvidence));
  }
}
