package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.recognizer.RecognizerTesting;

class GeneticDataRecognizerTest {
  private final KeywordRecognizer recognizer = KeywordRecognizers.genetic();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a term followed by ':' and a value labels the value, which is reported
        "Kết quả xét nghiệm ADN huyết thống: trùng khớp | trùng khớp",
        "Xét nghiệm gen: đột biến gen BRCA1.\\nTái khám | đột biến gen BRCA1",
        // ... unless the value only says yes or no
        "Bệnh di truyền: Có | Bệnh di truyền",
        "Bà C mang gen BRCA1 | mang gen BRCA1",
        "Bệnh nhân được giải trình tự gen toàn bộ | giải trình tự gen",
        // the gene's symbol belongs to the term
        "Phát hiện đột biến gen EGFR | đột biến gen EGFR",
        "Kết quả: kiểu gen HLA-B*5801. | kiểu gen HLA-B*5801",
        "DNA sample collected from the patient | DNA",
        "Mẫu ADN số 12 | ADN",
        "genetic testing showed a BRCA2 variant | genetic testing;BRCA2",
      })
  void findsGeneticData(String text, String expected) {
    assertThat(
            RecognizerTesting.values(
                recognizer, EntityType.GENETIC_DATA, text.replace("\\n", "\n")))
        .containsExactly(expected.split(";"));
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a form's question names the test; only an answer holds data
        "Kết quả xét nghiệm gen? Không.",
        "Gia đình hoặc bản thân có bệnh di truyền, kết quả xét nghiệm gen? Không.",
        // "DNA" as a metaphor, "gen Z" as a generation
        "DNA của thương hiệu là sự sáng tạo",
        "Thế hệ gen Z thích mua sắm trực tuyến",
        "Giới trẻ gen Z và kết quả khảo sát",
        "Lao động trẻ có nhiều cơ hội",
      })
  void ignoresWordsThatAreNotGeneticData(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.GENETIC_DATA, text)).isEmpty();
  }

  @Test
  void needsContextForAWeakWordButNotForASpecificPhrase() {
    assertThat(RecognizerTesting.find(recognizer, "ADN")).isEmpty();
    assertThat(RecognizerTesting.find(recognizer, "xét nghiệm ADN").get(0).score())
        .isGreaterThanOrEqualTo(0.6);
  }
}
