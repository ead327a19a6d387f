package org.pdpguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.text.LineBreaks;

class DetectorTest {
  private static final Lexicon WORDS = Lexicon.of("test.words", "mật khẩu", "tiểu đường");

  /** Emits every word of WORDS as HEALTH, and every 4-digit token as AGE with context WORDS. */
  private static final Recognizer FAKE =
      new Recognizer() {
        @Override
        public String id() {
          return "test.fake";
        }

        @Override
        public Set<EntityType> types() {
          return Set.of(EntityType.HEALTH, EntityType.AGE);
        }

        @Override
        public List<Lexicon> lexicons() {
          return List.of(WORDS);
        }

        @Override
        public void recognize(TextView view, Emitter out) {
          Hits hits = view.hits(WORDS);
          for (int i = 0; i < hits.size(); i++) {
            out.emit(Candidate.of(EntityType.HEALTH, hits.start(i), hits.end(i), 0.7));
          }
          for (int k = 0; k < view.numericTokens().size(); k++) {
            int t = view.numericTokens().get(k);
            if (view.tokenEnd(t) - view.tokenStart(t) == 4) {
              out.emit(
                  Candidate.of(EntityType.AGE, view.tokenStart(t), view.tokenEnd(t), 0.3)
                      .context(WORDS, 0.5));
            }
          }
        }
      };

  @Test
  void matchesLexiconPhrasesWithAndWithoutDiacritics() {
    List<Finding> found =
        Detector.builder().add(FAKE).build().detect("Bệnh nhân bị Tiểu Đường, tieu duong.");
    assertThat(found).extracting(Finding::value).containsExactly("Tiểu Đường", "tieu duong");
  }

