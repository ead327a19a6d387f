package org.pdpguard.cases.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.pdpguard.judge.Regime;

/**
 * Deadlines for data subjects' requests under Decree 356/2025/NĐ-CP Art. 5 (confirmed against the
 * Gazette text, vn-law-confirmations.md 2.3): every request is acknowledged within 2 working days;
 * it is then performed within a number of days that grows when a processor or third party must act,
 * and may be extended once, with reasons, by at most the number in the table. The Decree says
 * "ngày" for these, so they are calendar days; only the acknowledgement counts working days. A
 * period ends at the end of its last day in the case's time zone.
 */
public final class SubjectRequestClock {

  /** The request types of Art. 5.2–5.5 with their days. */
  public enum RequestType {
    /** Withdraw consent, restrict or object: 15 days, 20 with a processor (Art. 5.2). */
    WITHDRAW_RESTRICT_OBJECT(15, 20, 15, 2),
    /** View, correct, provide: 10 days, 15 with a processor (Art. 5.3). */
    ACCESS_CORRECT_PROVIDE(10, 15, 10, 3),
    /** Delete: 20 days, 30 with a processor (Art. 5.4). */
    DELETE(20, 30, 20, 4),
    /** Protective measures: 15 days; no longer period is set for processors (Art. 5.5). */
    PROTECTIVE_MEASURES(15, 15, 15, 5);

    final int days;
    final int withProcessor;
    final int maxExtension;
    final int clause;

    RequestType(int days, int withProcessor, int maxExtension, int clause) {
      this.days = days;
      this.withProcessor = withProcessor;
      this.maxExtension = maxExtension;
      this.clause = clause;
    }

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static final int ACKNOWLEDGE_WORKING_DAYS = 2;

  private final WorkingCalendar calendar;
  private final ZoneId zone;

  public SubjectRequestClock(WorkingCalendar calendar, ZoneId zone) {
    this.calendar = calendar;
    this.zone = zone;
  }

  /** Acknowledge within 2 working days of receipt (Art. 5.1). */
  public Deadline acknowledge(Instant received) {
    LocalDate last =
        calendar.plusWorkingDays(LocalDate.ofInstant(received, zone), ACKNOWLEDGE_WORKING_DAYS);
    return new Deadline(
        "dsr.acknowledge",
        Regime.LAW_91_2025,
        ClockAnchor.REQUEST_RECEIVED,
        received,
        endOf(last),
        "Điều 5 Nghị định 356/2025/NĐ-CP",
        false,
        false);
  }

  /** Perform the request within its days (Art. 5.2–5.5). */
  public Deadline perform(Instant received, RequestType type, boolean processorInvolved) {
    int days = processorInvolved ? type.withProcessor : type.days;
    LocalDate last = LocalDate.ofInstant(received, zone).plusDays(days);
    return new Deadline(
        "dsr.perform." + type.key(),
        Regime.LAW_91_2025,
        ClockAnchor.REQUEST_RECEIVED,
        received,
        endOf(last),
        "Điều 5 khoản " + type.clause + " Nghị định 356/2025/NĐ-CP",
        false,
        false);
  }

  /**
   * The deadline extended once by {@code days}.
   *
   * @throws IllegalArgumentException when {@code days} exceeds the single extension the type allows
   *     or is not positive
   */
  public Deadline extend(Deadline d, RequestType type, int days) {
    if (days < 1 || days > type.maxExtension) {
      throw new IllegalArgumentException(
          "gia hạn tối đa "
              + type.maxExtension
              + " ngày / at most "
              + type.maxExtension
              + " days' extension: "
              + days);
    }
    LocalDate last = LocalDate.ofInstant(d.dueAt(), zone).minusDays(1).plusDays(days);
    return new Deadline(
        d.kind(),
        d.regime(),
        d.anchor(),
        d.clockStart(),
        endOf(last),
        d.basis(),
        d.lateReasonRequired(),
        d.provisional());
  }

  /** The first instant after {@code day} in the zone: a period ending that day is due then. */
  Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
