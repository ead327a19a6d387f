package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class DateOfBirthRecognizerTest {
  private final DateOfBirthRecognizer recognizer = new DateOfBirthRecognizer();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ngày sinh: 05/03/1990 | 05/03/1990",
        "sinh ngày 5-3-1990 tại Hà Nội | 5-3-1990",
        "Ngày sinh (dd/mm/yyyy): 29.02.2000 | 29.02.2000",
        "DOB: 1990-03-05 | 1990-03-05",
        "Sinh ngày 5 tháng 3 năm 1990 | 5 tháng 3 năm 1990",
        "Ngày tháng năm sinh: ngày 05 tháng 03 năm 1990 | 05 tháng 03 năm 1990",
        "Nguyễn Văn A, sinh năm 1985, quê Nam Định | 1985",
        "Trần Thị B (NS 1978) | 1978",
        "Date of birth: 12/10/1975 | 12/10/1975",
        "born on 1968-07-21 in Hue | 1968-07-21",
        "Ngày sinh: 05/03/1990, ngày cấp: 12/05/2021 | 05/03/1990",
        "Ngay sinh: 01/01/2001 | 01/01/2001",
        // chat: a lower-case "ns" (ngày sinh) before a whole date
        "[07:00] KH: ns 27/03/1974 | 27/03/1974",
        "Khach hang: ns 1968-10-01 | 1968-10-01",
      })
  void findsDatesInABirthContext(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.DATE_OF_BIRTH, text))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // dates that are not birth dates
        "Ngày ký hợp đồng 05/03/2024",
        "ngày khám 12/10/2025",
        "Hóa đơn số 0012345 ngày 05/03/2024",
        // impossible or implausible dates
        "Ngày sinh: 31/02/1990",
        "Ngày sinh: 29/02/2001",
        "Ngày sinh: 05/13/1990",
        "Ngày sinh: 05/03/1890",
        "Ngày sinh: 05/03/2999",
        // "sinh" that ends another word
        "Học sinh ngày 05/03/2024 nghỉ học",
        "Chi phí phát sinh ngày 05/03/2024",
        // a longer number run, a version, a label on another line
        "sinh ngày 05/03/1990/12",
        "Ngày sinh\n05/03/1990",
        "latency 5 ns 2001",
        // nanoseconds after a number, and a lower-case "ns" before a year alone
        "took 15 ns 12/03/2001",
        "retry ns 1990",
      })
  void ignoresDatesOutsideABirthContext(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.DATE_OF_BIRTH, text)).isEmpty();
  }

  @Test
  void validatesAndExplainsTheDate() {
    Finding f = RecognizerTesting.find(recognizer, "Ngày sinh: 5/3/1990").get(0);
    assertThat(f.explanation().validated()).isTrue();
    assertThat(f.explanation().detail())
        .isEqualTo("valid calendar date in the past")
        .doesNotContain("1990");
    assertThat(f.explanation().context()).isEqualTo("Ngày sinh");
    assertThat(f.score()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void rejectsABirthDateAfterToday() {
    String tomorrow = LocalDate.now().plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    assertThat(RecognizerTesting.values(recognizer, EntityType.DATE_OF_BIRTH, "DOB " + tomorrow))
        .isEmpty();
  }
}
