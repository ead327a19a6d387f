package org.pdpguard.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToneMarksTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "Hoà Bình, hòa bình",
    "Hòa Bình, hòa bình",
    "thuỷ, thủy",
    "khoẻ, khỏe",
    "hoàng, hoàng",
    "Quảng Hoá, quảng hóa",
    "toán, toán",
  })
  void placesTheToneMarkByTheClassicRule(String text, String canonical) {
    assertThat(ToneMarks.canonical(text)).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0} stays {1}")
  @CsvSource({"quà, quà", "Nguyễn, nguyễn", "abc, abc"})
  void leavesOtherSyllablesAlone(String text, String canonical) {
    assertThat(ToneMarks.canonical(text)).isEqualTo(canonical);
  }
}
