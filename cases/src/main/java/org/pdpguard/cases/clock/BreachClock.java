package org.pdpguard.cases.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.pdpguard.judge.Regime;

/**
 * The duty to notify the specialised personal-data agency of a breach within 72 hours. Which law
 * applies follows the date of the facts (the occurrence, or the discovery when the occurrence is
 * unknown), as for every judgement ({@link Regime#at}):
 *
 * <ul>
 *   <li>Decree 13/2023/NĐ-CP Art. 23.1: 72 h after the violation <em>occurs</em>; a later filing
 *       must state its reasons (Form 03 to A05).
 *   <li>Law 91/2025/QH15 Art. 23.1: 72 h from <em>detection</em> of the violating act; no
 *       late-notice clause (a late notice is fined under Decree 330/2026 Art. 54.3 from 19 Aug
 *       2026). The content is Decree 356/2025 Art. 28.1, Form 08.
 * </ul>
 *
 * Both are confirmed against the official texts (vn-law-confirmations.md 1(d), corrections 6).
 */
public final class BreachClock {
  public static final String KIND = "breach.notify_agency";
  public static final Duration WINDOW = Duration.ofHours(72);

  private final ZoneId zone;

  public BreachClock(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * The deadline for a breach with these facts.
   *
   * @throws IllegalArgumentException when both times are unknown, or the facts predate Decree 13
   */
  public Deadline notifyAgency(Instant occurredAt, Instant discoveredAt) {
    Instant facts = occurredAt != null ? occurredAt : discoveredAt;
    if (facts == null) {
      throw new IllegalArgumentException("a breach needs its time of occurrence or of discovery");
    }
    Regime regime = Regime.at(LocalDate.ofInstant(facts, zone));
    if (regime == Regime.DECREE_13_2023) {
      return deadline(
          regime,
          ClockAnchor.OCCURRENCE,
          occurredAt,
          "Điều 23 khoản 1 Nghị định 13/2023/NĐ-CP",
          true);
    }
    return deadline(
        regime, ClockAnchor.DISCOVERY, discoveredAt, "Điều 23 khoản 1 Luật 91/2025/QH15", false);
  }

  private static Deadline deadline(
      Regime regime, ClockAnchor anchor, Instant start, String basis, boolean lateReason) {
    Instant due = start == null ? null : start.plus(WINDOW);
    return new Deadline(KIND, regime, anchor, start, due, basis, lateReason, false);
  }
}
