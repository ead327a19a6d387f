package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.recognizer.RecognizerTesting;

class NationalityRecognizerTest {
  private final KeywordRecognizer recognizer = KeywordRecognizers.nationality();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Quốc tịch: Việt Nam | Việt Nam",
        "Anh ấy mang quốc tịch Hàn Quốc | Hàn Quốc",
        "Nationality: Vietnamese | Vietnamese",
        "Quốc tịch (Nationality): Nhật Bản | Nhật Bản",
        "QUỐC TỊCH: VIỆT NAM | VIỆT NAM",
        "Quoc tich: Viet Nam | Viet Nam",
        "Citizenship: United States | United States",
      })
  void findsANationalityAfterItsLabel(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.NATIONALITY, text))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Du lịch Hàn Quốc giá rẻ",
        "Việt Nam là một quốc gia Đông Nam Á",
        "Luật Quốc tịch Việt Nam năm 2008",
        "Quốc tịch:\nViệt Nam",
      })
  void ignoresCountriesWithoutANationalityLabel(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.NATIONALITY, text)).isEmpty();
  }

  @Test
  void scoresTheColonFormAboveThePhrase() {
    double form = RecognizerTesting.find(recognizer, "Quốc tịch: Lào").get(0).score();
    double phrase = RecognizerTesting.find(recognizer, "quốc tịch Lào").get(0).score();
    assertThat(form).isGreaterThan(phrase);
    assertThat(phrase).isGreaterThanOrEqualTo(0.7);
  }
}
