package org.pdpguard.cases.clock;

import java.time.Instant;
import org.pdpguard.judge.Regime;

/**
 * A legal deadline as the law sets it for one case: what must be done, under which regime and
 * article, counted from which event, and when it falls due.
 *
 * @param kind a stable key ({@code breach.notify_agency}, {@code dsr.acknowledge}, {@code
 *     dsr.perform.delete})
 * @param clockStart the anchor's time, or null when the case does not know it yet
 * @param dueAt null exactly when {@code clockStart} is null: a deadline is never guessed
 * @param basis the article, Vietnamese first ({@code Điều 23 khoản 1 Luật 91/2025/QH15})
 * @param lateReasonRequired whether a late filing must give its reasons (Decree 13 Art. 23.1)
 * @param provisional whether the rule behind it is not confirmed against the official text
 */
public record Deadline(
    String kind,
    Regime regime,
    ClockAnchor anchor,
    Instant clockStart,
    Instant dueAt,
    String basis,
    boolean lateReasonRequired,
    boolean provisional) {

  public Deadline {
    if ((clockStart == null) != (dueAt == null)) {
      throw new IllegalArgumentException("a due time needs a clock start and the reverse");
    }
  }
}
