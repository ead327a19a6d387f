package org.pdpguard.cases.clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs reminders (case reference and obligation only); the default notifier. */
public final class LoggingNotifier implements Notifier {
  private static final Logger LOG = LoggerFactory.getLogger(LoggingNotifier.class);

  @Override
  public void remind(Reminder r) {
    LOG.info(
        "reminder: case {} obligation {} ({}) is {}, due {}",
        r.caseRef(),
        r.obligationId(),
        r.kind(),
        r.status(),
        r.dueAt());
  }
}
