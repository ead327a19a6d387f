package org.pdpguard.sources.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;
import org.pdpguard.sources.FormatReader;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.archive.Archives.Item;
import org.pdpguard.sources.records.RecordReaders;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.ScanRecorder.Found;
import org.pdpguard.sources.testing.ScanRecorder.Note;
import org.pdpguard.sources.testing.TestEngine;

class ArchiveReadersTest {
  static final String CCCD_TEXT = "Nhân viên: Nguyễn Văn An\nSố CCCD: 079203001234\n";
  static final String CSV =
      "ho_ten,so_cccd,email\nNguyễn Văn An,079203001234,an.nguyen@example.vn\n"
          + "Trần Thị Bình,079303001235,binh.tran@example.vn\n";

  @TempDir Path dir;

  static List<FormatReader> readers() {
    List<FormatReader> all = new ArrayList<>(ArchiveReaders.all());
    all.addAll(RecordReaders.all());
    return all;
  }

  ScanRecorder scan(String name, byte[] bytes) throws IOException {
    return scan(name, bytes, SourceSettings.defaults());
  }

  ScanRecorder scan(String name, byte[] bytes, SourceSettings settings) throws IOException {
    return TestEngine.scanBytes(dir, name, bytes, settings, readers());
  }

  @Test
  void aCccdInAZipInsideATarGzIsFoundUnderItsFullName() throws IOException {
    byte[] inner = Archives.streamedZip(Archives.text("hr/nv.txt", CCCD_TEXT));
    byte[] outer = Archives.gzip(Archives.tar(new Item("inner.zip", inner)));

    ScanRecorder c = scan("a.tar.gz", outer);

    assertThat(c.outcome.error()).isNull();
    assertThat(c.errors).isEmpty();
    assertThat(c.of(EntityType.VN_CCCD))
        .extracting(Found::source)
        .containsExactly("a.tar.gz!/inner.zip!/hr/nv.txt");
  }

  @Test
  void aGzipFileIsReadAsTheFileItHolds() throws IOException {
    ScanRecorder c = scan("export.csv.gz", Archives.gzip(CSV.getBytes(StandardCharsets.UTF_8)));

    assertThat(c.column("export.csv.gz!/export.csv", "so_cccd").type())
        .isEqualTo(EntityType.VN_CCCD);
    assertThat(c.column("export.csv.gz!/export.csv", "so_cccd").values()).isEqualTo(2);
  }

  @Test
  void aBzip2TarAndABzip2FileAreRead() throws IOException {
    byte[] tbz = Archives.bzip2(Archives.tar(Archives.text("ds/khach.csv", CSV)));
    byte[] bz = Archives.bzip2(CCCD_TEXT.getBytes(StandardCharsets.UTF_8));

    assertThat(scan("b.tar.bz2", tbz).sources()).containsOnly("b.tar.bz2!/ds/khach.csv");
    assertThat(scan("nv.txt.bz2", bz).sources()).containsOnly("nv.txt.bz2!/nv.txt");
  }

  @Test
  void aCompressedTarIsRecognisedByItsBytesWhateverItsName() throws IOException {
    byte[] tgz = Archives.gzip(Archives.tar(Archives.text("nv.txt", CCCD_TEXT)));

    assertThat(scan("backup.bin", tgz).sources()).containsOnly("backup.bin!/nv.txt");
  }

