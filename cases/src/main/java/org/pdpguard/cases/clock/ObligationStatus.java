package org.pdpguard.cases.clock;

import java.time.Duration;
import java.time.Instant;

/** Where an obligation stands at a moment. */
public enum ObligationStatus {
  /** The clock has not started: its anchor is unknown. */
  NO_DEADLINE,
  OPEN,
  /** Due within the due-soon window. */
  DUE_SOON,
  OVERDUE,
  MET,
  MET_LATE,
  /** Decided not required, by a named person with a reason. */
  NOT_REQUIRED;

  /**
   * The status at {@code now}.
   *
   * @param notRequired whether someone decided the obligation does not apply
   * @param dueSoon how long before the due time an open obligation counts as due soon
   */
  public static ObligationStatus of(
      Instant dueAt, Instant metAt, boolean notRequired, Instant now, Duration dueSoon) {
    if (notRequired) {
      return NOT_REQUIRED;
    }
    if (metAt != null) {
      return dueAt != null && metAt.isAfter(dueAt) ? MET_LATE : MET;
    }
    if (dueAt == null) {
      return NO_DEADLINE;
    }
    if (now.isAfter(dueAt)) {
      return OVERDUE;
    }
    return now.plus(dueSoon).isBefore(dueAt) ? OPEN : DUE_SOON;
  }

  /** How late a filing at {@code metAt} was, or zero when on time. */
  public static Duration lateBy(Instant dueAt, Instant metAt) {
    if (dueAt == null || metAt == null || !metAt.isAfter(dueAt)) {
      return Duration.ZERO;
    }
    return Duration.between(dueAt, metAt);
  }

  public boolean needsAttention() {
    return this == OVERDUE || this == DUE_SOON;
  }
}
