package org.pdpguard.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldingTest {
  @ParameterizedTest(name = "{0} folds to {1}")
  @CsvSource({
    "Nguyễn Văn Đức, nguyen van duc",
    "ĐẶNG THỊ HƯƠNG, dang thi huong",
    "Hòa, hoa",
    "Hoà, hoa",
    "Quảng Ngãi, quang ngai",
    "abc 123, abc 123",
  })
  void foldsToLowerCaseWithoutDiacritics(String text, String folded) {
    assertThat(Folding.fold(text)).isEqualTo(folded);
    assertThat(Folding.fold(text)).hasSameSizeAs(text);
  }

  @Test
  void knowsWhichCharsCarryDiacritics() {
    assertThat(Folding.hasDiacritics("Nguyen Van A")).isFalse();
    assertThat(Folding.hasDiacritics("Nguyễn")).isTrue();
    assertThat(Folding.hasDiacritics("đi")).isTrue();
  }

  @Test
  void theTokenizersTableReadsAsFoldAndCharClassForEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      int info = Folding.info(ch);
      assertThat((char) info).as("fold of U+%04X", c).isEqualTo(Folding.fold(ch));
      assertThat(info >>> 16).as("class of U+%04X", c).isEqualTo(Folding.charClass(ch));
    }
  }

  @Test
  void classBitsSayWhetherACharIsADigitAndWhetherALetterIsInCapitals() {
    assertThat(Folding.charClass('7') & Folding.NOT_DIGIT).isZero();
    assertThat(Folding.charClass('a') & Folding.NOT_DIGIT).isNotZero();
    assertThat(Folding.charClass('\u0301') & Folding.NOT_DIGIT).isNotZero(); // a combining mark
    assertThat(Folding.charClass('-') & Folding.NOT_DIGIT).isZero(); // no token char
    assertThat(Folding.charClass('Ệ') & Folding.NOT_UPPER).isZero();
    assertThat(Folding.charClass('ệ') & Folding.NOT_UPPER).isNotZero();
    assertThat(Folding.charClass('7') & Folding.NOT_UPPER).isZero();
  }
}
