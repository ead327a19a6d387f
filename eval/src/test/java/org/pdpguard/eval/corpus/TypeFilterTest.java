package org.pdpguard.eval.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.recognizer.Recognizers;

/**
 * A detector asked for one type reports what a detector of every type reports of that type: on the
 * labelled sample, hard negatives and mixed benchmark text, no more (a rival's text taken: an
 * account number under its label read as a tax code) and no less.
 */
class TypeFilterTest {
  private static final List<String> TEXTS = new ArrayList<>();
  private static final List<List<String>> FULL = new ArrayList<>();

  @BeforeAll
  static void detectEveryType() throws IOException {
    Sample.DOCS.forEach(d -> TEXTS.add(d.text()));
    CorpusGenerator gen = new CorpusGenerator(1);
    for (int i = 0; i < 150; i++) {
      TEXTS.add(gen.negative(i).text());
    }
    ByteArrayOutputStream bench = new ByteArrayOutputStream();
    BenchWriter.write(bench, 1_500_000, 5, 1.0);
    String mixed = bench.toString(StandardCharsets.UTF_8);
    for (int i = 0; i < mixed.length(); i += 65_536) {
      TEXTS.add(mixed.substring(i, Math.min(mixed.length(), i + 65_536)));
    }
    Detector all = Recognizers.defaultDetector();
    for (String text : TEXTS) {
      FULL.add(keys(all.detect(text)));
    }
  }

  private static List<String> keys(List<Finding> found) {
    List<String> out = new ArrayList<>(found.size());
    for (Finding f : found) {
      out.add(f.type() + " " + f.start() + "-" + f.end() + " " + f.score());
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(EntityType.class)
  void oneTypeAloneIsReportedAsAmongAll(EntityType type) {
    Detector one = Detector.builder().addAll(Recognizers.defaults()).types(List.of(type)).build();
    int expected = 0;
    for (int i = 0; i < TEXTS.size(); i++) {
      List<String> want = new ArrayList<>();
      for (String k : FULL.get(i)) {
        if (k.startsWith(type + " ")) {
          want.add(k);
        }
      }
      expected += want.size();
      assertThat(keys(one.detect(TEXTS.get(i)))).as("text %d", i).isEqualTo(want);
    }
    assertThat(expected).as("findings of %s in the texts", type).isPositive();
  }
}
