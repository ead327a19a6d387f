package org.pdpguard.sources.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;
import org.pdpguard.sources.ColumnSummary;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.ScanRecorder.Found;
import org.pdpguard.sources.testing.ScanRecorder.Note;
import org.pdpguard.sources.testing.TestEngine;

class CsvReaderTest {
  @TempDir Path dir;

  private ScanRecorder scan(String name, byte[] bytes) throws IOException {
    return TestEngine.scanBytes(dir, name, bytes, SourceSettings.defaults(), RecordReaders.all());
  }

  static final String[] NAMES = {
    "Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Minh Dũng", "Hoàng Thị Hà",
    "Vũ Đức Hải", "Đặng Thu Hằng", "Bùi Quang Huy", "Đỗ Thị Lan", "Hồ Văn Long",
    "Ngô Thị Mai", "Dương Văn Nam", "Lý Thị Ngọc", "Nguyễn Thị Oanh", "Trần Văn Phúc",
    "Lê Thị Quỳnh", "Phạm Văn Sơn", "Hoàng Văn Tâm", "Vũ Thị Thu", "Đặng Văn Tuấn"
  };
  static final String[] SLUGS = {
    "an.nguyen", "binh.tran", "cuong.le", "dung.pham", "ha.hoang", "hai.vu", "hang.dang",
    "huy.bui", "lan.do", "long.ho", "mai.ngo", "nam.duong", "ngoc.ly", "oanh.nguyen",
    "phuc.tran", "quynh.le", "son.pham", "tam.hoang", "thu.vu", "tuan.dang"
  };

  /** Synthetic row {@code i}: name, CCCD, phone, e-mail, address, birth date, bank account. */
  static String[] person(int i) {
    return new String[] {
      NAMES[i],
      "079" + (i % 2) + "9" + (i % 10) + String.format("%06d", 1000 + i * 37),
      "0912" + String.format("%06d", 345678 + i),
      SLUGS[i] + "@example.vn",
      (i + 1) + " Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
      String.format("%02d/%02d/19%02d", 1 + i % 28, 1 + i % 12, 70 + i),
      "0071000" + String.format("%06d", 123456 + i)
    };
  }

  static String customers(String delimiter) {
    StringBuilder b = new StringBuilder();
    b.append(
            String.join(
                delimiter,
                "ho_ten",
                "so_cccd",
                "so_dien_thoai",
                "email",
                "dia_chi",
                "ngay_sinh",
                "stk"))
        .append("\n");
    for (int i = 0; i < 20; i++) {
      String[] p = person(i);
      p[4] = "\"" + p[4] + "\"";
      b.append(String.join(delimiter, p)).append("\n");
    }
    return b.toString();
  }

  @Test
  void vietnameseHeadersNameTheColumnsAndTheSummaryGivesEachColumnItsType() throws IOException {
    ScanRecorder c = scan("khach_hang.csv", customers(",").getBytes(StandardCharsets.UTF_8));

    assertThat(c.outcome.error()).isNull();
    assertThat(c.errors).isEmpty();
    String[][] expected = {
      {"ho_ten", "PERSON_NAME"},
      {"so_cccd", "VN_CCCD"},
      {"so_dien_thoai", "PHONE_NUMBER"},
      {"email", "EMAIL_ADDRESS"},
      {"dia_chi", "ADDRESS"},
      {"ngay_sinh", "DATE_OF_BIRTH"},
      {"stk", "BANK_ACCOUNT"}
    };
    for (String[] e : expected) {
      ColumnSummary s = c.column("khach_hang.csv", e[0]);
      assertThat(s).as(e[0]).isNotNull();
      assertThat(s.type()).as(e[0]).isEqualTo(EntityType.valueOf(e[1]));
      assertThat(s.values()).as(e[0]).isEqualTo(20);
    }
    assertThat(c.column("khach_hang.csv", "so_cccd").share()).isEqualTo(1.0);
    assertThat(c.column("khach_hang.csv", "so_dien_thoai").share()).isEqualTo(1.0);

    Found third =
        c.of(EntityType.VN_CCCD).stream()
            .filter(f -> f.where().number(Location.ROW, 0) == 3)
            .findFirst()
            .orElseThrow();
    assertThat(third.source()).isEqualTo("khach_hang.csv");
    assertThat(third.where().get(Location.FIELD)).isEqualTo("so_cccd");
    assertThat(third.finding().line()).isEqualTo(4);
    assertThat(third.finding().value()).isEqualTo(person(2)[1]);
  }

