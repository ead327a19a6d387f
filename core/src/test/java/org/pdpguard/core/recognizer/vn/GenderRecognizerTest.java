package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class GenderRecognizerTest {
  private final GenderRecognizer recognizer = new GenderRecognizer();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Giới tính: Nữ | Nữ",
        "Giới tính: nam | nam",
        "Gender: Male | Male",
        "Sex: F | F",
        "GT: Nam | Nam",
        "gioi tinh: nu | nu",
        "Giới tính: Khác | Khác",
        "Bệnh nhân nam, 45 tuổi | nam",
        "Nữ, 32 tuổi, nhân viên văn phòng | Nữ",
        "BN nữ 60 tuổi vào viện | nữ",
        "Giới tính (Sex): Nam | Nam",
        "Phái: Nữ | Nữ",
      })
  void findsTheSexOfAPerson(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.GENDER, text))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the south, the country, a province
        "Công ty có trụ sở ở miền Nam",
        "Việt Nam, 45 tuổi độc lập",
        "Tỉnh Nam Định, phía nam Hà Nội",
        // a man called Nam
        "anh Nam, 45 tuổi, quê Hà Nội",
        "Nguyễn Văn Nam, 45 tuổi",
        // "năm" is a year: "vào năm 45 tuổi"
        "Vào năm 45 tuổi ông nghỉ hưu",
        // a blank form lists the choices
        "Giới tính: Nam/Nữ",
        "Gender: Male / Female",
        // short labels and one-letter values need a colon
        "sex m",
        "gt: nam",
        // "phái" without its colon: women or men in general, a faction
        "Phái nữ thường sống lâu hơn phái nam",
        "phái đoàn Nam Phi",
      })
  void ignoresNamWhereItIsNotASex(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.GENDER, text)).isEmpty();
  }

  @Test
  void explainsTheAgeThatMadeItASex() {
    Finding f = RecognizerTesting.find(recognizer, "nam, 45 tuổi").get(0);
    assertThat(f.explanation().context()).isEqualTo("45 tuổi");
    assertThat(f.score()).isGreaterThanOrEqualTo(0.8);
  }
}
