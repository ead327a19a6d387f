package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class LicensePlateRecognizerTest {
  private final LicensePlateRecognizer recognizer = new LicensePlateRecognizer();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Biển số 29A-123.45 | 29A-123.45",
        "51G-12345 | 51G-12345",
        "51LD-123.45 | 51LD-123.45",
        "29-B1 123.45 | 29-B1 123.45",
        "BKS 59-X2 345.67 đỗ trước cổng | 59-X2 345.67",
        "29B1-12345 | 29B1-12345",
        "xe ô tô 30A 678.90 | 30A 678.90",
        // the old 4-digit and unseparated forms need a plate word
        "xe 30A-1234 | 30A-1234",
        "biển kiểm soát 51G12345 | 51G12345",
        "Xe máy 29-H1 2345 | 29-H1 2345",
      })
  void findsPlates(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.VN_LICENSE_PLATE, text))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a product code: seven digits after the series
        "12A-3456789",
        "29A-123.456",
        "29A-123.45.6",
        // pieces of longer codes
        "SP-29A-123.45",
        "29A-12345/2",
        // under a product label
        "Mã sản phẩm 29A-12345",
        // an ISBN, a time-like run without a letter, a date
        "ISBN 978-604-1-23456-7",
        "10-12345",
        "ngày 20-11-2023",
        // paper sizes and version strings
        "in khổ giấy A4",
        "v1.2.3",
        "phiên bản 2.10.345",
        // locality 13 is unused, 09 is below the range; plates are in capitals
        "Biển số 13A-123.45",
        "Biển số 09A-123.45",
        "Biển số 29a-123.45",
        // the old 4-digit and unseparated forms alone
        "30A-1234",
        "51G12345",
        // OTP, amount
        "Mã OTP 123456",
        "1.234.567.890 đồng",
      })
  void rejectsCodesThatAreNoPlate(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.VN_LICENSE_PLATE, text)).isEmpty();
  }

  @Test
  void fullShapeScoresAboutSevenTenthsAndContextRaisesIt() {
    Finding bare = RecognizerTesting.find(recognizer, "29A-123.45").get(0);
    Finding labelled = RecognizerTesting.find(recognizer, "Biển số xe: 29A-123.45").get(0);
    assertThat(bare.score()).isBetween(0.65, 0.75);
    assertThat(bare.explanation().detail()).isEqualTo("locality 29, series A, 5 digits");
    assertThat(labelled.score()).isGreaterThanOrEqualTo(0.9);
    assertThat(labelled.explanation().context()).isEqualTo("Biển số xe");
  }
}
