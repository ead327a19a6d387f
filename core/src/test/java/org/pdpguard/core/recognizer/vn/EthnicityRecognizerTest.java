package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class EthnicityRecognizerTest {
  private final EthnicityRecognizer recognizer = new EthnicityRecognizer();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Dân tộc: Kinh | Kinh",
        "DÂN TỘC: KINH | KINH",
        "Họ tên: Lò Văn C, dân tộc Thái, sinh năm 1990 | Thái",
        "Người dân tộc H'Mông ở Hà Giang | H'Mông",
        "Dân tộc: Gia Rai | Gia Rai",
        "Dân tộc: Giarai | Giarai",
        "dân tộc Ê-đê | Ê-đê",
        "Ethnicity: Khmer | Khmer",
        "Dan toc: Muong | Muong",
        "Khu phố của người Hoa ở Chợ Lớn | Hoa",
        "dân tộc Tày, Nùng và Dao cùng sinh sống | Tày;Nùng;Dao",
        "Dân tộc: Mèo | Mèo",
        "Dân tộc: Xơ-Đăng | Xơ-Đăng",
      })
  void findsEthnicGroupsInContext(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.ETHNICITY, text))
        .containsExactly(expected.split(";"));
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Thailand, a province, a flower, a given name: no ethnicity context
        "Du lịch Thái Lan 5 ngày 4 đêm",
        "Hoa hồng và hoa cúc nở rộ",
        "Anh Thái đi làm ở Kinh Bắc",
        // "dân tộc" before a place that begins with a group name
        "Khối đại đoàn kết dân tộc Việt Nam",
        "Người dân tộc Thái Bình cần cù",
        // "có" folds like the group "Co" but is another word
        "Các dân tộc có quyền bình đẳng",
        // a lower-case word after "dân tộc" without a colon is no group name
        "Tinh hoa văn hóa dân tộc hoa mỹ",
        // "người Việt" is the nation; other names count only after a label
        "Người Việt ở nước ngoài gửi kiều hối về",
        // a value on the next line
        "Dân tộc:\nKinh tế phát triển",
      })
  void ignoresGroupNamesOutsideAnEthnicityContext(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.ETHNICITY, text)).isEmpty();
  }

  @Test
  void scoresAFormLabelAboveAPhraseAboveNguoi() {
    double form = RecognizerTesting.find(recognizer, "Dân tộc: Tày").get(0).score();
    double phrase = RecognizerTesting.find(recognizer, "người dân tộc Tày").get(0).score();
    Finding nguoi = RecognizerTesting.find(recognizer, "người Tày ở Cao Bằng").get(0);
    assertThat(form).isGreaterThan(phrase);
    assertThat(phrase).isGreaterThan(nguoi.score());
    assertThat(nguoi.score()).isGreaterThanOrEqualTo(0.5);
    assertThat(nguoi.explanation().context()).isEqualTo("người");
  }
}
