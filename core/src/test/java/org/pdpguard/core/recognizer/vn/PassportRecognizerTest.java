package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.recognizer.RecognizerTesting;

class PassportRecognizerTest {
  private final PassportRecognizer recognizer = new PassportRecognizer();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Số hộ chiếu: C1234567 | C1234567",
        "Passport No: B7654321 | B7654321",
        "PP No. N2345678 | N2345678",
        "hộ chiếu số C7654321, cấp ngày 01/02/2020 | C7654321",
        "ho chieu C1234567 | C1234567",
        "C2345678 (passport) | C2345678",
      })
  void findsPassportNumbersWithContext(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.PASSPORT_NUMBER, text))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // alone the shape is a product code as often as a passport
        "C1234567",
        // lower-case letter, wrong lengths, two letters
        "hộ chiếu c1234567",
        "hộ chiếu C12345678",
        "hộ chiếu C123456",
        "hộ chiếu CC1234567",
        // pieces of longer codes
        "passport ABC-C1234567",
        "passport C1234567-01",
        "passport C1234567/2",
        // under a product or order label
        "Mã sản phẩm C1234567",
        "Passport cover, order C1234567",
        // filler, date, version, OTP, amount
        "passport B0000000",
        "hộ chiếu cấp ngày 01/02/2020",
        "Passport app v1.2.3",
        "hộ chiếu, mã OTP 123456",
        "hộ chiếu 1.234.567 đồng",
      })
  void rejectsCodesThatAreNoPassportNumber(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.PASSPORT_NUMBER, text)).isEmpty();
  }

  @Test
  void aBareNumberScoresModeratelyLowAndContextMakesItHigh() {
    Detector all = Detector.builder().add(recognizer).minScore(0).build();
    Finding bare = all.detect("C1234567").get(0);
    Finding labelled = all.detect("Số hộ chiếu: C1234567").get(0);
    assertThat(bare.score()).isBetween(0.3, 0.49);
    assertThat(labelled.score()).isGreaterThanOrEqualTo(0.9);
    assertThat(labelled.explanation().context()).isEqualTo("Số hộ chiếu");
  }
}
