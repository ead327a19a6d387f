package org.pdpguard.core.recognizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;

class DigitGroupsTest {
  /** Reports the first number token when the rule under test says yes. */
  private static boolean amount(String text) {
    Recognizer probe =
        new Recognizer() {
          @Override
          public String id() {
            return "test.amount";
          }

          @Override
          public Set<EntityType> types() {
            return Set.of(EntityType.AGE);
          }

          @Override
          public void recognize(TextView view, Emitter out) {
            int t = view.numericTokens().get(0);
            int last = DigitGroups.join(view, t, ".", 19).lastToken();
            if (DigitGroups.followedByCurrency(view, last)) {
              out.emit(Candidate.of(EntityType.AGE, view.tokenStart(t), view.tokenEnd(last), 1));
            }
          }
        };
    List<Finding> found = Detector.builder().add(probe).build().detect(text);
    return !found.isEmpty();
  }

  @ParameterizedTest(name = "{0} is an amount: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "84.891.000.000 đồng | true",
        "1.250.000 VND | true",
        "12 triệu | true",
        "0912345678 | false",
        "1779427863672 ngân hàng Vietcombank | false",
      })
  void tellsAmountsByTheCurrencyAfterThem(String text, boolean expected) {
    assertThat(amount(text)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void aWordOnTheNextLineIsNoCurrency() {
    // "ngân hàng" folds like "ngàn" (thousand); on the next line it is a label anyway
    assertThat(amount("so tai khoan: 1779427863672\nd: Vietcombank")).isFalse();
    assertThat(amount("so tien: 1779427863672 d")).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"0,2", "7,2", "7,3", "42,2", "42,3", "123,2", "999,3"})
  void paddedWritesAsTheFormatterDoes(int value, int width) {
    assertThat(DigitGroups.padded(value, width))
        .isEqualTo(String.format("%0" + width + "d", value));
  }
}
