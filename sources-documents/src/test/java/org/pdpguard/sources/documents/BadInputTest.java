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

class BadInputTest {
  @TempDir Path dir;

  @Test
  void reportsAnEncryptedPdfAsPasswordProtected() throws Exception {
    Path pdf = Fixtures.encryptedPdf(dir.resolve("khoa.pdf"), "Số CCCD: 079203001234");
    Scans.Events e = Scans.scan(pdf, "khoa.pdf");
    assertThat(e.outcome.error()).isEqualTo(Failures.PASSWORD);
    assertThat(e.hits).isEmpty();
  }

  @Test
  void reportsATruncatedDocxAsCorrupt() throws Exception {
    Path docx = Fixtures.docx(dir.resolve("a.docx"), List.of("Số CCCD: 079203001234"));
    byte[] bytes = Files.readAllBytes(docx);
    Path cut = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
    Scans.Events e = Scans.scan(cut, "cut.docx");
    assertThat(e.outcome.error()).startsWith(Failures.CORRUPT);
  }

  @Test
  void reportsATruncatedPdfWithoutHanging() throws Exception {
    Path pdf = Fixtures.pdf(dir.resolve("a.pdf"), List.of("Trang một", "Số CCCD: 079203001234"));
    byte[] bytes = Files.readAllBytes(pdf);
    Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, 400));
    Scans.Events e = Scans.scan(cut, "cut.pdf");
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
    Scans.Events e = Scans.scan(doc, "hong.doc");
    assertThat(e.outcome.error()).startsWith(Failures.CORRUPT);
  }

  @Test
  void goesOnWithTheNextFileAfterABrokenOne() throws Exception {
    Path broken =
        Files.write(dir.resolve("x.pdf"), "%PDF-1.7\nrác".getBytes(StandardCharsets.UTF_8));
    Path good = Fixtures.docx(dir.resolve("b.docx"), List.of("Số CCCD: 079203001234"));
    assertThat(Scans.scan(broken, "x.pdf").outcome.error()).isNotNull();
    assertThat(Scans.scan(good, "b.docx").of(EntityType.VN_CCCD)).hasSize(1);
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
      Scans.scan(pdf, "x.pdf");
      Scans.scan(enc, "e.pdf");
      Scans.scan(cut, "cut.docx");
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
    Scans.Events e = Scans.scan(eml, "m.eml");
    assertThat(e.of(EntityType.VN_CCCD))
        .extracting(Scans.Hit::source)
        .containsExactly("m.eml!/a.pdf");
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