  @Test
  void contextRaisesAScoreOverTheThresholdAndIsExplained() {
    Detector d = Detector.builder().add(FAKE).types(List.of(EntityType.AGE)).build();
    assertThat(d.detect("số 1234")).isEmpty();
    Finding f = d.detect("mật khẩu 1234").get(0);
    assertThat(f.value()).isEqualTo("1234");
    assertThat(f.score()).isEqualTo(0.8, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(f.explanation().context()).isEqualTo("mật khẩu");
    assertThat(f.recognizer()).isEqualTo("test.fake");
  }

  @Test
  void offsetsPointIntoTheOriginalDecomposedText() {
    String original = "Ti\u0309e\u0302u \u0111u\u031bo\u031b\u0300ng"; // "Tiểu đường" in NFD
    Finding f = Detector.builder().add(FAKE).build().detect("x " + original).get(0);
    assertThat(f.start()).isEqualTo(2);
    assertThat(f.value()).isEqualTo(original);
  }

  @Test
  void allowListAndTypeFilterDropFindings() {
    Detector d =
        Detector.builder()
            .add(FAKE)
            .allowList(v -> v.equalsIgnoreCase("tieu duong"))
            .types(List.of(EntityType.HEALTH))
            .build();
    assertThat(d.detect("tiểu đường, tieu duong, mật khẩu 1234"))
        .extracting(Finding::value)
        .containsExactly("tiểu đường", "mật khẩu");
  }

  @Test
  void overlapsKeepTheHigherScore() {
    Recognizer twice =
        new Recognizer() {
          @Override
          public String id() {
            return "test.twice";
          }

          @Override
          public Set<EntityType> types() {
            return Set.of(EntityType.PHONE_NUMBER, EntityType.BANK_ACCOUNT);
          }

          @Override
          public void recognize(TextView view, Emitter out) {
            out.emit(Candidate.of(EntityType.BANK_ACCOUNT, 0, 10, 0.6));
            out.emit(Candidate.of(EntityType.PHONE_NUMBER, 2, 12, 0.9));
            out.emit(Candidate.of(EntityType.BANK_ACCOUNT, 13, 15, 0.6));
          }
        };
    assertThat(Detector.builder().add(twice).build().detect("0912345678 90 12"))
        .extracting(Finding::type, Finding::start)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EntityType.PHONE_NUMBER, 2),
            org.assertj.core.groups.Tuple.tuple(EntityType.BANK_ACCOUNT, 13));
  }

  @Test
  void refusesALexiconNoRecognizerDeclared() {
    Recognizer sloppy =
        new Recognizer() {
          @Override
          public String id() {
            return "test.sloppy";
          }

          @Override
          public Set<EntityType> types() {
            return Set.of(EntityType.HEALTH);
          }

          @Override
          public void recognize(TextView view, Emitter out) {
            view.hits(WORDS);
          }
        };
    assertThatThrownBy(() -> Detector.builder().add(sloppy).build().detect("x"))
        .hasMessageContaining("test.words was not declared");
  }

  @Test
  void onDemandLexiconsAnswerWhereAsked() {
    Lexicon wards = Lexicon.onDemand("test.wards", List.of("Hòa Bình", "Tân Lập"));
    Recognizer askAfterPhuong =
        new Recognizer() {
          @Override
          public String id() {
            return "test.on_demand";
          }

          @Override
          public Set<EntityType> types() {
            return Set.of(EntityType.ADDRESS);
          }

          @Override
          public List<Lexicon> lexicons() {
            return List.of(wards);
          }

          @Override
          public void recognize(TextView view, Emitter out) {
            Hits hits = view.hits(wards);
            for (int t = 0; t + 1 < view.tokenCount(); t++) {
              int i = view.tokenEquals(t, "phuong") ? hits.startingAt(t + 1) : -1;
              if (i >= 0) {
                out.emit(Candidate.of(EntityType.ADDRESS, view.tokenStart(t), hits.end(i), 0.9));
                assertThat(hits.startingAt(t + 1)).isEqualTo(i); // asked twice, same answer
              }
            }
          }
        };
    List<Finding> found =
        Detector.builder()
            .add(askAfterPhuong)
            .build()
            .detect("Hòa bình thế giới; phường Hoà Bình, phường Tân Lập, phường Hoa Sen");
    assertThat(found)
        .extracting(Finding::value)
        .containsExactly("phường Hoà Bình", "phường Tân Lập");
  }

  @Test
  void recordsTheLineBreaksOfTheTextAsGivenWhileDetecting() {
    Detector d = Detector.builder().add(FAKE).build();
    LineBreaks breaks = new LineBreaks();
    breaks.add('\n', 0); // left from an earlier text: emptied first
    String nfd = "Ti\u0309e\u0302u \u0111u\u031bo\u031b\u0300ng"; // composed by the detector
    String[] texts = {
      "a\r\nb\rc\n\r\n" + nfd + "\n1234@x\r", "\n\n tiểu đường\r\n", "no break at all", "",
    };
    for (String text : texts) {
      List<Finding> found = d.detect(text, breaks);
      assertThat(found).isEqualTo(d.detect(text));
      LineBreaks read = LineBreaks.of(text);
      assertThat(breaks.size()).as(text).isEqualTo(read.size());
      for (int i = 0; i < read.size(); i++) {
        assertThat(breaks.offset(i)).isEqualTo(read.offset(i));
        assertThat(breaks.isCarriageReturn(i)).isEqualTo(read.isCarriageReturn(i));
      }
    }
    assertThat(LineBreaks.of("a\r\nb\rc\n\r\n" + nfd + "\n1234@x\r").size()).isEqualTo(8);
  }

  /** Emits {@code type} at token {@code token}'s span with {@code score}; has {@code rivals}. */
  private static Recognizer atToken(
      String id, EntityType type, double score, int token, Set<EntityType> rivals) {
    return new Recognizer() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Set<EntityType> types() {
        return Set.of(type);
      }

      @Override
      public Set<EntityType> rivals() {
        return rivals;
      }

      @Override
      public void recognize(TextView view, Emitter out) {
        out.emit(Candidate.of(type, view.tokenStart(token), view.tokenEnd(token), score));
      }
    };
  }

  @Test
  void aTypeAloneIsReportedAsAmongAllTypesItsRivalsWeighedButNotReported() {
    Recognizer phone = atToken("t.phone", EntityType.PHONE_NUMBER, 0.6, 0, Set.of());
    Recognizer account =
        atToken("t.account", EntityType.BANK_ACCOUNT, 0.9, 0, Set.of(EntityType.PHONE_NUMBER));
    Recognizer tax =
        atToken("t.tax", EntityType.VN_TAX_CODE, 0.7, 0, Set.of(EntityType.BANK_ACCOUNT));
    Recognizer age = atToken("t.age", EntityType.AGE, 0.95, 1, Set.of());
    List<Recognizer> all = List.of(phone, account, tax, age);
    String text = "0912345678 34";
    assertThat(Detector.builder().addAll(all).build().detect(text))
        .extracting(Finding::type)
        .containsExactly(EntityType.BANK_ACCOUNT, EntityType.AGE);

    // The tax code yields to the account, which yields to the phone: all three are weighed, and
    // the account's score wins the number, as among all types; it is not reported.
    Detector taxOnly =
        Detector.builder().addAll(all).types(List.of(EntityType.VN_TAX_CODE)).build();
    assertThat(taxOnly.recognizers()).containsExactly(phone, account, tax);
    assertThat(taxOnly.detect(text)).isEmpty();

    Detector accountOnly =
        Detector.builder().addAll(all).types(List.of(EntityType.BANK_ACCOUNT)).build();
    assertThat(accountOnly.recognizers()).containsExactly(phone, account);
    assertThat(accountOnly.detect(text))
        .extracting(Finding::type)
        .containsExactly(EntityType.BANK_ACCOUNT);
  }
}
