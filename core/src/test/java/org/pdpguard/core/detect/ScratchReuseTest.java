package org.pdpguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.Recognizers;
import org.pdpguard.core.text.NormalizedText;

/**
 * A detector reuses each thread's token arrays and hit lists from one text to the next: what it
 * finds in a text must not depend on what it read before, on the thread, or on the text's size.
 */
class ScratchReuseTest {
  private static final String[] LINES = {
    "Họ tên: Nguyễn Văn An, CCCD 001098012345, SĐT 0912 345 678.",
    "Bà Trần Thị Hoa sống tại số 12 ngõ 34 phố Huế, phường Hoàn Kiếm, Hà Nội.",
    "Đơn hàng DH-2024-000123 giao lúc 10:32, tổng 1.500.000 đồng.",
    "email: an.nguyen@example.com; thẻ 4111 1111 1111 1111; MST 0101245486",
    "Bệnh nhân có tiền sử tiểu đường, dân tộc Tày, theo đạo Phật giáo.",
    "log 2025-03-01T10:00:00Z ip=192.168.10.24 mac=00:1A:2B:3C:4D:5E user=khachhang01",
    "Ong Le Van Binh, que quan Nghe An, bien so 30A-123.45",
    "Hoà Bình và Hòa Bình; anh Tuấn ở kiệt 20 Hùng Vương.",
  };

  private static String text(Random random, int lines, boolean decomposed) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      sb.append(LINES[random.nextInt(LINES.length)]).append('\n');
    }
    String s = sb.toString();
    return decomposed ? Normalizer.normalize(s, Normalizer.Form.NFD) : s;
  }

  private static List<String> texts() {
    Random random = new Random(7);
    List<String> texts = new ArrayList<>();
    for (int lines : new int[] {400, 1, 30, 2000, 3, 0, 60, 1}) {
      texts.add(text(random, lines, false));
      texts.add(text(random, lines, true)); // combining marks: the view holds the NFC copy
    }
    return texts;
  }

  @Test
  void aSharedDetectorFindsWhatAFreshOneFinds() {
    Detector shared = Recognizers.defaultDetector();
    int found = 0;
    for (String t : texts()) {
      List<Finding> expected = Recognizers.defaultDetector().detect(t);
      assertThat(shared.detect(t)).isEqualTo(expected);
      found += expected.size();
    }
    assertThat(found).isGreaterThan(1000);
  }

  @Test
  void threadsSharingADetectorDoNotDisturbEachOther() throws Exception {
    Detector shared = Recognizers.defaultDetector();
    List<String> texts = texts();
    List<List<Finding>> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(Recognizers.defaultDetector().detect(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int r = 0; r < 6; r++) {
        int offset = r;
        runs.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < texts.size(); i++) {
                    int k = (i + offset) % texts.size();
                    if (!shared.detect(texts.get(k)).equals(expected.get(k))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> run : runs) {
        assertThat(run.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aTextLargerThanTheRetainedArraysIsScannedAlike() {
    Detector shared = Recognizers.defaultDetector();
    Random random = new Random(11);
    String small = text(random, 20, false);
    StringBuilder big = new StringBuilder();
    while (big.length() <= TextView.Scratch.RETAINED_CHARS) {
      big.append(small);
    }
    List<Finding> before = shared.detect(small);
    List<Finding> inBig = shared.detect(big.toString());
    assertThat(inBig).hasSizeGreaterThan(before.size() * 10);
    assertThat(shared.detect(small)).isEqualTo(before);
  }

  @Test
  void charsLentByTheCallerGiveWhatTheTextGivesAndAreNotWritten() {
    Detector shared = Recognizers.defaultDetector();
    int found = 0;
    for (String t : texts()) {
      // A buffer longer than the text, its tail full of other text, as a scanner's buffer is.
      char[] buffer = (t + LINES[1] + LINES[3]).toCharArray();
      char[] before = buffer.clone();
      List<Finding> expected = Recognizers.defaultDetector().detect(t);
      assertThat(shared.detect(t, buffer, null)).isEqualTo(expected);
      assertThat(buffer).isEqualTo(before);
      // The next text, not lent, is read from the detector's own copy again.
      assertThat(shared.detect(LINES[0])).isEqualTo(Recognizers.defaultDetector().detect(LINES[0]));
      found += expected.size();
    }
    assertThat(found).isGreaterThan(1000);
  }

  @Test
  void lentCharsShorterThanTheTextAreRefused() {
    Detector shared = Recognizers.defaultDetector();
    assertThatThrownBy(() -> shared.detect(LINES[0], new char[3], null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void caseBlindRegionMatchAnswersAsTheStringDoes() {
    String text = "Hoà Bình, HÒA BÌNH, hòa bình, Đắk Lắk, ĐẮK LẮK, İstanbul, ǅ, Straße";
    String[] words = {
      "Hòa Bình", "hoà bình", "Đắk Lắk", "đắk lắk", "istanbul", "ǆ", "STRASSE", "x"
    };
    TextView v = new TextView(NormalizedText.of(text), new PhraseIndex(List.of()));
    for (int s = 0; s < text.length(); s++) {
      for (String w : words) {
        boolean expected = text.regionMatches(true, s, w, 0, w.length());
        assertThat(v.regionMatchesIgnoreCase(s, w)).as(s + " " + w).isEqualTo(expected);
      }
    }
    assertThat(v.regionMatchesIgnoreCase(-1, "x")).isFalse();
  }

  @Test
  void openPairsAreFoundAsToneMarksFindsThem() {
    String text = "Hoà Bình HÒA hoá Khuyên QUÝ tuỳ Ngô Oanh uy-tín khoẻ KHOẺ ưu ÔA ơa U Y";
    TextView v = new TextView(NormalizedText.of(text), new PhraseIndex(List.of()));
    for (int s = 0; s <= text.length(); s++) {
      for (int e = s; e <= text.length(); e++) {
        assertThat(v.hasOpenPair(s, e))
            .as(text.substring(s, e))
            .isEqualTo(org.pdpguard.core.text.ToneMarks.hasOpenPair(text, s, e));
      }
    }
  }

  @Test
  void canonicalFormsMatchTheRegexTheyReplace() {
    Pattern separators = Pattern.compile("[^\\p{L}\\p{N}]+");
    String[] samples = {
      "Hoà Bình",
      "hòa  bình",
      "Bà Rịa - Vũng Tàu",
      "  tp.HCM ",
      "Q. 3",
      "x²",
      "Ⅻ khu",
      "",
      "--",
      "Thừa Thiên–Huế",
      "Đắk Lắk",
      "a\u0301b",
    };
    for (String s : samples) {
      String expected =
          separators.matcher(org.pdpguard.core.text.ToneMarks.canonical(s)).replaceAll(" ");
      assertThat(Hits.canonical(s)).as(s).isEqualTo(expected);
    }
  }
}
