package org.pdpguard.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {
  @Test
  void leavesNfcTextAsItIs() {
    NormalizedText n = NormalizedText.of("Nguyễn Văn An");
    assertThat(n.text()).isSameAs(n.original());
    assertThat(n.startInOriginal(7)).isEqualTo(7);
  }

  @Test
  void composesDecomposedTextAndMapsOffsetsBack() {
    // "Nguyễn Văn" decomposed: e + circumflex + tilde, a + breve, as Windows-1258 and macOS write
    // it.
    String original = "Nguye\u0302\u0303n Va\u0306n 0912";
    NormalizedText n = NormalizedText.of(original);
    assertThat(n.text()).isEqualTo("Nguyễn Văn 0912");
    int start = n.text().indexOf("0912");
    assertThat(original.substring(n.startInOriginal(start), n.endInOriginal(start + 4)))
        .isEqualTo("0912");
    int van = n.text().indexOf("Văn");
    assertThat(original.substring(n.startInOriginal(van), n.endInOriginal(van + 3)))
        .isEqualTo("Va\u0306n");
    assertThat(n.endInOriginal(n.text().length())).isEqualTo(original.length());
  }
}
