package org.pdpguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pdpguard.core.text.NormalizedText;

class TokenTableTest {
  private static TextView view(String text) {
    return new TextView(NormalizedText.of(text), new PhraseIndex(List.of()));
  }

  @Test
  void findsEachTokenByItsFoldedText() {
    TokenTable<Integer> table = new TokenTable<>(Map.of("nguyen", 1, "an", 2, "pho", 3));
    TextView v = view("Ông NGUYỄN Văn An, 12 Phố Huế; nguyen an");

    // Ông NGUYỄN Văn An 12 Phố Huế nguyen an
    assertThat(v.tokenCount()).isEqualTo(9);
    Integer[] got = new Integer[v.tokenCount()];
    for (int t = 0; t < got.length; t++) {
      got[t] = table.get(v, t);
    }
    assertThat(got).containsExactly(null, 1, null, 2, null, 3, null, 1, 2);
  }

  @Test
  void aTokenLongerOrShorterThanAKeyIsNotIt() {
    TokenTable<String> table = new TokenTable<>(Map.of("an", "given name"));
    TextView v = view("a an ann Anh");

    assertThat(table.get(v, 0)).isNull();
    assertThat(table.get(v, 1)).isEqualTo("given name");
    assertThat(table.get(v, 2)).isNull();
    assertThat(table.get(v, 3)).isNull();
  }

  @Test
  void anEmptyTableAnswersNull() {
    assertThat(new TokenTable<String>(Map.of()).get(view("Nguyễn"), 0)).isNull();
  }

  @Test
  void aViewWhoseLexiconsAreAllOnDemandFindsThemWhereAsked() {
    Lexicon wards = Lexicon.onDemand("test.wards", List.of("Hòa Bình", "Thành Công"));
    TextView v =
        new TextView(NormalizedText.of("phường Hòa Bình"), new PhraseIndex(List.of(wards)));

    Hits hits = v.hits(wards);
    assertThat(hits.startingAt(0)).isEqualTo(-1);
    int i = hits.startingAt(1);
    assertThat(i).isNotNegative();
    assertThat(hits.lastToken(i)).isEqualTo(2);
  }

  @Test
  void aTokensHashIsTheHashOfItsFoldedWord() {
    TextView v = view("NGUYỄN Tuổi 34 tuoi");

    assertThat(v.tokenHash(0)).isEqualTo(TextView.foldedHash("nguyen"));
    assertThat(v.tokenHash(1)).isEqualTo(TextView.foldedHash("tuoi")).isEqualTo(v.tokenHash(3));
    assertThat(v.tokenHash(2)).isEqualTo(TextView.foldedHash("34"));
    assertThat(v.tokenHash(1)).isNotEqualTo(TextView.foldedHash("tuổi")); // not folded
  }
}
