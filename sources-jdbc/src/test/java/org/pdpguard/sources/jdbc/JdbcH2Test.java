package org.pdpguard.sources.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.TestEngine;

class JdbcH2Test {
  @TempDir static Path dir;
  static String fileUrl;

  @BeforeAll
  static void database() throws SQLException {
    fileUrl = "jdbc:h2:" + dir.resolve("crm").toAbsolutePath();
    try (Connection c = DriverManager.getConnection(fileUrl + ";USER=sa;PASSWORD=bi-mat-h2")) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA ban_hang");
      }
      Customers.create(c, "ban_hang.khach_hang", 30, "VARBINARY(200)");
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE PUBLIC.\"Nhân viên\" (ma VARCHAR(10), so VARCHAR(20),"
                + " ghi_chu CLOB, PRIMARY KEY (ma, so))");
        s.execute("INSERT INTO PUBLIC.\"Nhân viên\" VALUES ('NV1', '1', 'email nv1@example.vn')");
      }
    }
  }

  @Test
  void aFileDatabaseIsScannedWithFindingsAndColumnSummary() {
    ScanRecorder r =
        TestEngine.scan(
            new JdbcConnector(),
            fileUrl + ";USER=sa;PASSWORD=bi-mat-h2",
            SourceSettings.defaults());

    assertThat(r.outcome.error()).isNull();
    assertThat(r.errors).isEmpty();
    assertThat(r.columnTypes())
        .containsEntry("BAN_HANG.KHACH_HANG.SO_CCCD", EntityType.VN_CCCD)
        .containsEntry("BAN_HANG.KHACH_HANG.EMAIL", EntityType.EMAIL_ADDRESS)
        .containsEntry("BAN_HANG.KHACH_HANG.SO_DIEN_THOAI", EntityType.PHONE_NUMBER);
    assertThat(r.findings).allMatch(f -> f.source().equals(fileUrl), "no user or password");
    assertThat(r.findings).noneMatch(f -> "ANH".equals(f.get(Location.FIELD)));
  }

  @Test
  void aCompositeKeyNamesEveryColumnAndClobsAreRead() {
    ScanRecorder r =
        TestEngine.scan(
            new JdbcConnector(),
            fileUrl + ";USER=sa;PASSWORD=bi-mat-h2",
            SourceSettings.defaults().withTables(100, List.of("public.*"), List.of()));

    assertThat(r.findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.get(Location.TABLE)).isEqualTo("PUBLIC.Nhân viên");
              assertThat(f.get(Location.KEY)).isEqualTo("MA=NV1,SO=1");
              assertThat(f.get(Location.FIELD)).isEqualTo("GHI_CHU");
            });
  }

  @Test
  void theFileDatabaseIsOpenedReadOnly() throws Exception {
    JdbcTarget t = JdbcTarget.parse(fileUrl + ";USER=sa;PASSWORD=bi-mat-h2");
    try (Session s = Session.open(t, t.password(), new Redactor(t, t.password()));
        Statement st = s.connection().createStatement()) {
      assertThatThrownBy(() -> st.executeUpdate("DELETE FROM ban_hang.khach_hang"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("read only");
    }
  }

  @Test
  void aMissingFileDatabaseIsNotCreated() {
    Path missing = dir.resolve("khong_co");

    ScanRecorder r =
        TestEngine.scan(
            new JdbcConnector(), "jdbc:h2:" + missing.toAbsolutePath(), SourceSettings.defaults());

    assertThat(r.outcome.error()).contains("cannot connect to the database");
    assertThat(dir.resolve("khong_co.mv.db")).doesNotExist();
  }

  @Test
  void anInMemoryDatabaseOfThisProcessIsScanned() throws SQLException {
    String mem = "jdbc:h2:mem:bo_nho;DB_CLOSE_DELAY=-1";
    try (Connection c = DriverManager.getConnection(mem)) {
      Customers.create(c, "khach", 3, "BLOB");
    }

    ScanRecorder r = TestEngine.scan(new JdbcConnector(), mem, SourceSettings.defaults());

    assertThat(r.column("PUBLIC.KHACH.EMAIL").values()).isEqualTo(3);
  }
}
