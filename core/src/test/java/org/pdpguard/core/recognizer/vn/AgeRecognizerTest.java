package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.recognizer.RecognizerTesting;

class AgeRecognizerTest {
  private final AgeRecognizer recognizer = new AgeRecognizer();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Bệnh nhân nam, 47 tuổi | 47 tuổi",
        "Ông Nguyễn Văn A (62 tuổi) | 62 tuổi",
        "Tuổi: 35 | 35",
        "Age: 47 | 47",
        "aged 81, retired | 81",
        "She is 29 years old | 29 years old",
        "a 7-year-old boy | 7-year-old",
        "bé 0 tuổi | 0 tuổi",
        "47 tuoi, o Ha Noi | 47 tuoi",
        "cụ bà 120 tuổi | 120 tuổi",
        "anh ấy 40 tuổi đời, 15 tuổi nghề | 40 tuổi",
      })
  void findsAPersonsAge(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.AGE, text))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // limits in rules, ranges
        "Trẻ em dưới 16 tuổi cần có sự đồng ý của cha mẹ",
        "Người từ đủ 18 tuổi trở lên",
        "Trên 60 tuổi được miễn phí",
        "Độ tuổi 18-25 tuổi",
        "Tuổi: 18-25",
        "children under 13 years old",
        // years of something else, or no age at all
        "Tuổi thọ pin 5 năm",
        "Có 5 tuổi nghề",
        "30 tuổi Đảng",
        "Cây 130 tuổi",
        "Giá 1.5 tuổi",
      })
  void ignoresLimitsRangesAndOtherYears(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.AGE, text)).isEmpty();
  }

  @Test
  void scoresALabelledAgeAboveAnAgePhrase() {
    double phrase = RecognizerTesting.find(recognizer, "47 tuổi").get(0).score();
    double labelled = RecognizerTesting.find(recognizer, "Tuổi: 47").get(0).score();
    assertThat(phrase).isGreaterThanOrEqualTo(0.6);
    assertThat(labelled).isGreaterThan(phrase);
  }
}
