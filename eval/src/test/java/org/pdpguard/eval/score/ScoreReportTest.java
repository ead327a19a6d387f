package org.pdpguard.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;

/** The three report formats print the same numbers. */
class ScoreReportTest {
  @TempDir Path tmp;

  private String print(ReportFormat f, int errors) throws IOException {
    Corpus c = Corpus.open(TinyCorpus.write(tmp));
    Scores s =
        Scorer.score(
            c,
            TinyCorpus.PREDICTED,
            EnumSet.of(EntityType.PERSON_NAME, EntityType.VN_CCCD),
            c.negativeBytes());
    StringWriter w = new StringWriter();
    ErrorSamples samples = errors > 0 ? ErrorSamples.of(s, c, errors) : null;
    ScoreReport.write(
        f, s, new ScoreReport.Heading("test", "tiny", 0.5), null, samples, new PrintWriter(w));
    return w.toString();
  }

  @Test
  void markdownHasOneRowPerTypeAndTheMicroTotal() throws IOException {
    String md = print(ReportFormat.MARKDOWN, 0);
    assertThat(md)
        .contains("| type | gold | TP | FN | FP | P | R | F1 | strict P | strict R | strict F1 ")
        .contains(
            "| `PERSON_NAME` | 3 | 2 | 1 | 1 | 0.750 | 0.667 | 0.706 | 0.250 | 0.333 | 0.286 | 0 |")
        .contains(
            "| `VN_CCCD` | 1 | 1 | 0 | 0 | 1.000 | 1.000 | 1.000 | 0.000 | 0.000 | 0.000 | 0 |")
        .contains("| **micro** | 4 | 3 | 1 | 1 | 0.800 | 0.750 | 0.774 |")
        .contains("1 documents, 1.0 KB, 0 findings = **0.00** FP per 100 KB");
  }

  @Test
  void tableAndJsonCarryTheSameFigures() throws IOException {
    assertThat(print(ReportFormat.TABLE, 0))
        .containsPattern("PERSON_NAME +3 +2 +1 +1 +0\\.750 +0\\.667 +0\\.706 \\| +0\\.250");
    assertThat(print(ReportFormat.JSON, 0))
        .contains(
            "{\"type\": \"PERSON_NAME\", \"gold\": 3, \"tp\": 2, \"fn\": 1, \"fp\": 1, "
                + "\"predicted\": 4, \"precision\": 0.7500, \"recall\": 0.6667, \"f1\": 0.7059")
        .contains("\"fp_per_100kb\": 0.0000");
  }

  @Test
  void errorSamplesShowTheValueWithItsSurroundings() throws IOException {
    assertThat(print(ReportFormat.TABLE, 3))
        .contains(
            "PERSON_NAME          FN    docs/b.txt:20-30  …bbbbbbbbbbbbbbbbbbbb«bbbbbbbbbb»bbbb")
        .contains("PERSON_NAME          FP    docs/b.txt:40-45")
        .contains("PERSON_NAME          BOUND docs/b.txt:0-4  …«bbbb»bbbbbb")
        .contains("  gold «bbbbbbbbbb»");
    assertThat(print(ReportFormat.JSON, 3))
        .contains("\"kind\": \"FN\", \"doc\": \"docs/b.txt\"")
        .contains("\"kind\": \"BOUND\", \"doc\": \"docs/b.txt\", \"start\": 0, \"end\": 4")
        .contains("\"gold\": \"bbbbbbbbbb\"");
  }
}
