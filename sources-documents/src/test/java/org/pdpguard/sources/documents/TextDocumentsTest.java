package org.pdpguard.sources.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;
import org.pdpguard.sources.Location;

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
    Scans.Events e = Scans.scan(pdf, "hoso.pdf");
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.VN_CCCD))
        .extracting(Scans.Hit::source, Scans.Hit::where, Scans.Hit::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "hoso.pdf", Location.NONE.with(Location.PAGE, 2), "079203001234"));
    assertThat(e.of(EntityType.PHONE_NUMBER))
        .extracting(Scans.Hit::where)
        .containsExactly(Location.NONE.with(Location.PAGE, 3));
  }

  @Test
  void findsPersonalDataInADocx() throws Exception {
    Path docx =
        Fixtures.docx(dir.resolve("hopdong.docx"), List.of("Hợp đồng lao động", CCCD, EMAIL));
    Scans.Events e = Scans.scan(docx, "hopdong.docx");
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.VN_CCCD))
        .extracting(Scans.Hit::source)
        .containsExactly("hopdong.docx");
    assertThat(e.of(EntityType.EMAIL_ADDRESS))
        .extracting(Scans.Hit::value)
        .containsExactly("an.nguyen@example.vn");
  }

  @Test
  void givesTheSlideNumberOfAPptxAsItsPage() throws Exception {
    Path pptx =
        Fixtures.pptx(dir.resolve("baocao.pptx"), List.of("Báo cáo quý", "Liên hệ: " + PHONE));
    Scans.Events e = Scans.scan(pptx, "baocao.pptx");
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.PHONE_NUMBER))
        .extracting(Scans.Hit::source, Scans.Hit::where)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "baocao.pptx", Location.NONE.with(Location.PAGE, 2)));
  }

  @Test
  void readsAPpt() throws Exception {
    Path ppt = Fixtures.ppt(dir.resolve("cu.ppt"), List.of("Trang một", CCCD));
    Scans.Events e = Scans.scan(ppt, "cu.ppt");
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.VN_CCCD)).hasSize(1);
  }

  @Test
  void readsAnOdt() throws Exception {
    Path odt = Fixtures.odt(dir.resolve("don.odt"), List.of("Đơn xin việc", CCCD, PHONE));
    Scans.Events e = Scans.scan(odt, "don.odt");
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.VN_CCCD)).extracting(Scans.Hit::source).containsExactly("don.odt");
    assertThat(e.of(EntityType.PHONE_NUMBER)).hasSize(1);
  }

  @Test
  void readsAnRtfWithVietnameseEscapes() throws Exception {
    Path rtf = Fixtures.rtf(dir.resolve("thu.rtf"), "Kính gửi ông Nguyễn Văn An\n" + CCCD);
    Scans.Events e = Scans.scan(rtf, "thu.rtf");
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.VN_CCCD))
        .extracting(Scans.Hit::value)
        .containsExactly("079203001234");
  }

  @Test
  void readsTheTextOfAnHtmlPageNotItsMarkup() throws Exception {
    Path html =
        Fixtures.html(dir.resolve("trang.html"), "Hồ sơ", "Khách hàng: " + EMAIL + ", " + PHONE);
    Scans.Events e = Scans.scan(html, "trang.html");
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
