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
    return matches(List.of(phrase), text);
  }

  /** As {@link #matches(String, String)} for a lexicon of several phrases, with alternates. */
  private static List<String> matches(List<String> phrases, String text) {
    Lexicon lexicon = Lexicon.of("test.spelling", phrases.toArray(new String[0]));
    java.util.Map<String, List<String>> alternates = Spelling.alternates(lexicon);
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
              out.add(
                  hits.surface(i)
                      + "="
                      + Spelling.surfaceMatches(hits, i)
                      + "/"
                      + Spelling.surfaceMatches(hits, i, alternates));
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
            "Hoa=true/true",
            "HOA=true/true",
            "hoa=true/true",
            "Hóa=false/false",
            "Hòa=false/false",
            "Hoà=false/false",
            "HÓA=false/false");
  }

  @Test
  void aMarkedPhraseMatchesItsMarksInEitherPlaceAndUnmarkedText() {
    assertThat(matches("Hòa", "Hòa, Hoà, HOÀ, HÒA, Hóa, Hoa, hoạ"))
        .containsExactly(
            "Hòa=true/true",
            "Hoà=true/true",
            "HOÀ=true/true",
            "HÒA=true/true",
            "Hóa=false/false",
            "Hoa=true/true",
            "hoạ=false/false");
    assertThat(matches("Tày", "Tày, TÀY, Tây, Tay"))
        .containsExactly("Tày=true/true", "TÀY=true/true", "Tây=false/false", "Tay=true/true");
    assertThat(matches("khuyết tật", "khuyết tật, khuyêt tật, khuyet tat"))
        .containsExactly("khuyết tật=true/true", "khuyêt tật=false/false", "khuyet tat=true/true");
  }

  @Test
  void aTextSpelledAsAnotherPhraseThatFoldsAlikeMatchesThroughItsAlternates() {
    // The hit records one of the two phrases; the other spelling matches through the alternates.
    List<String> found = matches(List.of("sảy thai", "sẩy thai"), "sảy thai, sẩy thai, sãy thai");
    assertThat(found).hasSize(3);
    assertThat(found.get(0)).startsWith("sảy thai=").endsWith("/true");
    assertThat(found.get(1)).startsWith("sẩy thai=").endsWith("/true");
    assertThat(found.get(2)).isEqualTo("sãy thai=false/false");
    assertThat(found).anyMatch(f -> f.endsWith("=false/true")); // only the alternates took it
    assertThat(Spelling.alternates(Lexicon.of("test.none", "sốt", "ho"))).isEmpty();
  }
}
