package org.pdpguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pdpguard.core.text.Folding;
import org.pdpguard.core.text.NormalizedText;

/**
 * Each token's shape flags, as the tokenizer sets them, against a reading of its chars one by one.
 */
class TokenFlagsTest {
  private static final String TEXT =
      "NGUYỄN Văn an 0912345678 CCCD001098012345 x1 ĐẮK lắk ABC123 abc 12a 3 Ω ωmega ٣٤٥ 四五"
          + " Ⅻ ǅungla Straße MST:0101245486 HIV Đ đ É";

  @Test
  void flagsAreWhatTheCharsSay() {
    TextView v = new TextView(NormalizedText.of(TEXT), new PhraseIndex(List.of()));
    assertThat(v.tokenCount()).isGreaterThan(20);
    for (int t = 0; t < v.tokenCount(); t++) {
      String token = v.tokenText(t);
      boolean allDigits = true;
      boolean anyDigit = false;
      boolean anyLetter = false;
      boolean allUpper = true;
      boolean marked = false;
      for (char c : token.toCharArray()) {
        boolean digit = Character.isDigit(c);
        allDigits &= digit;
        anyDigit |= digit;
        if (Character.isLetter(c)) {
          anyLetter = true;
          allUpper &= Character.isUpperCase(c);
        }
        marked |= Folding.hasDiacritic(c);
      }
      int expected = 0;
      expected |= allDigits ? TextView.DIGITS_ONLY : 0;
      expected |= anyDigit ? TextView.HAS_DIGIT : 0;
      expected |= marked ? TextView.DIACRITIC : 0;
      if (anyLetter) {
        expected |= TextView.HAS_LETTER;
        expected |= allUpper ? TextView.ALL_UPPER : 0;
        expected |= Character.isUpperCase(token.charAt(0)) ? TextView.UPPER_FIRST : 0;
      }
      assertThat(v.tokenFlags(t)).as(token).isEqualTo(expected);
    }
  }
}
