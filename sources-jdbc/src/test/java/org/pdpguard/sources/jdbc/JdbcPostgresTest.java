package org.pdpguard.sources.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.TestEngine;

/** Against a real PostgreSQL server ({@link TestPostgres}); each test works in its own schema. */
class JdbcPostgresTest {
  static TestPostgres pg;

  @BeforeAll
  static void server() {
    pg = TestPostgres.get();
    Assumptions.assumeTrue(pg != null, () -> "no PostgreSQL: " + TestPostgres.reason());
  }

  /** The URL with the password in it, as a user might type it. */
  static String urlWithPassword() {
    return pg.url + (pg.url.contains("?") ? "&" : "?") + "password=" + pg.password;
  }

  static void sql(String... statements) throws SQLException {
    try (Connection c = pg.admin();
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  static void schema(String name) throws SQLException {
    sql("DROP SCHEMA IF EXISTS " + name + " CASCADE", "CREATE SCHEMA " + name);
  }

  /** {@code rows} customers made by the server. */
  static String bigTable(String table, int rows) {
    return "CREATE TABLE "
        + table
        + " AS SELECT g AS id, '079' || (g % 2) || (60 + g % 40) || (100000 + g) AS so_cccd,"
        + " '0912' || lpad((g % 1000000)::text, 6, '0') AS so_dien_thoai,"
        + " 'khach' || g || '@example.vn' AS email FROM generate_series(1, "
        + rows
        + ") g";
  }

  static SourceSettings only(String schema, long rows) {
    return SourceSettings.defaults().withTables(rows, List.of(schema + ".*"), List.of());
  }

  @Test
  void findingsAndTheColumnSummaryComeFromTheServer() throws SQLException {
    schema("t_khach");
    try (Connection c = pg.admin()) {
      Customers.create(c, "t_khach.khach_hang", 50, "BYTEA");
    }
    sql(
        "CREATE TABLE t_khach.ho_so (id serial PRIMARY KEY, du_lieu jsonb, dia_chi_ip inet,"
            + " the_tags text[])",
        "INSERT INTO t_khach.ho_so (du_lieu, dia_chi_ip, the_tags) VALUES"
            + " ('{\"email\": \"an.nguyen@example.vn\"}', '203.113.12.45', '{vip,0912345678}')");

    ScanRecorder r =
        TestEngine.scan(new JdbcConnector(), urlWithPassword(), only("t_khach", 10_000));

    assertThat(r.outcome.error()).isNull();
    assertThat(r.errors).isEmpty();
    assertThat(r.columnTypes())
        .containsEntry("t_khach.khach_hang.so_cccd", EntityType.VN_CCCD)
        .containsEntry("t_khach.khach_hang.so_dien_thoai", EntityType.PHONE_NUMBER)
        .containsEntry("t_khach.khach_hang.email", EntityType.EMAIL_ADDRESS)
        .containsEntry("t_khach.khach_hang.ho_ten", EntityType.PERSON_NAME)
        .containsEntry("t_khach.ho_so.du_lieu", EntityType.EMAIL_ADDRESS)
        .containsEntry("t_khach.ho_so.the_tags", EntityType.PHONE_NUMBER);
    assertThat(r.column("t_khach.khach_hang.so_cccd").values()).isEqualTo(50);
    assertThat(r.findings)
        .filteredOn(f -> f.type() == EntityType.VN_CCCD)
        .first()
        .satisfies(
            f -> {
              assertThat(f.source()).isEqualTo(pg.url.substring(0, pg.url.indexOf('?')));
              assertThat(f.get(Location.TABLE)).isEqualTo("t_khach.khach_hang");
              assertThat(f.get(Location.KEY)).isEqualTo("id=1");
            });
    assertThat(r.findings).noneMatch(f -> "anh".equals(f.get(Location.FIELD)));
    assertThat(r.everything()).doesNotContain(pg.password);
  }

  @Test
  void aHugeTableIsReadThroughTablesampleAndOnlyAboutTheSample() throws SQLException {
    schema("t_lon");
    sql(
        bigTable("t_lon.khach_hang", 200_000),
        "ALTER TABLE t_lon.khach_hang ADD PRIMARY KEY (id)",
        "ANALYZE t_lon.khach_hang");

    ScanRecorder r = TestEngine.scan(new JdbcConnector(), urlWithPassword(), only("t_lon", 1000));

    long rows = r.column("t_lon.khach_hang.email").values();
    assertThat(rows).isBetween(500L, 1000L);
    assertThat(r.column("t_lon.khach_hang.so_cccd").type()).isEqualTo(EntityType.VN_CCCD);
    // Plain LIMIT would read the first rows inserted (ids 1..1000): a sample comes from all over.
    long far =
        r.findings.stream()
            .map(f -> (String) f.get(Location.KEY))
            .mapToLong(k -> Long.parseLong(k.substring("id=".length())))
            .filter(id -> id > 20_000)
            .count();
    assertThat(far).isGreaterThan(rows / 2);

    ScanRecorder tiny = TestEngine.scan(new JdbcConnector(), urlWithPassword(), only("t_lon", 5));
    assertThat(tiny.column("t_lon.khach_hang.email").values()).isEqualTo(5);
  }

  @Test
  void theSessionIsReadOnly() throws Exception {
    schema("t_doc");
    sql("CREATE TABLE t_doc.x (id int)");
    JdbcTarget t = JdbcTarget.parse(pg.url);
    try (Session s = Session.open(t, pg.password, new Redactor(t, pg.password));
        Statement st = s.connection().createStatement()) {
      assertThat(s.connection().isReadOnly()).isTrue();
      try (ResultSet rs = st.executeQuery("SHOW transaction_read_only")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("on");
      }
      assertThatThrownBy(() -> st.executeUpdate("INSERT INTO t_doc.x VALUES (1)"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("read-only transaction");
      s.endTransaction();
      try (ResultSet rs = st.executeQuery("SHOW default_transaction_read_only")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("on");
      }
    }
  }

  @Test
  void aTableWithoutPermissionIsAnErrorAndTheOtherTablesAreRead() throws SQLException {
    schema("t_quyen");
    sql(
        "CREATE TABLE t_quyen.a_cam (id int PRIMARY KEY, email text)",
        "INSERT INTO t_quyen.a_cam VALUES (1, 'cam@example.vn')",
        "REVOKE ALL ON t_quyen.a_cam FROM CURRENT_USER",
        "CREATE TABLE t_quyen.b_tot (id int PRIMARY KEY, email text)",
        "INSERT INTO t_quyen.b_tot VALUES (1, 'tot@example.vn')");

    ScanRecorder r = TestEngine.scan(new JdbcConnector(), urlWithPassword(), only("t_quyen", 100));

    String display = pg.url.substring(0, pg.url.indexOf('?'));
    assertThat(r.errors)
        .singleElement()
        .asString()
        .startsWith(display + "!/t_quyen.a_cam: không đọc được bảng / cannot read the table: ")
        .contains("permission denied");
    assertThat(r.findings).extracting(f -> f.get(Location.TABLE)).containsOnly("t_quyen.b_tot");
    assertThat(r.outcome.error()).isNull();
  }

  /** Ends the scanner's server process when the first finding of {@code table} arrives. */
  static ScanRecorder dropMidScan(String table, String afterSql, String... thenSql)
      throws SQLException {
    AtomicBoolean dropped = new AtomicBoolean();
    ScanRecorder r;
    try (Connection admin = pg.admin()) {
      r =
          new ScanRecorder() {
            @Override
            public void finding(String source, Location where, LocatedFinding finding)
                throws IOException {
              super.finding(source, where, finding);
              if (table.equals(where.get(Location.TABLE)) && dropped.compareAndSet(false, true)) {
                try (Statement s = admin.createStatement()) {
                  for (String sql : thenSql) {
                    s.execute(sql);
                  }
                  s.executeQuery(
                          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                              + " WHERE application_name = 'pdpguard'"
                              + " AND datname = current_database() AND pid <> pg_backend_pid()")
                      .close();
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              }
            }
          };
      try {
        TestEngine.scan(
            new JdbcConnector(Map.of("MK", pg.password)::get),
            pg.url,
            only(table.substring(0, table.indexOf('.')), 0).withPassword("MK", null),
            r);
      } finally {
        if (afterSql != null) {
          try (Statement s = admin.createStatement()) {
            s.execute(afterSql);
          }
        }
      }
    }
    assertThat(dropped).isTrue();
    return r;
  }

  @Test
  void aConnectionDroppedMidTableIsAnErrorOfThatTableAndTheScanGoesOnOverANewOne()
      throws SQLException {
    schema("t_ngat");
    sql(
        bigTable("t_ngat.a_lon", 50_000),
        "CREATE TABLE t_ngat.b_nho (id int PRIMARY KEY, email text)",
        "INSERT INTO t_ngat.b_nho VALUES (1, 'nho@example.vn')");

    ScanRecorder r = dropMidScan("t_ngat.a_lon", null);

    assertThat(r.outcome.error()).isNull();
    assertThat(r.errors)
        .singleElement()
        .asString()
        .contains("!/t_ngat.a_lon: không đọc được bảng / cannot read the table: ")
        .doesNotContain(pg.password);
    assertThat(r.findings)
        .filteredOn(f -> "t_ngat.b_nho".equals(f.get(Location.TABLE)))
        .singleElement()
        .satisfies(f -> assertThat(f.finding().value()).isEqualTo("nho@example.vn"));
    assertThat(r.column("t_ngat.a_lon.email").values()).isLessThan(50_000);
  }

  @Test
  void whenNoNewConnectionCanBeMadeTheSourceFailsSayingHowManyTablesWereLeft() throws SQLException {
    schema("t_mat");
    sql(
        bigTable("t_mat.a_lon", 50_000),
        "CREATE TABLE t_mat.b_nho (id int PRIMARY KEY, email text)",
        "CREATE TABLE t_mat.c_nho (id int PRIMARY KEY, email text)");
    String database;
    try (Connection c = pg.admin();
        ResultSet rs = c.createStatement().executeQuery("SELECT current_database()")) {
      rs.next();
      database = rs.getString(1);
    }
    String limit = "ALTER DATABASE \"" + database + "\" CONNECTION LIMIT ";
    ScanRecorder r = dropMidScan("t_mat.a_lon", limit + "-1", limit + "0");

    assertThat(r.errors).singleElement().asString().contains("t_mat.a_lon");
    assertThat(r.outcome.error())
        .isEqualTo(
            "mất kết nối và không kết nối lại được, 2 bảng chưa đọc"
                + " / connection lost and could not reconnect, 2 tables not read");
    assertThat(r.column("t_mat.a_lon.email")).isNotNull();
  }

  @Test
  void aWrongPasswordFailsTheSourceWithoutShowingAnyPassword() {
    String url = pg.url + (pg.url.contains("?") ? "&" : "?") + "password=sai-Mk-7731";

    ScanRecorder r = TestEngine.scan(new JdbcConnector(), url, only("t_khach", 10));

    assertThat(r.outcome.error())
        .startsWith("không kết nối được tới cơ sở dữ liệu / cannot connect to the database: ")
        .contains("password authentication failed");
    assertThat(r.everything()).doesNotContain("sai-Mk-7731").doesNotContain(pg.password);
  }
}
