package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.recognizer.RecognizerTesting;

class MaritalStatusRecognizerTest {
  private final KeywordRecognizer recognizer = KeywordRecognizers.maritalStatus();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tình trạng hôn nhân: Đã kết hôn | Đã kết hôn",
        "TTHN: độc thân | độc thân",
        "Chị ấy đã ly hôn năm 2018 | đã ly hôn",
        "Marital status: Single | Single",
        "Ông ấy góa vợ từ năm 2015 | góa vợ",
        "Bà ấy goá chồng | goá chồng",
        "Tình trạng hôn nhân: Kết hôn | Kết hôn",
        "He is divorced | divorced",
      })
  void findsAPersonsMaritalStatus(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.MARITAL_STATUS, text))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // prose about a way of life or a procedure, not a person
        "Sống độc thân vui vẻ là xu hướng mới",
        "Thủ tục ly hôn cần những giấy tờ gì",
        // English words that are marital only after a label
        "Pay the invoice in a single payment",
        "She keeps the files separated by year",
        // unaccented "chi" is "chỉ" (only) as often as "chị": no personal context
        "chi can song doc than la du",
      })
  void ignoresMaritalWordsAboutNoOne(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.MARITAL_STATUS, text)).isEmpty();
  }

  @Test
  void scoresBareProseBelowTheThreshold() {
    assertThat(RecognizerTesting.find(recognizer, "độc thân").isEmpty()).isTrue();
    assertThat(RecognizerTesting.find(recognizer, "Tình trạng hôn nhân: độc thân").get(0).score())
        .isEqualTo(0.9);
  }
}
