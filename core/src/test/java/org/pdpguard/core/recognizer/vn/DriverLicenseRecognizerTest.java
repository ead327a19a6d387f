package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class DriverLicenseRecognizerTest {
  private final DriverLicenseRecognizer recognizer = new DriverLicenseRecognizer();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Số GPLX: 790123456789 | 790123456789",
        "Giấy phép lái xe số 751195002226 | 751195002226",
        "bằng lái 011234567890 | 011234567890",
        "Driving licence no. 480987654321 | 480987654321",
        "giay phep lai xe: 010234567891 | 010234567891",
      })
  void findsLicenceNumbersWithContext(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.VN_DRIVER_LICENSE, text))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // twelve digits without a licence word are left to the CCCD recognizer
        "790123456789",
        "CCCD: 011098012345",
        // 99 and 03 are no province codes
        "GPLX: 990123456789",
        "GPLX: 030123456789",
        // eleven and thirteen digits
        "GPLX 79012345678",
        "GPLX 7901234567890",
        // order number, amount, filler, invoice, date, version, OTP
        "Phí đổi GPLX, mã đơn hàng 790123456789",
        "GPLX 1.234.567.890 đồng",
        "GPLX 000000000000",
        "GPLX, số hóa đơn 0000123",
        "GPLX cấp ngày 01/02/2023",
        "GPLX app v1.2.3",
        "GPLX mã OTP 123456",
        // a CCCD label nearer than the licence word
        "Bằng lái xe và CCCD 011098012345",
      })
  void rejectsNumbersThatAreNoLicence(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.VN_DRIVER_LICENSE, text)).isEmpty();
  }

  @Test
  void outscoresTheCccdRecognizerUnderALicenceLabel() {
    String text = "Số GPLX: 011098012345";
    Finding licence = RecognizerTesting.find(recognizer, text).get(0);
    Finding cccd = RecognizerTesting.find(new CccdRecognizer(), "Số CCCD: 011098012345").get(0);
    assertThat(licence.score()).isGreaterThan(cccd.score());
    assertThat(licence.explanation().context()).isEqualTo("Số GPLX");
    assertThat(licence.explanation().detail()).isEqualTo("issuing province 01 (provisional)");
  }
}
