package org.pdpguard.cases.clock;

/**
 * Where reminders go. The service always keeps them in the app (the reminders table); a notifier
 * may also send them on (e-mail through SMTP would be one). Implementations must not put personal
 * data of the case in the message: the case reference and the obligation are enough.
 */
public interface Notifier {
  void remind(Reminder reminder);

  /** One reminder: an obligation of a case that is due soon or overdue. */
  record Reminder(
      long obligationId,
      String caseRef,
      String kind,
      ObligationStatus status,
      java.time.Instant dueAt) {}
}
