package org.pdpguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdpguard.cli.Fixtures.ID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where text comes from: stdin, encodings, binary and unreadable files, threads, --output. */
class ScanSourcesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static List<JsonNode> findings(String jsonl, String type) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      JsonNode n = JSON.readTree(line);
      if (n.get("kind").asText().equals("finding") && n.get("type").asText().equals(type)) {
        out.add(n);
      }
    }
    return out;
  }

  private static JsonNode summary(String jsonl) throws IOException {
    String[] lines = jsonl.split("\n");
    return JSON.readTree(lines[lines.length - 1]);
  }

  @Test
  void readsStandardInputForDash() throws IOException {
    byte[] input = ("một\n" + Fixtures.LINE + "\n").getBytes(StandardCharsets.UTF_8);

    Cli.Run run = Cli.run(new ByteArrayInputStream(input), "scan", "--format", "jsonl", "-");

    assertThat(run.exit()).isZero();
    List<JsonNode> ids = findings(run.out(), "VN_CCCD");
    assertThat(ids).hasSize(1);
    assertThat(ids.get(0).get("source").asText()).isEqualTo("-");
    assertThat(ids.get(0).get("location").get("line").asInt()).isEqualTo(2);
    assertThat(summary(run.out()).get("bytes").asInt()).isEqualTo(input.length);
  }

  @Test
  void decodesUtf16WithAByteOrderMark() throws IOException {
    String text = "Hồ sơ\r\n" + Fixtures.LINE + "\n";
    byte[] le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    byte[] be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
    Files.write(tmp.resolve("le.txt"), le);
    Files.write(tmp.resolve("be.txt"), be);

    Cli.Run run = Cli.run("scan", "--format", "jsonl", tmp.toString());

    List<JsonNode> ids = findings(run.out(), "VN_CCCD");
    assertThat(ids).hasSize(2);
    for (JsonNode f : ids) {
      assertThat(f.get("start").asInt()).isEqualTo(text.indexOf(ID));
      assertThat(f.get("location").get("line").asInt()).isEqualTo(2);
      assertThat(f.get("explanation").get("context").isNull()).isFalse();
    }
    assertThat(summary(run.out()).get("skipped")).isEmpty();
  }

  @Test
  void decodesWindows1258WhenTheBytesAreNotUtf8() throws IOException {
    // Windows-1258 writes tone marks as combining characters after the base letter.
    String text =
        "Khách hàng: Tr\u00e2\u0300n Thi\u0323 B, C\u0103n c\u01b0\u01a1\u0301c: " + ID + "\n";
    CharsetEncoder encoder = Charset.forName("windows-1258").newEncoder();
    assertThat(encoder.canEncode(text)).isTrue();
    ByteBuffer bytes = encoder.encode(java.nio.CharBuffer.wrap(text));
    byte[] encoded = new byte[bytes.remaining()];
    bytes.get(encoded);
    Path file = tmp.resolve("cp1258.txt");
    Files.write(file, encoded);

    Cli.Run run = Cli.run("scan", "--format", "jsonl", "--show-values", file.toString());

    List<JsonNode> ids = findings(run.out(), "VN_CCCD");
    assertThat(ids).hasSize(1);
    // "căn cước" is context only if the legacy bytes were decoded to those letters.
    assertThat(ids.get(0).get("explanation").get("context").asText()).isNotBlank();
    assertThat(ids.get(0).get("start").asInt()).isEqualTo(text.indexOf(ID));
    assertThat(ids.get(0).get("score").asDouble()).isGreaterThan(0.8);
  }

  @Test
  void skipsBinaryFilesWithANoteAndReportsACorruptDocumentAsAnError() throws IOException {
    Files.write(
        tmp.resolve("doc.pdf"), ("%PDF-1.7\n" + Fixtures.LINE).getBytes(StandardCharsets.UTF_8));
    Files.write(tmp.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n'});
    Files.write(
        tmp.resolve("nul.dat"), ("abc\0def " + Fixtures.LINE).getBytes(StandardCharsets.UTF_8));
    Fixtures.write(tmp.resolve("text.txt"), Fixtures.LINE);

    Cli.Run run = Cli.run("scan", "--format", "jsonl", tmp.toString());

    assertThat(run.exit()).isZero();
    JsonNode summary = summary(run.out());
    assertThat(summary.get("errors")).hasSize(1);
    assertThat(summary.get("errors").get(0).get("source").asText()).endsWith("doc.pdf");
    assertThat(summary.get("errors").get(0).get("message").asText())
        .contains("corrupt or truncated");
    assertThat(summary.get("skipped")).hasSize(2);
    assertThat(summary.get("skipped").get(0).get("source").asText()).endsWith("image.png");
    assertThat(summary.get("skipped").get(0).get("message").asText()).contains("--ocr");
    assertThat(summary.get("skipped").get(1).get("source").asText()).endsWith("nul.dat");
    assertThat(summary.get("sources").asInt()).isEqualTo(1);
    assertThat(findings(run.out(), "VN_CCCD")).hasSize(1);
    assertThat(run.err()).contains("doc.pdf").doesNotContain("image.png");
  }

  @Test
  void reportsUnreadablePathsAndGoesOn() throws IOException {
    Path dir = Fixtures.sampleFolder(tmp);
    Files.createSymbolicLink(dir.resolve("broken.txt"), dir.resolve("gone.txt"));
    Files.createSymbolicLink(dir.resolve("sub/loop"), dir);

    Cli.Run run = Cli.run("scan", "--format", "jsonl", dir.toString());

    assertThat(run.exit()).isZero();
    JsonNode errors = summary(run.out()).get("errors");
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).get("source").asText()).isEqualTo(dir + "/broken.txt");
    assertThat(errors.get(1).get("source").asText()).isEqualTo(dir + "/sub/loop");
    assertThat(errors.get(1).get("message").asText()).contains("loop");
    assertThat(run.err())
        .contains("Không đọc được / Cannot read: " + dir + "/broken.txt")
        .contains(dir + "/sub/loop");
    assertThat(findings(run.out(), "VN_CCCD")).hasSize(2);
  }

  @Test
  void reportsAreIdenticalWithOneThreadOrFour() throws IOException {
    Path dir = tmp.resolve("many");
    Random random = new Random(7);
    for (int i = 0; i < 40; i++) {
      StringBuilder sb = new StringBuilder();
      int lines = 1 + random.nextInt(400);
      for (int l = 0; l < lines; l++) {
        sb.append(random.nextInt(5) == 0 ? Fixtures.LINE : "Ghi chú số " + l).append('\n');
      }
      Fixtures.write(dir.resolve("d" + (i % 3) + "/f" + i + ".txt"), sb.toString());
    }
    Files.createSymbolicLink(dir.resolve("d1/dangling"), dir.resolve("nowhere"));
    for (String format : new String[] {"jsonl", "json", "sarif", "csv", "table", "html"}) {
      Cli.Run one = Cli.run("scan", "--format", format, "--threads", "1", dir.toString());
      Cli.Run four = Cli.run("scan", "--format", format, "--threads", "4", dir.toString());
      assertThat(four.out()).as(format).isEqualTo(one.out());
      assertThat(four.err()).as(format).isEqualTo(one.err());
    }
    Cli.Run run = Cli.run("scan", "--format", "jsonl", "--threads", "4", dir.toString());
    List<String> sources =
        findings(run.out(), "VN_CCCD").stream()
            .map(f -> f.get("source").asText())
            .distinct()
            .toList();
    assertThat(sources).isSorted();
  }

  @Test
  void writesTheReportToOutputAtomically() throws IOException {
    Path dir = Fixtures.sampleFolder(tmp);
    Path out = tmp.resolve("reports/report.jsonl");
    Files.createDirectories(out.getParent());
    Files.writeString(out, "old content");

    Cli.Run run = Cli.run("scan", "--format", "jsonl", "--output", out.toString(), dir.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    String written = Files.readString(out);
    assertThat(findings(written, "VN_CCCD")).hasSize(2);
    assertThat(summary(written).get("kind").asText()).isEqualTo("summary");
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertThat(files).containsExactly(out);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
