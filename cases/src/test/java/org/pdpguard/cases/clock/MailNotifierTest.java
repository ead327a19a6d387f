package org.pdpguard.cases.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Reminders by e-mail, through a real SMTP server (GreenMail) in the test JVM. */
class MailNotifierTest {
  static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static JavaMailSenderImpl sender(int port) {
    JavaMailSenderImpl m = new JavaMailSenderImpl();
    m.setHost("127.0.0.1");
    m.setPort(port);
    m.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    m.getJavaMailProperties().put("mail.smtp.timeout", "2000");
    return m;
  }

  @Test
  void anOverdueObligationIsMailedWithTheCaseReferenceAndLocalDueTimeOnly() throws Exception {
    int port = freePort();
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      new MailNotifier(
              sender(port),
              "pdpguard@example.test",
              List.of("dpo@example.test", "ttr@example.test"),
              HANOI)
          .remind(
              new Notifier.Reminder(
                  7,
                  "PDP-2026-00042",
                  "breach.notify_agency",
                  ObligationStatus.OVERDUE,
                  Instant.parse("2026-03-05T02:00:00Z")));
      assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
      MimeMessage m = smtp.getReceivedMessages()[0];
      assertThat(m.getSubject())
          .isEqualTo("[pdpguard] PDP-2026-00042: breach.notify_agency OVERDUE");
      String body = (String) m.getContent();
      assertThat(body).contains("đã quá hạn").contains("09:00 05/03/2026").contains("is OVERDUE");
    } finally {
      smtp.stop();
    }
  }

  @Test
  void anUnreachableServerDoesNotStopTheReminders() throws Exception {
    MailNotifier n =
        new MailNotifier(sender(freePort()), "p@example.test", List.of("a@example.test"), HANOI);
    assertThatCode(
            () ->
                n.remind(
                    new Notifier.Reminder(
                        1, "PDP-2026-00001", "dsr.acknowledge", ObligationStatus.DUE_SOON, null)))
        .doesNotThrowAnyException();
  }
}
