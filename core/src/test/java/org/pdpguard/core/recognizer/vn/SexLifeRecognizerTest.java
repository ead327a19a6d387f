package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.recognizer.RecognizerTesting;

class SexLifeRecognizerTest {
  private final KeywordRecognizer recognizer = KeywordRecognizers.sexLife();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Anh ấy là người đồng tính | người đồng tính",
        "Bệnh nhân có quan hệ tình dục không an toàn | quan hệ tình dục không an toàn",
        // a weak term with the context of a counselling record
        "Hành vi nguy cơ: quan hệ tình dục với người nước ngoài | quan hệ tình dục",
        "Yếu tố nguy cơ: quan hệ tình dục với người nước ngoài. | quan hệ tình dục",
        "Đường lây nhiễm nguy cơ: quan hệ tình dục đồng giới | quan hệ tình dục đồng giới",
        // "la" is the copula of a chat typed without marks
        "minh la song tinh do | song tinh",
        // and for a term that has no marks to lose, when the subject has none either
        "nghe noi ong ay la gay | gay",
        "no la les dung noi ai | les",
        "She is a lesbian | lesbian",
        "Chị B đã phẫu thuật chuyển giới năm 2020 | phẫu thuật chuyển giới",
        "Xu hướng tính dục: song tính | Xu hướng tính dục;song tính",
        "xu huong tinh duc | xu huong tinh duc",
        "Anh ấy là gay | gay",
      })
  void findsSexLifeAndOrientation(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.SEX_LIFE, text))
        .containsExactly(expected.split(";"));
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a group, a cause, a topic
        "Cộng đồng LGBT tổ chức sự kiện",
        "Bảo vệ quyền của người chuyển giới",
        "HIV lây qua đường tình dục",
        // "gay go" is hard, not gay
        "Trận đấu gay go đến phút cuối",
        // "la" with marks elsewhere is no copula: "bị la gay gắt" (scolded harshly)
        "Cậu bé bị mẹ la gay gắt",
        "cau be bi me la gay gat qua",
        // "gãy" (broken) typed without marks, beside a possessed kin word
        "KH: con minh bi gay xuong dui nen nghi vai hom",
        // a syllable of a transliterated name (the Hiligaynon language)
        "Anh ấy nói tiếng Hi-li-gay-non",
        // "tính năng" (a feature) after "hoàn toàn" (entirely), not "toàn tính"
        "Nếu bạn muốn vô hiệu hóa hoàn toàn tính năng này, làm theo các bước sau",
        // "di chuyển giới hạn" (to move a limit) in Audacity
        "Nhấn và rê chuột để di chuyển giới hạn trái của vùng chọn.",
      })
  void ignoresGroupsAndTopics(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.SEX_LIFE, text)).isEmpty();
  }

  @Test
  void reportsATermAloneAboveTheThreshold() {
    assertThat(RecognizerTesting.find(recognizer, "đồng tính").get(0).score())
        .isGreaterThanOrEqualTo(0.5);
  }
}
