package org.pdpguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pdpguard.core.text.NormalizedText;

class DigitTokensTest {
  private static TextView view(String text) {
    return new TextView(NormalizedText.of(text), new PhraseIndex(List.of()));
  }

  private static List<String> texts(TextView v, TextView.IntList tokens) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      out.add(v.tokenText(tokens.get(k)));
    }
    return out;
  }

  @Test
  void digitTokensOfOneLengthInTextOrder() {
    TextView v = view("CCCD 001098012345, mã 12345, 98765 và 001098012346; ref A12345 12:30");

    assertThat(texts(v, v.digitTokens(12))).containsExactly("001098012345", "001098012346");
    assertThat(texts(v, v.digitTokens(5))).containsExactly("12345", "98765");
    assertThat(texts(v, v.digitTokens(2))).containsExactly("12", "30");
    assertThat(v.digitTokens(7).size()).isZero();
  }

  @Test
  void digitRunsJoinGroupsBySpacesDotsDashesAndAClosingBracket() {
    TextView v =
        view(
            "Gọi 0912 345 678 hoặc (028) 3822 1234; thẻ 4111-1111-1111-1111; lúc 17:16:28 ngày 04/07");

    assertThat(texts(v, v.digitRunTokens(16))).containsExactly("4111", "1111", "1111", "1111");
    assertThat(texts(v, v.digitRunTokens(10)))
        .containsExactly(
            "0912", "345", "678", "028", "3822", "1234", "4111", "1111", "1111", "1111");
    // a time's and a date's groups are joined by ':' and '/', which no number of ours is
    assertThat(texts(v, v.digitRunTokens(3))).doesNotContain("17", "16", "28", "04", "07");
    assertThat(texts(v, v.digitRunTokens(2))).contains("17", "16", "28", "04", "07");
    assertThat(v.digitRunTokens(1).size()).isEqualTo(v.digitRunTokens(2).size()).isEqualTo(15);
  }

  @Test
  void aTokenWithLettersEndsARun() {
    TextView v = view("1234 5678 AB12 3456 7890");
    assertThat(texts(v, v.digitRunTokens(1))).containsExactly("1234", "5678", "3456", "7890");

    assertThat(texts(v, v.digitRunTokens(8))).containsExactly("1234", "5678", "3456", "7890");
    assertThat(texts(v, v.digitRunTokens(9))).isEmpty();
  }

  @Test
  void lengthsOutsideTheKeptRangeAreRefused() {
    TextView v = view("123");
    assertThatThrownBy(() -> v.digitTokens(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> v.digitRunTokens(TextView.MAX_DIGIT_TOKEN_LENGTH + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