  @Test
  void contentNestedDeeperThanTheLimitIsSkipped() throws IOException {
    byte[] c3 = Archives.streamedZip(Archives.text("c.txt", CCCD_TEXT));
    byte[] b2 = Archives.streamedZip(new Item("b.zip", c3), Archives.text("b.txt", CCCD_TEXT));
    SourceSettings settings = SourceSettings.defaults().withArchiveLimits(1, 1 << 20, 1 << 24, 200);

    ScanRecorder c = scan("a.zip", b2, settings);

    assertThat(c.sources()).containsExactly("a.zip!/b.txt");
    assertThat(c.skipped)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.source()).isEqualTo("a.zip!/b.zip!/c.txt");
              assertThat(s.message()).contains("nested too deep (limit 1)");
            });
  }

  @Test
  void entriesWithUnsafePathsAreReportedAndNotRead() throws IOException {
    byte[] zip =
        Archives.streamedZip(
            Archives.text("../evil.txt", CCCD_TEXT),
            Archives.text("/etc/passwd", CCCD_TEXT),
            Archives.text("C:\\Windows\\x.txt", CCCD_TEXT),
            Archives.text("ok/./nv.txt", CCCD_TEXT));

    ScanRecorder c = scan("x.zip", zip);

    assertThat(c.errors)
        .extracting(Note::source)
        .containsExactly("x.zip!/../evil.txt", "x.zip!//etc/passwd", "x.zip!/C:/Windows/x.txt");
    assertThat(c.errors).extracting(Note::message).containsOnly(EntryPaths.UNSAFE);
    assertThat(c.sources()).containsExactly("x.zip!/ok/nv.txt");
  }

  @Test
  void aTarSymbolicLinkIsSkippedAndNotFollowed() throws IOException {
    byte[] tar =
        Archives.tar(
            new Item("passwd -> /etc/passwd", new byte[0]), Archives.text("nv.txt", CCCD_TEXT));

    ScanRecorder c = scan("links.tar", tar);

    assertThat(c.skipped)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.source()).isEqualTo("links.tar!/passwd");
              assertThat(s.message()).contains("symbolic link");
            });
    assertThat(c.sources()).containsExactly("links.tar!/nv.txt");
  }

  @Test
  void aTarEntryDeclaredLargerThanTheLimitIsReportedWithoutReadingIt() throws IOException {
    byte[] tar =
        Archives.tar(
            new Item("big.txt", CCCD_TEXT.getBytes(StandardCharsets.UTF_8), 100),
            Archives.text("small.txt", CCCD_TEXT));
    SourceSettings settings = SourceSettings.defaults().withArchiveLimits(5, 1000, 1 << 20, 200);

    ScanRecorder c = scan("t.tar", tar, settings);

    assertThat(c.errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo("t.tar!/big.txt");
              assertThat(e.message()).contains("entry expands past 1000 bytes");
            });
    assertThat(c.sources()).containsExactly("t.tar!/small.txt");
  }

  @Test
  void zipBasedDocumentsAreNotTakenAsArchives() throws IOException {
    Path docx = dir.resolve("r.docx");
    Archives.sizedZip(docx, Archives.text("word/document.xml", CCCD_TEXT));
    Path named = dir.resolve("r.bin");
    Archives.sizedZip(named, Archives.text("[Content_Types].xml", CCCD_TEXT));
    Path zip = dir.resolve("r.zip");
    Archives.sizedZip(zip, Archives.text("[Content_Types].xml", CCCD_TEXT));

    ScanRecorder asDocx = TestEngine.scan(docx, "r.docx", SourceSettings.defaults(), readers());
    ScanRecorder asBin = TestEngine.scan(named, "r.bin", SourceSettings.defaults(), readers());
    ScanRecorder asZip = TestEngine.scan(zip, "r.zip", SourceSettings.defaults(), readers());

    assertThat(asDocx.findings).isEmpty();
    assertThat(asDocx.skipped).extracting(Note::source).containsExactly("r.docx");
    assertThat(asBin.findings).isEmpty();
    assertThat(asBin.skipped).extracting(Note::source).containsExactly("r.bin");
    assertThat(asZip.sources()).containsExactly("r.zip!/[Content_Types].xml");
  }

  @Test
  void aLimitPassedInsideACsvOrJsonEntryIsReportedAsTheLimitAfterTheRowsBeforeIt()
      throws IOException {
    // Past the ratio grace, rows of filler compress far more than 5 times.
    StringBuilder csv = new StringBuilder(CSV);
    StringBuilder jsonl = new StringBuilder("{\"email\": \"cuong.le@example.vn\"}\n");
    while (jsonl.length() < 3 * Guard.RATIO_GRACE) {
      csv.append("-,-,-\n");
      jsonl.append("{\"email\": \"-\"}\n");
    }
    Path zip = dir.resolve("exports.zip");
    Archives.sizedZip(
        zip, Archives.text("a.csv", csv.toString()), Archives.text("b.jsonl", jsonl.toString()));
    SourceSettings settings = SourceSettings.defaults().withArchiveLimits(5, 1L << 30, 1L << 30, 5);

    ScanRecorder c = TestEngine.scan(zip, "exports.zip", settings, readers());

    String limit = LimitExceeded.ratio(5).getMessage();
    assertThat(c.errors)
        .containsExactly(
            new Note("exports.zip!/a.csv", limit), new Note("exports.zip!/b.jsonl", limit));
    assertThat(c.sources()).containsExactly("exports.zip!/a.csv", "exports.zip!/b.jsonl");
  }
}
