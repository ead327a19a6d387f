package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.detect.Detector;

/**
 * The identifier recognizers together: numbers of a shared length go to the type their label names,
 * and one span gets one type.
 */
class VnIdentifierRecognizersTest {
  private final Detector detector =
      Detector.builder().addAll(VnIdentifierRecognizers.all()).build();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Số CCCD: 011098012345 | VN_CCCD=011098012345",
        "011098012345 | VN_CCCD=011098012345",
        "Số GPLX: 011098012345 | VN_DRIVER_LICENSE=011098012345",
        "MST: 011098012345 | VN_TAX_CODE=011098012345",
        "CMND: 011098012345 | VN_CCCD=011098012345",
        "GPLX: 790123456789, CCCD: 011098012345"
            + " | VN_DRIVER_LICENSE=790123456789 VN_CCCD=011098012345",
        "CCCD: 011098012345, MST: 0100233488 | VN_CCCD=011098012345 VN_TAX_CODE=0100233488",
        "0100233488 | VN_TAX_CODE=0100233488",
        "Mã số BHXH: 0100233488 | VN_SOCIAL_INSURANCE=0100233488",
        "Thẻ BHYT: 0100233488 | VN_HEALTH_INSURANCE=0100233488",
        "Mã số BHXH 0123456789, thẻ BHYT HS4010123456789"
            + " | VN_SOCIAL_INSURANCE=0123456789 VN_HEALTH_INSURANCE=HS4010123456789",
        "CMND: 012345678 | VN_CMND=012345678",
        "Hộ chiếu C1234567, biển số 29A-123.45 | PASSPORT_NUMBER=C1234567 VN_LICENSE_PLATE=29A-123.45",
        // a header row on the line above: the phone label does not capture the CCCD
        "'Họ tên, CCCD, SĐT\nNguyễn Văn An, 011098012345, 0987654328' | VN_CCCD=011098012345",
        // non-identifiers
        "SĐT: 0987654328 | ''",
        "Mã đơn hàng 011098012345 | ''",
        "Số hóa đơn 0000123 | ''",
        "Tổng cộng 1.234.567.890 đồng | ''",
        "Mã OTP 123456 | ''",
        "Phiên bản v1.2.3 phát hành ngày 01/02/2023 | ''",
      })
  void numbersGoToTheTypeTheirLabelNames(String text, String expected) {
    String found =
        detector.detect(text).stream()
            .map(f -> f.type() + "=" + f.value())
            .collect(Collectors.joining(" "));
    assertThat(found).isEqualTo(expected);
  }
}
