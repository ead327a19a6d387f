package org.pdpguard.core.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.Recognizers;
import org.pdpguard.core.text.LineBreaks;

/** A form's chars and its map back to the text, against a form built char by char. */
class MappedFormTest {
  private static final String TEXT =
      "Họ tên: Nguyễn Văn An\r\nSĐT: 0912 345 678\nemail an.nguyen@example.com\r"
          + "CCCD 001098012345, địa chỉ số 12 phố Huế, Hà Nội\n";

  @Test
  void copiesAndAddsMapAsACharByCharMapDoes() {
    Random random = new Random(5);
    for (int round = 0; round < 300; round++) {
      // From the text, or from a buffer that holds it and more (as a scanner's buffer does).
      MappedForm form =
          random.nextBoolean()
              ? new MappedForm(TEXT, 4)
              : new MappedForm(Arrays.copyOf(TEXT.toCharArray(), TEXT.length() + 7), 4);
      StringBuilder expected = new StringBuilder();
      List<Integer> map = new ArrayList<>();
      int at = 0;
      while (at < TEXT.length()) {
        if (random.nextInt(3) == 0) {
          String added = random.nextBoolean() ? ": " : "số điện thoại: ";
          form.add(added);
          expected.append(added);
          added.chars().forEach(c -> map.add(-1));
        } else {
          int skip = random.nextInt(3) == 0 ? random.nextInt(3) : 0; // leave some text out
          int from = Math.min(TEXT.length(), at + skip);
          int to = Math.min(TEXT.length(), from + random.nextInt(12));
          form.copy(from, to);
          expected.append(TEXT, from, to);
          for (int c = from; c < to; c++) {
            map.add(c);
          }
          at = to;
        }
      }
      assertThat(form.form()).isEqualTo(expected.toString());
      for (int i = 0; i < map.size(); i++) {
        assertThat(form.map(i)).as("round %d offset %d", round, i).isEqualTo(map.get(i));
      }
    }
  }

  @Test
  void findingsAndLineBreaksComeBackAtTheTextsOffsets() {
    MappedForm form = new MappedForm(TEXT, TEXT.length());
    int colon = TEXT.indexOf("SĐT:");
    form.copy(0, colon).add("số điện thoại").copy(colon + 3, TEXT.length());
    LineBreaks breaks = new LineBreaks();
    List<Finding> found = form.detect(Recognizers.defaultDetector(), false, breaks);
    assertThat(breaks.size()).isEqualTo(LineBreaks.of(TEXT).size());
    for (int i = 0; i < breaks.size(); i++) {
      assertThat(breaks.offset(i)).isEqualTo(LineBreaks.of(TEXT).offset(i));
    }
    assertThat(found).extracting(Finding::value).contains("0912 345 678", "001098012345");
    for (Finding f : found) {
      assertThat(TEXT.substring(f.start(), f.end())).isEqualTo(f.value());
    }
  }
}
