package org.pdpguard.sources.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;
import org.pdpguard.sources.ColumnSummary;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.testing.RecordingUnits;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.ScanRecorder.Found;
import org.pdpguard.sources.testing.TestEngine;

class SpreadsheetsTest {
  @TempDir Path dir;

  static final Object[][] STAFF = {
    {"Họ tên", "Số CCCD", "Điện thoại", "Ghi chú"},
    {"Nguyễn Văn An", "079203001234", "0912345678", "nhân viên mới"},
    {"Trần Thị Bình", "001302004567", "0987654321", null},
    {"Lê Văn Cường", "079098001122", "0903123456", "nghỉ phép"},
  };

  private static Map<String, Object[][]> sheets(Object... pairs) {
    Map<String, Object[][]> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (Object[][]) pairs[i + 1]);
    }
    return m;
  }

  private static Location cell(String sheet, int row, String cell, String field) {
    return Location.NONE
        .with(Location.SHEET, sheet)
        .with(Location.ROW, row)
        .with(Location.CELL, cell)
        .with(Location.FIELD, field);
  }

  @Test
  void reportsTheSheetRowCellAndColumnNameOfAnXlsxFinding() throws Exception {
    Object[][] notes = {{"Năm 2024"}, {"Không có gì"}};
    Path xlsx =
        Fixtures.xlsx(dir.resolve("nhansu.xlsx"), sheets("Ghi chú", notes, "Nhân viên", STAFF));
    ScanRecorder e = TestEngine.scan(xlsx, "nhansu.xlsx", DocumentReaders.all());
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.VN_CCCD))
        .extracting(Found::source, Found::where, Found::value)
        .contains(tuple("nhansu.xlsx", cell("Nhân viên", 2, "B2", "Số CCCD"), "079203001234"));
    assertThat(e.of(EntityType.PHONE_NUMBER))
        .extracting(Found::where)
        .contains(cell("Nhân viên", 4, "C4", "Điện thoại"));
  }

  @Test
  void summarisesTheColumnsOfAnXlsxSheet() throws Exception {
    Path xlsx = Fixtures.xlsx(dir.resolve("nhansu.xlsx"), sheets("Nhân viên", STAFF));
    ScanRecorder e = TestEngine.scan(xlsx, "nhansu.xlsx", DocumentReaders.all());
    assertThat(e.columns)
        .filteredOn(c -> c.column().equals("Số CCCD"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.source()).isEqualTo("nhansu.xlsx");
              assertThat(c.table()).isEqualTo("Nhân viên");
              assertThat(c.type()).isEqualTo(EntityType.VN_CCCD);
              assertThat(c.values()).isEqualTo(3);
              assertThat(c.matched()).isEqualTo(3);
            });
    assertThat(e.columns).extracting(ColumnSummary::column).doesNotContain("Ghi chú");
  }

  @Test
  void namesFieldsByColumnLetterWhenTheFirstRowIsData() throws Exception {
    Object[][] rows = {
      {"Nguyễn Văn An", "an.nguyen@example.vn"}, {"Trần Thị Bình", "binh.tran@example.vn"}
    };
    Path xlsx = Fixtures.xlsx(dir.resolve("ds.xlsx"), sheets("DS", rows));
    ScanRecorder e = TestEngine.scan(xlsx, "ds.xlsx", DocumentReaders.all());
    assertThat(e.of(EntityType.EMAIL_ADDRESS))
        .extracting(Found::where)
        .containsExactly(cell("DS", 1, "B1", "B"), cell("DS", 2, "B2", "B"));
  }

  @Test
  void formatsNumbersAsTheSheetShowsThem() throws Exception {
    Object[][] rows = {{"Mã NV", "Số CCCD"}, {1001, 79203001234.0}};
    Path xlsx = Fixtures.xlsx(dir.resolve("so.xlsx"), sheets("S", rows));
    RecordingUnits units = new RecordingUnits();
    new SpreadsheetReader().read(RecordingUnits.content(xlsx), Files.newInputStream(xlsx), units);
    assertThat(units.texts).isEmpty();
    assertThat(units.rows)
        .singleElement()
        .extracting(row -> row.fields().toString())
        .asString()
        .contains("1001")
        .contains("79203001234")
        .doesNotContain("E+")
        .doesNotContain("1001.0");
  }

  @Test
  void readsAnXlsWithTheSameLocations() throws Exception {
    Path xls = Fixtures.xls(dir.resolve("cu.xls"), sheets("Nhân viên", STAFF));
    ScanRecorder e = TestEngine.scan(xls, "cu.xls", DocumentReaders.all());
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.VN_CCCD))
        .extracting(Found::where)
        .contains(cell("Nhân viên", 2, "B2", "Số CCCD"));
    assertThat(e.columns).extracting(ColumnSummary::column).contains("Số CCCD");
  }

  @Test
  void readsAnOdsWithoutWalkingItsRepeatedEmptyRows() throws Exception {
    String[][] rows = {
      {"Họ tên", "Số CCCD", "Email"},
      {"Nguyễn Văn An", "079203001234", "an.nguyen@example.vn"},
    };
    Path ods = Fixtures.ods(dir.resolve("bang.ods"), "Khách hàng", rows);
    ScanRecorder e = TestEngine.scan(ods, "bang.ods", DocumentReaders.all());
    assertThat(e.problems()).isEmpty();
    assertThat(e.of(EntityType.EMAIL_ADDRESS))
        .extracting(Found::source, Found::where)
        .containsExactly(tuple("bang.ods", cell("Khách hàng", 2, "C2", "Email")));
    assertThat(e.of(EntityType.VN_CCCD)).hasSize(1);
  }

  @Test
  void reportsAnEncryptedXlsxAsPasswordProtected() throws Exception {
    Path plain = Fixtures.xlsx(dir.resolve("plain.xlsx"), sheets("Nhân viên", STAFF));
    Path locked = Fixtures.encrypt(plain, dir.resolve("khoa.xlsx"), "mat-khau");
    ScanRecorder e = TestEngine.scan(locked, "khoa.xlsx", DocumentReaders.all());
    assertThat(e.outcome.error()).isEqualTo(Failures.PASSWORD);
    assertThat(e.findings).isEmpty();
  }

  @Test
  void reportsATruncatedXlsxAsCorrupt() throws Exception {
    Path xlsx = Fixtures.xlsx(dir.resolve("nhansu.xlsx"), sheets("Nhân viên", STAFF));
    byte[] bytes = Files.readAllBytes(xlsx);
    Path cut =
        Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    ScanRecorder e = TestEngine.scan(cut, "cut.xlsx", DocumentReaders.all());
    assertThat(e.outcome.error()).startsWith(Failures.CORRUPT);
  }
}
