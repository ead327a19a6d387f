package org.pdpguard.sources.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.testing.RecordingUnits;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.ScanRecorder.Found;
import org.pdpguard.sources.testing.TestEngine;

class TextDocumentsTest {
  static final String CCCD = "Số CCCD: 079203001234";
  static final String PHONE = "Điện thoại: 0912345678";
  static final String EMAIL = "Email: an.nguyen@example.vn";

  @TempDir Path dir;

  @Test
  void findsPersonalDataOnTheRightPageOfAPdf() throws Exception {
    Path pdf =
        Fixtures.pdf(
            dir.resolve("hoso.pdf"),
            List.of("Trang bìa, không có gì.", "Hồ sơ nhân viên\n" + CCCD, "Liên hệ\n" + PHONE));
    ScanRecorder e = TestEngine.scan(pdf, "hoso.pdf", DocumentReaders.all());
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.VN_CCCD))
        .extracting(Found::source, Found::where, Found::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "hoso.pdf", Location.NONE.with(Location.PAGE, 2), "079203001234"));
    assertThat(e.of(EntityType.PHONE_NUMBER))
        .extracting(Found::where)
        .containsExactly(Location.NONE.with(Location.PAGE, 3));
  }

  @Test
  void findsPersonalDataInADocx() throws Exception {
    Path docx =
        Fixtures.docx(dir.resolve("hopdong.docx"), List.of("Hợp đồng lao động", CCCD, EMAIL));
    ScanRecorder e = TestEngine.scan(docx, "hopdong.docx", DocumentReaders.all());
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.VN_CCCD)).extracting(Found::source).containsExactly("hopdong.docx");
    assertThat(e.of(EntityType.EMAIL_ADDRESS))
        .extracting(Found::value)
        .containsExactly("an.nguyen@example.vn");
  }

  @Test
  void givesTheSlideNumberOfAPptxAsItsPage() throws Exception {
    Path pptx =
        Fixtures.pptx(dir.resolve("baocao.pptx"), List.of("Báo cáo quý", "Liên hệ: " + PHONE));
    ScanRecorder e = TestEngine.scan(pptx, "baocao.pptx", DocumentReaders.all());
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.PHONE_NUMBER))
        .extracting(Found::source, Found::where)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "baocao.pptx", Location.NONE.with(Location.PAGE, 2)));
  }

  @Test
  void readsAPpt() throws Exception {
    Path ppt = Fixtures.ppt(dir.resolve("cu.ppt"), List.of("Trang một", CCCD));
    ScanRecorder e = TestEngine.scan(ppt, "cu.ppt", DocumentReaders.all());
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.VN_CCCD)).hasSize(1);
  }

  @Test
  void readsAnOdt() throws Exception {
    Path odt = Fixtures.odt(dir.resolve("don.odt"), List.of("Đơn xin việc", CCCD, PHONE));
    ScanRecorder e = TestEngine.scan(odt, "don.odt", DocumentReaders.all());
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.VN_CCCD)).extracting(Found::source).containsExactly("don.odt");
    assertThat(e.of(EntityType.PHONE_NUMBER)).hasSize(1);
  }

  @Test
  void readsAnRtfWithVietnameseEscapes() throws Exception {
    Path rtf = Fixtures.rtf(dir.resolve("thu.rtf"), "Kính gửi ông Nguyễn Văn An\n" + CCCD);
    ScanRecorder e = TestEngine.scan(rtf, "thu.rtf", DocumentReaders.all());
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.VN_CCCD)).extracting(Found::value).containsExactly("079203001234");
  }

  @Test
  void readsTheTextOfAnHtmlPageNotItsMarkup() throws Exception {
    Path html =
        Fixtures.html(dir.resolve("trang.html"), "Hồ sơ", "Khách hàng: " + EMAIL + ", " + PHONE);
    ScanRecorder e = TestEngine.scan(html, "trang.html", DocumentReaders.all());
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.EMAIL_ADDRESS)).hasSize(1);
    assertThat(e.of(EntityType.PHONE_NUMBER)).hasSize(1);
  }

  @Test
  void cutsALongDocumentIntoBoundedUnitsWithoutLosingFindings() throws Exception {
    // Varied words: a text that repeats one line compresses like a zip bomb and Tika refuses it.
    String[] words = {"báo", "cáo", "tài", "chính", "năm", "quý", "doanh", "thu", "kế", "hoạch"};
    java.util.Random random = new java.util.Random(4);
    StringBuilder filler = new StringBuilder();
    while (filler.length() < UnitHandler.UNIT_CHARS * 3) {
      filler.append(words[random.nextInt(words.length)]).append(random.nextInt(100_000));
      filler.append(random.nextInt(12) == 0 ? "\n" : " ");
    }
    Path docx =
        Fixtures.docx(
            dir.resolve("dai.docx"), List.of(filler.toString(), CCCD, filler.toString(), PHONE));
    RecordingUnits units = new RecordingUnits();
    Path file = docx;
    new TikaReader(new Tesseract())
        .read(RecordingUnits.content(file), java.nio.file.Files.newInputStream(file), units);
    assertThat(units.texts).hasSizeGreaterThan(3);
    assertThat(units.texts)
        .allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(UnitHandler.UNIT_CHARS * 2));
    assertThat(String.join("", units.texts)).contains("079203001234").contains("0912345678");
  }
}
