package org.pdpguard.cases.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pdpguard.judge.Regime;
import org.pdpguard.judge.Rule;
import org.pdpguard.judge.Sanction;

/**
 * The fine a decision may propose for a rule: the sanction range the rule pack gives for the regime
 * and date of the facts, within the ceilings of Law 91/2025/QH15 Art. 8 (confirmed,
 * vn-law-confirmations.md 1(h)): VND 3 billion for other violations (8.5); 5 % of the preceding
 * year's revenue for an organisation's cross-border transfer violations, never below the 8.5
 * ceiling (8.4); individuals half (8.6, and Decree 330/2026 Art. 7.1 for the ranges). Buying or
 * selling data (8.3, ten times the proceeds) has no rule in the default pack yet.
 */
public final class FineLimits {
  public static final long GENERAL_CEILING = 3_000_000_000L;
  static final String CROSS_BORDER_RULE = "VN-CROSS-BORDER";

  /** Who committed the act. */
  public enum Offender {
    ORGANISATION,
    INDIVIDUAL
  }

  /** The allowed range in VND, and where it comes from. */
  public record Range(long min, long max, String basis) {
    public boolean contains(long amount) {
      return amount >= min && amount <= max;
    }
  }

  private FineLimits() {}

  /**
   * The allowed range, or empty when the pack knows no sanction for the rule under this regime on
   * this date (then no fine may be proposed).
   *
   * @param revenue the preceding year's revenue in VND, or null when unknown
   */
  public static Optional<Range> range(
      Rule rule, Regime regime, LocalDate asOf, Offender offender, Long revenue) {
    List<Sanction> all = rule.sanctions().getOrDefault(regime, List.of());
    Optional<Sanction> s = rule.sanctionOn(regime, asOf);
    if (all.isEmpty() || s.isEmpty()) {
      return Optional.empty();
    }
    long ceiling = GENERAL_CEILING;
    String basis = "Điều 8 khoản 5 Luật 91/2025/QH15";
    if (rule.id().equals(CROSS_BORDER_RULE)
        && offender == Offender.ORGANISATION
        && revenue != null) {
      ceiling = Math.max(GENERAL_CEILING, revenue / 20);
      basis = "Điều 8 khoản 4 Luật 91/2025/QH15";
    }
    long min = s.get().min();
    long max = Math.min(s.get().max(), ceiling);
    if (rule.id().equals(CROSS_BORDER_RULE) && ceiling > GENERAL_CEILING) {
      max = ceiling;
    }
    if (offender == Offender.INDIVIDUAL) {
      min /= 2;
      max /= 2;
      basis += "; Điều 8 khoản 6 (cá nhân bằng một phần hai / individuals half)";
    }
    return Optional.of(new Range(min, max, s.get().citation().text().vi() + "; " + basis));
  }
}
