package org.pdpguard.sources.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pdpguard.core.EntityType;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.TestEngine;

/**
 * Against a real MariaDB (or MySQL) server ({@link TestMariadb}); skipped when there is none. A
 * table in another database the user can see must not be read.
 */
class JdbcMariadbTest {
  static String url;
  static String password;

  @BeforeAll
  static void server() throws SQLException {
    TestMariadb server = TestMariadb.get();
    Assumptions.assumeTrue(server != null, () -> "no MariaDB: " + TestMariadb.reason());
    url = server.url;
    password = server.password;
    try (Connection c = admin();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS khach_hang, `kh``ách VIP`, khac.bi_mat");
      s.execute("CREATE TABLE khac.bi_mat (id INT PRIMARY KEY, email TEXT)");
      s.execute("INSERT INTO khac.bi_mat VALUES (1, 'khac@example.vn')");
      Customers.create(c, "khach_hang", 20, "BLOB");
      s.execute("CREATE TABLE `kh``ách VIP` (ma INT PRIMARY KEY, `thư điện tử` TEXT)");
      s.execute("INSERT INTO `kh``ách VIP` VALUES (7, 'vip7@example.vn')");
    }
  }

  static Connection admin() throws SQLException {
    Properties p = new Properties();
    p.setProperty("password", password);
    return DriverManager.getConnection(url, p);
  }

  static String withPassword(String u) {
    return u + (u.contains("?") ? "&" : "?") + "password=" + password;
  }

  @Test
  void findingsAndTheColumnSummaryComeFromTheUrlsDatabaseOnly() throws SQLException {
    String database;
    try (Connection c = admin()) {
      database = c.getCatalog();
    }

    ScanRecorder r =
        TestEngine.scan(new JdbcConnector(), withPassword(url), SourceSettings.defaults());

    assertThat(r.outcome.error()).isNull();
    assertThat(r.errors).isEmpty();
    assertThat(r.columnTypes())
        .containsEntry(database + ".khach_hang.so_cccd", EntityType.VN_CCCD)
        .containsEntry(database + ".khach_hang.email", EntityType.EMAIL_ADDRESS);
    assertThat(r.findings)
        .extracting(f -> (String) f.get(Location.TABLE))
        .allMatch(t -> t.startsWith(database + "."));
    assertThat(r.findings)
        .filteredOn(f -> (database + ".kh`ách VIP").equals(f.get(Location.TABLE)))
        .singleElement()
        .satisfies(f -> assertThat(f.get(Location.KEY)).isEqualTo("ma=7"));
    assertThat(r.findings).noneMatch(f -> "anh".equals(f.get(Location.FIELD)));
    assertThat(r.everything()).doesNotContain(password);
  }

  @Test
  void aMysqlUrlIsReadWithTheMariadbClient() {
    String mysql = "jdbc:mysql:" + url.substring(url.indexOf(':', 5) + 1);

    ScanRecorder r =
        TestEngine.scan(
            new JdbcConnector(),
            withPassword(mysql),
            SourceSettings.defaults().withTables(3, List.of("khach_hang"), List.of()));

    assertThat(r.outcome.error()).isNull();
    assertThat(r.findings).isNotEmpty().allMatch(f -> f.source().startsWith("jdbc:mysql://"));
  }

  @Test
  void theSessionIsReadOnly() throws Exception {
    JdbcTarget t = JdbcTarget.parse(url);
    try (Session s = Session.open(t, password, new Redactor(t, password));
        Statement st = s.connection().createStatement()) {
      assertThatThrownBy(() -> st.executeUpdate("DELETE FROM khach_hang"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("READ ONLY");
    }
  }
}
