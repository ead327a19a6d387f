package org.pdpguard.cases;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.pdpguard.cases.audit.AuditKey;
import org.pdpguard.cases.audit.AuditKeyHolder;
import org.pdpguard.cases.clock.BreachClock;
import org.pdpguard.cases.clock.LoggingNotifier;
import org.pdpguard.cases.clock.MailNotifier;
import org.pdpguard.cases.clock.Notifier;
import org.pdpguard.cases.clock.SubjectRequestClock;
import org.pdpguard.cases.clock.WorkingCalendar;
import org.pdpguard.cases.decision.DecisionPdf;
import org.pdpguard.cases.evidence.EvidenceStore;
import org.pdpguard.judge.RulePack;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** The beans of the service: time, the data folder and what lives in it, the legal clocks. */
@Configuration
public class CasesConfig {
  public static final String DEFAULT_DATA = "./pdpguard-data";

  /**
   * The embedded database in the data folder, in PostgreSQL mode so one set of migrations runs on
   * both.
   */
  public static String h2Url(Path data) {
    return "jdbc:h2:file:"
        + data.toAbsolutePath().resolve("db").resolve("cases")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  ZoneId zone(@Value("${pdpguard.zone:Asia/Ho_Chi_Minh}") String zone) {
    return ZoneId.of(zone);
  }

  @Bean
  Path dataDir(@Value("${pdpguard.data:" + DEFAULT_DATA + "}") String data) {
    return Path.of(data).toAbsolutePath();
  }

  @Bean
  AuditKeyHolder auditKey(Path dataDir) throws IOException {
    return new AuditKeyHolder(AuditKey.load(dataDir, System.getenv(AuditKey.ENV), true));
  }

  @Bean
  EvidenceStore evidenceStore(Path dataDir) throws IOException {
    return new EvidenceStore(dataDir.resolve("evidence"));
  }

  @Bean
  WorkingCalendar workingCalendar(@Value("${pdpguard.holidays:}") String holidays)
      throws IOException {
    return holidays.isBlank() ? WorkingCalendar.vietnam() : WorkingCalendar.load(Path.of(holidays));
  }

  @Bean
  BreachClock breachClock(ZoneId zone) {
    return new BreachClock(zone);
  }

  @Bean
  SubjectRequestClock subjectRequestClock(WorkingCalendar calendar, ZoneId zone) {
    return new SubjectRequestClock(calendar, zone);
  }

  /**
   * Reminders go to the log, and by e-mail when {@code pdpguard.mail.to} names recipients (comma
   * separated) and {@code spring.mail.host} an SMTP server ({@code spring.mail.port}, {@code
   * .username}, {@code .password}, {@code .properties.mail.smtp.starttls.enable}); {@code
   * pdpguard.mail.from} is the sender (default {@code pdpguard@localhost}).
   */
  @Bean
  Notifier notifier(
      @Value("${pdpguard.mail.to:}") String to,
      @Value("${pdpguard.mail.from:pdpguard@localhost}") String from,
      ObjectProvider<JavaMailSender> mail,
      ZoneId zone) {
    List<String> recipients =
        Arrays.stream(to.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    if (recipients.isEmpty()) {
      return new LoggingNotifier();
    }
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException("pdpguard.mail.to is set but spring.mail.host is not");
    }
    return new MailNotifier(sender, from, recipients, zone);
  }

  @Bean
  RulePack rulePack() {
    return RulePack.defaults();
  }

  @Bean
  DecisionPdf decisionPdf(
      @Value("${pdpguard.pdf-font:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}") String font,
      ZoneId zone) {
    return new DecisionPdf(new File(font), zone);
  }
}
