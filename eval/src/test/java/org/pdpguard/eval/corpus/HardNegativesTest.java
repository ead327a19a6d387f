package org.pdpguard.eval.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Hard negatives look like identifiers but fail the structure checks of reference Part B. */
class HardNegativesTest {
  private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\d.,-])\\d+(?![\\p{L}\\d.,-])");

  @Test
  void twelveDigitNumbersStartingWithZeroHaveNoCccdProvinceCode() {
    CorpusGenerator gen = new CorpusGenerator(1);
    int seen = 0;
    for (int i = 0; i < 300; i++) {
      Matcher m = RUN.matcher(gen.negative(i).text());
      while (m.find()) {
        String run = m.group();
        if (run.length() == 12 && run.charAt(0) == '0') {
          assertThat(Ids.CCCD_PROVINCES).as(run).doesNotContain(run.substring(0, 3));
          seen++;
        }
      }
    }
    assertThat(seen).isPositive();
  }

  @Test
  void sixteenDigitNumbersFailLuhn() {
    CorpusGenerator gen = new CorpusGenerator(1);
    int seen = 0;
    for (int i = 0; i < 300; i++) {
      Matcher m = RUN.matcher(gen.negative(i).text());
      while (m.find()) {
        String run = m.group();
        if (run.length() == 16) {
          assertThat(Contacts.luhnDigit(run.substring(0, 15)))
              .as(run)
              .isNotEqualTo(run.charAt(15) - '0');
          seen++;
        }
      }
    }
    assertThat(seen).isPositive();
  }

  @Test
  void wrongTaxCodesFailTheCheckDigit() {
    Dice d = new Dice(5);
    for (int i = 0; i < 500; i++) {
      String v = HardNumbers.wrongMst(d);
      assertThat(Ids.mstCheck(v.substring(0, 9))).as(v).isNotEqualTo(v.charAt(9) - '0');
    }
  }

  @Test
  void negativesHaveNoEmailAddressesOrHonorificNames() {
    CorpusGenerator gen = new CorpusGenerator(1);
    for (int i = 0; i < 300; i++) {
      String text = gen.negative(i).text();
      assertThat(text).doesNotContain("@").doesNotContainPattern("\\b(ông|bà|anh|chị) \\p{Lu}");
    }
  }
}
