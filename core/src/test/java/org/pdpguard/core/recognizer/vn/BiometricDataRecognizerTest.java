package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.recognizer.RecognizerTesting;

class BiometricDataRecognizerTest {
  private final KeywordRecognizer recognizer = KeywordRecognizers.biometric();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Vân tay: đã đăng ký 2 ngón | Vân tay",
        "Mẫu vân tay của nhân viên Trần Thị B | vân tay",
        "Lưu mẫu giọng nói của khách hàng | giọng nói",
        "Dữ liệu sinh trắc học của ông A | Dữ liệu sinh trắc học",
        "Ảnh mống mắt của bệnh nhân | Ảnh mống mắt",
        "Fingerprint template stored for employee 42 | Fingerprint template",
        "stored face embedding for cccd=001098012345 | face embedding",
        "Vân tay ngón trỏ phải: đã lưu | Vân tay",
        // a template after its label is the data itself; a status after it is not
        "face template: UO+Zd0uhRCNLhh4DOZZDQAOE6SXxk+xusuiL76jhMVLjAnd97WSNGMNba6U= | "
            + "UO+Zd0uhRCNLhh4DOZZDQAOE6SXxk+xusuiL76jhMVLjAnd97WSNGMNba6U=",
        "Mẫu vân tay: 3gLOXm22rtwTARpE2Gcaw25Bq0n4NAhw7iF/; ngón cái | "
            + "3gLOXm22rtwTARpE2Gcaw25Bq0n4NAhw7iF/",
        "Vân tay: Đã thu thập | Vân tay",
      })
  void findsBiometricDataOfAPerson(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.BIOMETRIC_DATA, text))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // manuals and policies name the feature, not anyone's data
        "Mở khóa điện thoại bằng vân tay hoặc khuôn mặt",
        "Chúng tôi thu thập dấu vân tay để xác thực",
        "Khuôn mặt rạng rỡ trong ngày cưới",
        "Face ID is available on newer phones",
        "Giọng nói trầm ấm của ca sĩ",
        // a key's fingerprint (Pidgin's OTR, Thunderbird's OpenPGP), though "mẫu" is near
        "Mẫu ký tự\nVân tay khóa công khai: %s",
        "Dùng mẫu này. Xác minh dấu vân tay của khóa bằng kênh an toàn.",
      })
  void ignoresFeaturesThatHoldNoOnesData(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.BIOMETRIC_DATA, text)).isEmpty();
  }

  @Test
  void explainsTheBiometricContextWord() {
    assertThat(
            RecognizerTesting.find(recognizer, "mẫu giọng nói số 7").get(0).explanation().context())
        .isEqualTo("mẫu");
  }
}
