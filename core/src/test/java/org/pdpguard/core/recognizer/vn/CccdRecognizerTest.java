package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class CccdRecognizerTest {
  private final CccdRecognizer recognizer = new CccdRecognizer();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Số CCCD: 001098012345 | 001098012345",
        "căn cước công dân số 079301001234, cấp ngày 12/05/2021 | 079301001234",
        "so dinh danh 034185000123 | 034185000123",
        "ID card 096207123456 issued in Ca Mau | 096207123456",
        "001098012345 | 001098012345",
      })
  void findsValidNumbers(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.VN_CCCD, text))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // province 003 does not exist in Circular 07/2016 Annex 1
        "Số CCCD: 003098012345",
        // province 097 is past the last code (096 Cà Mau)
        "CCCD 097098012345",
        // century digit 4 means born 2100-2199: impossible today
        "CCCD 001498012345",
        // an order number is 13 digits, not a CCCD
        "Mã đơn hàng 0010980123456",
        // part of an amount written with separators
        "Tổng tiền 1.001098012345 đồng",
        // 11 digits
        "CCCD 00109801234",
        // a timestamp-like run joined to more digits
        "ts=001098012345-123",
        // an order number, a phone label, an amount: the label attached to the number decides
        "Mã đơn hàng 001098012345",
        "CCCD đã nộp. SĐT: 001098012345",
        "Thanh toán 001098012345 đồng",
      })
  void rejectsImpossibleNumbers(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.VN_CCCD, text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void keepsOnlyItsBaseScoreUnderAnotherIdentifiersLabel() {
    Finding underLicence = RecognizerTesting.find(recognizer, "Số GPLX: 011098012345").get(0);
    Finding underTax = RecognizerTesting.find(recognizer, "CCCD và MST: 011098012345").get(0);
    assertThat(underLicence.score()).isEqualTo(0.6);
    assertThat(underLicence.explanation().context()).isNull();
    assertThat(underTax.score()).isEqualTo(0.6);
  }

  @org.junit.jupiter.api.Test
  void contextRaisesTheScoreAndIsExplained() {
    Finding bare = RecognizerTesting.find(recognizer, "001098012345").get(0);
    Finding withContext = RecognizerTesting.find(recognizer, "Số CCCD: 001098012345").get(0);
    assertThat(withContext.score()).isGreaterThan(bare.score());
    assertThat(withContext.explanation().context()).isEqualTo("CCCD");
    assertThat(withContext.explanation().validated()).isTrue();
    assertThat(withContext.explanation().detail())
        .isEqualTo("province 001, gender-century digit and birth year plausible");
    assertThat(bare.explanation().context()).isNull();
  }
}
