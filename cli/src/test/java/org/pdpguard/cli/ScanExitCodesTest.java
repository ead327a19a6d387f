package org.pdpguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every exit code of the contract: 0, 1, 2, 3. */
class ScanExitCodesTest {
  private static final String BANK_CONFIG =
      """
      version: 1
      recognizers:
        - id: test.bank
          type: BANK_ACCOUNT
          patterns:
            - name: stk
              regex: 'STK-[0-9]{8}'
              score: 0.9
      """;

  @TempDir Path tmp;
  private Path dir;

  @BeforeEach
  void sampleData() throws IOException {
    dir = Fixtures.sampleFolder(tmp);
  }

  @Test
  void exitsZeroWhenTheScanCompletesWithFindings() {
    Cli.Run run = Cli.run("scan", "--format", "jsonl", dir.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void exitsOneWhenAnyFindingMatchesFailOnAny() {
    assertThat(Cli.run("scan", "--fail-on", "any", dir.toString()).exit()).isEqualTo(1);
  }

  @Test
  void exitsZeroWithFailOnAnyWhenNothingIsFound() throws IOException {
    Path clean = tmp.resolve("clean.txt");
    Fixtures.write(clean, "Không có gì ở đây.\n");
    assertThat(Cli.run("scan", "--fail-on", "any", "--types", "VN_CCCD", clean.toString()).exit())
        .isZero();
  }

  @Test
  void exitsOneWhenSensitiveDataMatchesFailOnSensitive() throws IOException {
    Path config = tmp.resolve("bank.yaml");
    Files.writeString(config, BANK_CONFIG);
    Fixtures.write(dir.resolve("bank.txt"), "Chuyển khoản tới STK-12345678 hôm qua.\n");

    Cli.Run run =
        Cli.run(
            "scan",
            "--format",
            "jsonl",
            "--config",
            config.toString(),
            "--fail-on",
            "sensitive",
            dir.toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("\"type\":\"BANK_ACCOUNT\"", "\"category\":\"sensitive\"");
  }

  @Test
  void exitsZeroWithFailOnSensitiveWhenOnlyBasicDataIsFound() {
    Cli.Run run = Cli.run("scan", "--fail-on", "sensitive", "--types", "VN_CCCD", dir.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("VN_CCCD");
  }

  @Test
  void exitsTwoOnAnUnknownOption() {
    Cli.Run run = Cli.run("scan", "--no-such-option", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--no-such-option");
  }

  @Test
  void exitsTwoOnAnUnknownTypeAndNamesIt() {
    Cli.Run run = Cli.run("scan", "--types", "VN_CCCD,NOT_A_TYPE", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("NOT_A_TYPE");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void exitsTwoOnABadCategoryFormatFailOnOrScore() {
    assertThat(Cli.run("scan", "--category", "secret", dir.toString()).exit()).isEqualTo(2);
    assertThat(Cli.run("scan", "--format", "xml", dir.toString()).exit()).isEqualTo(2);
    assertThat(Cli.run("scan", "--fail-on", "some", dir.toString()).exit()).isEqualTo(2);
    assertThat(Cli.run("scan", "--min-score", "1.5", dir.toString()).exit()).isEqualTo(2);
    assertThat(Cli.run("scan", "--threads", "0", dir.toString()).exit()).isEqualTo(2);
  }

  @Test
  void exitsTwoWhenTypesAndCategoryLeaveNothing() {
    Cli.Run run = Cli.run("scan", "--types", "VN_CCCD", "--category", "sensitive", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
  }

  @Test
  void exitsTwoOnAPathThatDoesNotExist() {
    Path missing = tmp.resolve("không-có.txt");
    Cli.Run run = Cli.run("scan", dir.toString(), missing.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(missing.toString());
    assertThat(run.out()).isEmpty();
  }

  @Test
  void exitsTwoWithoutAPath() {
    assertThat(Cli.run("scan").exit()).isEqualTo(2);
    assertThat(Cli.run().exit()).isEqualTo(2);
  }

  @Test
  void exitsThreeOnAnInvalidConfigAndNamesTheKey() throws IOException {
    Path config = tmp.resolve("bad.yaml");
    Files.writeString(config, "version: 1\ncolour: red\n");

    Cli.Run run = Cli.run("scan", "--config", config.toString(), dir.toString());

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("colour");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void exitsThreeOnAConfigThatCannotBeRead() {
    Cli.Run run =
        Cli.run("scan", "--config", tmp.resolve("missing.yaml").toString(), dir.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("missing.yaml");
  }

  @Test
  void exitsThreeWhenTheOutputCannotBeWritten() {
    Path output = tmp.resolve("no-such-folder/report.jsonl");
    Cli.Run run = Cli.run("scan", "--output", output.toString(), dir.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("report.jsonl");
  }

  @Test
  void exitsThreeWhenTheOutputIsAFolder() {
    Cli.Run run = Cli.run("scan", "--output", tmp.toString(), dir.toString());
    assertThat(run.exit()).isEqualTo(3);
  }

  @Test
  void helpListsTheExitCodesInVietnameseAndEnglish() {
    Cli.Run run = Cli.run("scan", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("Quét dữ liệu cá nhân", "Scan files, folders")
        .contains("Mã thoát / Exit codes")
        .contains("--format", "--output", "--threads", "--min-score", "--types", "--category")
        .contains("--show-values", "--fail-on", "--config");
    for (String code : new String[] {"0", "1", "2", "3"}) {
      assertThat(run.out()).containsPattern("(?m)^\\s+" + code + "\\s+\\S");
    }
    assertThat(Cli.run("--help").out()).contains("Mã thoát / Exit codes", "scan");
  }
}