  /** {@code s} in Windows-1258, whose tone marks are combining characters after the letter. */
  static byte[] windows1258(String s) {
    java.nio.charset.Charset cp = java.nio.charset.Charset.forName("windows-1258");
    java.nio.charset.CharsetEncoder enc = cp.newEncoder();
    StringBuilder out = new StringBuilder();
    String nfd = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
    for (int i = 0; i < nfd.length(); i++) {
      char base = nfd.charAt(i);
      // Compose the base with the marks the code page has precomposed (â ă ê ô ơ ư đ).
      while (i + 1 < nfd.length()
          && Character.getType(nfd.charAt(i + 1)) == Character.NON_SPACING_MARK) {
        String both =
            java.text.Normalizer.normalize(
                "" + base + nfd.charAt(i + 1), java.text.Normalizer.Form.NFC);
        if (both.length() == 1 && enc.canEncode(both.charAt(0))) {
          base = both.charAt(0);
          i++;
        } else {
          break;
        }
      }
      out.append(base);
      while (i + 1 < nfd.length()
          && Character.getType(nfd.charAt(i + 1)) == Character.NON_SPACING_MARK) {
        out.append(nfd.charAt(++i));
      }
    }
    return out.toString().getBytes(cp);
  }

  static String semicolonFile() {
    StringBuilder b = new StringBuilder("Họ tên;Số CCCD;Số điện thoại;Số tiền\n");
    for (int i = 0; i < 5; i++) {
      String[] p = person(i);
      b.append(p[0]).append(';').append(p[1]).append(';').append(p[2]).append(";1,5\n");
    }
    return b.toString();
  }

  @Test
  void readsASemicolonFileInWindows1258WithItsDecimalCommas() throws IOException {
    ScanRecorder c = scan("legacy.csv", windows1258(semicolonFile()));

    assertThat(c.errors).isEmpty();
    String header =
        new String(windows1258("Số CCCD"), java.nio.charset.Charset.forName("windows-1258"));
    ColumnSummary cccd = c.column("legacy.csv", header);
    assertThat(cccd).isNotNull();
    assertThat(cccd.type()).isEqualTo(EntityType.VN_CCCD);
    assertThat(cccd.values()).isEqualTo(5);
    assertThat(c.of(EntityType.PHONE_NUMBER)).hasSize(5);
    assertThat(c.of(EntityType.PERSON_NAME)).isNotEmpty();
  }

  @Test
  void readsUtf16WithAByteOrderMark() throws IOException {
    byte[] text = semicolonFile().getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);

    ScanRecorder c = scan("utf16.csv", bytes);

