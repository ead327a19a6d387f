package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class CmndRecognizerTest {
  private final CmndRecognizer recognizer = new CmndRecognizer();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Số CMND: 012345678 | 012345678",
        "chứng minh nhân dân số 025123456 cấp ngày 05/06/2010 | 025123456",
        "CMT 280123456 do CA Bình Dương cấp | 280123456",
        "ID card: 271234567 | 271234567",
        "so cmnd 031234567 | 031234567",
        "Giấy CMND của bà Lan là 164123456 | 164123456",
        "012345678 (CMND) | 012345678",
      })
  void findsNineDigitNumbersWithContext(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.VN_CMND, text))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // nine digits without any identity-card word
        "012345678",
        // range 91 was never a police range: a mobile number without its leading zero
        "CMND: 912345678",
        // range 00 does not exist
        "CMND: 001234567",
        // ranges past 38 are not known
        "CMND: 451234567",
        // 12-digit order number with an order label, and a 9-digit one
        "CMND xuất trình khi nhận. Mã đơn hàng 012345678",
        "Mã đơn hàng 123456789012",
        // an amount
        "Phí làm CMND: 012345678 đồng",
        "CMND, tổng tiền 1.234.567.890 đồng",
        // an invoice number
        "CMND kèm số hóa đơn 0000123",
        // ten digits
        "CMND 0123456789",
        // a date, a version string, an OTP
        "CMND cấp ngày 01/02/2010",
        "CMND app v1.2.3",
        "CMND xác thực bằng mã OTP 123456",
        // filler
        "CMND: 111111111",
      })
  void rejectsNumbersThatAreNoOldIdCard(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.VN_CMND, text)).isEmpty();
  }

  @Test
  void explainsTheLabelAndTheIssuingRange() {
    Finding f = RecognizerTesting.find(recognizer, "Số CMND: 012345678").get(0);
    assertThat(f.explanation().context()).isEqualTo("Số CMND");
    assertThat(f.explanation().detail()).isEqualTo("issuing range 01 Hà Nội");
    assertThat(f.score()).isGreaterThanOrEqualTo(0.9);
    Finding binhDuong = RecognizerTesting.find(recognizer, "CMND 280123456").get(0);
    assertThat(binhDuong.explanation().detail()).isEqualTo("issuing range 280 Bình Dương");
  }
}
