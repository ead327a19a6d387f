package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class TaxCodeRecognizerTest {
  private final TaxCodeRecognizer recognizer = new TaxCodeRecognizer();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MST: 0100233488 | 0100233488",
        "Mã số thuế 0314409058-002 | 0314409058-002",
        "0100233488 | 0100233488",
        "0314409058-002 | 0314409058-002",
        "Công ty ABC, mã số doanh nghiệp 0314409058 | 0314409058",
        "TIN: 8001234566 | 8001234566",
        "ma so thue 3100123459 | 3100123459",
        // a code's dash with a tax word at it
        "MST-0100233488 | 0100233488",
        // check digit passes and shaped like a mobile number: found only with a tax word
        "tax code 0987654328 | 0987654328",
        // 13 digits run together need the tax word
        "MST 0314409058002 | 0314409058002",
        // a 12-digit personal identification number used as tax code (provisional)
        "MST cá nhân: 001098012345 | 001098012345",
        "Mã số thuế của ông An là 079301001234 | 079301001234",
      })
  void findsValidTaxCodes(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.VN_TAX_CODE, text))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // wrong check digit (8 is right)
        "MST: 0100233489",
        // the check digit comes out as 10: never issued
        "MST: 1002334005",
        // N3-N9 all zero
        "MST 0100000003",
        // branch 000
        "Mã số thuế 0314409058-000",
        // a mobile number that passes the check, without a tax word
        "0987654328",
        "Liên hệ 0987654328 để được tư vấn",
        // under a phone or order label
        "SĐT: 0100233488",
        "Mã đơn hàng 0100233488",
        // 13 digits run together without a tax word: may be a barcode
        "0314409058002",
        // 12 digits without a tax word or under another label
        "001098012345",
        "CCCD: 001098012345",
        "Mã đơn hàng 123456789012",
        // 12 digits under a tax word but impossible as a CCCD (province 003)
        "MST: 003098012345",
        // amounts, invoice, date, version, OTP
        "Thanh toán 0100233488 đồng",
        "MST, tổng tiền 1.234.567.890 đồng",
        "MST, số hóa đơn 0000123",
        "MST ngày 01/02/2023",
        "MST app v1.2.3",
        "MST, mã OTP 123456",
        // glued into a longer code, or ending one after a dash (Firefox's error messages)
        "ts=0100233488-12",
        "check_error-2152398861 = Kết nối bị từ chối",
        "HD-0100233488",
        // TIN in lower case is the word in thông tin
        "thông tin 0987654328",
      })
  void rejectsNumbersThatAreNoTaxCode(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.VN_TAX_CODE, text)).isEmpty();
  }

  @Test
  void rejectsTaxCodeWithWrongCheckDigit() {
    assertThat(TaxCodeRecognizer.checkDigitPasses("0100233488", 0)).isTrue();
    assertThat(TaxCodeRecognizer.checkDigitPasses("0314409058", 0)).isTrue();
    for (char wrong = '0'; wrong <= '9'; wrong++) {
      if (wrong != '8') {
        assertThat(TaxCodeRecognizer.checkDigitPasses("010023348" + wrong, 0)).isFalse();
      }
    }
  }

  @Test
  void validStructureScoresModeratelyAndContextRaisesIt() {
    Finding bare = RecognizerTesting.find(recognizer, "0100233488").get(0);
    Finding labelled = RecognizerTesting.find(recognizer, "MST: 0100233488").get(0);
    assertThat(bare.score()).isBetween(0.55, 0.65);
    assertThat(labelled.score()).isGreaterThanOrEqualTo(0.9);
    assertThat(labelled.explanation().context()).isEqualTo("MST");
    assertThat(labelled.explanation().detail()).isEqualTo("check digit 8 ok, range 01");
  }
}
