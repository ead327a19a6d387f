package org.pdpguard.cases.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.cases.clock.SubjectRequestClock.RequestType;
import org.pdpguard.judge.Regime;

class LegalClocksTest {
  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  final WorkingCalendar calendar = WorkingCalendar.vietnam();
  final BreachClock breach = new BreachClock(VN);
  final SubjectRequestClock requests = new SubjectRequestClock(calendar, VN);

  static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(VN).toInstant();
  }

  @Test
  void breachUnderLaw91CountsSeventyTwoHoursFromDiscovery() {
    Deadline d = breach.notifyAgency(at("2026-03-01T08:00"), at("2026-03-10T14:30"));
    assertThat(d.regime()).isEqualTo(Regime.LAW_91_2025);
    assertThat(d.anchor()).isEqualTo(ClockAnchor.DISCOVERY);
    assertThat(d.dueAt()).isEqualTo(at("2026-03-13T14:30"));
    assertThat(d.lateReasonRequired()).isFalse();
    assertThat(d.basis()).contains("Điều 23 khoản 1 Luật 91/2025/QH15");
  }

  @Test
  void breachUnderDecree13CountsFromOccurrenceAndNeedsReasonsWhenLate() {
    Deadline d = breach.notifyAgency(at("2025-06-01T23:00"), at("2025-06-20T09:00"));
    assertThat(d.regime()).isEqualTo(Regime.DECREE_13_2023);
    assertThat(d.anchor()).isEqualTo(ClockAnchor.OCCURRENCE);
    assertThat(d.dueAt()).isEqualTo(at("2025-06-04T23:00"));
    assertThat(d.lateReasonRequired()).isTrue();
  }

  @Test
  void regimeFollowsTheOccurrenceWhenItStraddlesTheChange() {
    Deadline d = breach.notifyAgency(at("2025-12-31T22:00"), at("2026-01-02T10:00"));
    assertThat(d.regime()).isEqualTo(Regime.DECREE_13_2023);
    assertThat(d.dueAt()).isEqualTo(at("2026-01-03T22:00"));
  }

  @Test
  void breachWithOnlyADiscoveryTimeFallsUnderLaw91() {
    Deadline d = breach.notifyAgency(null, at("2026-02-01T10:00"));
    assertThat(d.dueAt()).isEqualTo(at("2026-02-04T10:00"));
  }

  @Test
  void decree13BreachWithoutOccurrenceTimeHasNoInventedDeadline() {
    // Unknown occurrence, discovery in 2025: the clock's anchor is missing, so no due time.
    Deadline d = breach.notifyAgency(null, at("2025-09-01T10:00"));
    assertThat(d.regime()).isEqualTo(Regime.DECREE_13_2023);
    assertThat(d.dueAt()).isNull();
  }

  @Test
  void rejectsBreachWithoutAnyTimeOrBeforeDecree13() {
    assertThatThrownBy(() -> breach.notifyAgency(null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> breach.notifyAgency(at("2023-06-30T10:00"), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-03-02|2|2026-03-04", // Monday → Wednesday
        "2026-03-05|2|2026-03-09", // Thursday → Monday over the weekend
        "2026-03-07|1|2026-03-09", // received on Saturday
        "2026-02-12|2|2026-02-23", // Thursday before Tết: 13 Feb, then Tết 14–22 Feb
        "2026-04-29|2|2026-05-05", // 30 Apr and 1 May, then the weekend
        "2026-04-24|1|2026-04-28", // Friday; Monday 27 Apr is Hung Kings' in lieu
        "2026-08-31|1|2026-09-03", // National Day 1–2 Sep
        "2026-12-31|1|2027-01-04", // with a list holding 1 Jan 2027 (Friday)
      })
  void countsWorkingDays(LocalDate from, int n, LocalDate expected) {
    WorkingCalendar cal =
        from.getYear() == 2026 && expected.getYear() == 2027
            ? new WorkingCalendar(java.util.Set.of(LocalDate.of(2027, 1, 1)))
            : calendar;
    assertThat(cal.plusWorkingDays(from, n)).isEqualTo(expected);
  }

  @Test
  void weekendsAndListedHolidaysAreNotWorkingDays() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 6))).isTrue();
    assertThat(calendar.holidays()).hasSize(11);
  }

  @Test
  void acknowledgementIsDueAtTheEndOfTheSecondWorkingDay() {
    Deadline d = requests.acknowledge(at("2026-03-05T16:00"));
    assertThat(d.dueAt()).isEqualTo(at("2026-03-10T00:00"));
    assertThat(d.kind()).isEqualTo("dsr.acknowledge");
  }

  @ParameterizedTest(name = "{0} processor={1}: {2} days")
  @CsvSource(
      delimiter = '|',
      value = {
        "WITHDRAW_RESTRICT_OBJECT|false|15",
        "WITHDRAW_RESTRICT_OBJECT|true|20",
        "ACCESS_CORRECT_PROVIDE|false|10",
        "ACCESS_CORRECT_PROVIDE|true|15",
        "DELETE|false|20",
        "DELETE|true|30",
        "PROTECTIVE_MEASURES|false|15",
        "PROTECTIVE_MEASURES|true|15",
      })
  void performanceDeadlinesFollowDecree356Article5(RequestType type, boolean processor, int days) {
    Instant received = at("2026-03-02T10:00");
    Deadline d = requests.perform(received, type, processor);
    assertThat(d.dueAt()).isEqualTo(at("2026-03-02T00:00").plus(Duration.ofDays(days + 1)));
    assertThat(d.basis()).startsWith("Điều 5 khoản ");
  }

  @Test
  void oneExtensionUpToTheTableLimit() {
    Deadline d = requests.perform(at("2026-03-02T10:00"), RequestType.DELETE, false);
    Deadline extended = requests.extend(d, RequestType.DELETE, 20);
    assertThat(Duration.between(d.dueAt(), extended.dueAt())).isEqualTo(Duration.ofDays(20));
    assertThatThrownBy(() -> requests.extend(d, RequestType.DELETE, 21))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> requests.extend(d, RequestType.ACCESS_CORRECT_PROVIDE, 11))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void statusMovesWithTheClock() {
    Instant due = at("2026-03-13T14:30");
    Duration soon = Duration.ofHours(24);
    assertThat(ObligationStatus.of(due, null, false, due.minus(Duration.ofHours(30)), soon))
        .isEqualTo(ObligationStatus.OPEN);
    assertThat(ObligationStatus.of(due, null, false, due.minus(Duration.ofHours(2)), soon))
        .isEqualTo(ObligationStatus.DUE_SOON);
    assertThat(ObligationStatus.of(due, null, false, due.plusSeconds(1), soon))
        .isEqualTo(ObligationStatus.OVERDUE);
    assertThat(ObligationStatus.of(due, due.minusSeconds(1), false, due.plusSeconds(99), soon))
        .isEqualTo(ObligationStatus.MET);
    assertThat(ObligationStatus.of(due, due.plusSeconds(3600), false, due, soon))
        .isEqualTo(ObligationStatus.MET_LATE);
    assertThat(ObligationStatus.of(due, null, true, due.plusSeconds(99), soon))
        .isEqualTo(ObligationStatus.NOT_REQUIRED);
    assertThat(ObligationStatus.of(null, null, false, due, soon))
        .isEqualTo(ObligationStatus.NO_DEADLINE);
    assertThat(ObligationStatus.lateBy(due, due.plus(Duration.ofHours(5))))
        .isEqualTo(Duration.ofHours(5));
    assertThat(ObligationStatus.lateBy(due, due.minusSeconds(5))).isZero();
  }

  @Test
  void rejectsMalformedHolidayFile() {
    var in =
        new java.io.ByteArrayInputStream(
            "2026-13-01 bad\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThatThrownBy(() -> WorkingCalendar.parse(in, "h.txt")).hasMessageContaining("h.txt:1");
  }
}
