package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class SocialInsuranceRecognizerTest {
  private final SocialInsuranceRecognizer recognizer = new SocialInsuranceRecognizer();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Mã số BHXH: 0123456789 | 0123456789",
        "số sổ BHXH 7912345678 | 7912345678",
        "bảo hiểm xã hội 0101234567 | 0101234567",
        "Social insurance number: 3412345678 | 3412345678",
        "bao hiem xa hoi: 2712345670 | 2712345670",
        "0123456789 (BHXH) | 0123456789",
      })
  void findsTenDigitCodesWithContext(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.VN_SOCIAL_INSURANCE, text))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // ten digits alone say nothing
        "0123456789",
        // under a BHYT or tax label the number belongs to that type
        "thẻ BHYT 0123456789",
        "BHXH đã đóng; MST 0100233488",
        // nine or twelve digits
        "BHXH: 012345678",
        "BHXH: 012345678901",
        // an order number nearer than the BHXH word
        "Đóng BHXH qua mã đơn hàng 0123456789",
        // an amount
        "Đóng BHXH 1234567890 đồng",
        "BHXH: 1.234.567.890",
        // filler, invoice, date, version, OTP
        "BHXH 0000000000",
        "BHXH, số hóa đơn 0000123",
        "BHXH ngày 01/02/2023",
        "BHXH app v1.2.3",
        "BHXH mã OTP 123456",
        // an account under its label, a BHXH word before it
        "Mã số BHXH: chưa có; Số TK: 1018989431 - SHB",
        "Mã số BHXH: chưa có; Tài khoản ngân hàng: 0702957008 - MB",
      })
  void rejectsNumbersThatAreNoSocialInsuranceCode(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.VN_SOCIAL_INSURANCE, text))
        .isEmpty();
  }

  @Test
  void theAttachedLabelIsTheExplainedContext() {
    Finding f = RecognizerTesting.find(recognizer, "Mã số BHXH: 0123456789").get(0);
    assertThat(f.explanation().context()).isEqualTo("Mã số BHXH");
    assertThat(f.score()).isGreaterThanOrEqualTo(0.9);
  }
}
