package org.pdpguard.sources.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.testing.RecordingUnits;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.ScanRecorder.Found;
import org.pdpguard.sources.testing.ScanRecorder.Note;
import org.pdpguard.sources.testing.TestEngine;

class MailTest {
  static final String FROM = Fixtures.encodedWord("Nguyễn Văn An") + " <an.nguyen@example.vn>";

  @TempDir Path dir;

  private Path mail(Map<String, byte[]> attachments) throws Exception {
    return Fixtures.eml(
        dir.resolve("mail.eml"),
        FROM,
        "Hồ sơ xin việc",
        "Kính gửi phòng nhân sự,\nĐiện thoại của tôi: 0912345678.\n",
        attachments);
  }

  @Test
  void findsPersonalDataInTheHeadersAndBodyOfAnEml() throws Exception {
    ScanRecorder e = TestEngine.scan(mail(Map.of()), "mail.eml", DocumentReaders.all());
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.EMAIL_ADDRESS))
        .extracting(Found::source, Found::where, Found::value)
        .contains(
            tuple("mail.eml", Location.NONE.with(Location.FIELD, "From"), "an.nguyen@example.vn"));
    assertThat(e.of(EntityType.PHONE_NUMBER))
        .extracting(Found::source, Found::where)
        .containsExactly(tuple("mail.eml", Location.NONE));
  }

  @Test
  void readsAPdfAttachmentUnderTheMailsName() throws Exception {
    Path pdf = Fixtures.pdf(dir.resolve("x.pdf"), List.of("Hồ sơ\nSố CCCD: 079203001234"));
    ScanRecorder e =
        TestEngine.scan(
            mail(Map.of("hoso.pdf", Files.readAllBytes(pdf))), "mail.eml", DocumentReaders.all());
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.VN_CCCD))
        .extracting(Found::source, Found::where)
        .containsExactly(tuple("mail.eml!/hoso.pdf", Location.NONE.with(Location.PAGE, 1)));
  }

  @Test
  void handsAZipAttachmentToNestedWithItsName() throws Exception {
    byte[] zip = Fixtures.zip("ds.csv", "ho_ten,so_cccd\nNguyễn Văn An,079203001234\n");
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("tailieu.zip", zip);
    files.put("../../etc/passwd", "x".getBytes());
    Path eml = mail(files);
    RecordingUnits units = new RecordingUnits();
    new TikaReader(new Tesseract())
        .read(RecordingUnits.content(eml), Files.newInputStream(eml), units);
    assertThat(units.nested)
        .extracting(RecordingUnits.Nested::name, RecordingUnits.Nested::depth)
        .containsExactly(tuple("mail.eml!/tailieu.zip", 1), tuple("mail.eml!/passwd", 1));
    assertThat(units.nested.get(0).bytes()).isEqualTo(zip);
  }

  @Test
  void reportsAPictureAttachmentAsSkippedWithoutOcr() throws Exception {
    Path png = Fixtures.png(dir.resolve("p.png"), Fixtures.picture(List.of("Số CCCD")));
    ScanRecorder e =
        TestEngine.scan(
            mail(Map.of("cccd.png", Files.readAllBytes(png))), "mail.eml", DocumentReaders.all());
    assertThat(e.skipped)
        .extracting(Note::source, Note::message)
        .containsExactly(tuple("mail.eml!/cccd.png", ImageReader.OCR_OFF));
  }

  @Test
  void readsTheCsvInsideAZipAttachmentWithTheArchiveReaders() throws Exception {
    byte[] zip = Fixtures.zip("ds.csv", "ho_ten,so_cccd\nNguyễn Văn An,079203001234\n");
    List<org.pdpguard.sources.FormatReader> readers = new java.util.ArrayList<>();
    readers.addAll(DocumentReaders.all());
    readers.addAll(org.pdpguard.sources.archive.ArchiveReaders.all());
    readers.addAll(org.pdpguard.sources.records.RecordReaders.all());
    ScanRecorder e =
        TestEngine.scan(
            mail(Map.of("tailieu.zip", zip)),
            "mail.eml",
            org.pdpguard.sources.SourceSettings.defaults(),
            readers);
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.VN_CCCD))
        .extracting(Found::source)
        .containsExactly("mail.eml!/tailieu.zip!/ds.csv");
  }

  @Test
  void readsAnXlsxAttachmentAsRecords() throws Exception {
    Object[][] rows = {{"Họ tên", "Số CCCD"}, {"Nguyễn Văn An", "079203001234"}};
    Path xlsx = Fixtures.xlsx(dir.resolve("x.xlsx"), Map.of("DS", rows));
    ScanRecorder e =
        TestEngine.scan(
            mail(Map.of("ds.xlsx", Files.readAllBytes(xlsx))), "mail.eml", DocumentReaders.all());
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.VN_CCCD))
        .extracting(Found::source, Found::where)
        .containsExactly(
            tuple(
                "mail.eml!/ds.xlsx",
                Location.NONE
                    .with(Location.SHEET, "DS")
                    .with(Location.ROW, 2)
                    .with(Location.CELL, "B2")
                    .with(Location.FIELD, "Số CCCD")));
  }
}
