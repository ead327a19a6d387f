package org.pdpguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pdpguard redact} and {@code pdpguard reveal}: options, exit codes, files written. */
class RedactCommandTest {
  private static final String SECRET = "cli-test-key-0123456789abcdef";

  @TempDir Path tmp;
  private Path dir;
  private Path key;

  @BeforeEach
  void sampleData() throws IOException {
    dir = Fixtures.sampleFolder(tmp);
    key = tmp.resolve("k.key");
    Files.writeString(key, SECRET + "\n");
  }

  @Test
  void redactsAFolderIntoAMirroredTreeAndLeavesTheOriginalsAlone() throws IOException {
    byte[] before = Files.readAllBytes(dir.resolve("sub/b.txt"));
    Path out = tmp.resolve("out");

    Cli.Run run = Cli.run("redact", "--output", out.toString(), dir.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(out.resolve("a.txt")))
        .isEqualTo("Tiêu đề\n" + Fixtures.LINE.replace(Fixtures.ID, "[VN_CCCD]") + "\n");
    assertThat(Files.readString(out.resolve("sub/b.txt"))).contains("[VN_CCCD] đã xác minh.\r\n");
    assertThat(Files.readAllBytes(dir.resolve("sub/b.txt"))).isEqualTo(before);
    assertThat(run.err())
        .contains("2 tệp đã che / files redacted", "VN_CCCD", "label")
        .doesNotContain(Fixtures.ID);
  }

  @Test
  void aSingleFileGoesIntoAnOutputNamedAsAFolderWithATrailingSlash() {
    Path out = tmp.resolve("new-folder");
    Cli.Run run = Cli.run("redact", "--output", out + "/", dir.resolve("a.txt").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(out.resolve("a.txt")).content().contains("[VN_CCCD]");
    Path file = tmp.resolve("copy.txt");
    assertThat(
            Cli.run("redact", "--output", file.toString(), dir.resolve("a.txt").toString()).exit())
        .isZero();
    assertThat(file).isRegularFile().content().contains("[VN_CCCD]");
  }

  @Test
  void aRedactedFolderScannedAgainHasNoFindings() {
    Path out = tmp.resolve("out");
    Cli.run("redact", "--output", out.toString(), dir.toString());

    Cli.Run scan = Cli.run("scan", "--format", "jsonl", "--fail-on", "any", out.toString());

    assertThat(scan.exit()).as(scan.out()).isZero();
  }

  @Test
  void keyedOperatorsWithoutAKeyAreAUsageError() {
    Cli.Run run =
        Cli.run("redact", "--default-operator", "pseudonym", "--output", "x", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--key-file", "--key-env");
    assertThat(tmp.resolve("x")).doesNotExist();
  }

  @Test
  void aShortKeyIsRefusedWithoutBeingPrinted() throws IOException {
    Files.writeString(key, "short-secret");
    Cli.Run run =
        Cli.run(
            "redact",
            "--operator",
            "VN_CCCD=fpe",
            "--key-file",
            key.toString(),
            "--output",
            tmp.resolve("o").toString(),
            dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("16").doesNotContain("short-secret");
  }

  @Test
  void aMissingKeyVariableAndTwoKeySourcesAreUsageErrors() {
    Cli.Run missing =
        Cli.run(
            "redact",
            "--default-operator",
            "hash",
            "--key-env",
            "PDPGUARD_NO_SUCH_KEY_VAR",
            "--output",
            tmp.resolve("o").toString(),
            dir.toString());
    Cli.Run both =
        Cli.run(
            "redact",
            "--default-operator",
            "hash",
            "--key-env",
            "PATH",
            "--key-file",
            key.toString(),
            "--output",
            tmp.resolve("o").toString(),
            dir.toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("PDPGUARD_NO_SUCH_KEY_VAR");
    assertThat(both.exit()).isEqualTo(2);
  }

  @Test
  void badOperatorsAreUsageErrorsNamingThem() {
    Cli.Run unknown = Cli.run("redact", "--operator", "VN_CCCD=blur", "--output", "o", "x");
    Cli.Run noDigits =
        Cli.run(
            "redact",
            "--operator",
            "PERSON_NAME=fpe",
            "--key-file",
            key.toString(),
            "--output",
            tmp.resolve("o").toString(),
            dir.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("blur", "mask, label, hash, pseudonym, fpe, drop");
    assertThat(noDigits.exit()).isEqualTo(2);
    assertThat(noDigits.err()).contains("PERSON_NAME");
  }

  @Test
  void refusesToWriteOverTheInputOrIntoIt() {
    Path a = dir.resolve("a.txt");
    assertThat(Cli.run("redact", "--output", a.toString(), a.toString()).exit()).isEqualTo(2);
    assertThat(Cli.run("redact", "--output", dir.resolve("red").toString(), dir.toString()).exit())
        .isEqualTo(2);
    assertThat(dir.resolve("red")).doesNotExist();
  }

  @Test
  void saysItSkipsDocumentsAndExitsThree() throws IOException {
    Files.write(dir.resolve("letter.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    Path out = tmp.resolve("out");

    Cli.Run run = Cli.run("redact", "--output", out.toString(), dir.toString());

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("letter.docx", "does not support");
    assertThat(out.resolve("letter.docx")).doesNotExist();
    assertThat(out.resolve("a.txt")).exists();
  }

  @Test
  void revealRestoresFpeValuesWithTheKeyAndRefusesAnother() throws IOException {
    Path in = tmp.resolve("k.csv");
    Files.writeString(
        in,
        "ho_ten,so_cccd,dien_thoai\nNguyễn Văn An," + Fixtures.ID + ",0912 345 678\n",
        StandardCharsets.UTF_8);
    Path red = tmp.resolve("k.red.csv");

    Cli.Run redact =
        Cli.run(
            "redact",
            "--key-file",
            key.toString(),
            "--operator",
            "VN_CCCD=fpe,PHONE_NUMBER=fpe",
            "--output",
            red.toString(),
            in.toString());
    Path wrong = tmp.resolve("wrong.key");
    Files.writeString(wrong, "another-key-0123456789abcdef");
    Cli.Run refused =
        Cli.run(
            "reveal",
            "--key-file",
            wrong.toString(),
            "--output",
            tmp.resolve("w.csv").toString(),
            red.toString());
    Cli.Run reveal =
        Cli.run(
            "reveal",
            "--key-file",
            key.toString(),
            "--output",
            tmp.resolve("back.csv").toString(),
            red.toString());

    assertThat(redact.exit()).as(redact.err()).isZero();
    assertThat(Files.readString(red)).doesNotContain(Fixtures.ID).contains("[PERSON_NAME]");
    assertThat(tmp.resolve("k.red.csv.pdpguard-redaction.json")).exists();
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("wrong key");
    assertThat(tmp.resolve("w.csv")).doesNotExist();
    assertThat(reveal.exit()).as(reveal.err()).isZero();
    assertThat(Files.readString(tmp.resolve("back.csv")))
        .isEqualTo("ho_ten,so_cccd,dien_thoai\n[PERSON_NAME]," + Fixtures.ID + ",0912 345 678\n");
  }

  @Test
  void revealWithoutAManifestSaysSo() {
    Cli.Run run =
        Cli.run(
            "reveal",
            "--key-file",
            key.toString(),
            "--output",
            tmp.resolve("o.txt").toString(),
            dir.resolve("a.txt").toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("No manifest");
  }
}
