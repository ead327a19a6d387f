package org.pdpguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pdpguard.core.recognizer.Recognizers;

/**
 * Masks and the placeholders of {@code pdpguard redact} are no personal data; what is beside them
 * is.
 */
class PlaceholdersTest {
  private static final Detector DETECTOR = Recognizers.defaultDetector();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Tiền án: [CRIMINAL_RECORD]; tiền sự: không.",
        "Tiền án: ***; tiền sự: không.",
        "Nhân viên đồng ý thu thập mẫu [BIOMETRIC_DATA] để chấm công.",
        "Bị cáo [PERSON_NAME#5f1c0a9e23b47d61] có mặt tại phiên tòa.",
        "Bị cáo [PERSON_NAME_kqzrtwpxbd] khai nhận hành vi.",
        "login ok user=[EMAIL_ADDRESS] password=[CREDENTIALS#0a1b2c3d4e5f6a7b]",
      })
  void reportsNothingOnAPlaceholder(String text) {
    assertThat(DETECTOR.detect(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Tiền án: 03 năm tù về tội trộm cắp tài sản. [VN_CCCD] | CRIMINAL_RECORD",
        "Chẩn đoán: [HIV] dương tính, bệnh nhân [PERSON_NAME]. | HEALTH",
        "[VN_CCCD] Số CCCD: 001098012345 | VN_CCCD",
      })
  void stillReportsWhatIsBesideOrLikeAPlaceholder(String text, String type) {
    assertThat(DETECTOR.detect(text)).anyMatch(f -> f.type().name().equals(type));
  }
}