    ColumnSummary cccd = c.column("utf16.csv", "Số CCCD");
    assertThat(cccd.type()).isEqualTo(EntityType.VN_CCCD);
    assertThat(cccd.share()).isEqualTo(1.0);
    assertThat(c.of(EntityType.VN_CCCD).get(0).finding().line()).isEqualTo(2);
  }

  @Test
  void readsATabSeparatedFileWhoseCellsHoldCommas() throws IOException {
    String tsv = customers("\t").replace("\"", "");

    ScanRecorder c = scan("export.tsv", tsv.getBytes(StandardCharsets.UTF_8));

    assertThat(c.column("export.tsv", "dia_chi").type()).isEqualTo(EntityType.ADDRESS);
    assertThat(c.column("export.tsv", "so_cccd").share()).isEqualTo(1.0);
    assertThat(c.columns).extracting(ColumnSummary::column).doesNotContain("col2", "col8");
  }

  @Test
  void aQuotedFieldOverTwoLinesKeepsTheLinesOfTheRowsAfterIt() throws IOException {
    String csv =
        "ho_ten,ghi_chu,so_dien_thoai\n"
            + "Nguyễn Văn An,\"gọi sau 5 giờ,\nhoặc nhắn tin\",0912345678\n"
            + "Trần Thị Bình,,0987654321\n";

    ScanRecorder c = scan("notes.csv", csv.getBytes(StandardCharsets.UTF_8));

    List<Found> phones = c.of(EntityType.PHONE_NUMBER);
    assertThat(phones).hasSize(2);
    assertThat(phones.get(0).where().number(Location.ROW, 0)).isEqualTo(1);
    assertThat(phones.get(0).finding().line()).isEqualTo(2);
    assertThat(phones.get(1).where().number(Location.ROW, 0)).isEqualTo(2);
    assertThat(phones.get(1).finding().line()).isEqualTo(4);
    assertThat(phones.get(1).where().get(Location.FIELD)).isEqualTo("so_dien_thoai");
  }

  @Test
  void aFileWithoutHeaderNamesItsColumnsByPosition() throws IOException {
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      String[] p = person(i);
      csv.append(p[0]).append(',').append(p[1]).append(',').append(p[3]).append('\n');
    }

    ScanRecorder c = scan("raw.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(c.column("raw.csv", "col2").type()).isEqualTo(EntityType.VN_CCCD);
    assertThat(c.column("raw.csv", "col2").values()).isEqualTo(5);
    assertThat(c.column("raw.csv", "col3").type()).isEqualTo(EntityType.EMAIL_ADDRESS);
    assertThat(c.of(EntityType.VN_CCCD).get(0).where().number(Location.ROW, 0)).isEqualTo(1);
  }

  @Test
  void cellsPastTheHeaderAreNamedByTheirPosition() throws IOException {
    String csv = "ho_ten,ghi_chu\nNguyễn Văn An,khách quen,an.nguyen@example.vn\n";

    ScanRecorder c = scan("ragged.csv", csv.getBytes(StandardCharsets.UTF_8));

    assertThat(c.of(EntityType.EMAIL_ADDRESS).get(0).where().get(Location.FIELD)).isEqualTo("col3");
  }

  @Test
  void aLineOfTwentyMegabytesIsReportedAndTheRowsAfterItAreStillRead() throws IOException {
    StringBuilder csv = new StringBuilder("ho_ten,so_dien_thoai\n");
    csv.append("Nguyễn Văn An,0912345678\n");
    csv.append("x,").append("y".repeat(20 << 20)).append("\r\n");
    csv.append("Trần Thị Bình,0987654321\n");

    ScanRecorder c = scan("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(c.outcome.error()).isNull();
    assertThat(c.errors).hasSize(1);
    assertThat(c.errors.get(0).source()).isEqualTo("big.csv");
    assertThat(c.errors.get(0).message())
        .startsWith("dòng 3:")
        .contains("line 3: record longer than");
    List<Found> phones = c.of(EntityType.PHONE_NUMBER);
    assertThat(phones).hasSize(2);
    assertThat(phones.get(1).finding().line()).isEqualTo(4);
    assertThat(phones.get(1).where().number(Location.ROW, 0)).isEqualTo(2);
  }

  @Test
  void aCsvFileThatIsBinaryIsSkipped() throws IOException {
    ScanRecorder c = scan("x.csv", new byte[] {'a', 0, 'b', 0, 1, 2});

    assertThat(c.skipped).extracting(Note::source).containsExactly("x.csv");
    assertThat(c.findings).isEmpty();
  }

  @Test
  void onlyTheFirstColumnsOfAVeryWideRowAreReadAndTheCutIsReportedOnce() throws IOException {
    String wide = "x,".repeat(CsvReader.MAX_COLUMNS + 10);
    String csv = "ho_ten,so_dien_thoai\n" + wide + "\n" + wide + "\nTrần Thị Bình,0987654321\n";

    ScanRecorder c = scan("wide.csv", csv.getBytes(StandardCharsets.UTF_8));

    assertThat(c.errors)
        .extracting(Note::message)
        .containsExactly(
            "dòng 2: hơn 4096 cột, các cột sau không được quét"
                + " / line 2: more than 4096 columns; the rest not scanned");
    assertThat(c.of(EntityType.PHONE_NUMBER))
        .singleElement()
        .satisfies(f -> assertThat(f.finding().line()).isEqualTo(4));
  }
}
