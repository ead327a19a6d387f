package org.pdpguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.text.NormalizedText;

class HitsTest {
  /**
   * {@link Hits#exact} answers most spellings without building their canonical form: its answer
   * must be the one the canonical forms give.
   */
  @ParameterizedTest(name = "{1} as {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Hòa Bình | Hòa Bình",
        "Hòa Bình | Hoà Bình",
        "Hòa Bình | HOÀ BÌNH",
        "Hòa Bình | Hóa Bình",
        "Thủy | Thuỷ",
        "Khỏe | Khoẻ",
        "Tày | Tây",
        "Tày | TÀY",
        "Đắk Lắk | Đăk Lăk",
        "Đắk Lắk | Đắk  Lắk",
        "Bà Rịa - Vũng Tàu | Bà Rịa-Vũng Tàu",
        "Bà Rịa - Vũng Tàu | Bà Rịa – Vũng Tàu",
        "Nguyễn | nguyễn",
        "Nguyễn | Nguyên",
        "Quảng Ngãi | Quãng Ngải",
        "thị xã | Thị Xã",
        "Mường | Muờng",
      })
  void exactAgreesWithTheCanonicalForms(String phrase, String surface) {
    Lexicon lexicon = Lexicon.of("test.exact", phrase);
    String text = "x " + surface + " y";
    TextView.Scratch scratch = new TextView.Scratch();
    scratch.claim();
    TextView view =
        new TextView(
            NormalizedText.of(text, scratch.load(text)),
            new PhraseIndex(List.of(lexicon)),
            scratch,
            null);
    Hits hits = view.hits(lexicon);

    assertThat(hits.size()).isEqualTo(1);
    assertThat(hits.exact(0)).isEqualTo(Hits.canonical(surface).equals(Hits.canonical(phrase)));
  }
}
