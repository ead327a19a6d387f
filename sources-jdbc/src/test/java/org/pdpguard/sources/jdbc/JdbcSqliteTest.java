package org.pdpguard.sources.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;
import org.pdpguard.sources.ColumnSummary;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.ScanRecorder.Found;
import org.pdpguard.sources.testing.TestEngine;

class JdbcSqliteTest {
  @TempDir static Path dir;
  static String url;

  @BeforeAll
  static void database() throws SQLException {
    url = "jdbc:sqlite:" + dir.resolve("crm.db");
    try (Connection c = DriverManager.getConnection(url)) {
      Customers.create(c, "khach_hang", 40, "BLOB");
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE nhat_ky (noi_dung TEXT)"); // no primary key
        s.execute(
            "INSERT INTO nhat_ky VALUES ('Gọi cho 0912345678'), ('không có gì'),"
                + " ('gửi an.nguyen@example.vn')");
        s.execute(
            "CREATE TABLE \"khách \"\"VIP\"\"\" (ma INTEGER PRIMARY KEY, \"thư điện tử\" TEXT)");
        s.execute("INSERT INTO \"khách \"\"VIP\"\"\" VALUES (7, 'vip7@example.vn')");
        s.execute("CREATE TABLE ghi_chu_dai (id INTEGER PRIMARY KEY, ghi_chu TEXT)");
        s.execute(
            "INSERT INTO ghi_chu_dai VALUES (1, 'dau@example.vn ' || hex(zeroblob(50000))"
                + " || ' cuoi@example.vn')");
        s.execute("CREATE VIEW v_khach AS SELECT email FROM khach_hang");
      }
    }
  }

  static ScanRecorder scan(SourceSettings settings) {
    return TestEngine.scan(new JdbcConnector(), url, settings);
  }

  @Test
  void findingsNameTheTableTheFieldAndThePrimaryKeyOfTheirRow() {
    ScanRecorder r = scan(SourceSettings.defaults());

    assertThat(r.outcome.error()).isNull();
    assertThat(r.errors).isEmpty();
    Found cccd =
        r.findings.stream()
            .filter(f -> f.type() == EntityType.VN_CCCD && "id=3".equals(f.get(Location.KEY)))
            .findFirst()
            .orElseThrow();
    assertThat(cccd.source()).isEqualTo(url);
    assertThat(cccd.get(Location.TABLE)).isEqualTo("main.khach_hang");
    assertThat(cccd.get(Location.FIELD)).isEqualTo("so_cccd");
    assertThat(cccd.finding().value()).isEqualTo(Customers.cccd(3));
    assertThat(cccd.finding().line()).isZero();
  }

  @Test
  void theColumnSummarySaysWhatEachCustomerColumnHolds() {
    ScanRecorder r = scan(SourceSettings.defaults());

    assertThat(r.columnTypes())
        .containsEntry("main.khach_hang.so_cccd", EntityType.VN_CCCD)
        .containsEntry("main.khach_hang.so_dien_thoai", EntityType.PHONE_NUMBER)
        .containsEntry("main.khach_hang.email", EntityType.EMAIL_ADDRESS)
        .containsEntry("main.khach_hang.ho_ten", EntityType.PERSON_NAME)
        .containsEntry("main.khach_hang.dia_chi", EntityType.ADDRESS)
        .doesNotContainKey("main.khach_hang.so_tien");
    ColumnSummary cccd = r.column("main.khach_hang.so_cccd");
    assertThat(cccd.values()).isEqualTo(40);
    assertThat(cccd.share()).isEqualTo(1.0);
  }

  @Test
  void binaryColumnsAndViewsAreNotRead() {
    ScanRecorder r = scan(SourceSettings.defaults());

    assertThat(r.findings).noneMatch(f -> "anh".equals(f.get(Location.FIELD)));
    assertThat(r.findings).noneMatch(f -> "main.v_khach".equals(f.get(Location.TABLE)));
  }

  @Test
  void rowsOfATableWithoutPrimaryKeyAreNumbered() {
    ScanRecorder r = scan(SourceSettings.defaults());

    assertThat(r.findings)
        .filteredOn(f -> "main.nhat_ky".equals(f.get(Location.TABLE)))
        .extracting(f -> f.get(Location.ROW), f -> f.type())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, EntityType.PHONE_NUMBER),
            org.assertj.core.groups.Tuple.tuple(3L, EntityType.EMAIL_ADDRESS));
  }

  @Test
  void tableAndColumnNamesWithQuotesAndVietnameseLettersAreQuoted() {
    ScanRecorder r = scan(SourceSettings.defaults());

    assertThat(r.findings)
        .filteredOn(f -> "main.khách \"VIP\"".equals(f.get(Location.TABLE)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.get(Location.FIELD)).isEqualTo("thư điện tử");
              assertThat(f.get(Location.KEY)).isEqualTo("ma=7");
              assertThat(f.type()).isEqualTo(EntityType.EMAIL_ADDRESS);
            });
  }

  @Test
  void onlySampleRowsRowsOfEachTableAreRead() {
    ScanRecorder r = scan(SourceSettings.defaults().withTables(5, List.of(), List.of()));

    assertThat(r.column("main.khach_hang.email").values()).isEqualTo(5);
    assertThat(r.findings)
        .filteredOn(f -> f.type() == EntityType.EMAIL_ADDRESS)
        .filteredOn(f -> "main.khach_hang".equals(f.get(Location.TABLE)))
        .hasSize(5);
  }

  @Test
  void aValueIsReadOnlyToItsFirst64KChars() {
    ScanRecorder r =
        scan(SourceSettings.defaults().withTables(0, List.of("ghi_chu_dai"), List.of()));

    assertThat(r.findings)
        .extracting(f -> f.finding().value())
        .contains("dau@example.vn")
        .doesNotContain("cuoi@example.vn");
  }

  @Test
  void includeAndExcludePatternsChooseTablesAndExcludeWins() {
    ScanRecorder r =
        scan(
            SourceSettings.defaults()
                .withTables(10_000, List.of("main.khach*", "nhat_ky"), List.of("*VIP*")));

    assertThat(r.findings)
        .extracting(f -> f.get(Location.TABLE))
        .containsOnly("main.khach_hang", "main.nhat_ky");
  }

  @Test
  void patternsThatMatchNoTableAreReportedAsNothingToRead() {
    ScanRecorder r = scan(SourceSettings.defaults().withTables(10, List.of("khong_co"), List.of()));

    assertThat(r.findings).isEmpty();
    assertThat(r.skipped).singleElement().asString().contains("no tables to read");
  }

  @Test
  void theDatabaseFileIsOpenedReadOnly() throws Exception {
    JdbcTarget t = JdbcTarget.parse(url);
    try (Session s = Session.open(t, null, new Redactor(t, null))) {
      Connection c = s.connection();
      assertThat(c.isReadOnly()).isTrue();
      try (Statement st = c.createStatement()) {
        assertThatThrownBy(() -> st.executeUpdate("DELETE FROM khach_hang"))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("readonly");
      }
    }
    try (Connection c = DriverManager.getConnection(url);
        ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM khach_hang")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(40);
    }
  }

  @Test
  void aMissingDatabaseFileIsAnErrorAndIsNotCreated() {
    Path missing = dir.resolve("khong-co.db");

    ScanRecorder r =
        TestEngine.scan(new JdbcConnector(), "jdbc:sqlite:" + missing, SourceSettings.defaults());

    assertThat(r.outcome.error()).contains("cannot connect to the database");
    assertThat(missing).doesNotExist();
  }

  @Test
  void aTableThatCannotBeReadIsAnErrorAndTheOtherTablesAreStillRead() throws Exception {
    Path file = dir.resolve("hong.db");
    String broken = "jdbc:sqlite:" + file;
    try (Connection c = DriverManager.getConnection(broken)) {
      org.sqlite.Function.create(
          c,
          "ma_hoa",
          new org.sqlite.Function() {
            @Override
            protected void xFunc() throws SQLException {
              result(value_text(0));
            }
          },
          1,
          org.sqlite.Function.FLAG_DETERMINISTIC);
      try (Statement s = c.createStatement()) {
        // The generated column needs a function that only the creating connection has.
        s.execute("CREATE TABLE a_hong (id INTEGER PRIMARY KEY, x TEXT, y TEXT AS (ma_hoa(x)))");
        s.execute("INSERT INTO a_hong (id, x) VALUES (1, 'b@example.vn')");
        s.execute("CREATE TABLE b_tot (id INTEGER PRIMARY KEY, email TEXT)");
        s.execute("INSERT INTO b_tot VALUES (1, 'tot@example.vn')");
      }
    }

    ScanRecorder r = TestEngine.scan(new JdbcConnector(), broken, SourceSettings.defaults());

    assertThat(r.outcome.error()).isNull();
    assertThat(r.errors)
        .singleElement()
        .asString()
        .startsWith(broken + "!/main.a_hong: ")
        .contains("cannot read the table");
    assertThat(r.findings).extracting(f -> f.get(Location.TABLE)).containsOnly("main.b_tot");
    assertThat(Files.exists(file)).isTrue();
  }
}
