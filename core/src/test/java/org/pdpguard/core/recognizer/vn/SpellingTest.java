package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;

/** Whether a hit's text is its phrase as written: marks, their place, case. */
class SpellingTest {
  /** For each hit of {@code phrase} in {@code text}: its surface and whether it matches. */
  private static List<String> matches(String phrase, String text) {
    Lexicon lexicon = Lexicon.of("test.spelling", phrase);
    List<String> out = new ArrayList<>();
    Recognizer probe =
        new Recognizer() {
          @Override
          public String id() {
            return "test.spelling";
          }

          @Override
          public Set<EntityType> types() {
            return EnumSet.of(EntityType.ETHNICITY);
          }

          @Override
          public List<Lexicon> lexicons() {
            return List.of(lexicon);
          }

          @Override
          public void recognize(TextView v, Emitter emitter) {
            Hits hits = v.hits(lexicon);
            for (int i = 0; i < hits.size(); i++) {
              out.add(hits.surface(i) + "=" + Spelling.surfaceMatches(hits, i));
            }
          }
        };
    Detector.builder().add(probe).build().detect(text);
    return out;
  }

  @Test
  void anUnmarkedPhraseMatchesOnlyUnmarkedText() {
    assertThat(matches("Hoa", "Hoa, HOA, hoa, Hóa, Hòa, Hoà, HÓA"))
        .containsExactly(
            "Hoa=true", "HOA=true", "hoa=true", "Hóa=false", "Hòa=false", "Hoà=false", "HÓA=false");
  }

  @Test
  void aMarkedPhraseMatchesItsMarksInEitherPlaceAndUnmarkedText() {
    assertThat(matches("Hòa", "Hòa, Hoà, HOÀ, HÒA, Hóa, Hoa, hoạ"))
        .containsExactly(
            "Hòa=true", "Hoà=true", "HOÀ=true", "HÒA=true", "Hóa=false", "Hoa=true", "hoạ=false");
    assertThat(matches("Tày", "Tày, TÀY, Tây, Tay"))
        .containsExactly("Tày=true", "TÀY=true", "Tây=false", "Tay=true");
    assertThat(matches("khuyết tật", "khuyết tật, khuyêt tật, khuyet tat"))
        .containsExactly("khuyết tật=true", "khuyêt tật=false", "khuyet tat=true");
  }
}
