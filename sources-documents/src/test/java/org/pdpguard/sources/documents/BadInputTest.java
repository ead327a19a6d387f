package org.pdpguard.sources.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.ScanRecorder.Found;
import org.pdpguard.sources.testing.TestEngine;

class BadInputTest {
  @TempDir Path dir;

  @Test
  void reportsAnEncryptedPdfAsPasswordProtected() throws Exception {
    Path pdf = Fixtures.encryptedPdf(dir.resolve("khoa.pdf"), "Số CCCD: 079203001234");
    ScanRecorder e = TestEngine.scan(pdf, "khoa.pdf", DocumentReaders.all());
    assertThat(e.outcome.error()).isEqualTo(Failures.PASSWORD);
    assertThat(e.findings).isEmpty();
  }

  @Test
  void reportsATruncatedDocxAsCorrupt() throws Exception {
    Path docx = Fixtures.docx(dir.resolve("a.docx"), List.of("Số CCCD: 079203001234"));
    byte[] bytes = Files.readAllBytes(docx);
    Path cut = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
    ScanRecorder e = TestEngine.scan(cut, "cut.docx", DocumentReaders.all());
    assertThat(e.outcome.error()).startsWith(Failures.CORRUPT);
  }

  @Test
  void reportsATruncatedPdfWithoutHanging() throws Exception {
    Path pdf = Fixtures.pdf(dir.resolve("a.pdf"), List.of("Trang một", "Số CCCD: 079203001234"));
    byte[] bytes = Files.readAllBytes(pdf);
    Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, 400));
    ScanRecorder e = TestEngine.scan(cut, "cut.pdf", DocumentReaders.all());
    assertThat(e.problems()).isNotEmpty();
    assertThat(e.problems().get(0)).startsWith(Failures.CORRUPT);
  }

  @Test
  void reportsGarbageBehindAnOfficeSignatureAsCorrupt() throws Exception {
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    junk[0] = (byte) 0xD0;
    junk[1] = (byte) 0xCF;
    junk[2] = 0x11;
    junk[3] = (byte) 0xE0;
    junk[4] = (byte) 0xA1;
    junk[5] = (byte) 0xB1;
    junk[6] = 0x1A;
    junk[7] = (byte) 0xE1;
    Path doc = Files.write(dir.resolve("hong.doc"), junk);
    ScanRecorder e = TestEngine.scan(doc, "hong.doc", DocumentReaders.all());
    assertThat(e.outcome.error()).startsWith(Failures.CORRUPT);
  }

  @Test
  void goesOnWithTheNextFileAfterABrokenOne() throws Exception {
    Path broken =
        Files.write(dir.resolve("x.pdf"), "%PDF-1.7\nrác".getBytes(StandardCharsets.UTF_8));
    Path good = Fixtures.docx(dir.resolve("b.docx"), List.of("Số CCCD: 079203001234"));
    assertThat(TestEngine.scan(broken, "x.pdf", DocumentReaders.all()).outcome.error()).isNotNull();
    assertThat(TestEngine.scan(good, "b.docx", DocumentReaders.all()).of(EntityType.VN_CCCD))
        .hasSize(1);
  }

  @Test
  void printsNothingWhileReadingBrokenDocuments() throws Exception {
    Path pdf =
        Files.write(
            dir.resolve("x.pdf"),
            "%PDF-1.4\n1 0 obj <<>> endobj trailer".getBytes(StandardCharsets.US_ASCII));
    Path enc = Fixtures.encryptedPdf(dir.resolve("e.pdf"), "x");
    Path docx = Fixtures.docx(dir.resolve("a.docx"), List.of("văn bản"));
    byte[] bytes = Files.readAllBytes(docx);
    Path cut = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(bytes, bytes.length / 2));
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      TestEngine.scan(pdf, "x.pdf", DocumentReaders.all());
      TestEngine.scan(enc, "e.pdf", DocumentReaders.all());
      TestEngine.scan(cut, "cut.docx", DocumentReaders.all());
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    long before = countTemps(tmp);
    Path pdf = Fixtures.pdf(dir.resolve("a.pdf"), List.of("Số CCCD: 079203001234"));
    Path eml =
        Fixtures.eml(
            dir.resolve("m.eml"),
            "a@example.vn",
            "x",
            "y",
            java.util.Map.of("a.pdf", Files.readAllBytes(pdf)));
    ScanRecorder e = TestEngine.scan(eml, "m.eml", DocumentReaders.all());
    assertThat(e.of(EntityType.VN_CCCD)).extracting(Found::source).containsExactly("m.eml!/a.pdf");
    assertThat(countTemps(tmp)).isEqualTo(before);
  }

  private static long countTemps(Path tmp) throws Exception {
    try (var s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("pdpguard-doc-") || n.startsWith("apache-tika-"))
          .count();
    }
  }
}
