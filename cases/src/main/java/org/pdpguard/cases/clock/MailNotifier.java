package org.pdpguard.cases.clock;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends each reminder by e-mail through the configured SMTP server ({@code spring.mail.*}) to
 * {@code pdpguard.mail.to}, and logs it. The message names the case reference, the obligation, its
 * status and due time, never the content of the case. A failed send is logged and not retried: the
 * reminder stays in the app's reminders table either way, and one unreachable server must not stop
 * the reminders of other cases.
 */
public final class MailNotifier implements Notifier {
  private static final Logger LOG = LoggerFactory.getLogger(MailNotifier.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  private final JavaMailSender mail;
  private final String from;
  private final List<String> to;
  private final ZoneId zone;
  private final Notifier log = new LoggingNotifier();

  public MailNotifier(JavaMailSender mail, String from, List<String> to, ZoneId zone) {
    if (to.isEmpty()) {
      throw new IllegalArgumentException("pdpguard.mail.to names no recipient");
    }
    this.mail = mail;
    this.from = from;
    this.to = List.copyOf(to);
    this.zone = zone;
  }

  @Override
  public void remind(Reminder r) {
    log.remind(r);
    String due = r.dueAt() == null ? "-" : TIME.format(r.dueAt().atZone(zone)) + " (" + zone + ")";
    SimpleMailMessage m = new SimpleMailMessage();
    m.setFrom(from);
    m.setTo(to.toArray(String[]::new));
    m.setSubject("[pdpguard] " + r.caseRef() + ": " + r.kind() + " " + r.status());
    m.setText(
        "Hồ sơ "
            + r.caseRef()
            + ": nghĩa vụ "
            + r.kind()
            + " "
            + (r.status() == ObligationStatus.OVERDUE ? "đã quá hạn" : "sắp đến hạn")
            + ", hạn "
            + due
            + ".\n\nCase "
            + r.caseRef()
            + ": obligation "
            + r.kind()
            + " is "
            + r.status()
            + ", due "
            + due
            + ".\n");
    try {
      mail.send(m);
    } catch (MailException e) {
      LOG.warn(
          "reminder e-mail for case {} obligation {} not sent: {}",
          r.caseRef(),
          r.obligationId(),
          e.getClass().getSimpleName());
    }
  }
}
