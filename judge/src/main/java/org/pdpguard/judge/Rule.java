package org.pdpguard.judge;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule of a pack: when it fires ({@link Condition}), what it is called and why it matters, and
 * what it rests on under each regime. A rule applies only under the regimes it cites: without a
 * legal basis there is no violation.
 *
 * @param basis the articles the duty comes from, per regime
 * @param sanctions fine ranges per regime, each from the day its instrument applies
 * @param organisation whether the duty is the organisation's rather than a place's (an impact
 *     assessment, a data-protection officer): judged once over every place together
 */
public record Rule(
    String id,
    Text title,
    Text explanation,
    Severity severity,
    Condition when,
    Map<Regime, List<Citation>> basis,
    Map<Regime, List<Sanction>> sanctions,
    Text remedy,
    boolean organisation) {

  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(remedy, "remedy");
    basis = Map.copyOf(basis);
    sanctions = Map.copyOf(sanctions);
  }

  /** The sanction in force on {@code date} under {@code regime}: the latest one already started. */
  public Optional<Sanction> sanctionOn(Regime regime, LocalDate date) {
    return sanctions.getOrDefault(regime, List.of()).stream()
        .filter(s -> !s.from().isAfter(date))
        .max(Comparator.comparing(Sanction::from));
  }
}
