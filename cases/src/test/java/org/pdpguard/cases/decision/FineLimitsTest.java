package org.pdpguard.cases.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pdpguard.cases.decision.FineLimits.Offender;
import org.pdpguard.judge.Regime;
import org.pdpguard.judge.Rule;
import org.pdpguard.judge.RulePack;

class FineLimitsTest {
  static Rule rule(String id) {
    return RulePack.defaults().rules().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void beforeDecree330TheLaw91GeneralCeilingApplies() {
    var r =
        FineLimits.range(
            rule("VN-SENSITIVE-UNPROTECTED"),
            Regime.LAW_91_2025,
            LocalDate.of(2026, 3, 1),
            Offender.ORGANISATION,
            null);
    assertThat(r).isPresent();
    assertThat(r.get().max()).isEqualTo(3_000_000_000L);
    assertThat(r.get().contains(3_000_000_001L)).isFalse();
  }

  @Test
  void fromDecree330TheRangeOfItsArticleApplies() {
    var r =
        FineLimits.range(
                rule("VN-SENSITIVE-UNPROTECTED"),
                Regime.LAW_91_2025,
                LocalDate.of(2026, 9, 1),
                Offender.ORGANISATION,
                null)
            .orElseThrow();
    assertThat(r.min()).isEqualTo(20_000_000L);
    assertThat(r.max()).isEqualTo(30_000_000L);
    assertThat(r.contains(19_999_999L)).isFalse();
  }

  @Test
  void individualsPayHalf() {
    var r =
        FineLimits.range(
                rule("VN-SENSITIVE-UNPROTECTED"),
                Regime.LAW_91_2025,
                LocalDate.of(2026, 3, 1),
                Offender.INDIVIDUAL,
                null)
            .orElseThrow();
    assertThat(r.max()).isEqualTo(1_500_000_000L);
    assertThat(r.basis()).contains("khoản 6");
  }

  @Test
  void crossBorderCeilingIsFivePercentOfRevenueButNeverBelowThreeBillion() {
    Rule cb = rule("VN-CROSS-BORDER");
    LocalDate d = LocalDate.of(2026, 3, 1);
    assertThat(
            FineLimits.range(cb, Regime.LAW_91_2025, d, Offender.ORGANISATION, 200_000_000_000L)
                .orElseThrow()
                .max())
        .isEqualTo(10_000_000_000L);
    assertThat(
            FineLimits.range(cb, Regime.LAW_91_2025, d, Offender.ORGANISATION, 1_000_000_000L)
                .orElseThrow()
                .max())
        .isLessThanOrEqualTo(3_000_000_000L);
  }

  @Test
  void noFineWithoutASanctionUnderTheRegime() {
    assertThat(
            FineLimits.range(
                rule("VN-SENSITIVE-UNPROTECTED"),
                Regime.DECREE_13_2023,
                LocalDate.of(2025, 3, 1),
                Offender.ORGANISATION,
                null))
        .isEmpty();
  }
}
