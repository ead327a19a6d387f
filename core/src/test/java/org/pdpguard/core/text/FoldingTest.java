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
}
