package org.pdpguard.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.pdpguard.core.EntityType.PERSON_NAME;
import static org.pdpguard.core.EntityType.PHONE_NUMBER;
import static org.pdpguard.core.EntityType.VN_CCCD;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;

/** The arithmetic of lenient and strict scores on a hand-made gold/prediction pair. */
class ScorerTest {
  private static final Set<EntityType> TYPES = EnumSet.of(PERSON_NAME, PHONE_NUMBER, VN_CCCD);

  @TempDir Path tmp;
  private Corpus corpus;
  private Scores scores;

  @BeforeEach
  void score() throws IOException {
    corpus = Corpus.open(TinyCorpus.write(tmp));
    scores = Scorer.score(corpus, TinyCorpus.PREDICTED, TYPES, corpus.negativeBytes());
  }

  @Test
  void aNameCutInTwoIsFoundOnceAndBothPiecesCountAsCorrect() {
    Row r = row(PERSON_NAME);
    assertThat(r).isEqualTo(new Row("PERSON_NAME", 3, 2, 4, 1, 1, 0));
    assertThat(r.falseNegatives()).isEqualTo(1);
    assertThat(r.precision()).isEqualTo(0.75);
    assertThat(r.recall()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(r.f1()).isCloseTo(12.0 / 17, within(1e-12));
    assertThat(r.strictPrecision()).isEqualTo(0.25);
    assertThat(r.strictRecall()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(r.strictF1()).isCloseTo(2.0 / 7, within(1e-12));
  }

  @Test
  void anOverlappingPrefixIsALenientButNotAStrictMatch() {
    Row r = row(VN_CCCD);
    assertThat(r).isEqualTo(new Row("VN_CCCD", 1, 1, 1, 0, 0, 0));
    assertThat(r.f1()).isEqualTo(1.0);
    assertThat(r.strictF1()).isZero();
  }

  @Test
  void aPredictionElsewhereIsBothAMissAndAFalsePositive() {
    Row r = row(PHONE_NUMBER);
    assertThat(r).isEqualTo(new Row("PHONE_NUMBER", 1, 0, 1, 1, 0, 1));
    assertThat(r.precision()).isZero();
    assertThat(r.f1()).isZero();
  }

  @Test
  void microSumsTheRowsAndNegativesCountPer100Kb() {
    assertThat(scores.micro()).isEqualTo(new Row("micro", 5, 3, 6, 2, 1, 1));
    assertThat(scores.micro().precision()).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(scores.micro().recall()).isEqualTo(0.6);
    assertThat(scores.negativeDocs()).isEqualTo(1);
    assertThat(scores.negativeBytes()).isEqualTo(1024);
    assertThat(scores.falsePositivesPer100Kb()).isEqualTo(100.0);
  }

  @Test
  void typesOutsideTheScoredSetAreIgnored() {
    assertThat(scores.rows())
        .extracting(Row::name)
        .containsExactly("PERSON_NAME", "PHONE_NUMBER", "VN_CCCD");
    assertThat(scores.onNegatives()).hasSize(1);
  }

  @Test
  void errorsListMissesAndFalsePositivesInCorpusOrder() {
    assertThat(scores.missed())
        .containsExactly(
            TinyCorpus.span("docs/a.txt", 50, 60, PHONE_NUMBER),
            TinyCorpus.span("docs/b.txt", 20, 30, PERSON_NAME));
    assertThat(scores.spurious())
        .containsExactly(
            TinyCorpus.span("docs/a.txt", 70, 80, PHONE_NUMBER),
            TinyCorpus.span("docs/b.txt", 40, 45, PERSON_NAME));
  }

  @Test
  void predictionsThatMissTheBoundsOfTheGoldSpanTheyOverlapAreListedWithIt() {
    assertThat(scores.misbounded())
        .containsExactly(
            new Scores.Boundary(
                TinyCorpus.span("docs/a.txt", 30, 37, VN_CCCD),
                TinyCorpus.span("docs/a.txt", 25, 37, VN_CCCD)),
            new Scores.Boundary(
                TinyCorpus.span("docs/b.txt", 0, 4, PERSON_NAME),
                TinyCorpus.span("docs/b.txt", 0, 10, PERSON_NAME)),
            new Scores.Boundary(
                TinyCorpus.span("docs/b.txt", 5, 10, PERSON_NAME),
                TinyCorpus.span("docs/b.txt", 0, 10, PERSON_NAME)));
  }

  @Test
  void aRateWithoutDenominatorIsUndefinedAndF1IsZeroWhenGoldIsMissed() {
    Row noPredictions = new Row("X", 4, 0, 0, 0, 0, 0);
    assertThat(noPredictions.precision()).isNaN();
    assertThat(noPredictions.f1()).isZero();
    assertThat(new Row("Y", 0, 0, 0, 0, 0, 0).f1()).isNaN();
  }

  @Test
  void rejectsAPredictionForADocumentNotInTheCorpus() {
    List<org.pdpguard.eval.Span> bad = List.of(TinyCorpus.span("docs/zzz.txt", 0, 1, PERSON_NAME));
    assertThatThrownBy(() -> Scorer.score(corpus, bad, TYPES, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("docs/zzz.txt");
  }

  @Test
  void rejectsAFolderWithoutGold() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertThatThrownBy(() -> Corpus.open(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gold.jsonl");
  }

  private Row row(EntityType t) {
    return scores.rows().stream().filter(r -> r.name().equals(t.name())).findFirst().orElseThrow();
  }
}
