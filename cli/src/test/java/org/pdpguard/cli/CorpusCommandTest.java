package org.pdpguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pdpguard corpus}: the folder layout, the bench file and the exit codes. */
class CorpusCommandTest {
  @TempDir Path tmp;

  @Test
  void writesACorpusThatEvalReads() throws IOException {
    Path dir = tmp.resolve("c");
    Cli.Run run = Cli.run("corpus", "--out", dir.toString(), "--docs", "24", "--seed", "3");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("24 documents", "6 hard negatives", "seed 3");
    assertThat(dir.resolve("gold.jsonl")).isNotEmptyFile();
    assertThat(Files.readString(dir.resolve("MANIFEST.json")))
        .contains("\"seed\": 3", "\"documents\": 24", "\"spans_by_type\"");
    try (var docs = Files.list(dir.resolve("docs"))) {
      assertThat(docs.map(p -> p.getFileName().toString()))
          .hasSize(24)
          .allMatch(n -> n.matches("\\d{4}-[a-z]+\\.txt"));
    }
    Cli.Run eval = Cli.run("eval", dir.toString(), "--format", "json");
    assertThat(eval.exit()).as(eval.err()).isZero();
    assertThat(eval.out()).contains("\"micro\"", "\"fp_per_100kb\"");
  }

  @Test
  void rewritesAnEarlierCorpusInPlace() throws IOException {
    Path dir = tmp.resolve("c");
    assertThat(Cli.run("corpus", "--out", dir.toString(), "--docs", "12").exit()).isZero();
    assertThat(Cli.run("corpus", "--out", dir.toString(), "--docs", "4").exit()).isZero();
    try (var docs = Files.list(dir.resolve("docs"))) {
      assertThat(docs).hasSize(4);
    }
  }

  @Test
  void benchWritesOneFileOfTheRequestedSize() throws IOException {
    Path file = tmp.resolve("bench/mixed.txt");
    Cli.Run run = Cli.run("corpus", "--bench", "--size-mb", "0.25", "--out", file.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.size(file)).isBetween(262_144L, 300_000L);
    assertThat(run.out()).contains("personal data");
  }

  @Test
  void exitsTwoOnMissingOrContradictoryOptions() {
    String out = tmp.resolve("x").toString();
    assertThat(Cli.run("corpus").exit()).isEqualTo(2);
    assertThat(Cli.run("corpus", "--out", out, "--docs", "0").exit()).isEqualTo(2);
    assertThat(Cli.run("corpus", "--out", out, "--size-mb", "5").exit()).isEqualTo(2);
    assertThat(Cli.run("corpus", "--out", out, "--bench").exit()).isEqualTo(2);
    assertThat(
            Cli.run("corpus", "--out", out, "--bench", "--size-mb", "1", "--pii-percent", "200")
                .exit())
        .isEqualTo(2);
  }

  @Test
  void exitsTwoRatherThanWritingIntoAFolderThatHoldsSomethingElse() throws IOException {
    Fixtures.write(tmp.resolve("mine/notes.txt"), "keep me\n");
    Cli.Run run = Cli.run("corpus", "--out", tmp.resolve("mine").toString(), "--docs", "3");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("not empty");
    assertThat(tmp.resolve("mine/notes.txt")).hasContent("keep me");
  }

  @Test
  void exitsThreeWhenTheBenchFileCannotBeWritten() {
    Cli.Run run = Cli.run("corpus", "--bench", "--size-mb", "0.01", "--out", tmp.toString());
    assertThat(run.exit()).isEqualTo(3);
  }
}
