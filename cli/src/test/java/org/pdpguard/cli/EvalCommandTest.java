package org.pdpguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pdpguard eval} on a tiny hand-made corpus: scores, formats and exit codes. */
class EvalCommandTest {
  /** One CCCD and one name, labelled; a phone nobody labelled. */
  private static final String DOC =
      "Họ và tên: Trần Thị Mai\nSố CCCD: " + Fixtures.ID + "\nGhi chú: gọi lại sau.\n";

  @TempDir Path tmp;
  private Path corpus;

  @BeforeEach
  void tinyCorpus() throws IOException {
    corpus = tmp.resolve("corpus");
    Fixtures.write(corpus.resolve("docs/0001-form.txt"), DOC);
    Fixtures.write(corpus.resolve("negatives/0001-order.txt"), "Mã đơn hàng 240715123456\n");
    int name = DOC.indexOf("Trần");
    int id = DOC.indexOf(Fixtures.ID);
    Fixtures.write(
        corpus.resolve("gold.jsonl"),
        span("docs/0001-form.txt", name, name + 12, "PERSON_NAME")
            + span("docs/0001-form.txt", id, id + 12, "VN_CCCD"));
  }

  private static String span(String doc, int start, int end, String type) {
    return "{\"doc\":\""
        + doc
        + "\",\"start\":"
        + start
        + ",\"end\":"
        + end
        + ",\"type\":\""
        + type
        + "\"}\n";
  }

  @Test
  void scoresAnotherToolsPredictionsOnlyForTheTypesItReports() throws IOException {
    int id = DOC.indexOf(Fixtures.ID);
    Path predictions = tmp.resolve("pred.jsonl");
    Files.writeString(
        predictions,
        span("docs/0001-form.txt", id, id + 6, "VN_CCCD")
            + span("negatives/0001-order.txt", 12, 24, "VN_CCCD"));

    Cli.Run run =
        Cli.run(
            "eval",
            corpus.toString(),
            "--predictions",
            predictions.toString(),
            "--format",
            "markdown");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "| `VN_CCCD` | 1 | 1 | 0 | 0 | 1.000 | 1.000 | 1.000 | 0.000 | 0.000 | 0.000 | 1 |")
        .doesNotContain("PERSON_NAME")
        .contains("1 documents, 0.0 KB, 1 findings");
  }

  @Test
  void typesWidensTheTableToTypesThePredictionsLack() throws IOException {
    Path predictions = tmp.resolve("pred.jsonl");
    Files.writeString(predictions, "");
    Cli.Run run =
        Cli.run(
            "eval",
            corpus.toString(),
            "--predictions",
            predictions.toString(),
            "--types",
            "PERSON_NAME",
            "--format",
            "json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("\"type\": \"PERSON_NAME\", \"gold\": 1, \"tp\": 0, \"fn\": 1")
        .doesNotContain("\"VN_CCCD\"");
  }

  @Test
  void runsPdpguardsOwnEngineWithoutPredictions() {
    Cli.Run run = Cli.run("eval", corpus.toString(), "--types", "VN_CCCD");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("VN_CCCD +1 +1 +0 +0 +1\\.000 +1\\.000 +1\\.000");
  }

  @Test
  void errorsPrintsMissedValuesWithTheirSurroundings() throws IOException {
    Path predictions = tmp.resolve("pred.jsonl");
    Files.writeString(predictions, "");
    Cli.Run run =
        Cli.run(
            "eval",
            corpus.toString(),
            "--predictions",
            predictions.toString(),
            "--types",
            "PERSON_NAME",
            "--errors",
            "2");
    assertThat(run.out())
        .contains("PERSON_NAME          FN    docs/0001-form.txt:11-23")
        .contains("Họ và tên: «Trần Thị Mai»⏎Số CCCD");
  }

  @Test
  void byKindPrintsRecallPerDocumentKind() throws IOException {
    Path predictions = tmp.resolve("pred.jsonl");
    int id = DOC.indexOf(Fixtures.ID);
    Files.writeString(predictions, span("docs/0001-form.txt", id, id + 12, "VN_CCCD"));
    Cli.Run run =
        Cli.run(
            "eval",
            corpus.toString(),
            "--predictions",
            predictions.toString(),
            "--types",
            "VN_CCCD,PERSON_NAME",
            "--by-kind");
    assertThat(run.out())
        .contains("Recall by document kind")
        .containsPattern("PERSON_NAME +0\\.00")
        .containsPattern("VN_CCCD +1\\.00");
  }

  @Test
  void exitsTwoWhenTheCorpusFolderIsMissing() {
    Cli.Run run = Cli.run("eval", tmp.resolve("không-có").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("không-có");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void exitsTwoWhenTheFolderIsNotACorpus() {
    assertThat(Cli.run("eval", tmp.toString()).exit()).isEqualTo(2);
    assertThat(Cli.run("eval").exit()).isEqualTo(2);
  }

  @Test
  void exitsTwoOnABadOptionValue() {
    String dir = corpus.toString();
    assertThat(Cli.run("eval", dir, "--format", "xml").exit()).isEqualTo(2);
    assertThat(Cli.run("eval", dir, "--min-score", "2").exit()).isEqualTo(2);
    assertThat(Cli.run("eval", dir, "--types", "NOT_A_TYPE").exit()).isEqualTo(2);
    assertThat(Cli.run("eval", dir, "--errors", "-1").exit()).isEqualTo(2);
    assertThat(Cli.run("eval", dir, "--predictions", tmp.resolve("none.jsonl").toString()).exit())
        .isEqualTo(2);
  }

  @Test
  void exitsThreeOnMalformedPredictionsAndNamesTheLine() throws IOException {
    Path predictions = tmp.resolve("pred.jsonl");
    Files.writeString(predictions, span("docs/0001-form.txt", 0, 3, "PERSON_NAME") + "{oops\n");
    Cli.Run run = Cli.run("eval", corpus.toString(), "--predictions", predictions.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("line 2");
  }

  @Test
  void exitsThreeOnAPredictionForADocumentOutsideTheCorpus() throws IOException {
    Path predictions = tmp.resolve("pred.jsonl");
    Files.writeString(predictions, span("docs/9999-chat.txt", 0, 3, "PERSON_NAME"));
    Cli.Run run = Cli.run("eval", corpus.toString(), "--predictions", predictions.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("docs/9999-chat.txt");
  }

  @Test
  void helpListsOptionsAndExitCodes() {
    Cli.Run run = Cli.run("eval", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("Chấm điểm", "Score the detector", "Mã thoát / Exit codes")
        .contains("--format", "--predictions", "--types", "--min-score", "--errors", "--by-kind");
    assertThat(Cli.run("--help").out()).contains("corpus", "eval");
  }
}
