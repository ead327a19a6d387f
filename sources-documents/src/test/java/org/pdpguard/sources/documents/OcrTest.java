package org.pdpguard.sources.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;
import org.pdpguard.sources.FormatReader;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.ScanRecorder.Found;
import org.pdpguard.sources.testing.ScanRecorder.Note;
import org.pdpguard.sources.testing.TestEngine;

class OcrTest {
  static final List<String> CARD = List.of("Số CCCD: 079203001234", "Điện thoại: 0912 345 678");
  static final SourceSettings OCR = SourceSettings.defaults().withOcr(true);

  @TempDir Path dir;

  @BeforeAll
  static void fontIsThere() {
    assumeTrue(
        Fixtures.hasFont(), "font " + Fixtures.FONT + " missing (package fonts-dejavu-core)");
  }

  private static void assumeTesseract() {
    String why = new Tesseract().problem("vie+eng");
    assumeTrue(
        why == null,
        "OCR tests need tesseract-ocr and tesseract-ocr-vie (apt-get install tesseract-ocr"
            + " tesseract-ocr-vie): "
            + why);
  }

  @Test
  void readsTheIdNumberInAPictureWithOcr() throws Exception {
    assumeTesseract();
    Path png = Fixtures.png(dir.resolve("cccd.png"), Fixtures.picture(CARD));
    ScanRecorder e = TestEngine.scan(png, "cccd.png", OCR, DocumentReaders.all());
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.VN_CCCD))
        .extracting(Found::source, Found::value)
        .containsExactly(tuple("cccd.png", "079203001234"));
  }

  @Test
  void readsAScannedPdfPageWithOcrAndGivesItsPage() throws Exception {
    assumeTesseract();
    Path pdf = Fixtures.scannedPdf(dir.resolve("scan.pdf"), Fixtures.picture(CARD));
    ScanRecorder e = TestEngine.scan(pdf, "scan.pdf", OCR, DocumentReaders.all());
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.VN_CCCD))
        .extracting(Found::source, Found::where)
        .containsExactly(tuple("scan.pdf", Location.NONE.with(Location.PAGE, 1)));
  }

  @Test
  void skipsPicturesWithAHintWhenOcrIsOff() throws Exception {
    Path png = Fixtures.png(dir.resolve("cccd.png"), Fixtures.picture(CARD));
    ScanRecorder e = TestEngine.scan(png, "cccd.png", DocumentReaders.all());
    assertThat(e.findings).isEmpty();
    assertThat(e.skipped)
        .extracting(Note::source, Note::message)
        .containsExactly(tuple("cccd.png", ImageReader.OCR_OFF));
    assertThat(ImageReader.OCR_OFF).contains("--ocr");
  }

  @Test
  void reportsScannedPdfPagesAsSkippedWhenOcrIsOff() throws Exception {
    Path pdf = Fixtures.scannedPdf(dir.resolve("scan.pdf"), Fixtures.picture(CARD));
    ScanRecorder e = TestEngine.scan(pdf, "scan.pdf", DocumentReaders.all());
    assertThat(e.outcome.error()).isNull();
    assertThat(e.skipped)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.source()).isEqualTo("scan.pdf");
              assertThat(s.message()).contains("(1)").contains("--ocr");
            });
  }

  @Test
  void saysTesseractIsNotInstalledAndGoesOn() throws Exception {
    Tesseract missing = new Tesseract("/nonexistent/tesseract", Duration.ofSeconds(5));
    List<FormatReader> readers =
        List.of(new SpreadsheetReader(), new TikaReader(missing), new ImageReader(missing));
    Path png = Fixtures.png(dir.resolve("cccd.png"), Fixtures.picture(CARD));
    Path pdf = Fixtures.scannedPdf(dir.resolve("scan.pdf"), Fixtures.picture(CARD));
    ScanRecorder image = TestEngine.scan(png, "cccd.png", OCR, readers);
    assertThat(image.outcome.error()).isEqualTo(Tesseract.NOT_INSTALLED);
    ScanRecorder scan = TestEngine.scan(pdf, "scan.pdf", OCR, readers);
    assertThat(scan.outcome.error()).isNull();
    assertThat(scan.errors)
        .extracting(Note::source, Note::message)
        .containsExactly(tuple("scan.pdf", Tesseract.NOT_INSTALLED));
  }

  @Test
  void namesAMissingLanguage() {
    assumeTesseract();
    assertThat(new Tesseract().problem("vie+xyzzy"))
        .contains("xyzzy")
        .contains("tesseract-ocr-xyzzy");
  }

  @Test
  void refusesLanguagesThatLookLikeOptions() {
    assertThat(new Tesseract().problem("--help")).contains("--help").startsWith("ngôn ngữ OCR");
  }

  @Test
  void stopsAnOcrRunPastItsTimeLimit() throws Exception {
    Path slow =
        Files.writeString(
            dir.resolve("slow.sh"),
            "#!/bin/sh\nif [ \"$1\" = --list-langs ]; then echo List; echo vie; echo eng; exit 0; fi\nsleep 30\n");
    slow.toFile().setExecutable(true);
    Tesseract t = new Tesseract(slow.toString(), Duration.ofMillis(500));
    Path png = Fixtures.png(dir.resolve("a.png"), Fixtures.picture(List.of("x")));
    long start = System.nanoTime();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.read(png, "vie+eng"))
        .hasMessageContaining("OCR timed out");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  private Path docxWithCard() throws Exception {
    java.awt.image.BufferedImage card = Fixtures.picture(CARD);
    byte[] png = Files.readAllBytes(Fixtures.png(dir.resolve("c.png"), card));
    return Fixtures.docxWithPicture(
        dir.resolve("don.docx"), "Ảnh giấy tờ đính kèm", png, card.getWidth(), card.getHeight());
  }

  @Test
  void readsAPictureInsideADocxWithOcr() throws Exception {
    assumeTesseract();
    ScanRecorder e = TestEngine.scan(docxWithCard(), "don.docx", OCR, DocumentReaders.all());
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.VN_CCCD))
        .extracting(Found::source)
        .singleElement()
        .asString()
        .startsWith("don.docx!/")
        .endsWith(".png");
  }

  @Test
  void leavesPicturesInsideADocxAloneWithoutOcr() throws Exception {
    ScanRecorder e = TestEngine.scan(docxWithCard(), "don.docx", DocumentReaders.all());
    assertThat(e.problems()).isEmpty();
    assertThat(e.skipped).isEmpty();
    assertThat(e.of(EntityType.VN_CCCD)).isEmpty();
  }
}
